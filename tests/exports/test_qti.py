"""QTI 1.2 package: zip layout, manifest and assessment against the published structure.

The XSDs in tests/fixtures/exports/ are written from the IMS QTI ASI 1.2 binding and
IMS Content Packaging 1.1.3. On top of the structure, what LMSs are known to refuse:
Canvas rejects an item without a correct answer, Brightspace wants a title on each.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
import xmlschema

from readquiz.exports import qti
from readquiz.questions.setfile import LoadedSet

from .conftest import SCHEMAS, export_file

NS = {"q": qti.QTI_NS, "cp": qti.CP_NS}


def _package(data: bytes) -> tuple[lxml.etree._Element, lxml.etree._Element, list[str]]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = archive.namelist()
    manifest = lxml.etree.fromstring(archive.read("imsmanifest.xml"))
    [href] = manifest.xpath("//cp:resource/cp:file/@href", namespaces=NS)
    return manifest, lxml.etree.fromstring(archive.read(href)), names


def _items(assessment: lxml.etree._Element) -> list[lxml.etree._Element]:
    return list(assessment.iterfind(".//q:item", NS))


def _meta(item: lxml.etree._Element, label: str) -> str | None:
    for field in item.iterfind(".//q:qtimetadatafield", NS):
        if field.findtext("q:fieldlabel", namespaces=NS) == label:
            return field.findtext("q:fieldentry", namespaces=NS)
    return None


def _text(element: lxml.etree._Element) -> str:
    markup = element.findtext(".//q:mattext", namespaces=NS) or ""
    return lxml.html.fromstring(f"<div>{markup}</div>").text_content()


@pytest.fixture(scope="module")
def schemas() -> tuple[xmlschema.XMLSchema, xmlschema.XMLSchema]:
    return (
        xmlschema.XMLSchema(str(SCHEMAS / "imscp-manifest.xsd")),
        xmlschema.XMLSchema(str(SCHEMAS / "qti-1.2-asi.xsd")),
    )


def test_the_zip_a_teacher_uploads_to_canvas(
    tmp_path: Path, schemas: tuple[xmlschema.XMLSchema, xmlschema.XMLSchema]
) -> None:
    target, stdout = export_file(tmp_path, "qti")
    assert stdout == f"Wrote {target} (QTI 1.2 package, 5 questions)\n"
    data = target.read_bytes()
    manifest, assessment, names = _package(data)
    assert names[0] == "imsmanifest.xml" and len(names) == 2
    [resource] = manifest.iterfind(".//cp:resource", NS)
    assert resource.get("type") == "imsqti_xmlv1p2"
    assert resource.get("href") in names
    archive = zipfile.ZipFile(io.BytesIO(data))
    schemas[0].validate(archive.read("imsmanifest.xml").decode())
    schemas[1].validate(archive.read(resource.get("href")).decode())
    assert assessment.find("q:assessment", NS).get("title") == (
        "Riverside Wins the C# Cup: 3:1 in the Final"
    )


def test_items_as_canvas_reads_them(every_format: LoadedSet) -> None:
    _, assessment, _ = _package(qti.export(every_format.article, every_format.qset))
    article, *items = _items(assessment)
    assert _meta(article, "question_type") == "text_only_question"
    assert "he keeps his notes in C:\\chess\\final." in _text(article)
    assert [_meta(i, "question_type") for i in items] == [
        "multiple_choice_question",
        "true_false_question",
        "short_answer_question",
        "numerical_question",
        "essay_question",
    ]
    assert [_meta(i, "points_possible") for i in items] == ["2", "1", "1", "1", "1"]
    choice, truefalse, short, numeric, essay = items
    labels = {
        label.get("ident"): _text(label) for label in choice.iterfind(".//q:response_label", NS)
    }
    assert list(labels.values()) == ["3:1", "2:2", "1:3", "4 = 0"]
    key = choice.findtext(".//q:respcondition/q:conditionvar/q:varequal", namespaces=NS)
    assert labels[key] == "3:1"
    key = truefalse.findtext(".//q:respcondition/q:conditionvar/q:varequal", namespaces=NS)
    assert {_text(x) for x in truefalse.iterfind(".//q:response_label", NS)} == {"True", "False"}
    assert key is not None and key.endswith("_0")  # "True", the first choice
    accepted = [v.text for v in short.iterfind(".//q:conditionvar//q:varequal", NS)]
    assert accepted == ["Omar Haddad", "Haddad", "Coach Haddad", "Omar ~ Haddad"]
    low = numeric.findtext(".//q:conditionvar/q:vargte", namespaces=NS)
    high = numeric.findtext(".//q:conditionvar/q:varlte", namespaces=NS)
    assert (low, high) == ("225", "275")
    feedback = _text(essay.find("q:itemfeedback", NS))
    assert feedback.startswith("Model answer: In C:\\chess\\final;")


def test_what_lms_refuse_is_never_written(
    sample_set: LoadedSet, schemas: tuple[xmlschema.XMLSchema, xmlschema.XMLSchema]
) -> None:
    data = qti.export(sample_set.article, sample_set.qset)
    manifest, assessment, _ = _package(data)
    schemas[1].validate(lxml.etree.tostring(assessment).decode())
    items = _items(assessment)[1:]
    assert len(items) == len(sample_set.qset.questions)
    idents = [i.get("ident") for i in items]
    assert len(set(idents)) == len(idents)
    for item, q in zip(items, sample_set.qset.questions, strict=True):
        assert (item.get("title") or "").strip(), q.id  # Brightspace lists items by title
        assert _meta(item, "readquiz_id") == q.id
        if q.format == "open":
            continue
        # Canvas: a correct answer, scored 100, that points at a choice the item offers
        scored = [
            c
            for c in item.iterfind(".//q:respcondition", NS)
            if c.findtext("q:setvar", namespaces=NS) == "100"
        ]
        assert scored, q.id
        if q.format in ("choice", "truefalse"):
            offered = {
                label.get("ident"): _text(label)
                for label in item.iterfind(".//q:response_label", NS)
            }
            key = scored[0].findtext(".//q:varequal", namespaces=NS)
            assert offered.get(key) == q.answer_text, q.id
        feedback = _text(item.find("q:itemfeedback", NS))
        assert f"“{q.evidence.quote}”" in feedback


def test_the_same_set_gives_the_same_bytes(every_format: LoadedSet) -> None:
    first = qti.export(every_format.article, every_format.qset)
    assert qti.export(every_format.article, every_format.qset) == first


def test_the_schema_refuses_a_broken_item(every_format: LoadedSet) -> None:
    schema = xmlschema.XMLSchema(str(SCHEMAS / "qti-1.2-asi.xsd"))
    _, assessment, _ = _package(qti.export(every_format.article, every_format.qset))
    good = lxml.etree.tostring(assessment).decode()
    for broken in (
        good.replace('rcardinality="Single"', 'rcardinality="One"', 1),
        good.replace("<decvar ", "<variable ", 1).replace("</decvar>", "</variable>", 1),
        good.replace('ident="root_section"', "", 1),
    ):
        assert broken != good
        assert not schema.is_valid(broken)
