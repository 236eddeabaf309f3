"""The shipped JSON Schemas: in step with the loaders, accepting every bundled file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from readquiz import resources, schemas
from readquiz.article.loader import check_article
from readquiz.cli import cli
from readquiz.questions.setfile import check_set
from readquiz.templates.library import check_library

ROOT = Path(__file__).parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
TEMPLATE_FILES = sorted(
    [
        *resources.builtin_templates_dir().glob("*.yaml"),
        *(ROOT / "docs" / "tutorial").rglob("*.yaml"),
        *(FIXTURES / "templates" / "good").rglob("*.yaml"),
    ]
)
# bad articles whose fault a schema can express (the rest need the text or references)
SCHEMA_BAD_ARTICLES = [
    "bad-id",
    "entity-typo-nmae",
    "event-missing-did",
    "event-typo-wher",
    "grade-out-of-range",
    "grade-text",
    "missing-root-keys",
    "number-missing-value",
    "number-value-text",
    "published-not-date",
    "root-list",
    "root-scalar",
    "title-list",
    "type-on-person",
    "unknown-approx",
    "unknown-kind",
    "unknown-position",
    "unknown-root-key",
]
# bad set files whose fault a schema can express (the rest need the article, or fold
# case: "Hillview" and "hillview " are one choice twice)
SCHEMA_BAD_SETS = [
    "choices-on-a-short-question",
    "missing-format",
    "newer-version",
    "numeric-answer-is-text",
    "six-choices",
    "truefalse-answer",
    "two-choices",
    "unknown-format",
    "unknown-key",
]
SCHEMA_BAD_TEMPLATES = [
    "unknown-key",
    "missing-ask",
    "unknown-from",
    "unknown-format",
    "templates-not-a-list",
]


def _plain(value: Any) -> Any:
    """YAML data as JSON sees it: dates (``published: 2020-01-05``) become ISO strings."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _errors(kind: schemas.Kind, path: Path) -> list[str]:
    validator = Draft202012Validator(
        schemas.load(kind), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    data = _plain(yaml.safe_load(path.read_text(encoding="utf-8")))
    return [e.message for e in validator.iter_errors(data)]


@pytest.mark.parametrize("kind", schemas.KINDS)
def test_shipped_schema_equals_a_fresh_build(kind: schemas.Kind) -> None:
    # if this fails: run `python -m readquiz.schemas` and commit the files
    assert schemas.text(kind) == schemas.render(kind)


@pytest.mark.parametrize("kind", schemas.KINDS)
def test_schema_is_valid_draft_2020_12(kind: schemas.Kind) -> None:
    schema = schemas.load(kind)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] and schema["description"]


def test_fields_carry_their_docstrings() -> None:
    template = schemas.load("template")["$defs"]["Template"]["properties"]
    assert set(template) >= {"from", "if", "ask", "answer"}  # the YAML keys, by alias
    assert template["from"]["description"] == "Which annotations the template runs over."
    entity = schemas.load("article")["$defs"]["Entity"]["properties"]
    assert "mid-sentence" in entity["name"]["description"]


@pytest.mark.parametrize("kind", schemas.KINDS)
def test_schema_command_prints_the_shipped_schema(kind: str) -> None:
    result = CliRunner().invoke(cli, ["schema", kind])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == schemas.load(kind)  # type: ignore[arg-type]


@pytest.mark.parametrize("path", resources.bundled_articles(), ids=lambda p: p.stem)
def test_every_bundled_article_fits_the_schema(path: Path) -> None:
    assert _errors("article", path) == []


def test_the_complete_example_article_fits_the_schema() -> None:
    assert _errors("article", FIXTURES / "articles" / "good" / "complete.yaml") == []


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_shipped_template_file_fits_the_schema(path: Path) -> None:
    assert _errors("template", path) == []


@pytest.mark.parametrize("name", SCHEMA_BAD_ARTICLES)
def test_schema_and_loader_both_reject_bad_article(name: str) -> None:
    path = FIXTURES / "articles" / "bad" / f"{name}.yaml"
    assert _errors("article", path), "the schema accepts it"
    assert check_article(path)[1], "the loader accepts it"


@pytest.mark.parametrize("name", SCHEMA_BAD_TEMPLATES)
def test_schema_and_loader_both_reject_bad_template(name: str) -> None:
    (path,) = (FIXTURES / "templates" / "bad" / name).glob("*.yaml")
    assert _errors("template", path), "the schema accepts it"
    assert check_library([path.parent])[1], "the loader accepts it"


def _set_errors(path: Path) -> list[str]:
    validator = Draft202012Validator(schemas.load("set"))
    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


@pytest.mark.parametrize("fmt", ["yaml", "json"])
@pytest.mark.parametrize("path", resources.bundled_articles(), ids=lambda p: p.stem)
def test_sets_written_by_generate_fit_the_set_schema(path: Path, fmt: str, tmp_path: Path) -> None:
    target = tmp_path / f"{path.stem}.set.{fmt}"
    result = CliRunner().invoke(cli, ["generate", str(path), "--seed", "3", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert _set_errors(target) == []
    formats = {q["format"] for q in yaml.safe_load(target.read_text(encoding="utf-8"))["questions"]}
    assert {"choice", "short", "truefalse"} <= formats  # the per-format rules were exercised


def test_a_set_of_an_article_outside_the_bundle_fits_the_set_schema(tmp_path: Path) -> None:
    target = tmp_path / "chess.set.yaml"
    article = FIXTURES / "sets" / "chess-cup.yaml"
    result = CliRunner().invoke(cli, ["generate", str(article), "--seed", "1", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(target.read_text(encoding="utf-8"))["article"]["path"]
    assert _set_errors(target) == []


@pytest.mark.parametrize("path", sorted((FIXTURES / "sets" / "good").glob("*.yaml")), ids=str)
def test_good_set_fixtures_fit_the_set_schema(path: Path) -> None:
    # every-format.yaml is written by hand: `answer: true`, a number as a choice's text
    assert check_set(path)[1] == []
    assert _set_errors(path) == []


@pytest.mark.parametrize("name", SCHEMA_BAD_SETS)
def test_schema_and_loader_both_reject_bad_set(name: str) -> None:
    path = FIXTURES / "sets" / "bad" / f"{name}.yaml"
    assert _set_errors(path), "the schema accepts it"
    assert check_set(path)[1], "the loader accepts it"


def test_set_schema_states_each_formats_rules() -> None:
    question = schemas.load("set")["$defs"]["SetQuestion"]
    rules = {r["if"]["properties"]["format"]["const"]: r["then"] for r in question["allOf"]}
    assert rules["choice"]["properties"]["choices"] == {
        "type": "array",
        "minItems": 3,
        "maxItems": 5,
        "uniqueItems": True,
    }
    assert question["properties"]["prompt"]["description"] == "The question as asked."
