"""A course author's new question type works at once in every front end.

The type is defined in a temporary directory; the front ends are generate (JSON), the
quiz (Pilot) and the worksheet (PDF text).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from readquiz.cli import cli
from readquiz.cli.options import Options, Selection, build_question_set

NEW_TYPE = Path(__file__).parent / "fixtures" / "templates" / "good" / "new-type"
ARTICLE = "dunmore-valley-fire"  # a numbers-rich bundled article


@pytest.fixture
def author_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The author's own directory, outside the package, with the new `measure` type."""
    monkeypatch.delenv("READQUIZ_TEMPLATES", raising=False)
    return Path(shutil.copytree(NEW_TYPE, tmp_path / "my-templates"))


def test_generate_makes_the_new_type(author_dir: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "generate",
            ARTICLE,
            "--templates",
            str(author_dir),
            "--types",
            "measure",
            "--format",
            "json",
            "--seed",
            "4",
        ],
    )
    assert result.exit_code == 0, result.stderr
    questions = json.loads(result.stdout)["questions"]
    assert len(questions) >= 3
    assert {q["type"] for q in questions} == {"measure"}
    assert {q["template"] for q in questions} == {"what-measures"}
    choice = next(q for q in questions if q["format"] == "choice")
    assert choice["prompt"].startswith("In the article, what is ")
    # a text answer draws its distractors from the same expression over the other items
    assert 3 <= len(choice["choices"]) <= 5 and choice["answer"] in choice["choices"]


def test_the_new_type_is_listed_and_checked(author_dir: Path) -> None:
    listing = CliRunner().invoke(cli, ["templates", "--templates", str(author_dir)])
    assert listing.exit_code == 0
    assert any(
        r.split()[:3] == ["what-measures", "measure", "numbers"]
        for r in listing.stdout.splitlines()
    )
    check = CliRunner().invoke(cli, ["check", ARTICLE, "--templates", str(author_dir)])
    assert check.exit_code == 0, check.stderr
    assert "what-measures" in check.stdout


async def test_the_quiz_asks_and_grades_the_new_type(author_dir: Path, tmp_path: Path) -> None:
    from textual.widgets import Static

    from readquiz.attempts.store import ResultsStore
    from readquiz.tui.app import make_app

    article, qset = build_question_set(
        Options(template_dirs=[author_dir]),
        Selection(article=ARTICLE, seed=4, count=2, types=("measure",), formats=("choice",)),
    )
    first = qset.questions[0]
    assert first.type == "measure" and first.answer_index is not None
    app = make_app(article, qset, ResultsStore(tmp_path / "data"), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # leave the start screen
        await pilot.pause()
        shown = "\n".join(str(w.render()) for w in app.screen.query(Static))
        assert first.prompt in " ".join(shown.split())
        await pilot.press(str(first.answer_index + 1))
        await pilot.pause()
        verdict = app.screen.query_one("#verdict", Static)
        assert str(verdict.render()) == "✓ Correct!"


def test_the_worksheet_prints_the_new_type(author_dir: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "measure.pdf"
    result = CliRunner().invoke(
        cli,
        [
            "worksheet",
            ARTICLE,
            "--templates",
            str(author_dir),
            "--types",
            "measure",
            "--formats",
            "choice",
            "--seed",
            "4",
            "--count",
            "3",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.stderr
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "In the article, what is" in " ".join(text.split())
