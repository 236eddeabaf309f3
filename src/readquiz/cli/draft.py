"""``readquiz draft TEXTFILE``: a pasted news story in, an article file of proposals out.

The draft goes to ``-o FILE`` (written atomically) or to stdout; a one-line summary
goes to stderr. spaCy is imported here only, through :mod:`readquiz.article.draft`.
"""

from __future__ import annotations

import re
from pathlib import Path

import click

from readquiz.cli.options import Options


def _count(text: str, section: str) -> int:
    """How many items a rendered section holds (commented-out ones not counted)."""
    body = re.search(rf"(?ms)^{section}:\n(.*?)(?=^\S|\Z)", text)
    if not body:
        return 0
    if section == "entities":
        return len(re.findall(r"(?m)^  [a-z0-9-]+:", body.group(1)))
    return len(re.findall(r"(?m)^  - id:", body.group(1)))


def run(opts: Options, textfile: Path, output: Path | None = None, model: str | None = None) -> int:
    """Draft an article from ``textfile``.

    Returns:
        0 on success (errors are raised as ReadquizError and exit 2).
    """
    from readquiz.article.draft import MARK, draft_text, read_source, write_draft

    source = read_source(textfile)
    text = draft_text(source, textfile.name, model)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_draft(text, output)
    counts = ", ".join(
        f"{_count(text, s)} {s}" for s in ("entities", "events", "numbers", "stances")
    )
    later = len(re.findall(r"(?m)^  # - id:", text))
    parked = f" ({later} more stances commented out for you to finish)" if later else ""
    where = f"wrote {output}" if output is not None else "drafted"
    click.echo(
        f"{where}: {counts}{parked}; confirm or fix every '{MARK}' line, then run readquiz check",
        err=True,
    )
    return 0
