"""``readquiz results``: list quiz attempts and scores, oldest first."""

from __future__ import annotations

import csv
import io
import json

import click

from readquiz.attempts.store import Attempt, ResultsStore
from readquiz.cli.options import Options, data_dir

CSV_COLUMNS = (
    "id",
    "article",
    "student",
    "mode",
    "started",
    "finished",
    "score",
    "total",
    "percent",
)


def run(opts: Options, *, fmt: str = "table") -> int:
    """Print every attempt in the data directory as a table, JSON or CSV.

    A missing or empty data directory is not an error: it has no attempts yet, and
    reading it creates nothing.

    Args:
        opts: Options every command takes.
        fmt: ``table``, ``json`` or ``csv``.

    Returns:
        The exit status (0).
    """
    store = ResultsStore(data_dir(opts), create=False)
    try:
        attempts = store.attempts()
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps([a.to_dict() for a in attempts], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(to_csv(attempts), nl=False)
    else:
        click.echo(to_table(attempts), nl=False)
    return 0


def _row(a: Attempt) -> list[str]:
    return [
        a.id,
        a.article,
        a.student or "",
        a.mode,
        a.started,
        a.finished or "",
        str(a.score),
        str(a.total),
        f"{a.percent:g}",
    ]


def to_csv(attempts: list[Attempt]) -> str:
    """One row per attempt for a gradebook, under a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_row(a) for a in attempts)
    return out.getvalue()


def to_table(attempts: list[Attempt]) -> str:
    """An aligned plain-text table; unfinished attempts show "-" as finished."""
    rows = [list(CSV_COLUMNS)]
    for a in attempts:
        row = _row(a)
        row[5] = row[5] or "-"
        row[8] += "%"
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(CSV_COLUMNS))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    return "\n".join(lines) + "\n"
