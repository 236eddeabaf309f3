"""The core stays headless and start-up stays lazy: proven in fresh interpreters."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("textual", "reportlab")
SET_FILE = Path(__file__).parent / "fixtures" / "sets" / "good" / "every-format.yaml"
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
    "readquiz.output",
    "readquiz.questions.setfile",
    "readquiz.questions.setcheck",
    "readquiz.exports.common",
    "readquiz.exports.moodle",
    "readquiz.exports.qti",
    "readquiz.exports.gift",
    "readquiz.exports.anki",
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


# spaCy (and the draft package that wraps it) belongs to `readquiz draft` alone.
DRAFT_ONLY = {"spacy", "thinc", "readquiz.article.draft", "readquiz.cli.draft"}


def _modules_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def _cli(args: list[str], code: int = 0) -> str:
    return (
        "from readquiz.cli import cli\n"
        f"try:\n    cli({args!r}, prog_name='readquiz')\n"
        f"except SystemExit as e:\n    assert e.code in (None, {code}), e.code\n"
    )


@pytest.mark.parametrize("module", CORE)
def test_core_module_does_not_import_spacy_or_the_draft_package(module: str) -> None:
    assert not _modules_after(f"import {module}") & DRAFT_ONLY


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["generate", "pakistan-soleimani-rally", "--seed", "1", "--format", "json"],
        ["check", "harbor-street-bike-lane"],
        ["draft", "--help"],
    ],
    ids=["help", "generate", "check", "draft-help"],
)
def test_other_commands_never_import_spacy_or_the_draft_package(args: list[str]) -> None:
    loaded = _modules_after(_cli(args))
    assert "readquiz.article.loader" in loaded or args[-1] == "--help"
    assert not loaded & DRAFT_ONLY, loaded & DRAFT_ONLY


def test_draft_itself_does_import_spacy(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    story = Path(__file__).parent / "fixtures" / "draft" / "harbor-notes.md"
    out = tmp_path / "d.yaml"
    loaded = _modules_after(_cli(["draft", str(story), "-o", str(out)]))
    assert {"spacy", "readquiz.article.draft.analyse"} <= loaded  # the probe can see it


def test_export_imports_neither_textual_reportlab_nor_genanki_unless_asked(
    tmp_path: Path,
) -> None:
    """Every export but Anki runs without genanki; none loads Textual or reportlab."""
    for to, lazy in (("gift", True), ("moodle", True), ("qti", True), ("anki", False)):
        code = (
            "from readquiz.cli import cli\n"
            f"try:\n    cli(['export', '--set', r'{SET_FILE}', '--to',"
            f" '{to}', '-o', r'{tmp_path}/out'], prog_name='readquiz')\n"
            "except SystemExit as e:\n    assert e.code == 0, e.code\n"
        )
        loaded = _loaded_after(code)
        assert not loaded & set(HEAVY), to
        assert ("genanki" not in loaded) == lazy, to


def test_check_of_a_set_file_imports_neither_textual_nor_reportlab() -> None:
    code = (
        "from readquiz.cli import cli\n"
        f"try:\n    cli(['check', r'{SET_FILE}'], prog_name='readquiz')\n"
        "except SystemExit as e:\n    assert e.code == 0, e.code\n"
    )
    loaded = _loaded_after(code)
    assert not loaded & set(HEAVY)
