"""The attempts store and ``readquiz results``.

Answers are kept at once, by every process, and listed for a gradebook.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from readquiz.attempts.store import ResultsStore
from readquiz.cli import cli

KEYS = {
    "id",
    "article",
    "student",
    "mode",
    "seed",
    "started",
    "finished",
    "score",
    "total",
    "retry_of",
    "answers",
    "status",
    "answered",
    "percent",
    "started_local",
    "finished_local",
}


def _start(store: ResultsStore, student: str | None = "Ana", total: int = 3, **kw: object) -> str:
    args: dict[str, object] = {
        "article_id": "fixture-article",
        "article_path": "/tmp/a.yaml",
        "questions_json": "{}",
        "total": total,
        "seed": 7,
        "mode": "practice",
        "student": student,
    }
    args.update(kw)
    return store.start_attempt(**args)  # type: ignore[arg-type]


def _results(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["results", *args])
    return result.exit_code, result.output


def test_answers_are_recorded_in_order_and_scored(tmp_path: Path) -> None:
    store = ResultsStore(tmp_path)
    attempt = _start(store)
    store.record_answer(attempt, "q/b", "Karachi", True)
    store.record_answer(attempt, "q/a", "12", False)
    got = store.get(attempt)
    assert got is not None
    assert [(a.question, a.given, a.correct) for a in got.answers] == [
        ("q/b", "Karachi", True),
        ("q/a", "12", False),
    ]
    assert (got.score, got.total, got.finished) == (1, 3, None)
    store.finish_attempt(attempt)
    finished = store.get(attempt)
    assert finished is not None and finished.finished is not None
    assert finished.finished.endswith("Z")


def test_latest_unfinished_by_student(tmp_path: Path) -> None:
    store = ResultsStore(tmp_path)
    ana1 = _start(store, "Ana")
    ben = _start(store, "Ben")
    ana2 = _start(store, "Ana")
    store.finish_attempt(ana2)
    unfinished_ana = store.latest_unfinished("Ana")
    unfinished_any = store.latest_unfinished()
    assert unfinished_ana is not None and unfinished_ana.id == ana1
    assert unfinished_any is not None and unfinished_any.id == ben
    assert store.latest_unfinished("Cleo") is None


def test_an_answer_survives_kill_9(tmp_path: Path) -> None:
    """The answer is committed before the writer returns.

    Killing the process right after loses nothing.
    """
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from readquiz.attempts.store import ResultsStore\n"
        "s = ResultsStore(Path(sys.argv[1]))\n"
        "a = s.start_attempt(article_id='x', article_path='x', questions_json='{}',"
        " total=2, seed=1, mode='test')\n"
        "s.record_answer(a, 'q1', 'Karachi', True)\n"
        "print('answered', flush=True)\n"
        "import time; time.sleep(60)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "answered"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    attempts = ResultsStore(tmp_path).attempts()
    assert [(a.given, a.correct) for a in attempts[0].answers] == [("Karachi", True)]


def _student(directory: str, name: str, answers: int) -> None:
    store = ResultsStore(Path(directory))
    attempt = store.start_attempt(
        article_id="fixture-article",
        article_path="x",
        questions_json="{}",
        total=answers,
        seed=1,
        mode="test",
        student=name,
    )
    for i in range(answers):
        store.record_answer(attempt, f"q/{i}", str(i), i % 2 == 0)
    store.finish_attempt(attempt)
    store.close()


def test_several_processes_at_once_lose_no_writes(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(target=_student, args=(str(tmp_path), f"student{n}", 25)) for n in range(4)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    attempts = ResultsStore(tmp_path).attempts()
    assert sorted(a.student or "" for a in attempts) == [f"student{n}" for n in range(4)]
    for a in attempts:
        assert [x.question for x in a.answers] == [f"q/{i}" for i in range(25)]
        assert a.finished is not None and a.score == 13
    with sqlite3.connect(tmp_path / "readquiz.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 100


def test_results_on_a_missing_data_dir_is_empty(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    assert _results(["--data-dir", str(missing), "--format", "json"]) == (0, "[]\n")
    code, out = _results(["--data-dir", str(missing), "--format", "csv"])
    assert (code, out) == (
        0,
        "id,article,student,mode,started,finished,score,total,percent,"
        "status,answered,retry_of,started_local,finished_local\n",
    )
    code, out = _results(["--data-dir", str(missing)])
    assert code == 0 and out.split() == [
        "id",
        "article",
        "student",
        "mode",
        "started",
        "finished",
        "score",
        "result",
    ]
    assert not missing.exists()


def test_results_json_contract(tmp_path: Path) -> None:
    store = ResultsStore(tmp_path)
    first = _start(store, "Ana", total=2)
    store.record_answer(first, "q/a", "Karachi", True)
    store.record_answer(first, "q/b", "Tehran", False)
    store.finish_attempt(first)
    retry = _start(store, None, total=1, retry_of=first, mode="test")
    code, out = _results(["--data-dir", str(tmp_path), "--format", "json"])
    assert code == 0
    data = json.loads(out)
    assert [set(d) for d in data] == [KEYS, KEYS]
    assert data[0]["id"] == first and isinstance(data[0]["id"], str)
    assert data[0]["student"] == "Ana" and data[0]["mode"] == "practice"
    assert (data[0]["score"], data[0]["total"], data[0]["seed"]) == (1, 2, 7)
    assert data[0]["answers"] == [
        {"question": "q/a", "given": "Karachi", "correct": True},
        {"question": "q/b", "given": "Tehran", "correct": False},
    ]
    assert data[1]["id"] == retry and data[1]["retry_of"] == first
    assert data[1]["student"] is None and data[1]["finished"] is None
    assert data[1]["started"].endswith("Z") and "T" in data[1]["started"]


def test_results_csv_and_table(tmp_path: Path) -> None:
    store = ResultsStore(tmp_path)
    attempt = _start(store, "Ana, the 2nd", total=4)
    for q, ok in (("a", True), ("b", True), ("c", False)):
        store.record_answer(attempt, q, "x", ok)
    code, out = _results(["--data-dir", str(tmp_path), "--format", "csv"])
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and len(rows) == 2
    assert rows[1][0] == attempt
    assert rows[1][1:4] == ["fixture-article", "Ana, the 2nd", "practice"]
    assert rows[1][5:9] == ["", "2", "4", "50"]
    assert rows[1][9:12] == ["unfinished", "3", ""]
    code, out = _results(["--data-dir", str(tmp_path)])
    assert code == 0 and "Ana, the 2nd" in out and "unfinished, 3/4 answered" in out
    assert "50%" not in out


def test_results_reads_readquiz_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _start(ResultsStore(tmp_path), "Ana")
    monkeypatch.setenv("READQUIZ_HOME", str(tmp_path))
    code, out = _results(["--format", "json"])
    assert code == 0 and json.loads(out)[0]["student"] == "Ana"
