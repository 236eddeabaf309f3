"""Moodle XML: a category, the article as a description item, then every question.

Formats map to Moodle's types: choice -> multichoice (one answer), truefalse ->
truefalse, short -> shortanswer (every accepted answer at 100%), numeric -> numerical
(with its tolerance; the unit may be typed or left out), open -> essay (the model
answer as information for graders). Every question's general feedback carries the
evidence. Choices keep the set's order (``shuffleanswers`` off): the set is used as
written. Written with the standard library's ElementTree, which escapes all text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from readquiz.exports.common import (
    answer_words,
    article_html,
    feedback,
    key_text,
    text_html,
    title,
)

if TYPE_CHECKING:
    from readquiz.article.model import Article
    from readquiz.questions.model import Question, QuestionSet

TYPES = {
    "choice": "multichoice",
    "truefalse": "truefalse",
    "short": "shortanswer",
    "numeric": "numerical",
    "open": "essay",
}
"""readquiz format -> Moodle question type."""
PENALTY = {"multichoice": "0.3333333", "truefalse": "1", "essay": "0"}
"""Moodle's own defaults for the penalty per wrong try (interactive mode)."""


def _text(parent: ET.Element, tag: str, value: str, *, html: bool = True) -> ET.Element:
    """``<tag format="html"><text>value</text></tag>``, the shape Moodle uses for texts."""
    element = ET.SubElement(parent, tag, {"format": "html"} if html else {})
    ET.SubElement(element, "text").text = value
    return element


def _leaf(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, tag).text = value


def _number(value: float) -> str:
    """A number as Moodle reads it: no exponent, no needless '.0'."""
    if float(value).is_integer():
        return str(int(value))
    return format(float(value), "f").rstrip("0").rstrip(".")


def _category(quiz: ET.Element, qset: QuestionSet) -> None:
    # Moodle reads "/" in a category path as a level; a literal slash is written "//".
    name = qset.article_title.replace("/", "//")
    question = ET.SubElement(quiz, "question", {"type": "category"})
    category = ET.SubElement(question, "category")
    ET.SubElement(category, "text").text = f"$course$/top/readquiz/{name}"


def _description(quiz: ET.Element, article: Article) -> None:
    question = ET.SubElement(quiz, "question", {"type": "description"})
    _text(question, "name", f"0. Article: {article.title}", html=False)
    _text(question, "questiontext", article_html(article))
    _text(question, "generalfeedback", "")
    _leaf(question, "defaultgrade", "0")
    _leaf(question, "penalty", "0")
    _leaf(question, "hidden", "0")


def _answer(
    parent: ET.Element, fraction: int, text: str, note: str = "", *, html: bool = True
) -> ET.Element:
    answer = ET.SubElement(parent, "answer", {"fraction": str(fraction)})
    if html:
        answer.set("format", "html")
    ET.SubElement(answer, "text").text = text
    _text(answer, "feedback", note)
    return answer


def _multichoice(element: ET.Element, q: Question) -> None:
    _leaf(element, "single", "true")
    _leaf(element, "shuffleanswers", "0")
    _leaf(element, "answernumbering", "ABCD")
    right = feedback(q)
    for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        _text(element, tag, "")
    for choice in q.choices or []:
        correct = choice == q.answer_text
        _answer(
            element, 100 if correct else 0, text_html(choice), text_html(right) if correct else ""
        )


def _truefalse(element: ET.Element, q: Question) -> None:
    truth = q.answer_text == "True"
    note = text_html(feedback(q))
    # Moodle's importer recognises the answers by the words "true" and "false".
    _answer(element, 100 if truth else 0, "true", note, html=False)
    _answer(element, 0 if truth else 100, "false", note, html=False)


def _shortanswer(element: ET.Element, q: Question) -> None:
    _leaf(element, "usecase", "0")
    note = text_html(feedback(q))
    for accepted in [answer_words(q), *q.accept]:
        # "*" is Moodle's wildcard in short answers; a literal one is written "\*".
        _answer(element, 100, accepted.replace("*", "\\*"), note, html=False)


def _numerical(element: ET.Element, q: Question) -> None:
    answer = _answer(element, 100, _number(float(q.answer)), text_html(feedback(q)), html=False)
    _leaf(answer, "tolerance", _number(q.tolerance or 0))
    if q.unit:
        units = ET.SubElement(element, "units")
        unit = ET.SubElement(units, "unit")
        _leaf(unit, "multiplier", "1")
        _leaf(unit, "unit_name", q.unit)
    # units optional (0) and typed in the answer box (0), written after the number
    _leaf(element, "unitgradingtype", "0")
    _leaf(element, "unitpenalty", "0")
    _leaf(element, "showunits", "0" if q.unit else "3")
    _leaf(element, "unitsleft", "0")


def _essay(element: ET.Element, q: Question) -> None:
    _leaf(element, "responseformat", "editor")
    _leaf(element, "responserequired", "1")
    _leaf(element, "responsefieldlines", "10")
    _leaf(element, "attachments", "0")
    _leaf(element, "attachmentsrequired", "0")
    info = f"Model answer: {answer_words(q)}. {feedback(q)}"
    _text(element, "graderinfo", text_html(info))
    _text(element, "responsetemplate", "")


_BUILD = {
    "multichoice": _multichoice,
    "truefalse": _truefalse,
    "shortanswer": _shortanswer,
    "numerical": _numerical,
    "essay": _essay,
}


def _question(quiz: ET.Element, q: Question, number: int) -> None:
    kind = TYPES[q.format]
    element = ET.SubElement(quiz, "question", {"type": kind})
    _text(element, "name", f"{title(q, number)} [{q.id}]", html=False)
    _text(element, "questiontext", text_html(q.prompt))
    general = feedback(q) if kind != "essay" else f"Model answer: {key_text(q)}. {feedback(q)}"
    _text(element, "generalfeedback", text_html(general))
    _leaf(element, "defaultgrade", _number(q.points))
    _leaf(element, "penalty", PENALTY.get(kind, "0.3333333"))
    _leaf(element, "hidden", "0")
    _BUILD[kind](element, q)


def export(article: Article, qset: QuestionSet) -> bytes:
    """The set as a Moodle XML question file (UTF-8)."""
    quiz = ET.Element("quiz")
    _category(quiz, qset)
    _description(quiz, article)
    for number, q in enumerate(qset.questions, 1):
        _question(quiz, q, number)
    ET.indent(quiz)
    body = ET.tostring(quiz, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")
