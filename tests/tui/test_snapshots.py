"""Snapshots of every screen at 80x24 (SVGs under __snapshots__, committed).

Regenerate with ``pytest tests/tui --snapshot-update`` and look at the SVGs before
committing. Nothing on screen depends on the clock or a random seed, and every move
waits for the quiz to take it (``helpers.step``), so a busy machine changes nothing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from textual.pilot import Pilot

from readquiz.tui.app import QuizApp
from tests.tui.helpers import step

Make = Callable[..., QuizApp]
Moves = Callable[[Pilot[None]], Awaitable[None]]

# Each move: keys to type, then the key that the quiz must act on.
BEGIN = [("", "enter")]
RIGHT_CHOICE = [*BEGIN, ("", "2")]
TO_SHORT = [*RIGHT_CHOICE, ("", "enter")]
TO_NUMERIC = [*TO_SHORT, ("Millbrook", "enter"), ("", "enter")]
TO_END = [
    *TO_NUMERIC,
    ("120", "enter"),
    ("", "enter"),
    ("", "2"),
    ("", "enter"),
    ("", "1"),
    ("", "enter"),
]


def moves(*script: tuple[str, str], then: tuple[str, ...] = ()) -> Moves:
    """Play ``script`` move by move, then press ``then`` (keys that open a screen)."""

    async def play(pilot: Pilot[None]) -> None:
        for typed, key in script:
            await pilot.press(*typed)
            await step(pilot, key)
        if then:
            await step(pilot, *then)

    return play


def test_start(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(student="Ana"), terminal_size=(80, 24))


def test_choice_question(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), run_before=moves(*BEGIN), terminal_size=(80, 24))


def test_feedback_right(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), run_before=moves(*RIGHT_CHOICE), terminal_size=(80, 24))


def test_short_question(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), run_before=moves(*TO_SHORT), terminal_size=(80, 24))


def test_feedback_wrong_short(make: Make, snap_compare: Callable[..., bool]) -> None:
    play = moves(*TO_SHORT, ("Springfield", "enter"))
    assert snap_compare(make(), run_before=play, terminal_size=(80, 24))


def test_numeric_question(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), run_before=moves(*TO_NUMERIC), terminal_size=(80, 24))


def test_article_screen_with_evidence(make: Make, snap_compare: Callable[..., bool]) -> None:
    play = moves(*RIGHT_CHOICE, then=("f2",))
    assert snap_compare(make(), run_before=play, terminal_size=(80, 24))


def test_article_before_the_start(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), run_before=moves(then=("f2",)), terminal_size=(80, 24))


def test_score(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), run_before=moves(*TO_END), terminal_size=(80, 24))


def test_test_mode_question(make: Make, snap_compare: Callable[..., bool]) -> None:
    play = moves(*BEGIN, ("", "2"))
    assert snap_compare(make(mode="test"), run_before=play, terminal_size=(80, 24))


TEST_TO_END = [
    *BEGIN,
    ("", "2"),
    ("Springfield", "enter"),
    ("120", "enter"),
    ("", "2"),
    ("", "1"),
]


def test_test_mode_answers_to_check(make: Make, snap_compare: Callable[..., bool]) -> None:
    play = moves(*TEST_TO_END)
    assert snap_compare(make(mode="test"), run_before=play, terminal_size=(80, 24))


def test_test_mode_changing_an_answer(make: Make, snap_compare: Callable[..., bool]) -> None:
    play = moves(*TEST_TO_END, then=("down", "enter"))
    assert snap_compare(make(mode="test"), run_before=play, terminal_size=(80, 24))


def test_help(make: Make, snap_compare: Callable[..., bool]) -> None:
    play = moves(*BEGIN, then=("f1",))
    assert snap_compare(make(), run_before=play, terminal_size=(80, 24))


def test_quit_confirmation(make: Make, snap_compare: Callable[..., bool]) -> None:
    play = moves(*RIGHT_CHOICE, then=("ctrl+q",))
    assert snap_compare(make(), run_before=play, terminal_size=(80, 24))


def test_error_modal(make: Make, snap_compare: Callable[..., bool]) -> None:
    # The real failure's message holds a temporary path; the flow is tested in
    # test_quiz_session.py, the look here with a fixed message.
    app = make()

    async def fail(pilot: object) -> None:
        app.show_error("data/readquiz.db: cannot save to the results database: disk I/O error")

    assert snap_compare(app, terminal_size=(80, 24), run_before=fail)


def test_light_theme_feedback(make: Make, snap_compare: Callable[..., bool]) -> None:
    play = moves(*TO_SHORT, ("Springfield", "enter"))
    assert snap_compare(make(theme="textual-light"), run_before=play, terminal_size=(80, 24))


def test_light_theme_score(make: Make, snap_compare: Callable[..., bool]) -> None:
    app = make(theme="textual-light")
    assert snap_compare(app, run_before=moves(*TO_END), terminal_size=(80, 24))


def test_wide_with_article_beside(make: Make, snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make(), run_before=moves(*RIGHT_CHOICE), terminal_size=(120, 40))
