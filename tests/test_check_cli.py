"""`readquiz check`, `readquiz templates` and every command's template search path.

Run as a user runs them: exit status, stdout and stderr.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from readquiz import resources
from readquiz.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"
TEMPLATES = FIXTURES / "templates"
SAMPLE = resources.SAMPLE_ARTICLE_ID


def invoke(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


def errors(result: Result) -> list[str]:
    """The stderr lines that are problems: the article lints' warnings left out."""
    return [line for line in result.stderr.splitlines() if ": warning: " not in line]


def verdict(result: Result) -> str:
    """The summary's verdict without its warning count ("no problems")."""
    return re.sub(r", \d+ warnings?$", "", result.stdout.splitlines()[-1])


@pytest.fixture(autouse=True)
def _no_env_templates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("READQUIZ_TEMPLATES", raising=False)


def test_check_with_no_arguments_checks_every_bundled_article() -> None:
    result = invoke("check")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "" or "warning" in result.stderr
    n = len(resources.bundled_articles())
    assert re.search(
        rf"^{n} articles, \d+ templates: no problems(, \d+ warnings?)?$", result.stdout, re.M
    )
    for path in resources.bundled_articles():
        assert path.stem in result.stdout  # a column (or legend entry) per article
    assert re.search(r"^where-event\s+where\s+\d+", result.stdout, re.M)


def test_check_one_article_prints_a_coverage_row_per_template() -> None:
    result = invoke("check", SAMPLE, "--templates", TEMPLATES / "good" / "new-type")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["TEMPLATE", "TYPE", SAMPLE]
    assert re.search(r"^what-measures\s+measure\s+[1-9]", result.stdout, re.M)
    assert lines[-1].startswith("1 article, ")


def test_check_reports_a_bad_template_and_exits_1() -> None:
    bad = TEMPLATES / "bad" / "unknown-from"
    result = invoke("check", SAMPLE, "--templates", bad)
    assert result.exit_code == 1
    assert errors(result) == [
        f"{bad / 'unknown-from.yaml'}:5:11: template 'where-event': unknown from 'event' "
        "(use one of: events, numbers, stances, entities, vocabulary)"
    ]
    assert verdict(result).endswith(": 1 problem")


def test_check_reports_render_errors_with_file_id_and_article() -> None:
    result = invoke("check", SAMPLE, "--templates", TEMPLATES / "render-error")
    assert result.exit_code == 1
    (line,) = errors(result)
    assert line.startswith(f"{TEMPLATES / 'render-error' / 'typo.yaml'}:5:10: ")
    assert "template 'who-typo': ask: entity has no attribute 'nmae'" in line
    assert f"(article {SAMPLE!r})" in line


def test_check_refuses_hostile_templates_with_exit_1() -> None:
    result = invoke("check", SAMPLE, "--templates", TEMPLATES / "hostile" / "lipsum-globals")
    assert result.exit_code == 1
    assert "lipsum-globals.yaml:5:10: template 'lipsum-globals'" in result.stderr


def test_check_warns_about_a_template_that_makes_nothing() -> None:
    result = invoke("check", SAMPLE, "--templates", TEMPLATES / "never")
    assert result.exit_code == 0
    assert "warning: template 'never-asked': made no questions" in result.stderr
    assert verdict(result).endswith("no problems")
    (line,) = [ln for ln in result.stderr.splitlines() if "never-asked" in ln]
    # one line, at the template's id, saying where to look
    assert re.match(r".+never.+\.yaml:\d+:\d+: warning: ", line)
    assert line.endswith(
        "made no questions for any of the 1 article checked: check its 'from' and 'if' "
        "against them (`readquiz check --explain ARTICLE` says why each item was dropped)"
    )


def test_check_a_mistyped_bundled_id_says_which_one_was_meant() -> None:
    result = invoke("check", "harbor-street-bike-lan")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(
        "harbor-street-bike-lan: no such file, and no bundled article has this id: "
        "did you mean 'harbor-street-bike-lane'? give the path of an article file, or a "
        "bundled article's id (danube-womens-tour, "
    )


