"""The ``readquiz`` command: a thin click layer over the library.

Each command parses its options and hands them to ``readquiz.cli.<name>.run``,
imported only when that command runs, so ``readquiz --help`` imports neither Textual
nor reportlab. Errors are caught here, in one place, and printed one per line on stderr.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from readquiz.cli.options import Options
from readquiz.errors import ReadquizError
from readquiz.questions.model import FORMATS

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3


def _split_list(
    allowed: tuple[str, ...] | None,
) -> Callable[[click.Context, click.Parameter, str | None], list[str] | None]:
    def convert(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
        if value is None:
            return None
        items = [v.strip() for v in value.split(",") if v.strip()]
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


def common_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--templates, --data-dir and --debug, taken by every command."""
    func = click.option(
        "--debug", is_flag=True, help="Show a traceback when something goes wrong."
    )(func)
    func = click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=Path),
        help="Where quiz attempts are kept (default: $READQUIZ_HOME, else the user data dir).",
    )(func)
    func = click.option(
        "--templates",
        "template_dirs",
        multiple=True,
        type=click.Path(path_type=Path),
        help="A directory of question templates, searched after the built-in ones "
        "and $READQUIZ_TEMPLATES (repeatable; later ones override by id).",
    )(func)
    return func


def selection_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--seed, --count, --types, --formats: how a question set is chosen."""
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


def set_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--set FILE: use a question-set file exactly as written, in place of ARTICLE."""
    return click.option(
        "--set",
        "set_path",
        type=click.Path(dir_okay=False, path_type=Path),
        metavar="FILE",
        help="Use this question-set file (from `generate --format yaml`) as written, "
        "in place of ARTICLE.",
    )(func)


def _options(kwargs: dict[str, Any]) -> Options:
    return Options(
        template_dirs=list(kwargs.pop("template_dirs", ()) or ()),
        data_dir=kwargs.pop("data_dir", None),
        debug=kwargs.pop("debug", False),
    )


def _run(module: str, kwargs: dict[str, Any]) -> None:
    """Import ``readquiz.cli.<module>`` and run it; exit with its status."""
    import importlib

    opts = _options(kwargs)
    try:
        command = importlib.import_module(f"readquiz.cli.{module}")
        status = command.run(opts, **kwargs)
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
    sys.exit(status or 0)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="readquiz")
def cli() -> None:
    """Reading-comprehension questions from annotated news articles.

    ARTICLE is a path to an article file or the id of a bundled article; without it,
    the bundled sample article is used.
    """


@cli.command()
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
def quiz(**kwargs: Any) -> None:
    """Take an interactive quiz in the terminal."""
    _run("quiz", kwargs)


@cli.command()
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
def worksheet(**kwargs: Any) -> None:
    """Make a printable PDF worksheet with an answer key."""
    _run("worksheet", kwargs)


@cli.command()
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
def generate(**kwargs: Any) -> None:
    """Print the questions for an article, or write a question-set file."""
    _run("generate", kwargs)


@cli.command()
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
def export(**kwargs: Any) -> None:
    """Export the questions to Moodle, Canvas (QTI), GIFT or Anki."""
    _run("export", kwargs)


@cli.command()
@click.argument("set_file", metavar="SET", type=click.Path(dir_okay=False, path_type=Path))
@common_options
def review(**kwargs: Any) -> None:
    """Review a question-set file: keep, drop, reorder, edit, add; Ctrl+S saves."""
    _run("review", kwargs)


@cli.command()
@click.argument("articles", nargs=-1)
@common_options
def check(**kwargs: Any) -> None:
    """Check articles and templates; list every problem (exit 1 if any)."""
    _run("check", kwargs)


@cli.command()
@common_options
def templates(**kwargs: Any) -> None:
    """List every question template on the search path."""
    _run("templates", kwargs)


@cli.command()
@click.argument("kind", type=click.Choice(["article", "template"]))
@common_options
def schema(**kwargs: Any) -> None:
    """Print the JSON Schema of the article or template format."""
    _run("schema", kwargs)


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
@common_options
def results(**kwargs: Any) -> None:
    """List quiz attempts and scores, oldest first."""
    _run("results", kwargs)


@cli.command()
@click.argument("article", required=False)
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
def serve(**kwargs: Any) -> None:
    """Serve the quiz to a class's browsers from this computer (behind a join code)."""
    _run("serve", kwargs)


def main() -> None:
    """Entry point of the ``readquiz`` console script."""
    cli(prog_name="readquiz")
