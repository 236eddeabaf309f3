"""Benchmarks: readquiz beside plain baselines, printed as ratios.

Run with ``.venv/bin/python benchmarks/run.py [--quick]``. Figures are medians of
repeated runs; the machine is noisy, so read the ratios, not the absolutes.

* start-up: ``readquiz --help`` and ``readquiz generate`` on every bundled article,
  whole process, against ``python -c "import yaml, jinja2"``;
* a synthetic corpus of 1,000 articles: load + generate in one process, against plain
  ``yaml.load`` (libyaml) of the same files plus one Jinja2 render per annotation;
* the quiz (first screen, keypress to feedback) and the worksheet (a 30-version class
  set) from ``benchmarks/quiz_bench.py`` and ``benchmarks/worksheet_bench.py``.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from timing import PY, side_by_side

HERE = Path(__file__).resolve().parent
Row = tuple[str, float, float, str]


def in_process(func: Callable[[], object], repeat: int) -> float:
    """Median wall time of calling ``func``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def startup_rows(repeat: int) -> list[Row]:
    """Start-up rows: ``readquiz --help`` and generate, against importing yaml and jinja2."""
    from readquiz import resources

    base = [PY, "-c", "import yaml, jinja2"]
    what = "python -c 'import yaml, jinja2'"
    ours, baseline = side_by_side([PY, "-m", "readquiz", "--help"], base, repeat)
    rows: list[Row] = [("readquiz --help", ours, baseline, what)]
    for path in resources.bundled_articles():
        args = [PY, "-m", "readquiz", "generate", str(path), "--seed", "1", "--format", "json"]
        ours, baseline = side_by_side(args, base, repeat)
        rows.append((f"generate {path.stem}", ours, baseline, what))
    return rows


def _write_corpus(directory: Path, n: int) -> list[Path]:
    """Write ``n`` articles made from the bundled ones, each with its own id."""
    from readquiz import resources

    sources = [p.read_text(encoding="utf-8") for p in resources.bundled_articles()]
    paths = []
    for i in range(n):
        text = sources[i % len(sources)]
        first_id = next(line for line in text.splitlines() if line.startswith("id:"))
        path = directory / f"synthetic-{i:04d}.yaml"
        path.write_text(text.replace(first_id, f"id: synthetic-{i:04d}", 1), encoding="utf-8")
        paths.append(path)
    return paths


def corpus_rows(n: int) -> list[Row]:
    """Load + generate over n synthetic articles, against safe_load + one render per item."""
    import jinja2
    import yaml

    from readquiz.article.loader import load_article
    from readquiz.engine import generate
    from readquiz.templates.library import load_templates

    with tempfile.TemporaryDirectory() as tmp:
        paths = _write_corpus(Path(tmp), n)
        library = load_templates()

        def readquiz_run() -> None:
            for i, path in enumerate(paths):
                generate(load_article(path), library, seed=i, count=None, types=None, formats=None)

        template = jinja2.Environment().from_string("Who {{ item.did }}?")
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

        def baseline_run() -> None:
            for path in paths:
                data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
                for group in ("events", "numbers", "stances", "vocabulary"):
                    for item in data.get(group) or []:
                        template.render(item=item)

        ours = in_process(readquiz_run, 1)
        base = in_process(baseline_run, 1)
    return [(f"load + generate, {n} articles", ours, base, "yaml (libyaml) load + 1 render/item")]


def leaf_rows(module: str) -> list[Row]:
    """Rows from a leaf's benchmark module (quiz_bench, worksheet_bench)."""
    sys.path.insert(0, str(HERE))
    try:
        bench = importlib.import_module(module)
    except ImportError as err:
        print(f"  ({module} not available: {err})", file=sys.stderr)
        return []
    rows = []
    for row in bench.run():
        label, ours, base = row[:3]
        rows.append((label, ours, base, row[3] if len(row) > 3 else "baseline"))
    return rows


def main() -> None:
    """Run every benchmark and print a table of ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, 100 articles")
    args = parser.parse_args()
    repeat = 3 if args.quick else 7
    rows = startup_rows(repeat)
    rows += corpus_rows(100 if args.quick else 1000)
    rows += leaf_rows("quiz_bench")
    rows += leaf_rows("worksheet_bench")
    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'readquiz':>9}  {'baseline':>9}  {'ratio':>6}  baseline is")
    for label, ours, base, what in rows:
        ratio = ours / base if base else float("nan")
        print(f"{label:<{width}}  {ours:>8.3f}s  {base:>8.3f}s  {ratio:>5.2f}x  {what}")


if __name__ == "__main__":
    main()
