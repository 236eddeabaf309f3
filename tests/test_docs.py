"""The template-authoring tutorial runs exactly as written, so it cannot rot.

Every ``$ readquiz ...`` line of a ```console block in docs/authoring-templates.md is run
from a copy of the repository's docs/ directory; the lines shown after it must appear in
its output, in order (``...`` stands for anything), and it must exit 0 unless the block
is marked ``<!-- exit: N -->``. The YAML shown must be the tutorial's files.
"""

from __future__ import annotations

import re
import shlex
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from readquiz.cli import cli

ROOT = Path(__file__).parents[1]
TUTORIAL = ROOT / "docs" / "authoring-templates.md"
BLOCK = re.compile(r"(?:<!-- exit: (\d+) -->\n)?```(\w+)\n(.*?)```", re.S)


@dataclass
class Command:
    line: str
    exit: int
    expected: list[str] = field(default_factory=list)


def _commands() -> list[Command]:
    commands: list[Command] = []
    for exit_code, lang, body in BLOCK.findall(TUTORIAL.read_text(encoding="utf-8")):
        if lang != "console":
            continue
        for line in body.splitlines():
            if line.startswith("$ "):
                commands.append(Command(line[2:], int(exit_code or 0)))
            elif commands:
                commands[-1].expected.append(line)
    return commands


def _pattern(expected: str) -> re.Pattern[str]:
    pieces = [re.escape(" ".join(p.split())) for p in expected.split("...")]
    return re.compile(r"\s*.*?\s*".join(pieces))


def _in_order(expected: list[str], output: str) -> list[str]:
    """The expected lines not found in ``output`` (each after the previous one found)."""
    lines = [" ".join(line.split()) for line in output.splitlines()]
    missing, at = [], 0
    for want in expected:
        if not want.strip() or want.strip() == "...":
            continue
        pattern = _pattern(want)
        found = next((i for i in range(at, len(lines)) if pattern.search(lines[i])), None)
        if found is None:
            missing.append(want)
        else:
            at = found + 1
    return missing


COMMANDS = _commands()


def test_the_tutorial_has_commands() -> None:
    assert len(COMMANDS) >= 6
    assert all(c.line.startswith("readquiz ") for c in COMMANDS)


@pytest.mark.parametrize("command", COMMANDS, ids=[c.line for c in COMMANDS])
def test_tutorial_command_runs_as_written(
    command: Command, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("READQUIZ_TEMPLATES", raising=False)
    args = shlex.split(command.line)[1:]
    result = CliRunner().invoke(cli, [*args, "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == command.exit, result.output
    assert _in_order(command.expected, result.output) == [], result.output


def test_the_yaml_shown_is_the_tutorial_files() -> None:
    text = TUTORIAL.read_text(encoding="utf-8")
    shown = [body for _, lang, body in BLOCK.findall(text) if lang == "yaml"]
    for step in ("step1", "step2"):
        source = (ROOT / "docs" / "tutorial" / step / "action.yaml").read_text(encoding="utf-8")
        without_schema_line = "".join(
            line
            for line in source.splitlines(keepends=True)
            if not line.startswith("# yaml-language-server")
        )
        assert without_schema_line in shown, f"docs/tutorial/{step}/action.yaml is not shown"


def test_the_article_format_example_loads_and_fits_the_schema(tmp_path: Path) -> None:
    import datetime as dt

    import yaml
    from jsonschema import Draft202012Validator

    from readquiz import schemas
    from readquiz.article.loader import check_article

    text = (ROOT / "docs" / "article-format.md").read_text(encoding="utf-8")
    example = next(body for _, lang, body in BLOCK.findall(text) if lang == "yaml")
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    article, problems = check_article(path)
    assert [str(p) for p in problems] == []
    assert article is not None and len(article.paragraphs) == 2
    data = yaml.safe_load(example)
    data["published"] = data["published"].isoformat()
    assert isinstance(yaml.safe_load(example)["published"], dt.date)
    assert list(Draft202012Validator(schemas.load("article")).iter_errors(data)) == []
