"""The core stays headless and start-up stays lazy: proven in fresh interpreters.

The core is every module of the ``readquiz`` package except the leaves (the front ends
that draw: Textual, reportlab, a browser server), found by walking the package, so a
new module is checked the day it is added.
"""

from __future__ import annotations

import fnmatch
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import readquiz

HEAVY = ("textual", "reportlab", "spacy")
SET_FILE = Path(__file__).parent / "fixtures" / "sets" / "good" / "every-format.yaml"
LEAVES = ("readquiz.tui*", "readquiz.worksheet*", "readquiz.serve*", "readquiz.report.pdf*")
"""The leaves: they may import what they draw with; nothing in the core imports them."""
SPACY_HOMES = ("readquiz.article.draft*",)
"""Where spaCy may be imported (lazily, when a draft is made)."""


def _is_in(module: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(module, pattern) for pattern in patterns)


def core_modules() -> list[str]:
    """Every module of readquiz that is not a leaf (``__main__`` modules run, not import)."""
    found = ["readquiz"]
    for info in pkgutil.walk_packages(readquiz.__path__, "readquiz."):
        if not _is_in(info.name, LEAVES) and not info.name.endswith("__main__"):
            found.append(info.name)
    return sorted(found)


def _loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return {name.split(".")[0] for name in out.split()}


def _heavy_for(module: str) -> set[str]:
    allowed = {"spacy"} if _is_in(module, SPACY_HOMES) else set()
    return set(HEAVY) - allowed


def test_the_walk_finds_the_core_and_leaves_out_the_leaves() -> None:
    modules = core_modules()
    for expected in ("readquiz.article.loader", "readquiz.cli.quiz", "readquiz.grading"):
        assert expected in modules
    assert not [m for m in modules if m.startswith(("readquiz.tui", "readquiz.worksheet."))]
    assert len(modules) > 40


def test_no_core_module_imports_textual_reportlab_or_spacy() -> None:
    modules = [m for m in core_modules() if not _is_in(m, SPACY_HOMES)]
    # One interpreter for all of them: if none of their imports together loads a heavy
    # package, none does alone. Only on failure look for the culprits one by one.
    loaded = _loaded_after("\n".join(f"import {m}" for m in modules))
    if loaded & set(HEAVY):
        culprits = {
            m: sorted(_loaded_after(f"import {m}") & _heavy_for(m))
            for m in modules
            if _loaded_after(f"import {m}") & _heavy_for(m)
        }
        pytest.fail(f"core modules import heavy packages: {culprits}")


def test_the_draft_imports_spacy_only_when_it_drafts() -> None:
    drafts = [m for m in core_modules() if _is_in(m, SPACY_HOMES)]
    for module in drafts:
        assert not _loaded_after(f"import {module}") & set(HEAVY), module


def test_help_imports_neither_textual_nor_reportlab() -> None:
    code = (
        "from readquiz.cli import cli\n"
        "try:\n    cli(['--help'], prog_name='readquiz')\n"
        "except SystemExit:\n    pass\n"
    )
    loaded = _loaded_after(code)
    assert not loaded & set(HEAVY)
    # --help stays light: the loaders, the engine and their libraries load on use
    assert not loaded & {"pydantic", "jinja2", "rapidfuzz"}


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
    # grading gives generate a number's tolerance; rapidfuzz waits for a typed answer
    assert "rapidfuzz" not in loaded


def test_check_imports_neither_textual_nor_reportlab() -> None:
    code = (
        "from readquiz.cli import cli\n"
        "try:\n    cli(['check', 'pakistan-soleimani-rally'], prog_name='readquiz')\n"
        "except SystemExit as e:\n    assert e.code == 0, e.code\n"
    )
    loaded = _loaded_after(code)
    assert "pydantic" in loaded
    assert not loaded & set(HEAVY)


# spaCy (and the draft package that wraps it) belongs to `readquiz draft` alone.
CORE = [m for m in core_modules() if not _is_in(m, (*SPACY_HOMES, "readquiz.cli.draft"))]
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


EXPORT_SUFFIX = {"gift": ".txt", "moodle": ".xml", "qti": ".zip", "anki": ".apkg"}


def test_export_imports_neither_textual_reportlab_nor_genanki_unless_asked(
    tmp_path: Path,
) -> None:
    """Every export but Anki runs without genanki; none loads Textual or reportlab."""
    for to, lazy in (("gift", True), ("moodle", True), ("qti", True), ("anki", False)):
        out = tmp_path / ("out" + EXPORT_SUFFIX[to])  # a name its importer takes
        code = (
            "from readquiz.cli import cli\n"
            f"try:\n    cli(['export', '--set', r'{SET_FILE}', '--to',"
            f" '{to}', '-o', r'{out}'], prog_name='readquiz')\n"
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


def test_the_report_imports_reportlab_only_for_the_pdf(tmp_path: Path) -> None:
    """Table and CSV are headless; only ``--format pdf`` loads reportlab (the leaf)."""
    from tests.report.classroom import fill_class

    fill_class(tmp_path, size=3, extras=False)
    for fmt in ("table", "csv"):
        loaded = _loaded_after(_cli(["report", "--data-dir", str(tmp_path), "--format", fmt]))
        assert "readquiz" in loaded and not loaded & set(HEAVY), fmt
    pdf = ["report", "--data-dir", str(tmp_path), "-o", str(tmp_path / "r.pdf")]
    assert "reportlab" in _loaded_after(_cli(pdf))
    assert "textual" not in _loaded_after(_cli(pdf))
