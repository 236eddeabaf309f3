"""Snapshots of every screen at 80x24 (SVGs under __snapshots__, committed).

Regenerate with ``pytest tests/tui --snapshot-update`` and look at the SVGs before
committing. Nothing on screen depends on the clock or a random seed.
"""

from __future__ import annotations

from collections.abc import Callable

from readquiz.tui.app import QuizApp

Make = Callable[..., QuizApp]
BEGIN = ["enter"]
RIGHT_CHOICE = [*BEGIN, "2"]
TO_SHORT = [*RIGHT_CHOICE, "enter"]
TO_NUMERIC = [*TO_SHORT, *"Millbrook", "enter", "enter"]
TO_END = [*TO_NUMERIC, *"120", "enter", "enter", "2", "enter", "1", "enter"]


def test_start(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(student="Ana"), terminal_size=(80, 24))


def test_choice_question(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), press=BEGIN, terminal_size=(80, 24))


def test_feedback_right(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), press=RIGHT_CHOICE, terminal_size=(80, 24))


def test_short_question(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), press=TO_SHORT, terminal_size=(80, 24))


def test_feedback_wrong_short(make: Make, snap_compare: Callable[..., bool]) -> None:
    press = [*TO_SHORT, *"Springfield", "enter"]
    assert snap_compare(make(), press=press, terminal_size=(80, 24))


def test_numeric_question(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), press=TO_NUMERIC, terminal_size=(80, 24))


def test_article_screen_with_evidence(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), press=[*RIGHT_CHOICE, "f2"], terminal_size=(80, 24))


def test_score(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), press=TO_END, terminal_size=(80, 24))


def test_test_mode_question(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(mode="test"), press=[*BEGIN, "2"], terminal_size=(80, 24))


def test_help(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), press=[*BEGIN, "f1"], terminal_size=(80, 24))


def test_quit_confirmation(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), press=[*RIGHT_CHOICE, "ctrl+q"], terminal_size=(80, 24))


def test_error_modal(make: Make, snap_compare: Callable[..., bool]) -> None:
    # The real failure's message holds a temporary path; the flow is tested in
    # test_quiz_session.py, the look here with a fixed message.
    app = make()

    async def fail(pilot: object) -> None:
        app.show_error("data/readquiz.db: cannot save to the results database: disk I/O error")

    assert snap_compare(app, terminal_size=(80, 24), run_before=fail)


def test_light_theme_feedback(make: Make, snap_compare: Callable[..., bool]) -> None:
    app = make(theme="textual-light")
    assert snap_compare(app, press=[*TO_SHORT, *"Springfield", "enter"], terminal_size=(80, 24))


def test_light_theme_score(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(theme="textual-light"), press=TO_END, terminal_size=(80, 24))


def test_wide_with_article_beside(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), press=RIGHT_CHOICE, terminal_size=(120, 40))
