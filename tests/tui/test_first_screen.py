"""The start screen shows while the questions are made, and the quiz waits for them.

``readquiz quiz ARTICLE`` checks its input before the app starts, draws the start
screen, and only then makes the questions (in a thread). A student who presses Enter
before they are ready waits on the start screen; a set that cannot be made is said in
the app and on stderr, exits 2, and writes nothing (not even a results database).
"""

from __future__ import annotations

import ast
import asyncio
import gc
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from textual.app import App
from textual.pilot import Pilot

from readquiz import collector
from readquiz.attempts.store import ResultsStore
from readquiz.cli import cli
from readquiz.cli.options import Options, Selection, build_question_set
from readquiz.cli.quizset import QUIZ_FORMATS
from readquiz.questions.model import QuestionSet
from readquiz.tui.app import LATER_CSS, QuizApp, make_app
from readquiz.tui.screens.error import ErrorScreen
from readquiz.tui.screens.quiz import QuizScreen
from readquiz.tui.screens.start import StartScreen
from tests.tui.fixture_app import fixture_article, fixture_questions
from tests.tui.helpers import screen_text, text_of

PRACTICE = "Practice: you see the answer after each question."


async def until(pilot: Pilot[Any], done: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait until ``done()`` holds (the questions are made in a thread)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not done():
        assert loop.time() < deadline, "the quiz did not get there in time"
        await pilot.pause(0.01)
    await pilot.pause()


def held_back() -> tuple[threading.Event, Callable[[], QuestionSet]]:
    """A builder that makes the fixture's questions only once the event is set."""
    release = threading.Event()

    def build() -> QuestionSet:
        assert release.wait(30)
        return fixture_questions()

    return release, build


async def test_beginning_before_the_questions_are_ready_waits_for_them(tmp_path: Path) -> None:
    release, build = held_back()
    store = ResultsStore(tmp_path)
    app = make_app(fixture_article(), build, store, cursor_blink=False)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, StartScreen)
            assert text_of(pilot, "#start-count") == f"Preparing questions… {PRACTICE}"
            await pilot.press(*"Ana", "enter")
            await pilot.pause()
            assert isinstance(app.screen, StartScreen)  # no half-ready quiz
            assert text_of(pilot, "#start-count") == (
                "Preparing questions… the quiz begins as soon as they are ready."
            )
            assert store.attempts() == []
            release.set()
            await until(pilot, lambda: isinstance(app.screen, QuizScreen))
            assert text_of(pilot, "#progress-label") == "Question 1 of 5"
            [attempt] = store.attempts()
            assert attempt.student == "Ana" and attempt.total == 5
    finally:
        release.set()


