"""An article known to load cleanly, whose Article is built only when first needed.

``readquiz quiz`` shows its start screen with one (from
:func:`readquiz.article.precheck.precheck`) and builds the Article, with pydantic, in the
thread that makes the questions. Light on purpose: the quiz's app imports this module
before its first screen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readquiz.article.model import Article


class DeferredArticle:
    """An article's id, title, source, grade and path, and how to build the Article.

    The fields are what the start screen shows; :meth:`get` builds the Article once,
    from any thread.
    """

    def __init__(
        self,
        *,
        id: str,
        title: str,
        source: str | None,
        grade: int | None,
        path: str,
        make: Callable[[], Article],
    ) -> None:
        """An article whose fields above are checked; ``make`` builds it (may raise)."""
        self.id = id
        self.title = title
        self.source = source
        self.grade = grade
        self.path = path
        self._make = make
        self._article: Article | None = None
        self._lock = threading.Lock()

    def get(self) -> Article:
        """The Article (built on the first call; every caller gets the same one).

        Raises:
            ReadquizError: whatever ``make`` raises (an ArticleError).
        """
        with self._lock:
            if self._article is None:
                self._article = self._make()
            return self._article


def loaded(article: Article | DeferredArticle) -> Article:
    """``article`` itself, or the Article a deferred one builds."""
    return article.get() if isinstance(article, DeferredArticle) else article
