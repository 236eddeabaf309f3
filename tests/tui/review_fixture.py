"""The review app over a copy of the fixture set file, and moves a teacher makes.

Run it by hand to look at it in a terminal:
``python tests/tui/review_fixture.py DIR`` (copies the fixture set into DIR).
"""

from __future__ import annotations

import asyncio
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from readquiz.questions.editing import ReviewSession, engine_another, save_set_file
from readquiz.questions.setfile import load_set
from readquiz.templates.library import load_templates
from readquiz.tui.review_app import ReviewApp, make_review_app

FIXTURES = Path(__file__).parent / "fixtures"


def copy_set(folder: Path) -> Path:
    """The fixture set and its article, copied into ``folder``; the set's path."""
    shutil.copy(FIXTURES / "article.yaml", folder / "article.yaml")
    shutil.copy(FIXTURES / "review-set.yaml", folder / "set.yaml")
    return folder / "set.yaml"


def review_app(path: Path, *, theme: str | None = "textual-dark") -> ReviewApp:
    """The review app over the set file ``path``, as ``readquiz review`` builds it."""
    loaded = load_set(path)
    session = ReviewSession(
        loaded.article,
        loaded.qset,
        saver=lambda qset: save_set_file(path, qset, loaded.article),
        another=engine_another(loaded.article, load_templates, loaded.qset.seed),
    )
    return make_review_app(session, path, theme=theme, cursor_blink=False)


async def until(pilot: Pilot[None], done: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait until ``done()`` holds: the app has taken the keys, however busy the machine."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not done():
        if loop.time() > deadline:
            raise AssertionError("the review did not get there")
        await pilot.pause(0.01)
    await pilot.pause()


if __name__ == "__main__":
    review_app(copy_set(Path(sys.argv[1])), theme=None).run()
