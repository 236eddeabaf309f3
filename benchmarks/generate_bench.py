"""Start-up of the light commands, as ratios against importing the libraries they need.

``readquiz generate`` (text and JSON) on the bundled sample, ``readquiz check`` on the
sample and on every bundled article, and ``readquiz --help``, each a whole fresh
process run alternately with the baseline ``python -c "import yaml, jinja2, pydantic,
click"`` (the libraries these commands cannot do without), so load on the machine hits
both alike. Medians; read the ratios, not the absolutes.

Target (issue #9): ``generate`` on the sample within 2x of the baseline.

Measured (2 cores shared with other builders, load average 5-6, so read the ratios):
main at 79cd2f1 and after the caches of 617e2b5 (facts.mentions without a pattern per
name, the engine's string functions and right_answers computed once, rapidfuzz and
Jinja2's second code-generator pass only when needed, the collector held off), run
interleaved with the baseline, 11 rounds: ``generate`` on the sample (text) took
3.88x the baseline's wall time before and 2.75x after (median of the run-by-run ratios
2.93x; processor time 3.59x before, 2.93x after), the engine's own part (``generate()``
in process, processor time) 325 ms before and 142 ms after. This script's own run at
the same load: 3.52x / 3.93x (text / json) before, 2.99x / 3.77x after; its baseline
moved from 0.28 s to 0.68 s between rows, so a single run says little. The target is
still missed. What is left, beyond the baseline's imports: importing readquiz's own
modules and building its pydantic models (~200 ms of processor time under this load;
pydantic's plugin module imports importlib.metadata, ~35 ms, though plugins are off),
reading and checking the article and compiling the 16 templates' fields (~100 ms),
and the engine (~140 ms).

Both sides run with compiled bytecode, as an installed wheel does: an environment that
sets ``PYTHONDONTWRITEBYTECODE`` (this machine's does) would charge every run of an
editable checkout with compiling readquiz from source, so the benchmark writes
bytecode to a temporary ``PYTHONPYCACHEPREFIX`` and runs each command once to warm it.

    .venv/bin/python benchmarks/generate_bench.py [--repeat N]

``benchmarks/run.py`` does not call this module; it is run on its own.
"""

from __future__ import annotations

import argparse
import os
import tempfile

from timing import PY, side_by_side, whole_process

BASELINE = [PY, "-c", "import yaml, jinja2, pydantic, click"]
BASELINE_LABEL = "python -c 'import yaml, jinja2, pydantic, click'"
TARGET = 2.0
"""``generate`` must stay within this ratio of the baseline."""


def commands() -> list[tuple[str, list[str]]]:
    """(label, argv) of each command timed."""
    from readquiz import resources

    sample = resources.SAMPLE_ARTICLE_ID
    rq = [PY, "-m", "readquiz"]
    return [
        ("readquiz --help", [*rq, "--help"]),
        (f"generate {sample} (text)", [*rq, "generate", sample, "--seed", "1"]),
        (
            f"generate {sample} (json)",
            [*rq, "generate", sample, "--seed", "1", "--format", "json"],
        ),
        (f"check {sample}", [*rq, "check", str(resources.bundled_article(sample))]),
        ("check (every bundled article)", [*rq, "check"]),
    ]


def run(repeat: int = 7) -> list[tuple[str, float, float, str]]:
    """Rows (label, readquiz seconds, baseline seconds, what the baseline is)."""
    rows = []
    whole_process(BASELINE, 1)
    for _, args in commands():
        whole_process(args, 1, check=False)  # warm the bytecode cache
    for label, args in commands():
        # `check` exits 1 when it finds problems (lints included): timed all the same.
        ours, base = side_by_side(args, BASELINE, repeat, check=not label.startswith("check"))
        rows.append((label, ours, base, BASELINE_LABEL))
    return rows


def main() -> None:
    """Print the rows with their ratios, and whether generate meets the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="runs of each (median)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="readquiz-pycache-") as cache:
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = cache
        rows = run(args.repeat)
    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'readquiz':>9}  {'baseline':>9}  {'ratio':>6}")
    worst = 0.0
    for label, ours, base, _ in rows:
        ratio = ours / base if base else float("nan")
        if label.startswith("generate"):
            worst = max(worst, ratio)
        print(f"{label:<{width}}  {ours:>8.3f}s  {base:>8.3f}s  {ratio:>5.2f}x")
    print(f"baseline: {BASELINE_LABEL}")
    verdict = "meets" if worst <= TARGET else "MISSES"
    print(f"generate: {worst:.2f}x the baseline, {verdict} the {TARGET:g}x target")


if __name__ == "__main__":
    main()
