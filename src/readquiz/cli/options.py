"""What every command shares, headless: no Textual, no reportlab.

Options, the selection of questions, the template search path, finding articles, the
data directory and building a question set.
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


@dataclass(frozen=True)
class Selection:
    """Which questions a command works on: ARTICLE or --set FILE, and how a set is chosen.

    Made once from the command line (``readquiz.cli.selection_options``) and passed on
    whole: ``quiz``, ``serve``, ``worksheet``, ``export`` and ``generate`` take it.
    """

    article: str | None = None
    """ARTICLE: a path or a bundled article's id (None: the bundled sample)."""
    set_path: Path | None = None
    """--set FILE: a question-set file, used exactly as written."""
    seed: int | None = None
    """--seed (None: a random one, reported with the set)."""
    count: int | None = None
    """--count (None: the command's default)."""
    types: tuple[str, ...] | None = None
    """--types: only these question types."""
    formats: tuple[str, ...] | None = None
    """--formats: only these answer formats."""


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


def build_question_set(opts: Options, selection: Selection) -> tuple[Article, QuestionSet]:
    """Load the selection's article and the templates, and generate the question set."""
    article = load_article(selection.article)
    return article, question_builder(article, opts, selection)()


def question_builder(
    article: Article | DeferredArticle, opts: Options, selection: Selection
) -> Callable[[], QuestionSet]:
    """What generates ``article``'s question set, once its input is known good.

    ``selection`` gives the seed, count, types and formats (its ARTICLE is ``article``).

    The templates are checked now when the command line names any (``--templates``,
    or ``--types``, which are looked up in them); the bundled templates alone are
    loaded by the builder. So a bad option fails here, and what is left is only the
    work of making the questions, which the quiz does after its first screen shows.
    A :class:`~readquiz.article.deferred.DeferredArticle` is built by the builder too.

    Raises:
        ReadquizError: a bad template file or an unknown question type.
    """
    types, formats = selection.types, selection.formats
    # READQUIZ_TEMPLATES adds directories too (readquiz.templates.library.search_path)
    named = opts.template_dirs or types or os.environ.get("READQUIZ_TEMPLATES", "").strip()
    library = _checked_library(opts, types) if named else None

    def build() -> QuestionSet:
        from readquiz.article.deferred import loaded
        from readquiz.engine import generate

        return generate(
            loaded(article),
            library or _checked_library(opts, types),
            seed=new_seed() if selection.seed is None else selection.seed,
            count=selection.count,
            types=None if types is None else list(types),
            formats=None if formats is None else list(formats),
        )

    return build


def _checked_library(opts: Options, types: tuple[str, ...] | None) -> TemplateLibrary:
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
