"""readquiz: reading-comprehension questions from annotated news articles.

The public API is what ``__all__`` names: load an article, load a template library,
generate a question set, the QuestionSet and Question it holds, and check a
student's answer::

    import readquiz

    article = readquiz.load_article(Path("articles/pakistan-soleimani-rally.yaml"))
    qset = readquiz.generate(article, readquiz.load_templates(), seed=7)
    readquiz.check_answer(qset.questions[0], "Karachi")

Everything else is internal and may change. The names are imported on first use
(PEP 562), so ``import readquiz`` (and ``readquiz --help``) imports nothing heavy.
"""

from __future__ import annotations

from importlib import import_module, metadata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from readquiz.article.loader import load_article
    from readquiz.engine import generate
    from readquiz.grading import check_answer
    from readquiz.questions.model import Question, QuestionSet
    from readquiz.templates.library import load_templates

__all__ = [
    "Question",
    "QuestionSet",
    "check_answer",
    "generate",
    "load_article",
    "load_templates",
]

_HOMES = {
    "load_article": "readquiz.article.loader",
    "load_templates": "readquiz.templates.library",
    "generate": "readquiz.engine",
    "Question": "readquiz.questions.model",
    "QuestionSet": "readquiz.questions.model",
    "check_answer": "readquiz.grading",
}

try:
    __version__ = metadata.version("readquiz")
except metadata.PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"


def __getattr__(name: str) -> Any:
    """Import a public name from its home module the first time it is used."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'readquiz' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
