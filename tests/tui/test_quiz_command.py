"""``readquiz quiz`` end to end.

Bad input fails before the app, resume replays the stored questions, and the bundled
sample starts.
"""

from __future__ import annotations

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
    return apps


def test_a_bad_article_fails_before_the_app(tmp_path: Path, launched: list[QuizApp]) -> None:
    bad = tmp_path / "bad.yaml"
    # An unknown key (a typo) on line 4; the title has [brackets] that are not markup.
    bad.write_text("id: bad-article\ntitle: A [b] c\ntext: Hello.\nauthr: me\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["quiz", str(bad), "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{bad}:4:1: ")
    assert "Traceback" not in result.output and launched == []


def test_resume_with_nothing_to_resume(tmp_path: Path, launched: list[QuizApp]) -> None:
    result = CliRunner().invoke(
        cli, ["quiz", "--resume", "--student", "Ana", "--data-dir", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert result.stderr == "readquiz: error: no unfinished attempt by Ana to resume\n"
    assert launched == []


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
    from readquiz.cli.options import Options, build_question_set
    from readquiz.cli.quizset import QUIZ_FORMATS
    from readquiz.tui.app import make_app

    article, qset = build_question_set(
        None, Options(), seed=1, count=10, types=None, formats=list(QUIZ_FORMATS)
    )
    assert qset.questions
    app = make_app(article, qset, ResultsStore(tmp_path), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, StartScreen)
        await begin(pilot)
        assert isinstance(app.screen, QuizScreen)
        assert text_of(pilot, "#progress-label") == f"Question 1 of {len(qset.questions)}"
