"""The real command in a real terminal (tmux): answer, lose the terminal, resume.

A student's terminal can die at any moment; what was answered must survive it. This
drives ``python -m readquiz quiz`` in tmux at 80x24, reads the screen as a student
would, kills the whole terminal, and checks the results store and ``--resume``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# CI installs tmux (.ci/run), so there a missing tmux is a failure, not a skip.
pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None and not os.environ.get("CI"),
    reason="needs tmux: apt-get install tmux",
)


class Terminal:
    """One tmux session running a command, 80 columns by 24 rows."""

    def __init__(self, command: list[str], cwd: Path) -> None:
        self.name = f"readquiz-test-{uuid.uuid4().hex[:8]}"
        line = " ".join(f"'{part}'" for part in command)
        subprocess.run(
            [
                "tmux",
                "new-session",
                "-d",
                "-s",
                self.name,
                "-x",
                "80",
                "-y",
                "24",
                "-c",
                str(cwd),
                line,
            ],
            check=True,
        )

    def screen(self) -> str:
        """What the terminal shows now."""
        return subprocess.run(
            ["tmux", "capture-pane", "-t", self.name, "-p"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        """Wait until ``text`` is on screen; return the screen."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared; the screen shows:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        """Type ``keys`` (tmux key names, such as Enter)."""
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def kill(self) -> None:
        """Close the terminal, as a student closing the window would."""
        subprocess.run(["tmux", "kill-session", "-t", self.name], check=False)


@pytest.fixture
def terminals() -> Iterator[list[Terminal]]:
    opened: list[Terminal] = []
    yield opened
    for terminal in opened:
        terminal.kill()


def _results(data: Path) -> list[dict[str, object]]:
    out = subprocess.run(
        [sys.executable, "-m", "readquiz", "results", "--format", "json", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out)


def test_an_answer_survives_the_terminal_dying_and_resume_continues(
    tmp_path: Path, terminals: list[Terminal]
) -> None:
    data = tmp_path / "data"
    quiz = [
        sys.executable,
        "-m",
        "readquiz",
        "quiz",
        "--seed",
        "3",
        "--count",
        "4",
        "--formats",
        "choice",
        "--student",
        "Ana",
        "--data-dir",
        str(data),
    ]
    first = Terminal(quiz, tmp_path)
    terminals.append(first)
    first.wait_for("Press Enter to begin")
    first.keys("Enter")
    first.wait_for("Question 1 of 4")
    first.keys("2")
    first.wait_for("Next ▸")
    first.kill()

    [attempt] = _results(data)
    assert attempt["student"] == "Ana" and attempt["finished"] is None
    assert attempt["total"] == 4
    answers = attempt["answers"]
    assert isinstance(answers, list) and len(answers) == 1

    again = Terminal([*quiz, "--resume"], tmp_path)
    terminals.append(again)
    again.wait_for("Welcome back: 1 of 4 answered")
    again.wait_for("Press Enter to continue")
    again.keys("Enter")
    again.wait_for("Question 2 of 4")


def test_test_mode_change_on_the_list_is_saved_before_submitting(
    tmp_path: Path, terminals: list[Terminal]
) -> None:
    data = tmp_path / "data"
    quiz = [
        sys.executable,
        "-m",
        "readquiz",
        "quiz",
        "--seed",
        "3",
        "--count",
        "3",
        "--formats",
        "choice",
        "--mode",
        "test",
        "--data-dir",
        str(data),
    ]
    first = Terminal(quiz, tmp_path)
    terminals.append(first)
    first.wait_for("Press Enter to begin")
    first.keys("Enter")
    for number in (1, 2, 3):
        first.wait_for(f"Question {number} of 3")
        first.keys("1")
    first.wait_for("Check your answers")
    [attempt] = _results(data)
    answers = attempt["answers"]
    assert isinstance(answers, list) and len(answers) == 3
    before = answers[0]["given"]
    first.keys("Enter")  # the first question, to change its answer
    first.wait_for("give another, or press Esc to keep it")
    first.keys("2")
    screen = first.wait_for("Check your answers")
    first.kill()  # the terminal dies before the student submits

    [attempt] = _results(data)
    answers = attempt["answers"]
    assert isinstance(answers, list) and len(answers) == 3
    assert answers[0]["given"] != before and f"Your answer: {answers[0]['given']}" in screen
    assert attempt["finished"] is None

    again = Terminal([*quiz, "--resume"], tmp_path)
    terminals.append(again)
    again.wait_for("Welcome back: 3 of 3 answered")
    again.keys("Enter")
    again.wait_for("Check your answers")
    again.keys("s")
    again.wait_for("Score")
    [attempt] = _results(data)
    assert attempt["finished"] is not None and len(attempt["answers"]) == 3  # type: ignore[arg-type]
