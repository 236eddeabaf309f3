"""The code passes ruff, ruff format and mypy --strict, so the one test command enforces them.

Both run as a developer runs them, from the repository root with its pyproject.toml;
the tools come from the ``test`` extra.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_ruff() -> None:
    result = _run("ruff", "check", "src", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_over_src() -> None:
    # --strict on the command line too: pyproject's overrides (reportlab is untyped) still
    # apply, but nobody can turn strictness off for the whole package there.
    result = _run("mypy", "--strict", "src")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_over_tests_with_no_unneeded_ignore() -> None:
    result = _run("mypy", "--warn-unused-ignores", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = _run("ruff", "format", "--check", "src", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr
