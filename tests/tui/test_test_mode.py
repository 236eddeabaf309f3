"""Test mode: check every answer, change any, then submit; each change is saved at once."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from readquiz.attempts.store import ResultsStore
from readquiz.tui.app import QuizApp
from readquiz.tui.screens.answers import AnswersScreen
from readquiz.tui.screens.quiz import QuizScreen
from readquiz.tui.screens.score import ScoreScreen
from tests.tui.helpers import begin, footer_keys, screen_text, step, text_of, type_answer

SIZE = (80, 24)
Make = Callable[..., QuizApp]


def _given(store: ResultsStore) -> dict[str, str]:
    """The answers as stored now, by question id."""
    [attempt] = store.attempts()
    return {a.question: a.given for a in attempt.answers}


def _rows(pilot: Pilot[None]) -> list[str]:
    """The list of answers as shown: one "N. prompt / Your answer: X" per question."""
    answers = pilot.app.screen.query_one("#answers", OptionList)
    return [
        " ".join(str(answers.get_option_at_index(i).prompt).split())
        for i in range(answers.option_count)
    ]


async def _answer_all(pilot: Pilot[None]) -> None:
    """Right, wrong, right, right, wrong: each answer moves on at once (test mode)."""
    await step(pilot, "2")
    await type_answer(pilot, "Springfield")
    await type_answer(pilot, "120")
    await step(pilot, "2")
    await step(pilot, "1")


async def test_all_answers_are_listed_before_submitting(make: Make, store: ResultsStore) -> None:
    async with make(mode="test").run_test(size=SIZE) as pilot:
        await begin(pilot)
        await _answer_all(pilot)
        assert isinstance(pilot.app.screen, AnswersScreen)
        assert "Check your answers" in screen_text(pilot)
        assert _rows(pilot) == [
            "1. Who announced that the town will rebuild its old stone bridge? "
            "Your answer: Lena Ortiz",
            "2. In which town did Lena Ortiz announce the plan? Your answer: Springfield",
            "3. About how long is the bridge? Your answer: 120",
            "4. True or false: The town council is against rebuilding the bridge. "
            "Your answer: False",
            "5. Who said “We cross it every day”? Your answer: Lena Ortiz",
        ]
        assert footer_keys(pilot)[0] == ("s", "Submit answers")
        # Nothing marked yet, nothing finished, and every answer already saved.
        assert "Correct" not in screen_text(pilot)
        [attempt] = store.attempts()
        assert attempt.finished is None and len(attempt.answers) == 5


async def test_change_an_answer_then_submit(make: Make, store: ResultsStore) -> None:
    async with make(mode="test").run_test(size=SIZE) as pilot:
        await begin(pilot)
        await _answer_all(pilot)
        # Back to question 2: the answer given is shown and already in the box.
        await step(pilot, "down", "enter")
        assert isinstance(pilot.app.screen, QuizScreen)
        assert text_of(pilot, "#progress-label") == "Question 2 of 5"
        assert "Your answer: Springfield" in text_of(pilot, "#current-answer")
        box = pilot.app.screen.query_one("#answer", Input)
        assert box.value == "Springfield" and box.has_focus
        assert ("esc", "Keep the answer") in footer_keys(pilot)
        await pilot.press(*"Millbrook")  # typing replaces the answer shown
        await step(pilot, "enter")
        # Saved the moment it is changed, before anything is submitted.
        assert _given(store)["where-event/announce"] == "Millbrook"
        assert store.attempts()[0].finished is None
        assert isinstance(pilot.app.screen, AnswersScreen)
        answers = pilot.app.screen.query_one("#answers", OptionList)
        assert answers.highlighted == 1  # back on the question just changed
        assert "Your answer: Millbrook" in _rows(pilot)[1]
        # Question 5: its choice is highlighted; another digit changes it.
        await step(pilot, "down", "down", "down", "enter")
        choices = pilot.app.screen.query_one("#choices", OptionList)
        assert choices.highlighted == 0  # Lena Ortiz, the answer given
        await step(pilot, "3")
        assert _given(store)["who-said/cross"] == "Tom Reyes"
        # Question 1, looked at and kept with Esc: unchanged.
        await step(pilot, "up", "up", "up", "up", "enter")
        await step(pilot, "escape")
        assert isinstance(pilot.app.screen, AnswersScreen)
        await step(pilot, "s")
        assert isinstance(pilot.app.screen, ScoreScreen)
        assert text_of(pilot, "#score-line") == "5 / 5   100%"
    [attempt] = store.attempts()
    assert attempt.finished is not None and attempt.score == 5
    # One row per question, in the order first given, each holding the final answer.
    assert [(a.question, a.given, a.correct) for a in attempt.answers] == [
        ("who-event/announce", "Lena Ortiz", True),
        ("where-event/announce", "Millbrook", True),
        ("number-fact/bridge-length", "120", True),
        ("stance-claim/council-for", "False", True),
        ("who-said/cross", "Tom Reyes", True),
    ]


async def test_an_attempt_left_on_the_list_resumes_there(make: Make, store: ResultsStore) -> None:
    async with make(mode="test", student="Ana").run_test(size=SIZE) as pilot:
        await begin(pilot)
        await _answer_all(pilot)
        assert isinstance(pilot.app.screen, AnswersScreen)
    attempt = store.latest_unfinished("Ana")
    assert attempt is not None and len(attempt.answers) == 5
    async with make(attempt=attempt).run_test(size=SIZE) as pilot:
        assert "Welcome back: 5 of 5 answered" in screen_text(pilot)
        await begin(pilot)
        await pilot.pause()
        assert isinstance(pilot.app.screen, AnswersScreen)
        await step(pilot, "ctrl+q")
        assert "You answered all 5 and have not submitted them" in screen_text(pilot)


async def test_practice_mode_has_no_list_of_answers(make: Make) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        for keys in (["2"], [*"Millbrook", "enter"], [*"120", "enter"], ["2"], ["3"]):
            await pilot.press(*keys)
            await pilot.pause()
            await step(pilot, "enter")
        assert isinstance(pilot.app.screen, ScoreScreen)