async def test_questions_made_before_beginning_are_counted_on_the_start_screen(
    tmp_path: Path,
) -> None:
    release, build = held_back()
    release.set()
    app = make_app(fixture_article(), build, ResultsStore(tmp_path), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: text_of(pilot, "#start-count").startswith("5 questions"))
        assert text_of(pilot, "#start-count") == f"5 questions. {PRACTICE}"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, QuizScreen))


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The quiz runs headless, as in a terminal; what its error screen says, read and closed."""
    shown: list[str] = []

    async def student(pilot: Pilot[Any]) -> None:
        await until(pilot, lambda: isinstance(pilot.app.screen, ErrorScreen))
        shown.append(screen_text(pilot))
        await pilot.press("enter")

    def run_headless(self: QuizApp, *args: object, **kwargs: object) -> None:
        App.run(self, headless=True, size=(80, 24), auto_pilot=student)

    monkeypatch.setattr(QuizApp, "run", run_headless)
    monkeypatch.setattr("readquiz.cli.quiz.terminal_problem", lambda: None)
    return shown


def test_a_set_that_cannot_be_made_is_said_and_exits_2_writing_nothing(
    tmp_path: Path, errors_shown: list[str]
) -> None:
    article = tmp_path / "bare.yaml"  # valid, but nothing in it to ask about
    article.write_text(
        "id: bare\ntitle: Nothing to ask\ntext: A text with nothing annotated.\n",
        encoding="utf-8",
    )
    data = tmp_path / "data"
    result = CliRunner().invoke(cli, ["quiz", str(article), "--seed", "1", "--data-dir", str(data)])
    said = f"{article}: no questions could be made with these options"
    assert result.exit_code == 2
    assert result.stderr == f"readquiz: error: {said}\n"
    assert "Traceback" not in result.output
    [text] = errors_shown
    assert said in text
    assert not data.exists()  # no results database, not even the directory


def test_a_bad_article_exits_2_in_one_line_and_writes_nothing(
    tmp_path: Path, errors_shown: list[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\ntitle: Bad\ntext: Hello.\nauthr: me\n", encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()  # a fresh data directory
    result = CliRunner().invoke(cli, ["quiz", str(bad), "--data-dir", str(data)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{bad}:4:1: unknown key 'authr'")
    assert len(result.stderr.splitlines()) == 1
    assert list(data.iterdir()) == []


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[QuizApp]:
    """Apps the command would have run (run() is replaced: no terminal in tests)."""
    apps: list[QuizApp] = []
    monkeypatch.setattr(QuizApp, "run", lambda self, *a, **k: apps.append(self))
    monkeypatch.setattr("readquiz.cli.quiz.terminal_problem", lambda: None)
    return apps


def test_the_app_makes_the_same_questions_as_generate_for_a_seed(
    tmp_path: Path, launched: list[QuizApp]
) -> None:
    result = CliRunner().invoke(cli, ["quiz", "--seed", "7", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    [app] = launched
    assert app.preparing is not None  # made by the app, after its first screen
    _, expected = build_question_set(Options(), Selection(seed=7, count=10, formats=QUIZ_FORMATS))
    assert app.preparing.build().to_json() == expected.to_json()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--types", "nosuch"], "readquiz: error: unknown question type nosuch (known: "),
        (["--templates", "missing-dir"], "missing-dir: template directory not found"),
        (["--formats", "open"], "readquiz: error: the quiz cannot grade open questions"),
    ],
)
def test_bad_options_still_fail_before_the_app(
    tmp_path: Path, launched: list[QuizApp], args: list[str], said: str
) -> None:
    data = tmp_path / "data"
    result = CliRunner().invoke(cli, ["quiz", *args, "--data-dir", str(data)])
    assert result.exit_code == 2
    assert result.stderr.startswith(said), result.stderr
    assert launched == [] and not data.exists()


FIRST_SCREEN_PROBE = """
import sys
SEEN = sys.argv[2]
from readquiz.cli import main
from readquiz.tui.app import QuizApp
_mount = QuizApp.on_mount
def on_mount(self):
    # registered first, so it runs right after the first screen update
    def seen():
        import gc
        with open(SEEN, "w", encoding="utf-8") as out:
            out.write(repr((sorted(sys.modules), gc.isenabled())))
        self.exit()
    self.call_after_refresh(seen)
    _mount(self)
