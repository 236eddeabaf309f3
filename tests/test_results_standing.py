"""``readquiz results`` says what an attempt is: a retry, unfinished, when (local time).

The store is filled through the quiz's own state object (QuizRun), as the quiz fills it.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from readquiz.attempts.state import QuizRun
from readquiz.attempts.store import ResultsStore
from readquiz.cli import cli
from readquiz.questions.setfile import load_set

SET_FILE = Path(__file__).parent / "fixtures" / "report" / "class-set.yaml"


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Berlin's (UTC+1 in winter, UTC+2 in summer)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _results(data: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["results", "--data-dir", str(data), *args])
    return result.exit_code, result.output


def _class(data: Path) -> dict[str, str]:
    """Ana: 6/8 then a retry of her 2 misses; Ben: 3 of 8 answered, unfinished."""
    loaded = load_set(SET_FILE)
    store = ResultsStore(data)
    ana = QuizRun(loaded.article, loaded.qset, store, mode="test", student="Ana")
    for i, q in enumerate(loaded.qset.questions):
        ana.answer(q, q.answer_text if i < 6 else "no idea")
    ana.finish()
    retry = ana.retry_missed()
    assert retry is not None
    for q in retry.questions:
        retry.answer(q, q.answer_text)
    retry.finish()
    ben = QuizRun(loaded.article, loaded.qset, store, mode="test", student="Ben")
    for q in loaded.qset.questions[:3]:
        ben.answer(q, q.answer_text)
    store.close()
    assert ana.attempt_id and retry.attempt_id and ben.attempt_id
    return {"ana": ana.attempt_id, "retry": retry.attempt_id, "ben": ben.attempt_id}


def _set_started(data: Path, stamp: str) -> None:
    import sqlite3

    with sqlite3.connect(data / "readquiz.db") as conn:
        conn.execute("UPDATE attempts SET started = ?", (stamp,))


def test_the_table_marks_retries_and_unfinished_attempts(tmp_path: Path) -> None:
    ids = _class(tmp_path)
    code, out = _results(tmp_path)
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert lines[ids["ana"]].endswith("6/8    75%")
    assert lines[ids["retry"]].endswith(f"2/2    retry of {ids['ana']}: 2/2 now right")
    assert lines[ids["ben"]].endswith("3/8    unfinished, 3/8 answered")
    assert "0%" not in lines[ids["ben"]]


def test_the_table_shows_local_time_and_json_keeps_the_offset(tmp_path: Path, berlin: None) -> None:
    ids = _class(tmp_path)
    _set_started(tmp_path, "2026-07-01T07:05:00Z")
    code, out = _results(tmp_path)
    assert code == 0 and "2026-07-01 09:05 CEST" in out
    code, out = _results(tmp_path, "--format", "json")
    data = {d["id"]: d for d in json.loads(out)}
    ana, ben = data[ids["ana"]], data[ids["ben"]]
    assert ana["started"] == "2026-07-01T07:05:00Z"
    assert ana["started_local"] == "2026-07-01T09:05:00+02:00"
    assert (ana["status"], ana["answered"], ana["percent"]) == ("finished", 8, 75.0)
    assert (ben["status"], ben["answered"], ben["percent"]) == ("unfinished", 3, None)
    assert ben["finished_local"] is None
    assert data[ids["retry"]]["retry_of"] == ids["ana"]


def test_csv_keeps_its_first_columns_and_adds_status(tmp_path: Path) -> None:
    ids = _class(tmp_path)
    code, out = _results(tmp_path, "--format", "csv")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out))}
    assert code == 0
    assert list(rows[ids["ana"]])[:9] == [
        "id",
        "article",
        "student",
        "mode",
        "started",
        "finished",
        "score",
        "total",
        "percent",
    ]
    assert rows[ids["retry"]]["retry_of"] == ids["ana"]
    assert (rows[ids["ben"]]["status"], rows[ids["ben"]]["answered"]) == ("unfinished", "3")


def test_by_question_csv_has_one_row_per_student_and_a_column_per_question(
    tmp_path: Path,
) -> None:
    _class(tmp_path)
    questions = [q.id for q in load_set(SET_FILE).qset.questions]
    code, out = _results(tmp_path, "--format", "csv", "--by-question")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == [
        "student",
        "article",
        "attempt",
        "status",
        "score",
        "total",
        "percent",
        *questions,
    ]
    ana, ben = rows[1], rows[2]  # the retry is not a row of its own
    assert len(rows) == 3
    assert ana[:7] == ["Ana", "pakistan-soleimani-rally", ana[2], "finished", "6", "8", "75"]
    assert ana[7:] == ["1"] * 6 + ["0", "0"]
    assert ben[3:7] == ["unfinished", "3", "8", ""]
    assert ben[7:] == ["1", "1", "1", "", "", "", "", ""]


def test_by_question_is_a_csv_layout(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["results", "--data-dir", str(tmp_path), "--by-question"])
    assert result.exit_code == 2
    assert (
        result.output.strip() == "readquiz: error: --by-question is a CSV layout: add --format csv"
    )


def test_article_filter(tmp_path: Path) -> None:
    _class(tmp_path)
    code, out = _results(tmp_path, "--format", "json", "--article", "something-else")
    assert (code, json.loads(out)) == (0, [])
