"""The questions a quiz asks, for ``readquiz quiz`` and ``readquiz serve`` alike.

Both take ARTICLE (a set generated with the quiz's defaults) or ``--set FILE`` (used as
written, less the open questions nobody could grade); one function makes the set, so
the terminal and the browsers ask the same questions for the same command line.
Headless: no Textual here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from readquiz.cli.options import Options, question_builder, resolve_article
from readquiz.cli.source import from_set
from readquiz.errors import ReadquizError
from readquiz.questions.model import FORMATS, QuestionSet

if TYPE_CHECKING:
    from readquiz.article.deferred import DeferredArticle
    from readquiz.article.model import Article

DEFAULT_COUNT = 10
# A quiz grades every answer, and an "open" question has only a model answer.
QUIZ_FORMATS: tuple[str, ...] = tuple(f for f in FORMATS if f != "open")


def quiz_question_set(
    opts: Options,
    *,
    article: str | None = None,
    set_path: Path | None = None,
    seed: int | None = None,
    count: int | None = None,
    types: list[str] | None = None,
    formats: list[str] | None = None,
) -> tuple[Article, QuestionSet]:
    """The article and the questions a quiz asks.

    Args:
        opts: Options every command takes.
        article: ARTICLE, a path or a bundled article's id (None: the bundled sample).
        set_path: --set FILE: a question-set file, used as written (its open questions,
            which a quiz cannot grade, are left out with a warning).
        seed: Seed for the question set (None: random).
        count: How many questions (default 10).
        types: Only these question types.
        formats: Only these answer formats (``open`` cannot be graded, so never asked).

    Raises:
        ReadquizError: bad input, or no question a quiz can ask.
    """
    from readquiz.article.deferred import loaded

    art, questions = quiz_questions(
        opts,
        article=article,
        set_path=set_path,
        seed=seed,
        count=count,
        types=types,
        formats=formats,
    )
    return loaded(art), questions if isinstance(questions, QuestionSet) else questions()


def quiz_questions(
    opts: Options,
    *,
    article: str | None = None,
    set_path: Path | None = None,
    seed: int | None = None,
    count: int | None = None,
    types: list[str] | None = None,
    formats: list[str] | None = None,
) -> tuple[Article | DeferredArticle, QuestionSet | Callable[[], QuestionSet]]:
    """The article, and the questions a quiz asks or (from ARTICLE) what makes them.

    Everything that can fail on bad input (the article, the set file, the options, the
    templates named) fails here. What is left for the builder is making the questions,
    which ``readquiz quiz`` does while its first screen shows; it fails only when no
    question can be made (a ReadquizError). Arguments as for :func:`quiz_question_set`.

    From ARTICLE, a file the quick check passes is a
    :class:`~readquiz.article.deferred.DeferredArticle`, built (with pydantic) by the
    builder; any other is loaded in full here, and fails here.

    Raises:
        ReadquizError: bad input.
    """
    if set_path is not None:
        source = from_set(
            set_path, article=article, seed=seed, count=count, types=types, formats=formats
        )
        qset = gradable(source.qset)
        if not qset.questions:
            raise ReadquizError(f"{set_path}: the set has no question a quiz can grade")
        return source.article, qset
    chosen = quiz_formats(formats)
    art = checked_article(article)
    build = question_builder(
        art,
        opts,
        seed=seed,
        count=DEFAULT_COUNT if count is None else count,
        types=types,
        formats=chosen,
    )

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


def quiz_formats(formats: list[str] | None) -> list[str]:
    """The formats a quiz asks: ``formats`` (or all) less ``open``, which cannot be graded."""
    chosen = [f for f in (formats or QUIZ_FORMATS) if f in QUIZ_FORMATS]
    if not chosen:
        raise ReadquizError(
            "the quiz cannot grade open questions; choose other --formats "
            f"({', '.join(QUIZ_FORMATS)})"
        )
    return chosen
