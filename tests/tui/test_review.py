"""``readquiz review`` driven like a teacher: every action by its key, then the file.

The fixture set: 1 choice (who), 2 short (where), 3 numeric, 4 true/false, 5 choice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from readquiz.questions.setfile import load_set
from readquiz.tui.review_app import ReviewApp
from readquiz.tui.screens.article import ArticleScreen
from readquiz.tui.screens.confirm import ConfirmScreen
from readquiz.tui.screens.review import ReviewScreen
from readquiz.tui.screens.review_help import ReviewHelpScreen
from readquiz.tui.widgets.article_view import ArticleView
from readquiz.tui.widgets.review_list import QuestionList
from tests.tui.helpers import screen_text
from tests.tui.review_fixture import copy_set, review_app, until


@pytest.fixture
def set_path(tmp_path: Path) -> Path:
    return copy_set(tmp_path)


def review(pilot: Pilot[None]) -> ReviewScreen:
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


def footer_keys(pilot: Pilot[None]) -> dict[str, str]:
    """Binding id -> description of every key the footer shows now."""
    return {
        b.binding.id or "": b.binding.description
        for b in pilot.app.screen.active_bindings.values()
        if b.binding.show and b.enabled
    }


async def opened(pilot: Pilot[None]) -> ReviewScreen:
    await until(pilot, lambda: isinstance(pilot.app.screen, ReviewScreen))
    screen = review(pilot)
    await until(pilot, lambda: screen.query_one(QuestionList).option_count == 5)
    return screen


async def go_to(pilot: Pilot[None], number: int) -> None:
    screen = review(pilot)
    while screen.index < number - 1:
        target = screen.index + 1
        await pilot.press("down")
        await until(pilot, lambda t=target: screen.index == t)  # type: ignore[misc]


async def edit_to(pilot: Pilot[None], key: str, text: str) -> None:
    """Open the field with ``key``, replace its text with ``text``, Enter."""
    screen = review(pilot)
    await pilot.press(key)
    await until(pilot, lambda: screen.mode == "edit")
    await pilot.press("end", "ctrl+u", *text, "enter")
    await until(pilot, lambda: screen.mode == "browse")


async def test_drop_and_keep(set_path: Path) -> None:
    app = review_app(set_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot)
        await go_to(pilot, 2)
        assert "drop" in footer_keys(pilot) and "keep" not in footer_keys(pilot)
        await pilot.press("d")
        await until(pilot, lambda: not screen.session.entries[1].kept)
        text = screen_text(pilot)
        assert "4 kept · 1 dropped · not saved" in text
        assert "DROPPED" in text
        assert footer_keys(pilot)["keep"] == "Keep"
        assert "drop" not in footer_keys(pilot)
        await pilot.press("d")
        await until(pilot, lambda: screen.session.entries[1].kept)
        assert "5 kept · saved" in screen_text(pilot)  # back as the file is


async def test_reorder_with_the_brackets(set_path: Path) -> None:
    app = review_app(set_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot)
        first = [e.question.id for e in screen.session.entries]
        await pilot.press("right_square_bracket")
        await until(pilot, lambda: screen.index == 1)
        await pilot.press("right_square_bracket")
        await until(pilot, lambda: screen.index == 2)
        assert [e.question.id for e in screen.session.entries] == [
            first[1],
            first[2],
            first[0],
            *first[3:],
        ]
        # The cursor travels with the question, so the detail still shows it.
        assert f"Question 3 of 5 · choice · who · 1 point · {first[0]}" in screen_text(pilot)
        await pilot.press("left_square_bracket")
        await until(pilot, lambda: screen.index == 1)
        assert screen.session.entries[1].question.id == first[0]


async def test_edit_the_stem_in_place_and_cancel_an_edit(set_path: Path) -> None:
    app = review_app(set_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot)
        await pilot.press("e")
        await until(pilot, lambda: screen.mode == "edit")
        # Only the keys that work while editing.
        assert set(footer_keys(pilot)) == {"commit", "cancel", "quit", "help"}
        await pilot.press(*" Cancelled", "escape")
        await until(pilot, lambda: screen.mode == "browse")
        assert "Cancelled" not in screen.current.prompt
        await edit_to(pilot, "e", "Who said the bridge would be rebuilt?")
        assert screen.current.prompt == "Who said the bridge would be rebuilt?"
        assert "Who said the bridge would be rebuilt?" in screen_text(pilot)


async def test_edit_a_choice_and_the_key_follows_its_text(set_path: Path) -> None:
    app = review_app(set_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot)
        assert screen.current.choices == [
            "Tom Reyes",
            "Lena Ortiz",
            "the town council",
            "the engineers",
        ]
        await edit_to(pilot, "2", "Mayor Lena Ortiz")
        assert screen.current.choices[1] == "Mayor Lena Ortiz"
        assert screen.current.answer == "Mayor Lena Ortiz"
        await edit_to(pilot, "4", "the engineers' union")
        assert screen.current.choices[3] == "the engineers' union"
        assert screen.current.answer == "Mayor Lena Ortiz"


async def test_a_refused_edit_stays_open_and_says_why(set_path: Path) -> None:
    app = review_app(set_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot)
        await pilot.press("1")
        await until(pilot, lambda: screen.mode == "edit")
        await pilot.press("end", "ctrl+u", *"lena ortiz", "enter")
        await pilot.pause()
        assert screen.mode == "edit"
        assert any("already a choice" in str(n.message) for n in app._notifications)
        assert screen.current.choices[0] == "Tom Reyes"  # type: ignore[index]


async def test_change_the_key_of_every_format(set_path: Path) -> None:
    app = review_app(set_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot)
        await pilot.press("k")
        await until(pilot, lambda: screen.mode == "key")
        assert footer_keys(pilot)["set-key"] == "New key"
        assert "edit-choice" not in footer_keys(pilot)
        await pilot.press("3")
        await until(pilot, lambda: screen.mode == "browse")
        assert screen.current.answer == "the town council"
        assert "3  C ✓" in screen_text(pilot)

        await go_to(pilot, 2)  # short
        await edit_to(pilot, "k", "Millbrook town")
        assert screen.current.answer == "Millbrook town"

        await go_to(pilot, 3)  # numeric
        await edit_to(pilot, "k", "1,200")
        numeric: object = screen.current.answer  # mypy narrowed it to str above
        assert numeric == 1200

        await go_to(pilot, 4)  # true/false: k flips it
        assert screen.current.answer == "False"
        await pilot.press("k")
        await until(pilot, lambda: screen.current.answer == "True")


async def test_accepted_answers_and_tolerance_and_points(set_path: Path) -> None:
    app = review_app(set_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot)
        assert "accept" not in footer_keys(pilot)  # a choice question has none
        await go_to(pilot, 2)
        assert footer_keys(pilot)["accept"] == "Accept"
        await edit_to(pilot, "a", "Millbrook town; the town of Millbrook")
        assert screen.current.accept == ["Millbrook town", "the town of Millbrook"]
        assert "Millbrook town; the town of Millbrook" in screen_text(pilot)
        await go_to(pilot, 3)
        assert footer_keys(pilot)["tolerance"] == "Tolerance"
        await edit_to(pilot, "a", "20")
        assert screen.current.tolerance == 20.0
        assert "± 20 meters" in screen_text(pilot)
        await edit_to(pilot, "p", "2")
        assert screen.current.points == 2
        assert "· 2 points ·" in screen_text(pilot)


async def test_another_question_for_the_same_fact_and_undo(set_path: Path) -> None:
    app = review_app(set_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot)
        before = screen.current
        assert footer_keys(pilot)["another"] == "Another"
        await pilot.press("g")
        await until(pilot, lambda: screen.current != before)
        after = screen.current
        assert after.id == before.id and after.template == before.template
        assert after.prompt in screen_text(pilot)
        await pilot.press("u")
        await until(pilot, lambda: screen.current == before)


async def test_add_a_question_of_her_own(set_path: Path) -> None:
    app = review_app(set_path)
    async with app.run_test(size=(80, 30)) as pilot:
        screen = await opened(pilot)
        await pilot.press("n")
        await until(pilot, lambda: type(pilot.app.screen).__name__ == "AddQuestionScreen")
        form = pilot.app.screen
        await pilot.press(*"What will the repairs include?", "enter")
        for choice in ("a new road", "new railings", "a second bridge"):
            await pilot.press(*choice, "enter")
        await pilot.press("enter", "enter")  # choices D and E stay empty
        await pilot.press(*"B", "enter")
        assert form.focused is not None and form.focused.id == "add-quote"
        await pilot.press(*"not in the article", "enter")
        await pilot.pause()
        assert "words of the article" in screen_text(pilot)
        await pilot.press("ctrl+u", *"new railings", "ctrl+s")
        await until(pilot, lambda: isinstance(pilot.app.screen, ReviewScreen))
        assert screen.index == 1
        mine = screen.current
        assert (mine.id, mine.format, mine.answer) == ("teacher-1", "choice", "new railings")
        assert mine.template is None and mine.evidence.paragraph == 2
        assert "another" not in footer_keys(pilot)  # nothing to regenerate
        assert "written by you" in screen_text(pilot)


async def test_save_writes_what_is_on_screen(set_path: Path) -> None:
    app = review_app(set_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot)
        await pilot.press("d")
        await until(pilot, lambda: screen.session.unsaved)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not screen.session.unsaved)
        assert "4 kept · 1 dropped · saved" in screen_text(pilot)
        saved = load_set(set_path).qset.questions
        assert saved == screen.session.kept and len(saved) == 4
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0


async def test_quit_asks_when_unsaved_and_no_keeps_the_review(set_path: Path) -> None:
    before = set_path.read_bytes()
    app = review_app(set_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot)
        await pilot.press("d")
        await until(pilot, lambda: screen.session.unsaved)
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(pilot.app.screen, ConfirmScreen))
        assert "Quit without saving?" in screen_text(pilot)
        await pilot.press("n")
        await until(pilot, lambda: isinstance(pilot.app.screen, ReviewScreen))
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(pilot.app.screen, ConfirmScreen))
        await pilot.press("y")
        await pilot.pause()
    assert set_path.read_bytes() == before


async def test_help_lists_exactly_the_keys_that_work_here(set_path: Path) -> None:
    app = review_app(set_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        await go_to(pilot, 4)  # true/false: no choices, no accepted answers
        await pilot.press("f1")
        await until(pilot, lambda: isinstance(pilot.app.screen, ReviewHelpScreen))
        text = screen_text(pilot)
        assert "move this question up ([) or down (]) one place" in text
        assert "what this question is worth" in text  # hidden in the footer, not here
        assert "edit that choice" not in text
        assert "other answers accepted" not in text
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(pilot.app.screen, ReviewScreen))


async def test_the_article_with_the_evidence_narrow_and_wide(set_path: Path) -> None:
    app = review_app(set_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        await go_to(pilot, 3)
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(pilot.app.screen, ArticleScreen))
        article = pilot.app.screen.query_one(ArticleView)
        [marked] = list(article.query(".-evidence"))
        assert marked.id == "paragraph-2"
    wide: ReviewApp = review_app(set_path)
    async with wide.run_test(size=(120, 40)) as pilot:
        screen = await opened(pilot)
        side = screen.query_one("#side-article", ArticleView)
        assert side.display
        await go_to(pilot, 4)
        await until(pilot, lambda: bool(side.query("#paragraph-4.-evidence")))
