"""``readquiz worksheet``: a printable PDF worksheet with an answer key per version."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from readquiz.commands.source import from_set
from readquiz.errors import ReadquizError
from readquiz.session import Options, build_question_set

if TYPE_CHECKING:
    from readquiz.article import Article
    from readquiz.questions import QuestionSet

DEFAULT_COUNT = 10


def remake_command(
    article_arg: str,
    seed: int,
    count: int,
    versions: int,
    paper: str,
    types: list[str] | None,
    formats: list[str] | None,
    opts: Options,
    set_path: Path | None = None,
) -> str:
    """The command line that makes the same worksheet again, printed on the key."""
    if set_path is not None:
        # a set file is the questions themselves: seed and count would be refused
        words = ["readquiz", "worksheet", "--set", str(set_path)]
    else:
        words = ["readquiz", "worksheet", article_arg, "--seed", str(seed), "--count", str(count)]
    if versions != 1:
        words += ["--versions", str(versions)]
    if types:
        words += ["--types", ",".join(types)]
    if formats:
        words += ["--formats", ",".join(formats)]
    if paper != "letter":
        words += ["--paper", paper]
    for folder in opts.template_dirs:
        words += ["--templates", str(folder)]
    return shlex.join(words)


def _warn_missing_characters(article: Article, qset: QuestionSet) -> None:
    """Warn on stderr about letters the shipped font cannot print."""
    from readquiz.worksheet.fonts import missing_characters

    texts = [article.title, article.source or "", *(b.text for b in article.blocks)]
    for q in qset.questions:
        texts += [q.prompt, q.answer_text, q.unit or "", *(q.choices or []), *q.accept]
    missing = missing_characters(texts)
    if missing:
        shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:10])
        more = f" and {len(missing) - 10} more" if len(missing) > 10 else ""
        click.echo(
            f"readquiz: warning: the worksheet font has no glyph for {shown}{more}; "
            "they will print as empty boxes",
            err=True,
        )


def run(
    opts: Options,
    *,
    article: str | None = None,
    set_path: Path | None = None,
    output: Path | None = None,
    versions: int = 1,
    seed: int | None = None,
    count: int | None = None,
    types: list[str] | None = None,
    formats: list[str] | None = None,
    paper: str = "letter",
    no_key: bool = False,
    **_: Any,
) -> int:
    """Make the worksheet PDF and say where it went.

    Writes to a temporary file beside the target and renames it into place. Prints
    "Wrote FILE (...)" on stdout; a progress bar goes to stderr when it is a terminal.

    Returns:
        0 on success (bad input raises a ReadquizError subclass).
    """
    if set_path is not None:
        source = from_set(
            set_path, article=article, seed=seed, count=count, types=types, formats=formats
        )
        loaded, qset = source.article, source.qset
        count = len(qset.questions)
    else:
        count = DEFAULT_COUNT if count is None else count
        loaded, qset = build_question_set(
            article, opts, seed=seed, count=count, types=types, formats=formats
        )
    if not qset.questions:
        raise ReadquizError(
            f"no questions could be made from {loaded.id} with these templates"
            + (" (try without --types/--formats)" if types or formats else "")
        )
    target = output if output is not None else Path(f"{loaded.id}-worksheet.pdf")

    # reportlab is imported only here, so other commands never pay for it.
    from readquiz.worksheet.build import Layout, render, section_count
    from readquiz.worksheet.output import atomic_output
    from readquiz.worksheet.progress import progress_for

    layout = Layout(
        versions=versions,
        paper=paper,
        key=not no_key,
        remake=remake_command(
            article if article is not None else loaded.id,
            qset.seed,
            count,
            versions,
            paper,
            types,
            formats,
            opts,
            set_path,
        ),
    )
    _warn_missing_characters(loaded, qset)
    bar = progress_for(section_count(layout), "handouts and keys")
    try:
        with atomic_output(target) as handle:
            result = render(loaded, qset, handle, layout, bar.step if bar else None)
    finally:
        if bar is not None:
            bar.finish()
    plural = "s" if versions != 1 else ""
    click.echo(
        f"Wrote {target} ({versions} version{plural}, {len(qset.questions)} questions, "
        f"{result.pages} pages, seed {qset.seed})"
    )
    return 0
