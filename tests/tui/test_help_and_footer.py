"""The help reads its keys from the bindings; the footer's use of Textual internals is pinned.

QuietFooter relabels Textual's private FooterKey widgets in place (see its module doc
for the measured reason). Textual is pinned exactly in pyproject.toml; these tests fail
first when an upgrade moves what it relies on.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from readquiz.tui.app import QuizApp
from readquiz.tui.screens.article import ArticleBeforeStartScreen
from readquiz.tui.screens.confirm import ConfirmScreen
from readquiz.tui.screens.help import SECTIONS, HelpScreen, key_table, row_keys
from readquiz.tui.screens.start import StartScreen
from readquiz.tui.widgets.footer import _FOOTER_KEY_FIELDS, QuietFooter
from tests.tui.helpers import begin, footer_keys, screen_text, step

SIZE = (80, 24)
Make = Callable[..., QuizApp]
ROOT = Path(__file__).resolve().parents[2]


def _rows() -> dict[str, list[str]]:
    return {what: keys for _, rows in key_table(QuizApp) for keys, what in rows}


def test_the_help_shows_each_bindings_own_keys() -> None:
    rows = _rows()
    assert rows["quit: every answer is saved as you give it"] == ["Ctrl+Q"]
    assert rows["after the feedback: the next question"] == ["Enter", "n"]
    assert rows["pick a choice (multiple choice, true/false)"] == ["1-9"]
    assert rows["move between choices; Enter picks"] == ["Up", "Down"]
    assert rows["this help (a and ? when no box has the cursor)"] == ["F1", "?"]


def test_a_changed_key_changes_the_help_and_a_missing_one_is_an_error() -> None:
    class Moved(Screen[None]):
        BINDINGS = [Binding("f3", "article", "Article", id="article")]

    assert row_keys(Moved, ("article",)) == ["F3"]
    with pytest.raises(LookupError, match="no binding 'next'"):
        row_keys(Moved, ("next",))


def test_every_key_the_footer_shows_on_these_screens_is_in_the_help() -> None:
    named = {
        (owner or QuizApp, name)
        for _, rows in SECTIONS
        for owner, names, _ in rows
        for name in names
    }
    for owner in {owner or QuizApp for _, rows in SECTIONS for owner, _, _ in rows}:
        if not owner.__module__.startswith("readquiz."):
            continue  # Textual's own widgets: only the rows the help names
        for binding in Binding.make_bindings(owner.__dict__.get("BINDINGS", [])):
            if binding.show:
                assert (owner, binding.id) in named, f"{owner.__name__}: {binding.id} not in help"


async def test_the_help_screen_lists_the_keys(make: Make) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HelpScreen)
        text = screen_text(pilot)
        assert re.search(r"Ctrl\+Q\s+quit: every answer is saved", text)
        assert re.search(r"Enter n\s+after the feedback: the next question", text)


def test_textual_is_pinned_exactly() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d for d in pyproject["project"]["dependencies"] if d.startswith("textual")]
    assert len(pins) == 1 and re.fullmatch(r"textual==\d+\.\d+\.\d+", pins[0].split()[0]), pins


def test_the_textual_internals_the_footer_relabels_are_there() -> None:
    key = FooterKey("n", "n", "Next question", "next")
    assert all(hasattr(key, name) for name in _FOOTER_KEY_FIELDS)
    assert hasattr(Footer, "_bindings_ready")


async def test_answering_relabels_the_footer_keys_in_place(make: Make) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        footer = pilot.app.screen.query_one(QuietFooter)
        before = list(footer.query(FooterKey))
        assert "Choose" in [k.description for k in before]
        await pilot.press("2")
        await pilot.pause()
        await pilot.pause()
        after = list(footer.query(FooterKey))
        descriptions = [k.description for k in after]
        assert "Next question" in descriptions and "Choose" not in descriptions
        assert after == before  # the same widgets, relabelled: nothing remounted


async def test_the_article_before_the_start_offers_only_the_way_back_to_the_start(
    make: Make,
) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await step(pilot, "f2")
        assert isinstance(pilot.app.screen, ArticleBeforeStartScreen)
        await pilot.pause()
        assert footer_keys(pilot) == [("esc", "Back to the start"), ("^q", "Quit"), ("f1", "Help")]
        await step(pilot, "a")  # no box has the cursor here: a goes back too
        assert isinstance(pilot.app.screen, StartScreen)


async def test_the_quit_question_shows_only_yes_and_no(make: Make) -> None:
    async with make().run_test(size=SIZE) as pilot:
        await begin(pilot)
        await step(pilot, "ctrl+q")
        assert isinstance(pilot.app.screen, ConfirmScreen)
        await pilot.pause()
        assert footer_keys(pilot) == [("y", "Yes"), ("n", "No")]
        # The keys the footer does not show do nothing here.
        await pilot.press("f1", "ctrl+q", "question_mark")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ConfirmScreen) and pilot.app.return_code is None
        await step(pilot, "escape")
        assert ("f1", "Help") in footer_keys(pilot)


async def test_the_help_and_an_error_show_only_their_own_close_key(make: Make) -> None:
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot)
        assert ("1-9", "Choose") in footer_keys(pilot)
        await step(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.pause()
        assert footer_keys(pilot) == [("esc", "Close")]
        await step(pilot, "escape")
        app.show_error("data/readquiz.db: cannot save to the results database: disk I/O error")
        await pilot.pause()
        await pilot.pause()
        assert footer_keys(pilot) == [("esc", "Close")]
