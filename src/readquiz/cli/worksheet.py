"""``readquiz worksheet``: a printable PDF worksheet with an answer key per version."""

from __future__ import annotations

import shlex
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from readquiz.cli.options import Options, Selection, build_question_set, echo_problems
from readquiz.cli.source import from_set
from readquiz.errors import ReadquizError, warning

if TYPE_CHECKING:
    from readquiz.article.model import Article
    from readquiz.questions.model import QuestionSet

DEFAULT_COUNT = 10


def remake_command(
    selection: Selection,
    article_id: str,
    seed: int,
    count: int,
    versions: int,
    paper: str,
    opts: Options,
) -> str:
    """The command line that makes the same worksheet again, printed on the key.

    ``article_id``, ``seed`` and ``count`` are the set's as made, for a selection that
    left them to their defaults.
    """
    if selection.set_path is not None:
        # a set file is the questions themselves: seed and count would be refused
        words = ["readquiz", "worksheet", "--set", str(selection.set_path)]
    else:
        article = selection.article if selection.article is not None else article_id
        words = ["readquiz", "worksheet", article, "--seed", str(seed), "--count", str(count)]
    if versions != 1:
        words += ["--versions", str(versions)]
    if selection.types:
        words += ["--types", ",".join(selection.types)]
    if selection.formats:
        words += ["--formats", ",".join(selection.formats)]
    if paper != "letter":
        words += ["--paper", paper]
    for folder in opts.template_dirs:
        words += ["--templates", str(folder)]
    return shlex.join(words)


def check_output_name(output: Path) -> None:
    """Refuse ``-o`` naming anything but a .pdf file, before any work is done.

    Refused rather than corrected: a worksheet written under another name than the one
    typed is a file the teacher cannot find, and "notes.docx" holding a PDF opens as
    garbage in a word processor.

    Raises:
        ReadquizError: the name does not end in .pdf.
    """
    if output.suffix.lower() != ".pdf":
        suggestion: Path | None = None
        if output.name not in ("", ".", ".."):
            # "key.pdf.txt" means key.pdf, not key.pdf.pdf.
            stem = output.with_suffix("")
            suggestion = stem if stem.suffix.lower() == ".pdf" else output.with_suffix(".pdf")
        hint = f" (for example {suggestion})" if suggestion is not None else ""
        raise ReadquizError(
            f"-o {output}: a worksheet is a PDF; give a file name ending in .pdf{hint}"
        )


def _warn_missing_characters(article: Article, qset: QuestionSet) -> None:
    """Say once, on stderr, which characters no shipped font can print, and where.

    Each such character prints as a visible white square; the warning names it and the
    first place it stands (a paragraph, the title, or a question).
    """
    from readquiz.questions.display import answer_words, range_words
    from readquiz.worksheet.fonts import REPLACEMENT, missing_characters

    places: list[tuple[str, str]] = [("the title", article.title)]
    places += [("the source", article.source or "")]
    places += [(f"paragraph {b.number}", b.text) for b in article.blocks if b.number]
    places += [("a heading", b.text) for b in article.blocks if not b.number]
    for q in qset.questions:
        texts = [q.prompt, answer_words(q), range_words(q) or "", *(q.choices or []), *q.accept]
        places += [(f"question {q.id}", text) for text in texts]
    missing = missing_characters([text for _, text in places])
    found = []
    for ch in missing[:10]:
        where = next(place for place, text in places if ch in text)
        found.append(
            warning(
                "",
                0,
                0,
                f"no worksheet font has {ch} (U+{ord(ch):04X}, first in "
                f"{where}); it prints as {REPLACEMENT}",
            )
        )
    if len(missing) > 10:
        found.append(
            warning("", 0, 0, f"{len(missing) - 10} more characters print as {REPLACEMENT}")
        )
    echo_problems(found)


def run(
    opts: Options,
    selection: Selection,
    *,
    output: Path | None = None,
    versions: int = 1,
    paper: str = "letter",
    no_key: bool = False,
) -> int:
    """Make the worksheet PDF and say where it went.

    Writes to a temporary file beside the target and renames it into place. Prints
    "Wrote FILE (...)" on stdout; a progress bar goes to stderr when it is a terminal.

    Returns:
        0 on success (bad input raises a ReadquizError subclass).
    """
    if output is not None:
        check_output_name(output)
    if selection.set_path is not None:
        source = from_set(selection.set_path, selection)
        loaded, qset = source.article, source.qset
        count = len(qset.questions)
    else:
        count = DEFAULT_COUNT if selection.count is None else selection.count
        loaded, qset = build_question_set(opts, replace(selection, count=count))
    if not qset.questions:
        chosen = selection.types or selection.formats
        raise ReadquizError(
            f"no questions could be made from {loaded.id} with these templates"
            + (" (try without --types/--formats)" if chosen else "")
        )
    target = output if output is not None else Path(f"{loaded.id}-worksheet.pdf")

    # reportlab is imported only here, so other commands never pay for it.
    from readquiz.output import atomic_output
    from readquiz.worksheet.build import Layout, render, section_count
    from readquiz.worksheet.progress import progress_for

    layout = Layout(
        versions=versions,
        paper=paper,
        key=not no_key,
        remake=remake_command(selection, loaded.id, qset.seed, count, versions, paper, opts),
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
