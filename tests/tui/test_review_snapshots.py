"""Snapshots of the review at 80x24 and 120x40 (SVGs under __snapshots__, committed).

Regenerate with ``pytest tests/tui/test_review_snapshots.py --snapshot-update`` and
look at the SVGs before committing. Each move waits for the review to take it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot

from readquiz.tui.screens.review import ReviewScreen
from readquiz.tui.widgets.review_list import QuestionList
from tests.tui.review_fixture import copy_set, review_app, until

Snap = Callable[..., bool]


def moves(
    *keys: str, done: Callable[[Pilot[None]], bool] | None = None
) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Wait for the review, press ``keys`` one by one, then wait for ``done``."""

    async def play(pilot: Pilot[None]) -> None:
        await until(
            pilot,
            lambda: (
                isinstance(pilot.app.screen, ReviewScreen)
                and pilot.app.screen.query_one(QuestionList).option_count == 5
            ),
        )
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        if done is not None:
            await until(pilot, lambda: done(pilot))
        # Notifications time out on the clock: clear them so the pictures never move.
        pilot.app.clear_notifications()
        await pilot.pause()

    return play


def _mode(mode: str) -> Callable[[Pilot[None]], bool]:
    return lambda pilot: getattr(pilot.app.screen, "mode", None) == mode


def test_review_opens_on_the_first_question(tmp_path: Path, snap_compare: Snap) -> None:
    app = review_app(copy_set(tmp_path))
    assert snap_compare(app, run_before=moves(), terminal_size=(80, 24))


def test_review_dropped_question(tmp_path: Path, snap_compare: Snap) -> None:
    app = review_app(copy_set(tmp_path))
    play = moves("down", "d", done=lambda p: p.app.session.unsaved)  # type: ignore[attr-defined]
    assert snap_compare(app, run_before=play, terminal_size=(80, 24))


def test_review_editing_a_choice_in_place(tmp_path: Path, snap_compare: Snap) -> None:
    app = review_app(copy_set(tmp_path))
    assert snap_compare(app, run_before=moves("2", done=_mode("edit")), terminal_size=(80, 24))


def test_review_picking_a_new_key(tmp_path: Path, snap_compare: Snap) -> None:
    app = review_app(copy_set(tmp_path))
    assert snap_compare(app, run_before=moves("k", done=_mode("key")), terminal_size=(80, 24))


def test_review_numeric_question(tmp_path: Path, snap_compare: Snap) -> None:
    app = review_app(copy_set(tmp_path))
    assert snap_compare(app, run_before=moves("down", "down"), terminal_size=(80, 24))


def test_review_add_a_question(tmp_path: Path, snap_compare: Snap) -> None:
    app = review_app(copy_set(tmp_path))
    play = moves("n", done=lambda p: type(p.app.screen).__name__ == "AddQuestionScreen")
    assert snap_compare(app, run_before=play, terminal_size=(80, 24))


def test_review_help(tmp_path: Path, snap_compare: Snap) -> None:
    app = review_app(copy_set(tmp_path))
    play = moves("f1", done=lambda p: type(p.app.screen).__name__ == "ReviewHelpScreen")
    assert snap_compare(app, run_before=play, terminal_size=(80, 24))


def test_review_wide_beside_the_article(tmp_path: Path, snap_compare: Snap) -> None:
    app = review_app(copy_set(tmp_path))
    assert snap_compare(app, run_before=moves("down", "down", "down"), terminal_size=(120, 40))
