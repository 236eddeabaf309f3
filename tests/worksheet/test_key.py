"""The key a teacher grades from: the grid, the stems, the table across versions.

Read from the PDF's extracted text, as a teacher would read the printed page.
"""

from __future__ import annotations

import importlib
import shlex
from pathlib import Path

import pypdf
import pytest
from click.testing import CliRunner

from readquiz import cli as cli_module
from readquiz.questions.model import LETTERS
from readquiz.worksheet import fonts
from readquiz.worksheet.key import STEM_CHARS, clip, command_lines, grid_answer

from .conftest import Make, Pdf, flat, questions


def _key_text(pdf: Pdf, label: str) -> str:
    return flat(" ".join(pdf.section_pages("key", label)))


def test_each_key_opens_with_a_grid_of_its_own_answers(make_pdf: Make) -> None:
    pdf = make_pdf(versions=3)
    for version in pdf.result.versions:
        text = _key_text(pdf, version.label)
        grid = text.split("in all ", 1)[1].split(" Answers and evidence", 1)[0]
        numbers = " ".join(str(n) for n in range(1, len(version.questions) + 1))
        answers = " ".join(flat(grid_answer(q)) for q in version.questions)
        assert grid == f"{numbers} {answers}"


def test_the_grid_gives_letters_t_or_f_numbers_and_short_texts() -> None:
    by_id = {q.id: q for q in questions("harbour-bridge").questions}
    choice = by_id["where-event/vote"]
    assert choice.choices is not None and choice.answer_index is not None
    assert grid_answer(choice) == LETTERS[choice.answer_index]
    assert grid_answer(by_id["stance-tf/shops"]) == "F"
    assert grid_answer(by_id["where-meeting/library"]) == "T"
    # an amount with its unit, as the entry below it says it; "about" only there
    assert grid_answer(by_id["numeric-value/months"]) == "18 months"
    assert grid_answer(by_id["numeric-value/cost"]) == "4 million dollars"
    assert grid_answer(by_id["who-leads/reed"]) == "Tom Reed"
    assert grid_answer(by_id["stance-open/shops"]) == "open"


def test_the_key_repeats_each_stem_shortened_at_a_word(make_pdf: Make) -> None:
    pdf = make_pdf()
    text = _key_text(pdf, "A")
    for n, q in enumerate(pdf.result.versions[0].questions, start=1):
        stem = clip(q.prompt, STEM_CHARS)
        assert len(stem) <= STEM_CHARS
        assert f"{n}. {flat(stem)}" in text
    long = "Which of these " + "very " * 40 + "long words ends it?"
    short = clip(long, STEM_CHARS)
    assert short.endswith("very…") and len(short) <= STEM_CHARS


def test_several_versions_get_a_table_of_each_question_across_them(make_pdf: Make) -> None:
    pdf = make_pdf(versions=3)
    [page] = pdf.section_pages("across", "")
    text = flat(page)
    assert text.startswith("Questions across versions")
    assert "Question A B C" in text
    where = {v.label: [q.id for q in v.questions] for v in pdf.result.versions}
    for q in pdf.result.versions[0].questions:
        numbers = " ".join(str(where[label].index(q.id) + 1) for label in "ABC")
        assert f"{q.id} {flat(clip(q.prompt, 80))} {numbers}" in text


def test_one_version_has_no_table_across_versions(make_pdf: Make) -> None:
    pdf = make_pdf()
    assert not any("Questions across versions" in page for page in pdf.pages)


def test_thirty_versions_split_the_table_and_keep_every_number(make_pdf: Make) -> None:
    pdf = make_pdf(versions=30)
    text = flat(" ".join(pdf.section_pages("across", "")))
    labels = [v.label for v in pdf.result.versions]
    assert f"Question {' '.join(labels[:13])} " in text
    assert f"Question {' '.join(labels[26:])} " in text
    first = pdf.result.versions[0].questions[0]
    last_numbers = " ".join(
        str([q.id for q in v.questions].index(first.id) + 1) for v in pdf.result.versions[26:]
    )
    assert f"{first.id} {flat(clip(first.prompt, 80))} {last_numbers}" in text


def test_the_sheet_has_a_score_box_and_says_what_a_question_is_worth(make_pdf: Make) -> None:
    first = flat(make_pdf().pages[0])
    assert "Name: Class: Date: Score / 10 points" in first
    assert "Each question is worth 1 point." in first
    key = _key_text(make_pdf(), "A")
    assert "10 questions · 10 points in all" in key


