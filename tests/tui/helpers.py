"""Moves a student makes, for pilot tests: begin, type, look at the screen."""

from __future__ import annotations

import asyncio
from collections.abc import Hashable

from textual.pilot import Pilot
from textual.widgets import Static


def state(pilot: Pilot[None]) -> Hashable:
    """What a student's key can change: the screen, the question, the answers, feedback."""
    screen = pilot.app.screen
    current = getattr(screen, "current", None)
    run = getattr(pilot.app, "run_state", None)
    return (
        type(screen).__name__,
        getattr(current, "id", None),
        getattr(screen, "awaiting_next", None),
        len(run.answers) if run is not None else None,
    )


async def step(pilot: Pilot[None], *keys: str, timeout: float = 10.0) -> None:
    """Press ``keys`` and wait until the quiz has moved on.

    ``pilot.pause()`` waits for the CPU to look idle, which a loaded machine can fool:
    the answer's message may still be queued when the next key arrives. Waiting for the
    state itself makes every test and snapshot independent of the machine's speed.
    """
    before = state(pilot)
    await pilot.press(*keys)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while state(pilot) == before:
        if loop.time() > deadline:
            raise AssertionError(f"the quiz did not move on after {keys}: {before}")
        await pilot.pause(0.01)
    await pilot.pause()


async def begin(pilot: Pilot[None]) -> None:
    """Leave the start screen (Enter in the name box)."""
    await step(pilot, "enter")


async def type_answer(pilot: Pilot[None], text: str) -> None:
    """Type ``text`` into the focused input and press Enter."""
    await pilot.press(*text)
    await step(pilot, "enter")


async def next_question(pilot: Pilot[None]) -> None:
    """Press Enter on the feedback's Next button."""
    await step(pilot, "enter")


def text_of(pilot: Pilot[None], selector: str) -> str:
    """The plain text of the Static at ``selector`` on the current screen."""
    return str(pilot.app.screen.query_one(selector, Static).render())


def screen_text(pilot: Pilot[None]) -> str:
    """All the text of every Static on the current screen, one per line."""
    return "\n".join(str(w.render()) for w in pilot.app.screen.query(Static))


def feedback_shown(pilot: Pilot[None]) -> bool:
    """Whether practice feedback is on screen (the panel is composed once, hidden)."""
    return any(w.display for w in pilot.app.screen.query("#feedback"))


def footer_keys(pilot: Pilot[None]) -> list[tuple[str, str]]:
    """The keys the footer of the current screen shows: (key as drawn, what it does)."""
    from textual.widgets._footer import FooterKey

    from readquiz.tui.widgets.footer import QuietFooter

    [footer] = pilot.app.screen.query(QuietFooter)
    return [(k.key_display, k.description) for k in footer.query(FooterKey)]
