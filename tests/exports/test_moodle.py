"""Moodle XML, parsed with lxml and validated against the structure Moodle documents.

tests/fixtures/exports/moodle-quiz.xsd is written from MoodleDocs' "Moodle XML format"
and Moodle's importer: each question type may hold exactly the elements Moodle reads.
"""

from __future__ import annotations

import io
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
import xmlschema

from readquiz.exports import moodle
from readquiz.questions.setfile import LoadedSet

from .conftest import SCHEMAS, export_file


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema11:
    return xmlschema.XMLSchema11(str(SCHEMAS / "moodle-quiz.xsd"))


def _questions(data: bytes) -> list[lxml.etree._Element]:
    root = lxml.etree.fromstring(data)
    assert root.tag == "quiz"
    return list(root.findall("question"))


def _html_text(element: lxml.etree._Element, path: str) -> str:
    """The text a student sees of an HTML field (entities and tags resolved)."""
    markup = element.findtext(path) or ""
    return lxml.html.fromstring(f"<div>{markup}</div>").text_content() if markup else ""


def test_the_file_a_teacher_imports(tmp_path: Path, schema: xmlschema.XMLSchema11) -> None:
    target, stdout = export_file(tmp_path, "moodle")
    assert stdout == f"Wrote {target} (Moodle XML, 5 questions)\n"
    data = target.read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
    schema.validate(io.BytesIO(data))
    types = [q.get("type") for q in _questions(data)]
    assert types == [
        "category",
        "description",
        "multichoice",
        "truefalse",
        "shortanswer",
        "numerical",
        "essay",
    ]


def test_every_question_as_moodle_reads_it(every_format: LoadedSet) -> None:
    category, article, choice, truefalse, short, numeric, essay = _questions(
        moodle.export(every_format.article, every_format.qset)
    )
    title = "Riverside Wins the C# Cup: 3:1 in the Final"
    assert category.findtext("category/text") == f"$course$/top/readquiz/{title}"

    # the article first, as a description worth nothing; its text exactly as written
    text = _html_text(article, "questiontext/text")
    assert article.findtext("defaultgrade") == "0"
    assert "he keeps his notes in C:\\chess\\final." in text
    assert "called it <the best result in ten years> & thanked" in text
    assert "Tickets were {free} for students" in text

    assert _html_text(choice, "questiontext/text") == "What was the score of the final?"
    answers = [(a.get("fraction"), _html_text(a, "text")) for a in choice.findall("answer")]
    assert answers == [("100", "3:1"), ("0", "2:2"), ("0", "1:3"), ("0", "4 = 0")]
    assert choice.findtext("defaultgrade") == "2"  # the set's points
    assert choice.findtext("single") == "true" and choice.findtext("shuffleanswers") == "0"

    assert [(a.get("fraction"), a.findtext("text")) for a in truefalse.findall("answer")] == [
        ("100", "true"),
        ("0", "false"),
    ]
    assert [(a.get("fraction"), a.findtext("text")) for a in short.findall("answer")] == [
        ("100", "Omar Haddad"),
        ("100", "Haddad"),
        ("100", "Coach Haddad"),
        ("100", "Omar ~ Haddad"),
    ]
    [answer] = numeric.findall("answer")
    assert (answer.findtext("text"), answer.findtext("tolerance")) == ("250", "25")
    assert numeric.findtext("units/unit/unit_name") == "people"
    # Moodle grades the bare number; the feedback says it as the key does
    assert _html_text(numeric, "generalfeedback/text").startswith(
        "The answer: about 250 people (accept 225 to 275 people). Paragraph 2"
    )
    grader = _html_text(essay, "graderinfo/text")
    assert grader.startswith("Model answer: In C:\\chess\\final; he called it <the best")


def test_feedback_carries_the_evidence(every_format: LoadedSet) -> None:
    questions = _questions(moodle.export(every_format.article, every_format.qset))[2:]
    for element, q in zip(questions, every_format.qset.questions, strict=True):
        feedback = _html_text(element, "generalfeedback/text")
        assert f"Paragraph {q.evidence.paragraph}" in feedback
        assert f"“{q.evidence.quote}”" in feedback


def test_every_generated_question_is_valid(
    sample_set: LoadedSet, schema: xmlschema.XMLSchema11
) -> None:
    data = moodle.export(sample_set.article, sample_set.qset)
    schema.validate(io.BytesIO(data))
    questions = _questions(data)[2:]
    assert len(questions) == len(sample_set.qset.questions)
    for element, q in zip(questions, sample_set.qset.questions, strict=True):
        assert element.get("type") == moodle.TYPES[q.format]
        assert f"[{q.id}]" in (element.findtext("name/text") or "")
        right = [a for a in element.findall("answer") if a.get("fraction") == "100"]
        assert right or q.format == "open", q.id  # every gradable question has a key


def test_the_schema_refuses_what_moodle_would(every_format: LoadedSet) -> None:
    """The XSD is a real check: a shortanswer without usecase or an unknown type fails."""
    schema = xmlschema.XMLSchema11(str(SCHEMAS / "moodle-quiz.xsd"))
    good = moodle.export(every_format.article, every_format.qset).decode()
    for broken in (
        good.replace("<usecase>0</usecase>", ""),
        good.replace('type="essay"', 'type="cloze"'),
        good.replace("<tolerance>25</tolerance>", "<tolerance>-1</tolerance>"),
    ):
        assert broken != good
        assert not schema.is_valid(io.StringIO(broken))