QuizApp.on_mount = on_mount
_run = QuizApp.run
QuizApp.run = lambda self: _run(self, headless=True, size=(80, 24))
import readquiz.cli.quiz
readquiz.cli.quiz.terminal_problem = lambda: None
sys.argv = ["readquiz", "quiz", "--seed", "1", "--data-dir", sys.argv[1]]
main()
"""
# (the modules are written to a file: Textual captures what the app prints)


def test_a_good_article_is_on_the_start_screen_before_pydantic_is_loaded(tmp_path: Path) -> None:
    # Validating with pydantic (its import and its models) took a tenth of a second
    # before the first screen; the quick check passes the article, the thread builds it.
    seen = tmp_path / "modules.txt"
    subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN_PROBE, str(tmp_path / "data"), str(seen)],
        capture_output=True,
        check=True,
        timeout=120,
    )
    loaded, collecting = ast.literal_eval(seen.read_text(encoding="utf-8"))
    assert "readquiz.tui.screens.start" in loaded
    assert [m for m in loaded if m.split(".")[0] in ("pydantic", "pydantic_core", "jinja2")] == []
    # Nor does the first screen wait for the quit dialog, or for the cycle collector
    # (held off until it is drawn: see the tests below).
    assert "readquiz.tui.screens.confirm" not in loaded
    assert not collecting


def test_the_collector_runs_again_once_the_first_screen_is_drawn(tmp_path: Path) -> None:
    collector.hold()  # as readquiz quiz does
    try:
        app = make_app(fixture_article(), fixture_questions(), ResultsStore(tmp_path))
        assert not gc.isenabled()

        async def first_screen() -> None:
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.pause()
                assert gc.isenabled()

        asyncio.run(first_screen())
    finally:
        collector.release()
    assert gc.isenabled()


def test_the_quiz_command_leaves_the_collector_on_however_it_ends(
    tmp_path: Path, launched: list[QuizApp]
) -> None:
    # Tests run the command in this process: held off and never let go, the collector
    # would stay off for every test after it.
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\ntitle: Bad\ntext: Hello.\nauthr: me\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["quiz", str(bad)]).exit_code == 2
    assert gc.isenabled()
    done = CliRunner().invoke(cli, ["quiz", "--seed", "1", "--data-dir", str(tmp_path)])
    assert done.exit_code == 0, done.output
    assert len(launched) == 1  # the app did not run (so did not let it go itself)
    assert gc.isenabled()


async def test_the_start_screen_looks_the_same_before_and_after_the_other_styles(
    tmp_path: Path,
) -> None:
    # Only start.tcss is read before the first screen; app.tcss right after it.
    app = make_app(
        fixture_article(), fixture_questions(), ResultsStore(tmp_path), cursor_blink=False
    )
    drawn: list[str] = []
    later = app._after_first_screen

    def after_first_screen() -> None:
        drawn.append(app.export_screenshot())
        later()

    app._after_first_screen = after_first_screen  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert any(str(LATER_CSS) == path for path, _ in app.stylesheet.source)
        await pilot.pause()
        assert drawn and app.export_screenshot() == drawn[0]


def test_an_article_the_quick_check_wrongly_passed_is_still_reported_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Should the quick check ever pass a file the models refuse, the thread that builds
    # the article says so in the app and exits 2 with the file's usual lines, no attempt.
    article = tmp_path / "typo.yaml"
    article.write_text("id: typo\ntitle: A typo\ntext: Hello there.\nauthr: me\n", encoding="utf-8")
    monkeypatch.setattr("readquiz.article.precheck.fits_schema", lambda data: True)
    shown: list[str] = []

    async def student(pilot: Pilot[Any]) -> None:
        assert isinstance(pilot.app.screen, StartScreen)  # passed, so the screen showed
        await until(pilot, lambda: isinstance(pilot.app.screen, ErrorScreen))
        shown.append(screen_text(pilot))
        await pilot.press("enter")

    def run_headless(self: QuizApp, *args: object, **kwargs: object) -> None:
        App.run(self, headless=True, size=(80, 24), auto_pilot=student)

    monkeypatch.setattr(QuizApp, "run", run_headless)
    monkeypatch.setattr("readquiz.cli.quiz.terminal_problem", lambda: None)
    data = tmp_path / "data"
    result = CliRunner().invoke(cli, ["quiz", str(article), "--seed", "1", "--data-dir", str(data)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{article}:4:1: unknown key 'authr'"), result.stderr
    assert "Traceback" not in result.output
    [text] = shown
    assert "unknown key 'authr'" in text
    store = ResultsStore(data)
    assert store.attempts() == []
    store.close()


async def test_a_screen_shown_before_the_first_frame_is_drawn_has_its_styles(
    tmp_path: Path,
) -> None:
    # A student who presses F2 at once, or a loaded machine that draws the first frame
    # late, must not see the article without its styles (app.tcss): any screen pushed
    # before the first frame reads them first. (On a loaded machine the F2 snapshot
    # showed the article unstyled.)
    app = make_app(
        fixture_article(), fixture_questions(), ResultsStore(tmp_path), cursor_blink=False
    )
    app._after_first_screen = lambda: None  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not any(str(LATER_CSS) == path for path, _ in app.stylesheet.source)
        await pilot.press("f2")
        await pilot.pause()
        assert any(str(LATER_CSS) == path for path, _ in app.stylesheet.source)
