"""The README's set-up commands are the ones CI runs, and every command is documented."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from readquiz.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _command_after(marker: str) -> str:
    match = re.search(rf"<!-- {marker} -->\s*```console\n(.+?)\n```", README, re.S)
    assert match, f"README has no {marker} block"
    lines = match.group(1).strip().splitlines()
    assert len(lines) == 1, f"the {marker} must be one line"
    return lines[0]


def test_ci_runs_the_readme_test_command() -> None:
    test_command = _command_after("test-command")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_lines = [line.strip() for line in ci.splitlines()]
    assert test_command in ci_lines
    assert "pytest" in test_command
    # CI must not run anything else that installs the project differently.
    assert sum("pip install" in line for line in ci_lines) == 1


def test_quiz_command_installs_and_starts_the_quiz_on_the_sample() -> None:
    quiz_command = _command_after("quiz-command")
    assert "pip install ." in quiz_command
    assert quiz_command.endswith("readquiz quiz")


def test_every_command_has_help_and_appears_in_the_readme() -> None:
    runner = CliRunner()
    for name, command in cli.commands.items():
        assert command.help, f"{name} has no help text"
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, result.output
        assert "Usage: " in result.output
        assert f"`readquiz {name}" in README, f"README's tour does not show {name}"


def test_every_bundled_article_is_listed_in_the_readme() -> None:
    for path in sorted((ROOT / "articles").glob("*.yaml")):
        assert f"`{path.stem}`" in README, f"README does not list {path.stem}"


def _development_section() -> str:
    return README.split("## Development", 1)[1].split("\n## ", 1)[0]


def test_the_development_section_names_every_package_of_the_tree() -> None:
    section = _development_section()
    packages = sorted(
        p.name for p in (ROOT / "src" / "readquiz").iterdir() if (p / "__init__.py").is_file()
    )
    assert packages, "no packages found under src/readquiz"
    for name in packages:
        assert f"`{name}/`" in section, f"README's Development section does not name {name}/"


def test_every_path_the_development_section_names_exists() -> None:
    names = re.findall(r"`([\w]+(?:/|\.py))`", _development_section())
    assert len(names) >= 10
    for name in names:
        in_package = ROOT / "src" / "readquiz" / name
        at_top = ROOT / name
        assert in_package.exists() or at_top.exists(), f"README names {name}, which does not exist"
