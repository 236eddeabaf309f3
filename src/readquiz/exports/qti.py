"""IMS QTI 1.2 as a content package (zip with imsmanifest.xml), as Canvas imports it.

The zip holds ``imsmanifest.xml`` and ``<assessment id>/<assessment id>.xml``: one
``questestinterop`` with one assessment, one section, the article first as a
text-only item, then one item per question. Canvas reads each item's type from the
``question_type`` metadata field (multiple_choice_question, true_false_question,
short_answer_question, numerical_question, essay_question, text_only_question) and
its points from ``points_possible``. Every gradable item has a response condition
that sets the score to 100 for its correct answer (Canvas refuses items without
one), and every item has a title (Brightspace lists items by title).
"""

from __future__ import annotations

import hashlib
import io
import xml.etree.ElementTree as ET
import zipfile
from typing import TYPE_CHECKING

from readquiz.exports.common import (
    answer_words,
    article_html,
    feedback,
    key_text,
    text_html,
    title,
)
from readquiz.exports.moodle import _number

if TYPE_CHECKING:
    from readquiz.article.model import Article
    from readquiz.questions.model import Question, QuestionSet

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
CANVAS_TYPES = {
    "choice": "multiple_choice_question",
    "truefalse": "true_false_question",
    "short": "short_answer_question",
    "numeric": "numerical_question",
    "open": "essay_question",
}
"""readquiz format -> Canvas question_type."""
ZIP_TIME = (2020, 1, 1, 0, 0, 0)
"""A fixed time for every zip entry: the same set gives the same bytes."""


