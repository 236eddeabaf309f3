"""The questions a quiz asks, for ``readquiz quiz`` and ``readquiz serve`` alike.

Both take ARTICLE (a set generated with the quiz's defaults) or ``--set FILE`` (used as
written, less the open questions nobody could grade); one function makes the set, so
the terminal and the browsers ask the same questions for the same command line.
Headless: no Textual here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import click

from readquiz.cli.options import Options, Selection, question_builder, resolve_article
from readquiz.cli.source import from_set
from readquiz.errors import ReadquizError
from readquiz.questions.model import FORMATS, QuestionSet

if TYPE_CHECKING:
    from readquiz.article.deferred import DeferredArticle
    from readquiz.article.model import Article

DEFAULT_COUNT = 10
# A quiz grades every answer, and an "open" question has only a model answer.
QUIZ_FORMATS: tuple[str, ...] = tuple(f for f in FORMATS if f != "open")


def quiz_questions(
    opts: Options, selection: Selection
) -> tuple[Article | DeferredArticle, QuestionSet | Callable[[], QuestionSet]]:
    """The article, and the questions a quiz asks or (from ARTICLE) what makes them.

    From --set FILE: the set as written, less its open questions (which a quiz cannot
    grade; left out with a warning). From ARTICLE: 10 questions unless --count says
    otherwise, never ``open`` ones. Everything that can fail on bad input (the
    article, the set file, the options, the templates named) fails here. What is left
    for the builder is making the questions, which ``readquiz quiz`` does while its
    first screen shows (``readquiz serve`` calls it at once); it fails only when no
    question can be made (a ReadquizError).

    From ARTICLE, a file the quick check passes is a
    :class:`~readquiz.article.deferred.DeferredArticle`, built (with pydantic) by the
    builder; any other is loaded in full here, and fails here.

    Raises:
        ReadquizError: bad input.
    """
    if selection.set_path is not None:
        set_path = selection.set_path
        source = from_set(set_path, selection)
        qset = gradable(source.qset)
        if not qset.questions:
            raise ReadquizError(f"{set_path}: the set has no question a quiz can grade")
        return source.article, qset
    chosen = quiz_formats(selection.formats)
    art = checked_article(selection.article)
    count = DEFAULT_COUNT if selection.count is None else selection.count
    build = question_builder(art, opts, replace(selection, count=count, formats=chosen))

    def questions() -> QuestionSet:
        qset = build()
        if not qset.questions:
            raise ReadquizError(
                f"{art.path or art.id}: no questions could be made with these options"
            )
        return qset

    return art, questions


def checked_article(arg: str | None) -> Article | DeferredArticle:
    """ARTICLE, certainly good: deferred when the quick check passes it, else loaded.

    Raises:
        ReadquizError: no such article, or every problem in its file.
    """
    from readquiz.article.precheck import precheck

    path = resolve_article(arg)
    deferred = precheck(path)
    if deferred is not None:
        return deferred
    from readquiz.article.loader import load_article

    return load_article(path)


def gradable(qset: QuestionSet) -> QuestionSet:
    """The set without the open questions a quiz cannot grade (said once on stderr)."""
    kept = [q for q in qset.questions if q.format in QUIZ_FORMATS]
    left = len(qset.questions) - len(kept)
    if left:
        click.echo(
            f"readquiz: warning: the quiz leaves out {left} open question"
            f"{'s' if left != 1 else ''} (they need a teacher to grade them)",
            err=True,
        )
    return QuestionSet(qset.article_id, qset.article_title, qset.seed, kept)


def quiz_formats(formats: tuple[str, ...] | None) -> tuple[str, ...]:
    """The formats a quiz asks: ``formats`` (or all) less ``open``, which cannot be graded."""
    chosen = tuple(f for f in (formats or QUIZ_FORMATS) if f in QUIZ_FORMATS)
    if not chosen:
        raise ReadquizError(
            "the quiz cannot grade open questions; choose other --formats "
            f"({', '.join(QUIZ_FORMATS)})"
        )
    return chosen
