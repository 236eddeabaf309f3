"""The one table formatter of the command line: aligned plain-text columns."""

from __future__ import annotations

from collections.abc import Sequence


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """Rows of text as left-aligned columns, two spaces apart; no line ends in spaces.

    Args:
        headers: the first line's cells; an empty header leaves its column untitled.
        rows: one sequence of cells per line, as many as there are headers.

    Returns:
        The lines, header first, without line endings.
    """
    lines = [list(headers), *(list(row) for row in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(headers))]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    ]
