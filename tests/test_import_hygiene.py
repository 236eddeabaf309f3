"""The core stays headless and start-up stays lazy: proven in fresh interpreters."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("textual", "reportlab")
CORE = [
    "readquiz",
    "readquiz.cli",
    "readquiz.cli.options",
    "readquiz.article.model",
    "readquiz.article.loader",
    "readquiz.yamlsource",
    "readquiz.templates.model",
    "readquiz.templates.library",
    "readquiz.engine",
    "readquiz.english.phrases",
    "readquiz.grading",
    "readquiz.questions.model",
    "readquiz.attempts.store",
]


def _loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return {name.split(".")[0] for name in out.split()}


@pytest.mark.parametrize("module", CORE)
def test_core_module_imports_neither_textual_nor_reportlab(module: str) -> None:
    loaded = _loaded_after(f"import {module}")
    assert not loaded & set(HEAVY), f"{module} pulled in {loaded & set(HEAVY)}"


def test_help_imports_neither_textual_nor_reportlab() -> None:
    code = (
        "from readquiz.cli import cli\n"
        "try:\n    cli(['--help'], prog_name='readquiz')\n"
        "except SystemExit:\n    pass\n"
    )
    loaded = _loaded_after(code)
    assert not loaded & set(HEAVY)


def test_generate_imports_neither_textual_nor_reportlab() -> None:
    code = (
        "from readquiz.cli import cli\n"
        "try:\n    cli(['generate', 'pakistan-soleimani-rally', '--seed', '1',"
        " '--format', 'json'], prog_name='readquiz')\n"
        "except SystemExit as e:\n    assert e.code == 0, e.code\n"
    )
    loaded = _loaded_after(code)
    assert "jinja2" in loaded
    assert not loaded & set(HEAVY)
