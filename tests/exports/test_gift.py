"""GIFT, read back by pygiftparser (a GIFT parser from PyPI) and by the escaping rule.

pygiftparser says what each question is (description, choice, true/false, short,
numeric, essay) and what its answers are; it leaves escapes in place, so the texts are
compared after GIFT's rule: a backslash makes the next character literal.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner
from pygiftparser import parser as gift_parser

from readquiz.cli import cli
from readquiz.exports import gift
from readquiz.questions.setfile import LoadedSet

from .conftest import EVERY_FORMAT, export_file


def unescape(text: str) -> str:
    r"""GIFT's rule, as Moodle's importer applies it: ``\x`` is a literal ``x``."""
    return re.sub(r"\\(.)", r"\1", text)


def html_text(markup: str) -> str:
    return lxml.html.fromstring(f"<div>{unescape(markup)}</div>").text_content()


def parse(data: bytes) -> list[gift_parser.Question]:
    return list(gift_parser.parseFile(io.StringIO(data.decode("utf-8"))))


def test_escape_covers_every_special_character() -> None:
    assert gift.escape("~ = # { } : \\") == "\\~ \\= \\# \\{ \\} \\: \\\\"
    for text in ("C:\\chess\\final", "{free} ~ 2 + 2 = 4 #1", "a\\:b"):
        assert unescape(gift.escape(text)) == text


def test_the_file_a_teacher_imports(tmp_path: Path) -> None:
    target, stdout = export_file(tmp_path, "gift")
    assert stdout == f"Wrote {target} (GIFT, 5 questions)\n"
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[1] == (
        "$CATEGORY: $course$/top/readquiz/Riverside Wins the C# Cup: 3:1 in the Final"
    )
    kinds = [type(q.answers).__name__ for q in parse(target.read_bytes())]
    assert kinds == [
        "Description",
        "SelectSet",  # one right answer among wrong ones
        "TrueFalseSet",
        "ShortSet",
        "NumericAnswerSet",
        "Essay",
    ]


def test_every_question_reads_back_as_written(every_format: LoadedSet) -> None:
    article, choice, truefalse, short, numeric, essay = parse(
        gift.export(every_format.article, every_format.qset)
    )
    body = html_text(article.text)
    for paragraph in every_format.article.paragraphs:
        assert paragraph.text in body  # every special character came through
    assert unescape(article.title) == "0. Article: Riverside Wins the C# Cup: 3:1 in the Final"

    questions = every_format.qset.questions
    for parsed, q in zip([choice, truefalse, short, numeric, essay], questions, strict=True):
        assert parsed.valid, q.id
        assert html_text(parsed.text) == q.prompt
        assert unescape(parsed.title).endswith(f"[{q.id}]")
        assert f"“{q.evidence.quote}”" in html_text(parsed.generalFeedback)

    assert [(html_text(a.answer), a.fraction) for a in choice.answers.answers] == [
        ("3:1", 100),
        ("2:2", 0),
        ("1:3", 0),
        ("4 = 0", 0),
    ]
    assert truefalse.answers.answer is True
    assert [html_text(a.answer) for a in short.answers.answers] == [
        "Omar Haddad",
        "Haddad",
        "Coach Haddad",
        "Omar ~ Haddad",
    ]
    [number] = numeric.answers.answers
    assert (number.value, number.tolerance, number.fraction) == (250.0, 25.0, 100)
    assert html_text(essay.generalFeedback).startswith(
        "Model answer: In C:\\chess\\final; he called it <the best result in ten years> &"
    )


def test_every_generated_question_parses(sample_set: LoadedSet) -> None:
    parsed = parse(gift.export(sample_set.article, sample_set.qset))
    assert len(parsed) == len(sample_set.qset.questions) + 1
    expected = {
        "choice": "SelectSet",
        "truefalse": "TrueFalseSet",
        "short": "ShortSet",
        "numeric": "NumericAnswerSet",
        "open": "Essay",
    }
    for p, q in zip(parsed[1:], sample_set.qset.questions, strict=True):
        assert p.valid, q.id
        assert type(p.answers).__name__ == expected[q.format], q.id
        assert html_text(p.text) == q.prompt


@pytest.mark.parametrize(
    ("to", "name", "hint"),
    [
        ("anki", "quiz.txt", "quiz.apkg"),
        ("moodle", "quiz.moodle", "quiz.xml"),
        ("qti", "quiz.xml", "quiz.zip"),
        ("gift", "quiz.apkg", "quiz.txt"),
    ],
)
def test_an_output_name_the_importer_would_not_take_is_refused_and_nothing_written(
    tmp_path: Path, to: str, name: str, hint: str
) -> None:
    target = tmp_path / name
    target.write_text("the teacher's own file", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["export", "--set", str(EVERY_FORMAT), "--to", to, "-o", str(target)]
    )
    assert result.exit_code == 2
    assert hint in result.stderr and "file name ends in" in result.stderr
    assert result.stderr.count("\n") == 1
    assert target.read_text(encoding="utf-8") == "the teacher's own file"
