"""A one-line progress bar on stderr, shown only when stderr is a terminal."""

from __future__ import annotations

import sys
from typing import TextIO


class ProgressBar:
    """Counts steps and redraws ``[#####     ] 12/30 label`` in place."""

    WIDTH = 30

    def __init__(self, total: int, label: str, stream: TextIO | None = None) -> None:
        self.total = max(total, 1)
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.done = 0

    def step(self) -> None:
        """Count one step (a handout or key started) and redraw."""
        self.done = min(self.done + 1, self.total)
        filled = self.WIDTH * self.done // self.total
        bar = "#" * filled + " " * (self.WIDTH - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} {self.label}")
        self.stream.flush()

    def finish(self) -> None:
        """Clear the bar's line, so later messages start clean."""
        self.stream.write("\r" + " " * (self.WIDTH + 16 + len(self.label)) + "\r")
        self.stream.flush()


def progress_for(total: int, label: str, stream: TextIO | None = None) -> ProgressBar | None:
    """A progress bar, or None when there is nothing worth watching.

    None unless ``stream`` (default stderr) is a terminal and there is enough work.
    """
    stream = stream if stream is not None else sys.stderr
    if total < 4 or not stream.isatty():
        return None
    return ProgressBar(total, label, stream)
