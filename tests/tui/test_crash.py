"""A quiz killed outright (SIGKILL, no chance to clean up) right after an answer.

test_terminal.py closes the terminal after one answer (the app gets SIGHUP). This is
harder: several answers, then ``kill -9`` of the quiz process itself the moment the
last answer shows its feedback. Every answer given must be in the store, with what
the student chose, and ``--resume`` must go on at the next question and finish with
all of them.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .test_terminal import Terminal, _results, pytestmark  # noqa: F401 (tmux or skip)

QUESTIONS = 4
COMMAND = [sys.executable, "-m", "readquiz"]
SET = ["--seed", "5", "--count", str(QUESTIONS), "--formats", "choice"]


def _quiz(data: Path) -> list[str]:
    return [*COMMAND, "quiz", *SET, "--student", "Ben", "--data-dir", str(data)]


def _choices() -> list[list[str]]:
    """The choices of each question, in order: ``generate`` makes the quiz's set."""
    out = subprocess.run(
        [*COMMAND, "generate", "pakistan-soleimani-rally", *SET, "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [q["choices"] for q in json.loads(out)["questions"]]


def _pane_pid(terminal: Terminal) -> int:
    """The process tmux started for the pane (a shell running the quiz, or the quiz)."""
    return int(
        subprocess.run(
            ["tmux", "display-message", "-p", "-t", terminal.name, "#{pane_pid}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )


def _tree(pid: int) -> list[int]:
    """``pid`` and every process under it."""
    found, todo = [], [pid]
    while todo:
        pid = todo.pop()
        found.append(pid)
        children = subprocess.run(
            ["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False
        ).stdout.split()
        todo += [int(c) for c in children]
    return found


@pytest.fixture
def terminals() -> Iterator[list[Terminal]]:
    opened: list[Terminal] = []
    yield opened
    for terminal in opened:
        terminal.kill()


def _given(attempt: dict[str, object]) -> list[object]:
    answers = attempt["answers"]
    assert isinstance(answers, list)
    return [a["given"] for a in answers]


def _answer(terminal: Terminal, number: int, key: str) -> None:
    terminal.wait_for(f"Question {number} of {QUESTIONS}")
    terminal.keys(key)
    terminal.wait_for("Next ▸")  # the verdict's button: the footer may lag a frame


def test_every_answer_survives_kill_9_right_after_it_and_resume_finishes(
    tmp_path: Path, terminals: list[Terminal]
) -> None:
    data = tmp_path / "data"
    choices = _choices()
    first = Terminal(_quiz(data), tmp_path)
    terminals.append(first)
    first.wait_for("Press Enter to begin")
    pane = _pane_pid(first)
    first.keys("Enter")
    _answer(first, 1, "2")
    first.keys("Enter")
    _answer(first, 2, "3")
    pids = _tree(pane)
    commands = [Path(f"/proc/{pid}/cmdline").read_bytes() for pid in pids]
    assert any(b"readquiz\x00quiz" in c for c in commands), commands  # the quiz itself
    for pid in reversed(pids):  # the quiz first, then the pane's shell
        os.kill(pid, signal.SIGKILL)

    [attempt] = _results(data)
    assert attempt["finished"] is None and attempt["student"] == "Ben"
    assert _given(attempt) == [choices[0][1], choices[1][2]]  # both answers, as chosen

    again = Terminal([*_quiz(data), "--resume"], tmp_path)
    terminals.append(again)
    again.wait_for(f"Welcome back: 2 of {QUESTIONS} answered")
    again.keys("Enter")
    _answer(again, 3, "1")
    again.keys("Enter")
    _answer(again, 4, "1")
    again.keys("Enter")
    again.wait_for("Score")

    [done] = _results(data)
    assert done["id"] == attempt["id"] and done["finished"] is not None
    assert _given(done) == [choices[0][1], choices[1][2], choices[2][0], choices[3][0]]
