"""Wall-clock timing shared by the benchmark scripts: whole processes, side by side."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def whole_process(args: list[str], repeat: int, check: bool = True) -> float:
    """Median wall time of running ``args`` as a fresh process (from the repository).

    ``check=False`` times a command whose exit status is not 0 by design (``readquiz
    check`` reporting lints).
    """
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, check=check, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def side_by_side(
    ours: list[str], base: list[str], repeat: int, check: bool = True
) -> tuple[float, float]:
    """Medians of two commands run alternately, so load on the machine hits both alike."""
    a, b = [], []
    for _ in range(repeat):
        a.append(whole_process(ours, 1, check))
        b.append(whole_process(base, 1))
    return statistics.median(a), statistics.median(b)
