"""``readquiz quiz`` end to end.

Bad input fails before the app, resume replays the stored questions, and the bundled
sample starts.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from readquiz.attempts.store import ResultsStore
from readquiz.cli import cli
from readquiz.tui.app import QuizApp
from readquiz.tui.screens.quiz import QuizScreen
from readquiz.tui.screens.start import StartScreen
from tests.tui.fixture_app import ARTICLE, fixture_questions
from tests.tui.helpers import begin, text_of


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[QuizApp]:
    """Apps the command would have run (run() is replaced: no terminal in tests)."""
    apps: list[QuizApp] = []
    monkeypatch.setattr(QuizApp, "run", lambda self, *a, **k: apps.append(self))
    monkeypatch.setattr("readquiz.cli.quiz.terminal_problem", lambda: None)
    return apps


def test_a_bad_article_fails_before_the_app(tmp_path: Path, launched: list[QuizApp]) -> None:
    bad = tmp_path / "bad.yaml"
    # An unknown key (a typo) on line 4; the title has [brackets] that are not markup.
    bad.write_text("id: bad-article\ntitle: A [b] c\ntext: Hello.\nauthr: me\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["quiz", str(bad), "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{bad}:4:1: ")
    assert "Traceback" not in result.output and launched == []


def test_an_unusable_data_directory_fails_before_the_app(
    tmp_path: Path, launched: list[QuizApp]
) -> None:
    in_the_way = tmp_path / "notes.txt"
    in_the_way.write_text("a file where the data directory would go", encoding="utf-8")
    data = in_the_way / "data"
    result = CliRunner().invoke(cli, ["quiz", "--seed", "1", "--data-dir", str(data)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"readquiz: error: {data}: cannot create the data directory: "
        f"{in_the_way} is not a directory\n"
    )
    assert launched == []


def test_resume_with_nothing_to_resume_writes_nothing(
    tmp_path: Path, launched: list[QuizApp]
) -> None:
    data = tmp_path / "data"
    result = CliRunner().invoke(
        cli, ["quiz", "--resume", "--student", "Ana", "--data-dir", str(data)]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"readquiz: error: no unfinished attempt by Ana to resume in {data}; "
        "start a new quiz without --resume\n"
    )
    assert launched == [] and list(tmp_path.iterdir()) == []  # not even the directory
    # With a database that holds only finished attempts, it is left as it was.
    store = ResultsStore(data)
    done = store.start_attempt(
        article_id="a", article_path="", questions_json="{}", total=1, seed=1, mode="test"
    )
    store.finish_attempt(done)
    store.close()
    before = {p.name: p.read_bytes() for p in data.iterdir()}
    result = CliRunner().invoke(cli, ["quiz", "--resume", "--data-dir", str(data)])
    assert result.exit_code == 2 and "no unfinished attempt to resume" in result.stderr
    assert {p.name: p.read_bytes() for p in data.iterdir()} == before


def test_resume_replays_the_stored_questions(tmp_path: Path, launched: list[QuizApp]) -> None:
    qset = fixture_questions()
    store = ResultsStore(tmp_path)
    attempt = store.start_attempt(
        article_id="fixture-article",
        article_path=str(ARTICLE.resolve()),
        questions_json=qset.to_json(),
        total=len(qset.questions),
        seed=qset.seed,
        mode="test",
        student="Ana",
    )
    store.record_answer(attempt, qset.questions[0].id, "Lena Ortiz", True)
    store.close()
    result = CliRunner().invoke(cli, ["quiz", "--resume", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    [app] = launched
    run = app.run_state
    assert run.attempt_id == attempt and run.mode == "test" and run.student == "Ana"
    assert run.qset.to_json() == qset.to_json()
    assert run.article.id == "fixture-article" and run.next_index() == 1


async def test_the_bundled_sample_starts(tmp_path: Path) -> None:
    from readquiz.cli.options import Options, Selection, build_question_set
    from readquiz.cli.quizset import QUIZ_FORMATS
    from readquiz.tui.app import make_app

    article, qset = build_question_set(Options(), Selection(seed=1, count=10, formats=QUIZ_FORMATS))
    assert qset.questions
    app = make_app(article, qset, ResultsStore(tmp_path), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, StartScreen)
        await begin(pilot)
        assert isinstance(app.screen, QuizScreen)
        assert text_of(pilot, "#progress-label") == f"Question 1 of {len(qset.questions)}"


def _quiz_without_a_terminal(
    data: Path, stdin_tty: bool, stdout_tty: bool
) -> subprocess.CompletedProcess[str]:
    """``readquiz quiz`` with stdin and stdout each a pipe, or a pseudo-terminal."""
    env = {k: v for k, v in os.environ.items() if k != "TEXTUAL_DRIVER"}
    master, slave = os.openpty()
    try:
        return subprocess.run(
            [sys.executable, "-m", "readquiz", "quiz", "--seed", "1", "--data-dir", str(data)],
            stdin=slave if stdin_tty else subprocess.DEVNULL,
            stdout=slave if stdout_tty else subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
    finally:
        os.close(master)
        os.close(slave)


@pytest.mark.parametrize(
    ("stdin_tty", "stdout_tty", "what"),
    [
        (False, False, "stdin and stdout are not terminals"),
        (True, False, "stdout is not one"),
        (False, True, "stdin is not one"),
    ],
)
def test_without_a_terminal_the_quiz_says_so_and_exits_2(
    tmp_path: Path, stdin_tty: bool, stdout_tty: bool, what: str
) -> None:
    data = tmp_path / "data"
    done = _quiz_without_a_terminal(data, stdin_tty, stdout_tty)
    assert done.returncode == 2
    assert done.stderr == (
        f"readquiz: error: the quiz needs a terminal, and {what}: run readquiz quiz in a "
        "terminal window (readquiz serve puts it in browsers)\n"
    )
    assert not done.stdout  # nothing drawn into the pipe
    assert not data.exists()
