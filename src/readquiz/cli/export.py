"""``readquiz export (ARTICLE | --set SET) --to moodle|qti|gift|anki [-o FILE]``.

Writes the file atomically (a failed run leaves an existing file as it was) and says
where it went on stdout. Without -o the file is named after the article and format:
``<article id>-moodle.xml``, ``-qti.zip``, ``-gift.txt``, ``.apkg``.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from readquiz.cli.options import Options, Selection, build_question_set
from readquiz.cli.source import from_set
from readquiz.errors import ReadquizError
from readquiz.exports import FORMATS

DEFAULT_NAMES = {"moodle": "-moodle.xml", "qti": "-qti.zip", "gift": "-gift.txt", "anki": ".apkg"}
"""The default output file of each format, after the article's id."""
SUFFIXES = {"moodle": (".xml",), "qti": (".zip",), "gift": (".txt", ".gift"), "anki": (".apkg",)}
"""The file name endings each format's importer expects (the first is the default's)."""
WHAT = {
    "moodle": "Moodle XML",
    "qti": "QTI 1.2 package",
    "gift": "GIFT",
    "anki": "Anki deck",
}


def run(opts: Options, selection: Selection, *, to: str, output: Path | None = None) -> int:
    """Export the questions of ARTICLE (generated) or of ``--set`` (as written).

    Returns:
        0; bad input raises a ReadquizError that cli.py reports with exit status 2.
    """
    if selection.article is None and selection.set_path is None:
        raise ReadquizError("give an ARTICLE (path or bundled id) or --set FILE to export")
    if output is not None:
        check_suffix(output, to)
    if selection.set_path is not None:
        source = from_set(selection.set_path, selection)
        loaded, qset = source.article, source.qset
    else:
        loaded, qset = build_question_set(opts, selection)
    if not qset.questions:
        raise ReadquizError(f"no questions could be made from {loaded.id} to export")
    module = importlib.import_module(FORMATS[to][0])
    data: bytes = module.export(loaded, qset)
    target = output if output is not None else Path(qset.article_id + DEFAULT_NAMES[to])
    from readquiz.output import atomic_output

    with atomic_output(target) as handle:
        handle.write(data)
    n = len(qset.questions)
    click.echo(f"Wrote {target} ({WHAT[to]}, {n} question{'s' if n != 1 else ''})")
    return 0


def check_suffix(output: Path, to: str) -> None:
    """Refuse an -o name whose ending the format's importer would not take.

    Anki opens a deck by its .apkg name, Moodle's import dialog filters .xml, Canvas
    wants the .zip: a deck written as "quiz.txt" is a file the teacher cannot import.
    Refused rather than corrected, as for the worksheet: a file under another name than
    the one typed is a file the teacher cannot find.

    Raises:
        ReadquizError: the name ends otherwise.
    """
    allowed = SUFFIXES[to]
    if output.suffix.lower() in allowed:
        return
    hint = f" (for example {output.with_suffix(allowed[0])})" if output.name else ""
    ending = " or ".join(allowed)
    raise ReadquizError(
        f"-o {output}: a {WHAT[to]} file name ends in {ending}; give such a name{hint}"
    )