@pytest.mark.parametrize("width", [120.0, 200.0, 320.0, 1000.0])
def test_the_remake_command_breaks_only_between_options(width: float) -> None:
    command = shlex.join(
        [
            "readquiz",
            "worksheet",
            "my article.yaml",
            "--seed",
            "123456",
            "--count",
            "12",
            "--versions",
            "30",
            "--types",
            "who,where,numeric",
            "--templates",
            "/home/teacher/my templates",
        ]
    )
    fonts.register_fonts()
    lines = command_lines(command, width, fonts.REGULAR, 9)
    assert " ".join(lines) == command
    for line in lines:
        words = shlex.split(line)
        # Every line starts a group: the command itself, or an option with its value.
        assert words[0] == "readquiz" or words[0].startswith("--")
        for i, word in enumerate(words):
            if word.startswith("--"):
                assert i + 1 < len(words), f"{word} is cut from its value in {lines}"


def test_the_printed_remake_command_keeps_each_option_with_its_value(make_pdf: Make) -> None:
    remake = (
        "readquiz worksheet harbour-bridge --seed 1234567 --count 10 --versions 2 "
        "--types who,where,numeric,stance --formats choice,short,numeric,truefalse,open "
        "--paper a4 --templates /srv/school/readquiz/templates/year-nine"
    )
    pdf = make_pdf(versions=2, remake=remake)
    page = pdf.section_pages("key", "A")[-1]
    lines = page.split("to print this worksheet again:", 1)[1].strip().splitlines()
    printed = [line.strip() for line in lines if line.strip()]
    assert len(printed) >= 2, "the test needs a command that wraps"
    assert " ".join(printed) == remake
    for line in printed:
        assert line.startswith(("readquiz", "--")), printed
        assert not line.split()[-1].startswith("--"), printed


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli_module.cli, ["worksheet", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("name", "suggested"),
    [("notes.docx", "notes.pdf"), ("worksheet", "worksheet.pdf"), ("key.pdf.txt", "key.pdf")],
)
def test_an_output_not_named_pdf_is_refused_before_any_work(
    name: str, suggested: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    command = importlib.import_module("readquiz.cli.worksheet")
    monkeypatch.setattr(command, "build_question_set", lambda *a, **k: calls.append(a))
    target = tmp_path / name
    status, out, err = _invoke("-o", str(target))
    assert status == 2
    assert out == ""
    assert err == (
        f"readquiz: error: -o {target}: a worksheet is a PDF; give a file name ending in .pdf "
        f"(for example {tmp_path / suggested})\n"
    )
    assert calls == []
    assert list(tmp_path.iterdir()) == []


def test_an_upper_case_pdf_name_is_a_pdf(tmp_path: Path) -> None:
    target = tmp_path / "Week 3.PDF"
    status, out, err = _invoke("--seed", "3", "--count", "3", "-o", str(target))
    assert status == 0, err
    assert pypdf.PdfReader(target).pages


def test_points_from_the_set_print_on_each_question_the_grid_and_the_score_box(
    tmp_path: Path,
) -> None:
    import dataclasses

    from readquiz.worksheet.build import Layout, render

    from .conftest import article

    qset = questions("harbour-bridge")
    qset.questions = [
        dataclasses.replace(q, points=2 if i == 0 else 1.5 if i == 1 else 1)
        for i, q in enumerate(qset.questions)
    ]
    path = tmp_path / "points.pdf"
    with path.open("wb") as handle:
        render(article("harbour-bridge"), qset, handle, Layout(remake="readquiz worksheet x"))
    pages = [flat(p.extract_text()) for p in pypdf.PdfReader(path).pages]
    handout = " ".join(p for p in pages if "Answer key" not in p)
    key = " ".join(p for p in pages if "Answer key" in p)
    assert "Score / 11.5 points" in handout  # 2 + 1.5 + 8 x 1
    assert "Each question is worth" not in handout
    first, second = qset.questions[0], qset.questions[1]
    assert f"1. {flat(first.prompt)} (2 points)" in handout
    assert f"2. {flat(second.prompt)} (1.5 points)" in handout
    assert f"3. {flat(qset.questions[2].prompt)} (1 point)" in handout
    assert "10 questions · 11.5 points in all" in key
    assert "2 pt 1.5 pt 1 pt" in key
    assert f"1. {flat(clip(first.prompt, STEM_CHARS))} (2 points)" in key
