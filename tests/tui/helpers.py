"""Moves a student makes, for pilot tests: begin, type, look at the screen."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Static


async def begin(pilot: Pilot[None]) -> None:
    """Leave the start screen (Enter in the name box)."""
    await pilot.press("enter")
    await pilot.pause()


async def type_answer(pilot: Pilot[None], text: str) -> None:
    """Type ``text`` into the focused input and press Enter."""
    await pilot.press(*text, "enter")
    await pilot.pause()


async def next_question(pilot: Pilot[None]) -> None:
    """Press Enter on the feedback's Next button."""
    await pilot.press("enter")
    await pilot.pause()


def text_of(pilot: Pilot[None], selector: str) -> str:
    """The plain text of the Static at ``selector`` on the current screen."""
    return str(pilot.app.screen.query_one(selector, Static).render())


def screen_text(pilot: Pilot[None]) -> str:
    """All the text of every Static on the current screen, one per line."""
    return "\n".join(str(w.render()) for w in pilot.app.screen.query(Static))


def feedback_shown(pilot: Pilot[None]) -> bool:
    """Whether practice feedback is on screen (the panel is composed once, hidden)."""
    return any(w.display for w in pilot.app.screen.query("#feedback"))
