"""docs/quiz.md documents every key the quiz shows, so the page cannot fall behind.

Every binding the footer can show (its id and each of its keys) must have a row in the
page's key table, and every key on the help screen must appear in that table.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

from textual.binding import Binding
from textual.dom import DOMNode

import readquiz.tui
from readquiz.tui.app import QuizApp
from readquiz.tui.screens.help import key_label, key_table

DOC = Path(__file__).resolve().parents[2] / "docs" / "quiz.md"
REVIEW_DOC = DOC.with_name("review.md")
# The review (readquiz review) documents its keys in docs/review.md.
REVIEW_MODULES = ("review", "add_question", "review_help", "review_app")


def _key_table(doc: Path = DOC) -> list[tuple[set[str], str]]:
    """(keys, id) of each row of the table under "## Keys"."""
    section = doc.read_text(encoding="utf-8").split("## Keys", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[0] in ("Keys", "") or set(cells[0]) <= {"-"}:
            continue
        keys = set(re.findall(r"`([^`]+)`", cells[0]))
        for row_id in re.findall(r"`([^`]+)`", cells[3]) or [cells[3].strip("`")]:
            rows.append((keys, row_id))
    return rows


def _shown_bindings() -> list[tuple[str, Binding]]:
    """(class name, binding) for every footer binding the quiz's classes declare."""
    modules = [importlib.import_module("readquiz.tui.app")]
    for info in pkgutil.walk_packages(readquiz.tui.__path__, "readquiz.tui."):
        modules.append(importlib.import_module(info.name))
    found: dict[tuple[str, str], Binding] = {}
    for module in modules:
        for cls in vars(module).values():
            if (
                inspect.isclass(cls)
                and issubclass(cls, DOMNode)
                and cls.__module__.startswith("readquiz.")
            ):
                for binding in cls.__dict__.get("BINDINGS", []):
                    if isinstance(binding, Binding) and binding.show:
                        name = f"{cls.__module__}:{cls.__qualname__}"
                        found[(name, binding.action)] = binding
    return [(name, b) for (name, _), b in sorted(found.items(), key=lambda kv: kv[0])]


def test_the_key_table_is_found() -> None:
    assert len(_key_table()) >= 10


def test_every_footer_binding_is_documented() -> None:
    bindings = _shown_bindings()
    assert bindings, "no bindings found: the discovery is broken"
    for owner, binding in bindings:
        module = owner.split(":")[0].rsplit(".", 1)[-1]
        rows = _key_table(REVIEW_DOC if module in REVIEW_MODULES else DOC)
        assert binding.id, f"{owner}: binding for {binding.action!r} has no id"
        keys = (
            {binding.key_display}
            if binding.key_display
            else {key_label(k.strip()) for k in binding.key.split(",")}
        )
        documented = [row_keys for row_keys, row_id in rows if row_id == binding.id]
        assert documented, f"docs/quiz.md: no key table row with id `{binding.id}` ({owner})"
        assert any(keys <= row_keys for row_keys in documented), (
            f"docs/quiz.md: row `{binding.id}` should list {sorted(keys)} ({owner})"
        )


def test_every_help_screen_key_is_documented() -> None:
    documented = set().union(*(keys for keys, _ in _key_table()))
    for _, rows in key_table(QuizApp):
        for keys, what in rows:
            for key in keys:
                assert key in documented, f"docs/quiz.md: help key {key!r} ({what})"
