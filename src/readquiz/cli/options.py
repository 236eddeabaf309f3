"""What every command shares, headless: no Textual, no reportlab.

Options, the template search path, finding articles, the data directory and building
a question set.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

from readquiz import resources
from readquiz.errors import NotFoundError, Problem, ReadquizError

if TYPE_CHECKING:
    from readquiz.article.deferred import DeferredArticle
    from readquiz.article.model import Article
    from readquiz.questions.model import QuestionSet
    from readquiz.templates.library import TemplateLibrary


@dataclass
class Options:
    """Options every command takes."""

    template_dirs: list[Path] = field(default_factory=list)
    """Each --templates DIR, in order."""
    data_dir: Path | None = None
    """--data-dir."""
    debug: bool = False
    """--debug: show tracebacks."""


def echo_problems(problems: Iterable[Problem]) -> None:
    """Print problems and warnings on stderr, one line each.

    The one way a warning leaves readquiz: errors that stop a command are printed by
    the command line's error handler, everything else a command reports comes here.
    """
    for problem in problems:
        click.echo(str(problem), err=True)


def data_dir(opts: Options) -> Path:
    """--data-dir, else READQUIZ_HOME, else the platform's user data directory."""
    if opts.data_dir is not None:
        return opts.data_dir
    env = os.environ.get("READQUIZ_HOME")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("readquiz", appauthor=False))


def resolve_article(arg: str | None) -> Path:
    """ARTICLE as given: a path, or a bundled article's id; None is the bundled sample."""
    if arg is None:
        arg = resources.SAMPLE_ARTICLE_ID
    path = Path(arg)
    if path.exists():
        return path
    bundled = resources.bundled_article(arg)
    if bundled is not None:
        return bundled
    known = ", ".join(p.stem for p in resources.bundled_articles())
    raise NotFoundError(f"no article file or bundled article named {arg!r} (bundled: {known})")


def new_seed() -> int:
    """A random seed, reported in the output so the run can be repeated."""
    return random.SystemRandom().randrange(0, 2**31)


def load_article(arg: str | None) -> Article:
    """Resolve and load ARTICLE, raising ArticleError on bad input."""
    from readquiz.article.loader import load_article as _load

    return _load(resolve_article(arg))


def build_question_set(
    article_arg: str | None,
    opts: Options,
    *,
    seed: int | None,
    count: int | None,
    types: list[str] | None,
    formats: list[str] | None,
) -> tuple[Article, QuestionSet]:
    """Load the article and templates and generate the question set."""
    article = load_article(article_arg)
    build = question_builder(article, opts, seed=seed, count=count, types=types, formats=formats)
    return article, build()


def question_builder(
    article: Article | DeferredArticle,
    opts: Options,
    *,
    seed: int | None,
    count: int | None,
    types: list[str] | None,
    formats: list[str] | None,
) -> Callable[[], QuestionSet]:
    """What generates ``article``'s question set, once its input is known good.

    The templates are checked now when the command line names any (``--templates``,
    or ``--types``, which are looked up in them); the bundled templates alone are
    loaded by the builder. So a bad option fails here, and what is left is only the
    work of making the questions, which the quiz does after its first screen shows.
    A :class:`~readquiz.article.deferred.DeferredArticle` is built by the builder too.

    Raises:
        ReadquizError: a bad template file or an unknown question type.
    """
    # READQUIZ_TEMPLATES adds directories too (readquiz.templates.library.search_path)
    named = opts.template_dirs or types or os.environ.get("READQUIZ_TEMPLATES", "").strip()
    library = _checked_library(opts, types) if named else None

    def build() -> QuestionSet:
        from readquiz.article.deferred import loaded
        from readquiz.engine import generate

        return generate(
            loaded(article),
            library or _checked_library(opts, types),
            seed=new_seed() if seed is None else seed,
            count=count,
            types=types,
            formats=formats,
        )

    return build


def _checked_library(opts: Options, types: list[str] | None) -> TemplateLibrary:
    """The templates on the search path, with ``types`` checked against them."""
    from readquiz.templates.library import load_templates

    library = load_templates(opts.template_dirs)
    if types:
        known = sorted({t.type for t in library.templates})
        unknown = [t for t in types if t not in known]
        if unknown:
            raise ReadquizError(
                f"unknown question type {', '.join(unknown)} (known: {', '.join(known)})"
            )
    return library
