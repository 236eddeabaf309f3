"""``readquiz serve --set FILE`` for real: a teacher's frozen set, in every browser, as written.

The set is the hand-written one of the set-file tests: one question of every format, an
article that is not bundled (found beside the set file), no seed. A student answers it
over the server's websocket as a browser's page does; the store shows what was asked.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from readquiz.attempts.store import ResultsStore
from tests.serve.served import Served, Student

ROOT = Path(__file__).resolve().parents[2]
EVERY_FORMAT = ROOT / "tests" / "fixtures" / "sets" / "good" / "every-format.yaml"


@pytest.fixture(scope="module")
def served_set(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """``readquiz serve --set every-format.yaml`` on a free loopback port."""
    server = Served(tmp_path_factory.mktemp("served-set") / "data", "--set", str(EVERY_FORMAT))
    yield server
    status, _, err = server.stop()
    assert status == 0, err


def test_the_announcement_names_the_set_not_a_seed(served_set: Served) -> None:
    # Four of the five questions: the open one cannot be graded in a quiz.
    assert (
        f"Serving: Riverside Wins the C# Cup: 3:1 in the Final "
        f"(4 questions, practice mode, from {EVERY_FORMAT})" in served_set.announced
    )


async def test_a_student_answers_the_set_as_written_and_the_store_has_it(
    served_set: Served,
) -> None:
    async with Student(served_set.url) as ana:
        await ana.join(served_set.code)
        await ana.open()
        await ana.wait_for("Your name")
        await ana.type("Ana\r")
        screen = await ana.wait_for("Question 1 of 4")
        # The teacher's words and choices, in the teacher's order.
        assert "What was the score of the final?" in screen
        assert screen.index("3:1") < screen.index("2:2") < screen.index("1:3")
        await ana.type("1")
        await ana.wait_for("Answer:")
        await ana.type("n")  # Next question (Enter too, once Next has the focus)
        await ana.wait_for("Tickets were {free} for students")
        await ana.type("1")  # True
        await ana.wait_for("Answer:")
        await ana.type("n")  # Next question (Enter too, once Next has the focus)
        await ana.wait_for("Who is the coach of the club?")
        await ana.type("Haddad\r")  # an accepted answer the teacher listed
        await ana.wait_for("Answer:")
        await ana.type("n")  # Next question (Enter too, once Next has the focus)
        await ana.wait_for("About how many people watched the match?")
        await ana.type("240\r")  # within the teacher's tolerance of 25
        await ana.wait_for("Answer:")

    store = ResultsStore(served_set.data_dir, create=False)
    try:
        [attempt] = [a for a in store.attempts() if a.student == "Ana"]
    finally:
        store.close()
    assert [(a.question, a.given, a.correct) for a in attempt.answers] == [
        ("score", "3:1", True),
        ("tickets", "True", True),
        ("coach", "Haddad", True),
        ("crowd", "240", True),
    ]
    assert attempt.article == "chess-cup-final"
    assert attempt.total == 4
    asked = json.loads(attempt.questions_json)["questions"]
    assert [q["id"] for q in asked] == ["score", "tickets", "coach", "crowd"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--seed", "3"], "readquiz: error: --seed cannot be used with --set"),
        (["pakistan-soleimani-rally"], "readquiz: error: give ARTICLE or --set, not both"),
    ],
)
def test_set_with_choosing_options_fails_before_listening(
    tmp_path: Path, extra: list[str], message: str
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "readquiz", "serve", "--set", str(EVERY_FORMAT), *extra]
        + ["--port", "0", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(message), line
    assert not (tmp_path / "data").exists()


def test_a_set_with_problems_is_refused_with_its_lines(tmp_path: Path) -> None:
    broken = tmp_path / "set.yaml"
    text = EVERY_FORMAT.read_text(encoding="utf-8")
    broken.write_text(
        text.replace(
            "path: ../chess-cup.yaml", f"path: {EVERY_FORMAT.parent.parent}/chess-cup.yaml"
        ).replace('answer: "3:1"', 'answer: "5:0"'),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "readquiz", "serve", "--set", str(broken)]
        + ["--port", "0", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"{broken}:"), result.stderr
    assert "5:0" in result.stderr
    assert "Join code" not in result.stdout
    assert not (tmp_path / "data").exists()
