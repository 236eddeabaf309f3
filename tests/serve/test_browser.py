"""The served quiz in a real browser: headless Chromium, driven by keyboard over DevTools.

A student opens the address, types the join code and her name, answers a question with
a keypress, and the answer is in the results store. The pages are photographed
(``tmp_path/join.png``, ``tmp_path/served-quiz.png``) for a person to look at; never
committed.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from readquiz.attempts.store import ResultsStore
from tests.serve.conftest import QUIZ
from tests.serve.devtools import Browser, chromium
from tests.serve.served import Served

# CI installs chromium (.ci/run), so there a missing browser is a failure, not a skip.
pytestmark = pytest.mark.skipif(
    chromium() is None and os.environ.get("CI") != "true",
    reason="needs chromium: apt-get install chromium",
)


def _answers(data_dir: Path, name: str) -> list[str] | None:
    """The answers given by ``name``'s attempt, or None while there is no attempt."""
    store = ResultsStore(data_dir, create=False)
    try:
        mine = [a for a in store.attempts() if a.student == name]
        return [x.given for x in mine[0].answers] if mine else None
    finally:
        store.close()


async def _until_stored(data_dir: Path, name: str, count: int, timeout: float = 30.0) -> list[str]:
    async with asyncio.timeout(timeout):
        while (found := _answers(data_dir, name)) is None or len(found) < count:
            await asyncio.sleep(0.1)
    return found


def test_a_student_answers_by_keyboard_in_chromium(tmp_path: Path) -> None:
    server = Served(tmp_path / "data", *QUIZ)
    try:
        asyncio.run(_take_quiz(server, tmp_path))
    finally:
        status, _, err = server.stop()
    assert status == 0, err


async def _take_quiz(server: Served, tmp_path: Path) -> None:
    async with Browser() as page:
        await page.goto(server.url)
        assert await page.evaluate("location.pathname") == "/join"
        await page.evaluate("document.querySelector('#code').focus()")
        await page.type_text(server.code)
        await page.screenshot(tmp_path / "join.png")
        await page.press_enter()
        # The quiz page: its terminal has drawn the start screen.
        await page.until("document.body.classList.contains('-first-byte')")
        assert await page.evaluate("location.pathname") == "/"
        # As a student does, click the quiz to give it the keyboard (in the corner,
        # where the start screen has nothing to click).
        await page.click(4, 4)
        await page.until("document.activeElement?.classList.contains('xterm-helper-textarea')")
        await page.type_text("Dana")
        await page.press_enter()
        assert await _until_stored(server.data_dir, "Dana", 0) == []  # the attempt began
        await page.type_text("1")
        [given] = await _until_stored(server.data_dir, "Dana", 1)
        assert given  # the first choice's text, as the store keeps it
        await asyncio.sleep(0.5)  # let the feedback finish drawing before the photograph
        shot = await page.screenshot(tmp_path / "served-quiz.png")
        assert shot.stat().st_size > 10_000
