"""Where a command's questions come from: ARTICLE (generated) or ``--set FILE`` (as written).

``quiz``, ``worksheet``, ``export`` and ``serve`` share this, so a frozen set gives
the same questions on screen, on paper and in the LMS.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from readquiz.errors import ReadquizError

if TYPE_CHECKING:
    from readquiz.article.model import Article
    from readquiz.cli.options import Selection
    from readquiz.questions.model import QuestionSet


@dataclass
class Source:
    """The article and questions a command works on."""

    article: Article
    qset: QuestionSet
    set_path: Path | None
    """The set file they came from (None when generated from ARTICLE)."""


def from_set(set_path: Path, selection: Selection) -> Source:
    """Load ``--set FILE`` to use exactly as written.

    ``selection`` is what the command line gave besides; anything else in it is refused.

    Raises:
        ReadquizError: ARTICLE and --set together, or --set with options that choose
            questions (a set file is used exactly as written).
        InputError: the set file or its article has problems.
    """
    if selection.article is not None:
        raise ReadquizError(
            f"give ARTICLE or --set, not both (the set {set_path} names its own article)"
        )
    chosen = [
        name
        for name, value in (
            ("--seed", selection.seed),
            ("--count", selection.count),
            ("--types", selection.types),
            ("--formats", selection.formats),
        )
        if value is not None
    ]
    if chosen:
        raise ReadquizError(
            f"{', '.join(chosen)} cannot be used with --set: a set file is used exactly as "
            "written (edit the file, or generate a new set)"
        )
    from readquiz.questions.setfile import load_set

    loaded = load_set(set_path)
    return Source(loaded.article, loaded.qset, set_path)
