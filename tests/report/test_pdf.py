"""The PDF report, checked by its text: what a teacher reads on each page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from readquiz.cli import cli
from tests.report.classroom import class_set, fill_class


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The report of the class of 25, written as a PDF, and its text."""
    data = tmp_path_factory.mktemp("class")
    fill_class(data)
    target = data / "class.pdf"
    result = CliRunner().invoke(cli, ["report", "--data-dir", str(data), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Wrote {target} (pdf report, 8 questions, 25 attempts)\n"
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    return target, " ".join(text.split())


def test_every_question_stands_beside_its_bar(pdf: tuple[Path, str]) -> None:
    _, text = pdf
    _, qset = class_set()
    for q in qset.questions:
        assert " ".join(q.prompt.split()) in text, q.id
    for figure in ("96% (24/25)", "60% (15/25)", "12% (3/25)", "48% (12/25)"):
        assert figure in text
    assert re.search(r"-0\.71 negative", text)


def test_the_flags_paragraphs_and_distribution_are_there(pdf: tuple[Path, str]) -> None:
    _, text = pdf
    assert "To revise" in text
    assert "hard: 12% right (under 20%)" in text
    assert "negative discrimination (D -0.71)" in text
    assert "By evidence paragraph: which parts of the text the class misread" in text
    assert "¶7" in text and "The statement came two days after" in text
    assert "Score distribution" in text
    assert "Tehran 10 (40%)" in text
    assert "Warning" not in text


def test_a_small_class_pdf_carries_the_warning(tmp_path: Path) -> None:
    fill_class(tmp_path, size=4, extras=False)
    target = tmp_path / "small.pdf"
    result = CliRunner().invoke(cli, ["report", "--data-dir", str(tmp_path), "-o", str(target)])
    assert result.exit_code == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "Warning: only 4 attempts counted: with fewer than about 20" in text


def test_the_pdf_is_reproducible(pdf: tuple[Path, str], tmp_path: Path) -> None:
    target, _ = pdf
    again = tmp_path / "again.pdf"
    data = target.parent
    CliRunner().invoke(cli, ["report", "--data-dir", str(data), "-o", str(again)])
    assert again.read_bytes() == target.read_bytes()
