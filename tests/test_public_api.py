"""The public API: what ``readquiz.__all__`` names works end to end, and nothing heavy loads."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from click.testing import CliRunner

import readquiz
from readquiz import resources
from readquiz.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def test_the_public_api_makes_and_grades_a_question_set() -> None:
    article = readquiz.load_article(resources.bundled_article(resources.SAMPLE_ARTICLE_ID))
    qset = readquiz.generate(
        article, readquiz.load_templates(), seed=7, count=5, types=None, formats=None
    )
    assert isinstance(qset, readquiz.QuestionSet)
    assert len(qset.questions) == 5
    question = qset.questions[0]
    assert isinstance(question, readquiz.Question)
    assert readquiz.check_answer(question, question.answer_text)
    assert not readquiz.check_answer(question, "")


def test_all_names_exactly_the_public_api() -> None:
    assert sorted(readquiz.__all__) == [
        "Question",
        "QuestionSet",
        "check_answer",
        "generate",
        "load_article",
        "load_templates",
    ]
    for name in readquiz.__all__:
        assert getattr(readquiz, name).__name__ == name
    assert set(readquiz.__all__) <= set(dir(readquiz))


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        readquiz.Article  # noqa: B018 - internal, not part of the API
    except AttributeError as err:
        assert "no attribute 'Article'" in str(err)
    else:
        raise AssertionError("readquiz.Article should not be public")


def test_importing_readquiz_imports_no_part_of_it() -> None:
    probe = (
        "import sys, readquiz; print(sorted(m for m in sys.modules if m.startswith('readquiz')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['readquiz']"


def test_version_is_the_one_in_pyproject() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert readquiz.__version__ == pyproject["project"]["version"]
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip().endswith(pyproject["project"]["version"])
