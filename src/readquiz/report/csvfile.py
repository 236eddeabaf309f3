"""The report as CSV: one row per question, for a spreadsheet. Headless.

The columns are documented in docs/report.md; new ones are only ever added at the end.
"""

from __future__ import annotations

import csv
import io

from readquiz.report.analysis import Item, Report

COLUMNS = (
    "position",
    "id",
    "type",
    "format",
    "paragraph",
    "prompt",
    "answer",
    "asked",
    "right",
    "omitted",
    "facility",
    "discrimination",
    "point_biserial",
    "band",
    "flags",
    "answers",
)


def _number(x: float | None) -> str:
    return "" if x is None else f"{x:.2f}"


def _answers(item: Item) -> str:
    return "; ".join(f"{'key: ' if o.key else ''}{o.text} ({o.count})" for o in item.options)


def render(report: Report) -> str:
    """One header row, then one row per question in the order of the set."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for it in report.items:
        q = it.question
        writer.writerow(
            [
                it.position,
                q.id,
                q.type,
                q.format,
                q.evidence.paragraph,
                q.prompt,
                q.answer_text,
                it.asked,
                it.right,
                it.omitted,
                _number(it.facility),
                _number(it.discrimination),
                _number(it.point_biserial),
                it.band,
                " | ".join(it.flags),
                _answers(it),
            ]
        )
    return out.getvalue()