def ident(*parts: str) -> str:
    """A stable XML identifier from text (ids like 'where-event/rally' have slashes)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    return f"rq_{digest}"


def _sub(parent: ET.Element, tag: str, attrs: dict[str, str] | None = None) -> ET.Element:
    return ET.SubElement(parent, tag, attrs or {})


def _material(parent: ET.Element, html: str) -> None:
    material = _sub(parent, "material")
    _sub(material, "mattext", {"texttype": "text/html"}).text = html


def _metadata(item: ET.Element, fields: list[tuple[str, str]]) -> None:
    meta = _sub(_sub(item, "itemmetadata"), "qtimetadata")
    for label, entry in fields:
        field = _sub(meta, "qtimetadatafield")
        _sub(field, "fieldlabel").text = label
        _sub(field, "fieldentry").text = entry


def _article_item(section: ET.Element, article: Article) -> None:
    item = _sub(section, "item", {"ident": ident(article.id, "article"), "title": "Article"})
    _metadata(item, [("question_type", "text_only_question"), ("points_possible", "0")])
    _material(_sub(item, "presentation"), article_html(article))


def _correct(resprocessing: ET.Element, condition: list[tuple[str, str, str]]) -> None:
    """A response condition that scores 100 when every (tag, respident, value) holds."""
    respcondition = _sub(resprocessing, "respcondition", {"continue": "No"})
    conditionvar = _sub(respcondition, "conditionvar")
    parent = _sub(conditionvar, "or") if len(condition) > 1 else conditionvar
    for tag, respident, value in condition:
        _sub(parent, tag, {"respident": respident}).text = value
    setvar = _sub(respcondition, "setvar", {"action": "Set", "varname": "SCORE"})
    setvar.text = "100"
    _sub(respcondition, "displayfeedback", {"feedbacktype": "Response", "linkrefid": "general"})


def _choices(q: Question, item_id: str) -> list[tuple[str, str]]:
    return [(f"{item_id}_{i}", choice) for i, choice in enumerate(q.choices or [])]


def _presentation(item: ET.Element, q: Question, item_id: str) -> None:
    presentation = _sub(item, "presentation")
    _material(presentation, text_html(q.prompt))
    if q.format in ("choice", "truefalse"):
        lid = _sub(presentation, "response_lid", {"ident": "response1", "rcardinality": "Single"})
        render = _sub(lid, "render_choice", {"shuffle": "No"})
        for label_id, choice in _choices(q, item_id):
            label = _sub(render, "response_label", {"ident": label_id})
            _material(label, text_html(choice))
        return
    response = _sub(presentation, "response_str", {"ident": "response1", "rcardinality": "Single"})
    fib = {"fibtype": "Decimal"} if q.format == "numeric" else {}
    render = _sub(response, "render_fib", fib)
    _sub(render, "response_label", {"ident": "answer1", "rshuffle": "No"})


def _resprocessing(item: ET.Element, q: Question, item_id: str) -> None:
    resprocessing = _sub(item, "resprocessing")
    outcomes = _sub(resprocessing, "outcomes")
    _sub(
        outcomes,
        "decvar",
        {"maxvalue": "100", "minvalue": "0", "varname": "SCORE", "vartype": "Decimal"},
    )
    if q.format in ("choice", "truefalse"):
        right = next(i for i, c in _choices(q, item_id) if c == q.answer_text)
        _correct(resprocessing, [("varequal", "response1", right)])
    elif q.format == "short":
        answers = [answer_words(q), *q.accept]
        _correct(resprocessing, [("varequal", "response1", a) for a in answers])
    elif q.format == "numeric":
        value, tol = float(q.answer), float(q.tolerance or 0)
        respcondition = _sub(resprocessing, "respcondition", {"continue": "No"})
        conditionvar = _sub(respcondition, "conditionvar")
        _sub(conditionvar, "vargte", {"respident": "response1"}).text = _number(value - tol)
        _sub(conditionvar, "varlte", {"respident": "response1"}).text = _number(value + tol)
        setvar = _sub(respcondition, "setvar", {"action": "Set", "varname": "SCORE"})
        setvar.text = "100"
        _sub(respcondition, "displayfeedback", {"feedbacktype": "Response", "linkrefid": "general"})
    else:  # an essay is graded by hand: show the feedback, score nothing
        respcondition = _sub(resprocessing, "respcondition", {"continue": "No"})
        _sub(_sub(respcondition, "conditionvar"), "other")
        _sub(respcondition, "displayfeedback", {"feedbacktype": "Response", "linkrefid": "general"})


def _item(section: ET.Element, article_id: str, q: Question, number: int) -> None:
    item_id = ident(article_id, q.id)
    item = _sub(section, "item", {"ident": item_id, "title": title(q, number)})
    _metadata(
        item,
        [
            ("question_type", CANVAS_TYPES[q.format]),
            ("points_possible", _number(q.points)),
            ("readquiz_id", q.id),
        ],
    )
    _presentation(item, q, item_id)
    _resprocessing(item, q, item_id)
    note = feedback(q)
    if q.format == "open":
        note = f"Model answer: {key_text(q)}. {note}"
    itemfeedback = _sub(item, "itemfeedback", {"ident": "general"})
    _material(_sub(itemfeedback, "flow_mat"), text_html(note))


def assessment_xml(article: Article, qset: QuestionSet, assessment_id: str) -> str:
    """The QTI 1.2 ``questestinterop`` document of the set."""
    root = ET.Element("questestinterop", {"xmlns": QTI_NS})
    assessment = _sub(root, "assessment", {"ident": assessment_id, "title": qset.article_title})
    section = _sub(assessment, "section", {"ident": "root_section"})
    _article_item(section, article)
    for number, q in enumerate(qset.questions, 1):
        _item(section, qset.article_id, q, number)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def manifest_xml(qset: QuestionSet, assessment_id: str) -> str:
    """The content package's ``imsmanifest.xml``: one QTI 1.2 resource."""
    root = ET.Element(
        "manifest", {"xmlns": CP_NS, "identifier": ident(qset.article_id, "manifest")}
    )
    metadata = _sub(root, "metadata")
    _sub(metadata, "schema").text = "IMS Content"
    _sub(metadata, "schemaversion").text = "1.1.3"
    _sub(root, "organizations")
    resources = _sub(root, "resources")
    href = f"{assessment_id}/{assessment_id}.xml"
    resource = _sub(
        resources, "resource", {"identifier": assessment_id, "type": "imsqti_xmlv1p2", "href": href}
    )
    _sub(resource, "file", {"href": href})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def _write(archive: zipfile.ZipFile, name: str, text: str) -> None:
    info = zipfile.ZipInfo(name, ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, text.encode("utf-8"))


def export(article: Article, qset: QuestionSet) -> bytes:
    """The set as a QTI 1.2 content package (zip bytes)."""
    assessment_id = ident(qset.article_id, "assessment")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        _write(archive, "imsmanifest.xml", manifest_xml(qset, assessment_id))
        _write(
            archive,
            f"{assessment_id}/{assessment_id}.xml",
            assessment_xml(article, qset, assessment_id),
        )
    return buffer.getvalue()
