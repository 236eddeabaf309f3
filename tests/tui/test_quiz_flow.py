"""Pilot tests of the quiz at 80x24: every way of answering, feedback, test mode."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from textual.widgets import Input, OptionList

from readquiz.attempts.store import ResultsStore
from readquiz.tui.app import QuizApp
from readquiz.tui.screens.answers import AnswersScreen
from readquiz.tui.screens.article import ArticleScreen
from readquiz.tui.screens.quiz import QuizScreen
from readquiz.tui.screens.score import ScoreScreen
from readquiz.tui.screens.start import StartScreen
from readquiz.tui.widgets.article_view import Paragraph
from readquiz.tui.widgets.feedback import evidence_line
from tests.tui.fixture_app import fixture_questions
from tests.tui.helpers import (
    begin,
    feedback_shown,
    next_question,
    screen_text,
    text_of,
    type_answer,
)

SIZE = (80, 24)
Make = Callable[..., QuizApp]


def _answers(store: ResultsStore) -> list[tuple[str, str, bool]]:
    [attempt] = store.attempts()
    return [(a.question, a.given, a.correct) for a in attempt.answers]


async def test_start_screen_introduces_the_quiz(make: Make) -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, StartScreen)
        text = screen_text(pilot)
        # The [Old] in the title is text, not markup.
        assert "River Town Votes to Rebuild [Old] Bridge" in text
        assert "Source: Test Wire" in text and "Grade 7" in text
        assert "5 questions" in text and "Press Enter to begin" in text


async def test_article_can_be_read_before_beginning(make: Make) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ArticleScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, StartScreen)


async def test_name_typed_at_the_start_is_saved(make: Make, store: ResultsStore) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await type_answer(pilot, "Ana")
        assert isinstance(pilot.app.screen, QuizScreen)
        assert store.attempts()[0].student == "Ana"


async def test_choice_by_digit(make: Make, store: ResultsStore) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        assert text_of(pilot, "#progress-label") == "Question 1 of 5"
        await pilot.press("2")
        await pilot.pause()
        assert text_of(pilot, "#verdict") == "✓ Correct!"
        assert _answers(store) == [("who-event/announce", "Lena Ortiz", True)]


async def test_choice_by_arrows_and_enter(make: Make, store: ResultsStore) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert text_of(pilot, "#verdict") == "✗ Not quite."
        assert "Answer: Lena Ortiz" in text_of(pilot, "#correct-answer")
        assert _answers(store) == [("who-event/announce", "the town council", False)]


async def test_choice_by_mouse(make: Make, store: ResultsStore) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        # Row 0 is the list's border; rows 1-4 are the four choices.
        assert await pilot.click("#choices", offset=(6, 4))
        await pilot.pause()
        assert _answers(store) == [("who-event/announce", "the engineers", False)]


async def _to_question(pilot: object, number: int) -> None:
    """Answer questions 1 .. number-1 rightly, landing on question ``number``."""
    moves: list[list[str]] = [["2"], [*"Millbrook", "enter"], [*"120", "enter"], ["2"]]
    for keys in moves[: number - 1]:
        await pilot.press(*keys)  # type: ignore[attr-defined]
        await pilot.pause()  # type: ignore[attr-defined]
        await next_question(pilot)  # type: ignore[arg-type]


async def test_short_answer_right_is_focused_at_once(make: Make, store: ResultsStore) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await _to_question(pilot, 2)
        assert text_of(pilot, "#progress-label") == "Question 2 of 5"
        assert isinstance(pilot.app.focused, Input)
        await type_answer(pilot, "Millbrook")
        assert text_of(pilot, "#verdict") == "✓ Correct!"
        assert _answers(store)[-1] == ("where-event/announce", "Millbrook", True)


async def test_short_answer_wrong(make: Make, store: ResultsStore) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await _to_question(pilot, 2)
        await type_answer(pilot, "Springfield")
        assert text_of(pilot, "#verdict") == "✗ Not quite."
        assert "You answered: Springfield" in text_of(pilot, "#given")
        assert "Answer: Millbrook" in text_of(pilot, "#correct-answer")
        assert _answers(store)[-1] == ("where-event/announce", "Springfield", False)


async def test_feedback_is_refilled_for_each_answer(make: Make) -> None:
    # One panel serves every question: hidden on the next one, nothing left over.
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await pilot.press("1")
        await pilot.pause()
        assert feedback_shown(pilot)
        assert pilot.app.screen.query_one("#given").display
        await next_question(pilot)
        assert not feedback_shown(pilot)
        await type_answer(pilot, "Millbrook")
        assert text_of(pilot, "#verdict") == "✓ Correct!"
        assert not pilot.app.screen.query_one("#given").display
        assert "Answer: Millbrook" in text_of(pilot, "#correct-answer")
        assert "Millbrook will rebuild" in text_of(pilot, "#evidence")


async def test_empty_answer_is_not_submitted(make: Make, store: ResultsStore) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await _to_question(pilot, 2)
        await pilot.press("enter")
        await pilot.pause()
        assert not feedback_shown(pilot)
        assert len(_answers(store)) == 1


async def test_numeric_right_and_wrong(make: Make, store: ResultsStore) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await _to_question(pilot, 3)
        assert "in meters" in text_of(pilot, "#hint")
        await type_answer(pilot, "120 meters")
        assert text_of(pilot, "#verdict") == "✓ Correct!"
        assert "Answer: about 120 meters" in text_of(pilot, "#correct-answer")
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await _to_question(pilot, 3)
        await type_answer(pilot, "300")
        assert text_of(pilot, "#verdict") == "✗ Not quite."
    answers = [(a.question, a.given, a.correct) for t in store.attempts() for a in t.answers]
    assert ("number-fact/bridge-length", "120 meters", True) in answers
    assert ("number-fact/bridge-length", "300", False) in answers


async def test_true_false_by_digit(make: Make, store: ResultsStore) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await _to_question(pilot, 4)
        options = pilot.app.screen.query_one(OptionList)
        assert pilot.app.focused is options and options.option_count == 2
        await pilot.press("2")
        await pilot.pause()
        assert text_of(pilot, "#verdict") == "✓ Correct!"
        assert _answers(store)[-1] == ("stance-claim/council-for", "False", True)


async def test_practice_feedback_shows_explanation_and_evidence(make: Make) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await pilot.press("1")
        await pilot.pause()
        # The default explanation is the evidence: said once, not twice.
        assert not pilot.app.screen.query_one("#explanation").display
        assert text_of(pilot, "#evidence") == (
            "Evidence, paragraph 1: “Mayor Lena Ortiz announced on Monday”"
        )
        assert "F2" in text_of(pilot, "#where")
        # At 80 columns the article is one key away, with the evidence highlighted.
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ArticleScreen)
        marked = [
            p.block.number for p in pilot.app.screen.query(Paragraph) if p.has_class("-evidence")
        ]
        assert marked == [1]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, QuizScreen)


async def test_article_sits_beside_the_question_when_wide(make: Make) -> None:
    async with make().run_test(size=(120, 40)) as pilot:
        await begin(pilot)
        side = pilot.app.screen.query_one("#side-article")
        assert side.display and side.region.width > 40
        await pilot.press("2")
        await pilot.pause()
        marked = [p.block.number for p in side.query(Paragraph) if p.has_class("-evidence")]
        assert marked == [1]
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        # Narrow, it is not built: every answer would restyle its hidden widgets.
        assert not pilot.app.screen.query("#side-article")


async def test_a_terminal_grown_wide_shows_the_article_with_the_evidence(make: Make) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await pilot.press("2")
        await pilot.pause()
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        side = pilot.app.screen.query_one("#side-article")
        assert side.display and side.region.width > 40
        marked = [p.block.number for p in side.query(Paragraph) if p.has_class("-evidence")]
        assert marked == [1]
        await pilot.press("enter")  # the next question clears the mark
        await pilot.pause()
        assert not [p for p in side.query(Paragraph) if p.has_class("-evidence")]
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        assert pilot.app.screen.query_one("#side-article").region.width == 0


async def test_article_screen_escapes_brackets(make: Make) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await pilot.press("f2")
        await pilot.pause()
        assert "the repairs [including new railings] would" in screen_text(pilot)


async def test_test_mode_gives_no_feedback_until_the_end(make: Make, store: ResultsStore) -> None:
    async with make(mode="test").run_test(size=SIZE) as pilot:
        await begin(pilot)
        await pilot.press("1")
        await pilot.pause()
        assert not feedback_shown(pilot)
        assert text_of(pilot, "#progress-label") == "Question 2 of 5"
        await type_answer(pilot, "Millbrook")
        await type_answer(pilot, "120")
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("3")
        await pilot.pause()
        # The answers to check come first (tests/tui/test_test_mode.py), then submit.
        assert isinstance(pilot.app.screen, AnswersScreen)
        assert not feedback_shown(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ScoreScreen)
        assert text_of(pilot, "#score-line").startswith("4 / 5   80%")
    [attempt] = store.attempts()
    assert attempt.mode == "test" and attempt.finished is not None and attempt.score == 4


def test_evidence_line_says_the_default_explanation_once() -> None:
    [question] = [q for q in fixture_questions().questions if q.evidence.paragraph == 2]
    line, same = evidence_line(question)
    assert same
    assert str(line) == (
        "Evidence, paragraph 2: “The bridge, built in 1898, is about 120 meters long. [...]”"
    )
    own = replace(question, explanation="The article gives its length in meters.")
    line, same = evidence_line(own)
    assert not same
    assert str(line) == "Evidence, paragraph 2: “about 120 meters long”"
