"""Pilot tests of a whole attempt: results, retrying, quitting, resuming, dialogs."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot
from textual.widgets import Button, Input, OptionList

from readquiz.attempts.store import ResultsStore
from readquiz.questions.model import QuestionSet
from readquiz.tui.app import QuizApp
from readquiz.tui.screens.confirm import ConfirmScreen
from readquiz.tui.screens.error import ErrorScreen
from readquiz.tui.screens.help import HelpScreen
from readquiz.tui.screens.quiz import QuizScreen
from readquiz.tui.screens.score import ScoreScreen
from readquiz.tui.screens.start import StartScreen
from tests.tui.helpers import begin, next_question, screen_text, step, text_of, type_answer

SIZE = (80, 24)
Make = Callable[..., QuizApp]


async def _answer_all(pilot: Pilot[None]) -> None:
    """Right, wrong, right, right, wrong (practice mode): 3 / 5."""
    for keys in (["2"], [*"Springfield", "enter"], [*"120", "enter"], ["2"], ["1"]):
        await pilot.press(*keys)
        await pilot.pause()
        await next_question(pilot)


async def test_results_screen(make: Make, store: ResultsStore) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await _answer_all(pilot)
        assert isinstance(pilot.app.screen, ScoreScreen)
        assert text_of(pilot, "#score-title") == "Score"
        assert text_of(pilot, "#score-line") == "3 / 5   60%"
        by_type = text_of(pilot, "#by-type").split("\n")
        assert [line.split() for line in by_type] == [
            ["who", "1", "/", "2"],
            ["where", "0", "/", "1"],
            ["numeric", "1", "/", "1"],
            ["stance", "1", "/", "1"],
        ]
        review = screen_text(pilot)
        assert "Your answer: Springfield" in review and "Answer: Millbrook" in review
        assert "Evidence, paragraph 3: “said shopkeeper Tom Reyes”" in review
    [attempt] = store.attempts()
    assert attempt.finished is not None and attempt.score == 3


def _choices_shown(pilot: Pilot[None]) -> list[str]:
    """The choices on screen, in order, without their numbers."""
    options = pilot.app.screen.query_one("#choices", OptionList)
    return [
        str(options.get_option_at_index(i).prompt).split(". ", 1)[1]
        for i in range(options.option_count)
    ]


async def test_retry_only_the_missed_questions(make: Make, store: ResultsStore) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await _answer_all(pilot)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(pilot.app.screen, QuizScreen)
        assert text_of(pilot, "#progress-label") == "Question 1 of 2"
        await type_answer(pilot, "Millbrook")
        await next_question(pilot)
        # The choices come in a new order: the right one is no longer number 3.
        shown = _choices_shown(pilot)
        assert sorted(shown) == sorted(["Lena Ortiz", "the town council", "Tom Reyes"])
        assert shown.index("Tom Reyes") != 2
        await step(pilot, str(shown.index("Tom Reyes") + 1))
        assert text_of(pilot, "#verdict") == "✓ Correct!"
        await next_question(pilot)
        assert text_of(pilot, "#score-line").startswith("2 / 2   100%")
        assert not pilot.app.screen.query("#retry")
    first, retry = store.attempts()
    assert retry.retry_of == first.id and retry.total == 2 and retry.score == 2
    assert [a.question for a in retry.answers] == ["where-event/announce", "who-said/cross"]


async def test_retry_all_asks_every_question_with_the_choices_moved(
    make: Make, store: ResultsStore
) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        first_order = _choices_shown(pilot)
        assert first_order.index("Lena Ortiz") == 1
        await _answer_all(pilot)
        assert "Retry all (a)" in [str(b.label) for b in pilot.app.screen.query(Button)]
        await step(pilot, "a")
        assert text_of(pilot, "#progress-label") == "Question 1 of 5"
        shown = _choices_shown(pilot)
        assert sorted(shown) == sorted(first_order) and shown.index("Lena Ortiz") != 1
        await step(pilot, str(shown.index("Lena Ortiz") + 1))
        assert text_of(pilot, "#verdict") == "✓ Correct!"
        await next_question(pilot)
        await type_answer(pilot, "Millbrook")
        await next_question(pilot)
        await type_answer(pilot, "120")
        await next_question(pilot)
        # True/false keeps its order.
        assert _choices_shown(pilot) == ["True", "False"]
        await step(pilot, "2")
        await next_question(pilot)
        await step(pilot, str(_choices_shown(pilot).index("Tom Reyes") + 1))
        await next_question(pilot)
        assert text_of(pilot, "#score-line") == "5 / 5   100%   (retry of every question)"
    first, retry = store.attempts()
    assert retry.retry_of == first.id and retry.total == 5 and retry.score == 5
    # The new order is what the store keeps, so a resumed retry shows it again.
    stored = QuestionSet.from_json(retry.questions_json).questions[0]
    assert stored.choices == shown and stored.answer == "Lena Ortiz"


async def test_quit_asks_when_the_attempt_is_unfinished(make: Make) -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "readquiz quiz --resume" in screen_text(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.return_code is None
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.return_code == 0


async def test_quit_on_the_start_screen_does_not_ask(make: Make) -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code == 0


async def test_resume_after_an_abandoned_attempt(make: Make, store: ResultsStore) -> None:
    first = make(student="Ana")
    async with first.run_test(size=SIZE) as pilot:
        await begin(pilot)
        await pilot.press("2")
        await pilot.pause()
        await next_question(pilot)
        await type_answer(pilot, "Millbrook")
    # The app is gone without finishing (as after a closed terminal or kill -9).
    attempt = store.latest_unfinished("Ana")
    assert attempt is not None and len(attempt.answers) == 2
    again = make(attempt=attempt)
    async with again.run_test(size=SIZE) as pilot:
        assert isinstance(again.screen, StartScreen)
        assert "Welcome back: 2 of 5 answered" in screen_text(pilot)
        await begin(pilot)
        assert text_of(pilot, "#progress-label") == "Question 3 of 5"
        await type_answer(pilot, "120")
    [only] = store.attempts()
    assert only.id == attempt.id and len(only.answers) == 3 and only.student == "Ana"


async def test_the_name_edited_on_the_resume_screen_is_the_name_stored(
    make: Make, store: ResultsStore
) -> None:
    async with make(student="Anna").run_test(size=SIZE) as pilot:
        await begin(pilot)
        await pilot.press("2")
        await pilot.pause()
    attempt = store.latest_unfinished()
    assert attempt is not None and attempt.student == "Anna"
    again = make(attempt=attempt)
    async with again.run_test(size=SIZE) as pilot:
        name = pilot.app.screen.query_one("#student", Input)
        assert name.value == "Anna" and name.has_focus and not name.disabled
        await pilot.press("end", "backspace", *" Lima")
        await begin(pilot)
        assert text_of(pilot, "#progress-label") == "Question 2 of 5"
        [only] = store.attempts()
        assert only.id == attempt.id and only.student == "Ann Lima"
        assert again.run_state.student == "Ann Lima"
    assert store.latest_unfinished("Anna") is None
    assert store.latest_unfinished("Ann Lima") is not None


async def test_an_emptied_name_box_keeps_no_name(make: Make, store: ResultsStore) -> None:
    async with make(student="Ana").run_test(size=SIZE) as pilot:
        await pilot.press("end", "backspace", "backspace", "backspace")
        await begin(pilot)
    assert store.attempts()[0].student is None


async def test_help_screen(make: Make) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HelpScreen)
        assert "retry only the questions you missed" in screen_text(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, QuizScreen)


async def test_footer_lists_the_keys(make: Make) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        ids = {b.id for _, b, enabled, _ in pilot.app.screen.active_bindings.values() if enabled}
        assert {"choose", "article", "quit", "help"} <= ids


async def test_a_failed_save_shows_a_modal_not_a_traceback(make: Make, store: ResultsStore) -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot)
        store.close()  # the database goes away under the running app
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        assert "results database" in text_of(pilot, "#error-message")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