def test_check_missing_and_broken_articles_are_problems(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    broken = FIXTURES / "articles" / "bad" / "unknown-kind.yaml"
    result = invoke("check", missing, broken, SAMPLE)
    assert result.exit_code == 1
    assert f"{missing}: no such file" in result.stderr
    assert f"{broken}:" in result.stderr
    assert re.search(
        r"^3 articles, \d+ templates: 2 problems(, \d+ warnings)?$", result.stdout, re.M
    )


def test_check_bad_template_directory_is_a_problem(tmp_path: Path) -> None:
    result = invoke("check", SAMPLE, "--templates", tmp_path / "missing")
    assert result.exit_code == 1
    assert f"{tmp_path / 'missing'}: template directory not found" in result.stderr


def test_templates_lists_id_type_from_description_and_file() -> None:
    result = invoke("templates", "--templates", TEMPLATES / "good" / "new-type")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split() == ["ID", "TYPE", "FROM", "DESCRIPTION", "FILE"]
    row = next(r for r in result.stdout.splitlines() if r.startswith("what-measures"))
    assert row.split()[:3] == ["what-measures", "measure", "numbers"]
    assert "Which fact a number from the article measures" in row
    assert row.endswith(str(TEMPLATES / "good" / "new-type" / "measure.yaml"))
    assert re.search(r"^where-event .* question_templates/where\.yaml$", result.stdout, re.M)


def test_override_by_id_shows_in_templates_and_generate() -> None:
    override = TEMPLATES / "good" / "override"
    listing = invoke("templates", "--templates", override)
    row = next(r for r in listing.stdout.splitlines() if r.startswith("where-event "))
    assert "Where an event happened, asked the course's way" in row
    assert row.endswith(f"{override / 'where.yaml'}  overrides question_templates/where.yaml")
    generated = invoke(
        "generate", SAMPLE, "--types", "where", "--seed", "1", "--templates", override
    )
    assert generated.exit_code == 0, generated.stderr
    assert "In which place did" in generated.stdout


def test_readquiz_templates_env_is_searched_before_options() -> None:
    first, second = TEMPLATES / "good" / "first", TEMPLATES / "good" / "second"
    env = {
        "READQUIZ_TEMPLATES": os.pathsep.join([str(TEMPLATES / "good" / "new-type"), str(second)])
    }
    result = invoke("templates", "--templates", first, env=env)
    assert result.exit_code == 0
    assert re.search(r"^what-measures\s+measure", result.stdout, re.M)
    row = next(r for r in result.stdout.splitlines() if r.startswith("describe "))
    assert "first version" in row
    assert row.endswith(f"overrides {second / 'describe.yaml'}")


def test_later_templates_option_beats_earlier() -> None:
    first, second = TEMPLATES / "good" / "first", TEMPLATES / "good" / "second"
    result = invoke("templates", "--templates", first, "--templates", second)
    row = next(r for r in result.stdout.splitlines() if r.startswith("describe "))
    assert "second version" in row


def test_duplicate_id_in_one_directory_stops_every_command() -> None:
    bad = TEMPLATES / "bad" / "duplicate-id-in-dir"
    for command in (["templates"], ["generate", SAMPLE]):
        result = invoke(*command, "--templates", bad)
        assert result.exit_code == 2
        assert result.stderr.startswith(f"{bad / 'b-second.yaml'}:3:9: ")


@pytest.mark.parametrize(
    "command",
    [["generate", SAMPLE], ["quiz", SAMPLE], ["worksheet", SAMPLE, "-o", "out.pdf"]],
    ids=["generate", "quiz", "worksheet"],
)
@pytest.mark.parametrize("name", ["class-mro", "nested-loops", "include-outside"])
def test_hostile_template_stops_every_command_before_it_starts(
    command: list[str], name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(
        *command, "--templates", TEMPLATES / "hostile" / name, "--data-dir", tmp_path / "data"
    )
    assert result.exit_code == 2
    (line,) = errors(result)
    assert line.startswith(f"{TEMPLATES / 'hostile' / name / (name + '.yaml')}:")
    assert f"template {name!r}" in line
    assert result.stdout == ""
    assert not (tmp_path / "out.pdf").exists()
