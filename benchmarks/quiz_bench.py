"""Quiz speed: time to the first screen and keypress-to-feedback latency.

Each is measured beside a bare Textual app (one Static) doing the same thing.

``benchmarks/run.py`` calls :func:`run`; ``python benchmarks/quiz_bench.py`` prints
the rows with their ratios. Medians; the machine is noisy, so read the ratios.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import PY, ROOT

# The real command on the bundled sample, run headless. Right after the first screen is
# drawn it prints the wall-clock time and exits: what is counted is launch to first
# screen, like a student typing `readquiz quiz`, not what the app does after it (it
# loads the other screens then, while the student reads the start screen). Headless, it
# needs no terminal, so the check that refuses to draw into a pipe is turned off.
QUIZ_FIRST_SCREEN = """
import importlib.util, sys, time
from readquiz.cli import main  # first, as the readquiz script imports it

def patch(QuizApp):
    _mount = QuizApp.on_mount
    def on_mount(self):
        # registered first, so it runs right after the first screen update
        self.call_after_refresh(lambda: (print(time.time(), flush=True), self.exit()))
        _mount(self)
    QuizApp.on_mount = on_mount
    _run = QuizApp.run
    QuizApp.run = lambda self: _run(self, headless=True, size=(80, 24))

class Patched:
    # The app is patched when the command imports it, so everything happens in the
    # order it does in a real launch (Textual only once the article is checked).
    # (A finder on sys.meta_path; not an importlib.abc one: that import is not free.)
    def find_spec(self, name, path=None, target=None):
        if name != "readquiz.tui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            patch(module.QuizApp)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Patched())
import readquiz.cli.quiz
readquiz.cli.quiz.terminal_problem = lambda: None  # headless: no terminal is needed
sys.argv = ["readquiz", "quiz", "--seed", "1", "--data-dir", sys.argv[1]]
main()
"""

BARE_FIRST_SCREEN = """
import time
from textual.app import App
from textual.widgets import Static
class Bare(App):
    def compose(self):
        yield Static("Hello")
    def on_mount(self):
        self.call_after_refresh(lambda: (print(time.time(), flush=True), self.exit()))
Bare().run(headless=True, size=(80, 24))
"""


def painted(args: list[str], env: dict[str, str] | None = None) -> float:
    """Seconds from launching ``args`` to the first screen it reports having drawn."""
    start = time.time()
    done = subprocess.run(args, check=True, capture_output=True, text=True, cwd=ROOT, env=env)
    return float(done.stdout.split()[0]) - start


def with_bytecode(cache: str) -> dict[str, str]:
    """The environment with every module's bytecode kept in ``cache`` and read from it.

    An installed readquiz is imported from its bytecode, as Textual is (pip compiles
    both when it installs them). Where ``PYTHONDONTWRITEBYTECODE`` is set (or the
    source tree is not writable), a launch from the source would compile every readquiz
    module again each time, ~90 ms on a loaded 2-core machine, which the bare app, all
    Textual, never pays: both are timed reading bytecode from one cache instead.
    """
    env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def first_screens(repeat: int, bytecode: bool = True) -> tuple[list[float], list[float]]:
    """Launch to first screen, ``readquiz quiz`` and a bare app, alternately: every run.

    ``bytecode``: from bytecode, as installed (see :func:`with_bytecode`), after one
    uncounted launch of each that writes it; False: as the environment has it.
    """
    ours, bare = [], []
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as cache:
        env = with_bytecode(cache) if bytecode else None
        quiz = [PY, "-c", QUIZ_FIRST_SCREEN, tmp]
        app = [PY, "-c", BARE_FIRST_SCREEN]
        if bytecode:
            painted(quiz, env)
            painted(app, env)
        for _ in range(repeat):
            ours.append(painted(quiz, env))
            bare.append(painted(app, env))
    return ours, bare


def first_screen(repeat: int) -> tuple[float, float]:
    """Medians of launch to first screen, ``readquiz quiz`` and a bare app, alternately."""
    ours, bare = first_screens(repeat)
    return statistics.median(ours), statistics.median(bare)


def spread(values: list[float]) -> str:
    """The middle half of ``values`` in ms: "412-455" (the quartiles)."""
    if len(values) < 4:
        return f"{min(values) * 1e3:.0f}-{max(values) * 1e3:.0f}"
    low, _, high = statistics.quantiles(values, n=4)
    return f"{low * 1e3:.0f}-{high * 1e3:.0f}"


async def _quiz_feedback_latency(data_dir: Path) -> float:
    """Seconds from pressing a choice's digit to the feedback being on screen."""
    sys.path.insert(0, str(ROOT))
    from tests.tui.fixture_app import fixture_app

    app = fixture_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        start = time.perf_counter()
        await pilot.press("2")
        # The panel may be composed ahead, hidden: wait until it is displayed.
        while not any(w.display for w in app.screen.query("#feedback")):
            await pilot.pause()
        await pilot.pause()  # and drawn
        return time.perf_counter() - start


async def _bare_key_latency() -> float:
    """Seconds from a key press to a bare app's Static showing new text."""
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Bare(App[None]):
        BINDINGS = [("2", "answer", "Answer")]

        def compose(self) -> ComposeResult:
            yield Static("Question", id="text")

        def action_answer(self) -> None:
            self.query_one("#text", Static).update("Correct!")

    app = Bare()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        start = time.perf_counter()
        await pilot.press("2")
        await pilot.pause()
        return time.perf_counter() - start


def run(repeat: int = 5) -> list[tuple[str, float, float, str]]:
    """Time the quiz against a bare Textual app.

    Returns:
        Rows of (label, readquiz seconds, baseline seconds, what the baseline is).
    """
    first, bare_first = first_screen(repeat)
    with tempfile.TemporaryDirectory() as tmp:
        latencies, bare = [], []
        for i in range(repeat):
            latencies.append(asyncio.run(_quiz_feedback_latency(Path(tmp) / f"d{i}")))
            bare.append(asyncio.run(_bare_key_latency()))
    return [
        (
            "quiz: launch to first screen (sample)",
            first,
            bare_first,
            "bare Textual app, one Static, launch to first screen",
        ),
        (
            "quiz: keypress to feedback",
            statistics.median(latencies),
            statistics.median(bare),
            "bare Textual app updating a Static on a key",
        ),
    ]


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--first-screen", type=int, metavar="N", help="only the first screen, N runs of each"
    )
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="with --first-screen: as the environment has it (PYTHONDONTWRITEBYTECODE "
        "makes every launch compile readquiz's modules; how it was measured before)",
    )
    args = parser.parse_args()
    if args.first_screen:
        runs, bases = first_screens(args.first_screen, bytecode=not args.no_bytecode)
        ours, base = statistics.median(runs), statistics.median(bases)
        # Each run beside the bare run made right after it: how much the ratio moves.
        ratios = [a / b for a, b in zip(runs, bases, strict=True)]
        low, _, high = statistics.quantiles(ratios, n=4)
        print(
            f"quiz: launch to first screen {ours * 1e3:7.1f} ms (middle half {spread(runs)}),"
            f" bare Textual app {base * 1e3:7.1f} ms ({spread(bases)})  x{ours / base:4.2f}"
            f" (run by run: median x{statistics.median(ratios):.2f}, middle half"
            f" x{low:.2f}-x{high:.2f},"
            f" {len(runs)} runs each)"
        )
        sys.exit(0)
    for label, ours, base, what in run():
        ratio = ours / base
        print(f"{label:<40} {ours * 1e3:7.1f} ms {base * 1e3:7.1f} ms  x{ratio:4.2f}  ({what})")
