"""``readquiz results``: list quiz attempts and scores, oldest first.

Retries and unfinished attempts say what they are; times are shown in this computer's
time zone (JSON and CSV keep the UTC stamps and add local ones with their offset).
``--by-question`` gives a gradebook's shape: one row per student, one column per
question.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import click

from readquiz.attempts import standing
from readquiz.attempts.store import Attempt, ResultsStore
from readquiz.cli.options import Options, data_dir
from readquiz.cli.table import format_table
from readquiz.errors import ReadquizError

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
    # added later, after the first nine (a reader of the first nine keeps working)
    "status",
    "answered",
    "retry_of",
    "started_local",
    "finished_local",
)
TABLE_COLUMNS = ("id", "article", "student", "mode", "started", "finished", "score", "result")
BY_QUESTION_COLUMNS = ("student", "article", "attempt", "status", "score", "total", "percent")


def run(
    opts: Options, *, fmt: str = "table", by_question: bool = False, article: str | None = None
) -> int:
    """Print every attempt in the data directory as a table, JSON or CSV.

    A missing or empty data directory is not an error: it has no attempts yet, and
    reading it creates nothing.

    Args:
        opts: Options every command takes.
        fmt: ``table``, ``json`` or ``csv``.
        by_question: one row per student and one column per question (CSV only).
        article: only the attempts on the article with this id.

    Returns:
        The exit status (0).

    Raises:
        ReadquizError: ``--by-question`` with a format other than CSV.
    """
    if by_question and fmt != "csv":
        raise ReadquizError("--by-question is a CSV layout: add --format csv")
    store = ResultsStore(data_dir(opts), create=False)
    try:
        attempts = store.attempts(article)
    finally:
        store.close()
    if by_question:
        click.echo(to_question_csv(attempts), nl=False)
    elif fmt == "json":
        click.echo(json.dumps([to_dict(a) for a in attempts], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(to_csv(attempts), nl=False)
    else:
        click.echo(to_table(attempts), nl=False)
    return 0


def to_dict(a: Attempt) -> dict[str, Any]:
    """The attempt as ``--format json`` prints it: the stored keys, and what they mean."""
    data = a.to_dict()
    data.update(
        {
            "status": standing.status(a),
            "answered": len(a.answered),
            "percent": standing.percent(a),
            "started_local": standing.local_iso(a.started),
            "finished_local": standing.local_iso(a.finished),
        }
    )
    return data


def _csv_row(a: Attempt) -> list[str]:
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
        standing.status(a),
        str(len(a.answered)),
        a.retry_of or "",
        standing.local_iso(a.started) or "",
        standing.local_iso(a.finished) or "",
    ]


def to_csv(attempts: list[Attempt]) -> str:
    """One row per attempt, under a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_csv_row(a) for a in attempts)
    return out.getvalue()


def _when(a: Attempt) -> tuple[str, str]:
    """Started as "2024-05-01 11:30 CEST"; finished as its time, with the date if another day."""
    started = standing.local_time(a.started)
    finished = standing.local_time(a.finished)
    assert started is not None
    start_text = started.strftime("%Y-%m-%d %H:%M %Z").strip()
    if finished is None:
        return start_text, "-"
    same_day = finished.date() == started.date()
    return start_text, finished.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")


def to_table(attempts: list[Attempt]) -> str:
    """An aligned plain-text table in local time; retries and unfinished attempts say so."""
    rows = []
    for a in attempts:
        started, finished = _when(a)
        rows.append(
            [
                a.id,
                a.article,
                a.student or "",
                a.mode,
                started,
                finished,
                f"{a.score}/{a.total}",
                standing.verdict(a),
            ]
        )
    return "\n".join(format_table(TABLE_COLUMNS, rows)) + "\n"


def _question_ids(a: Attempt) -> list[str]:
    """The questions the attempt asked, in order (the answered ones, if the set is unreadable)."""
    try:
        data = json.loads(a.questions_json)
        return [str(q["id"]) for q in data["questions"]]
    except (ValueError, KeyError, TypeError):
        return [answer.question for answer in a.answers]


def _points(a: Attempt) -> dict[str, float]:
    try:
        data = json.loads(a.questions_json)
        return {str(q["id"]): float(q.get("points", 1)) for q in data["questions"]}
    except (ValueError, KeyError, TypeError):
        return {}


def gradebook_attempts(attempts: list[Attempt]) -> list[Attempt]:
    """One attempt per student and article: the first finished full one, else the latest.

    A student who never finished is still listed, with the unfinished attempt, so that
    the gradebook shows the gap instead of dropping the student.
    """
    chosen = {(a.article, a.student or f"#{a.id}"): a for a in standing.counted(attempts)}
    for a in attempts:
        key = (a.article, a.student or f"#{a.id}")
        if not standing.is_retry(a) and key not in chosen:
            chosen[key] = a
    for a in attempts:  # a later unfinished attempt replaces an earlier unfinished one
        key = (a.article, a.student or f"#{a.id}")
        if not standing.is_retry(a) and not standing.is_finished(chosen[key]):
            chosen[key] = a
    return sorted(chosen.values(), key=lambda a: (a.article, (a.student or "").casefold(), a.id))


def _cell(a: Attempt, question: str, asked: set[str], points: dict[str, float]) -> str:
    given = next((x for x in a.answers if x.question == question), None)
    if given is None:
        # not asked is blank; asked and never answered counts 0 once the attempt is done
        return "0" if question in asked and standing.is_finished(a) else ""
    worth = points.get(question, 1.0) if given.correct else 0.0
    return f"{worth:g}"


def to_question_csv(attempts: list[Attempt]) -> str:
    """One row per student, one column per question: points earned, blank if not asked."""
    chosen = gradebook_attempts(attempts)
    questions = list(dict.fromkeys(q for a in chosen for q in _question_ids(a)))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*BY_QUESTION_COLUMNS, *questions])
    for a in chosen:
        pct = standing.percent(a)
        asked, points = set(_question_ids(a)), _points(a)
        writer.writerow(
            [
                a.student or "",
                a.article,
                a.id,
                standing.status(a),
                str(a.score),
                str(a.total),
                f"{pct:g}" if pct is not None else "",
                *(_cell(a, q, asked, points) for q in questions),
            ]
        )
    return out.getvalue()
