"""What a teacher reads on the printed worksheet, checked on the PDF's extracted text."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from pathlib import Path

import pypdf
import pytest

from readquiz.questions.display import answer_words
from readquiz.questions.model import LETTERS, Question
from readquiz.worksheet.build import Layout, render
from readquiz.worksheet.key import STEM_CHARS, clip

from .conftest import Make, Pdf, article, flat, questions


def handout_text(pdf: Pdf, label: str) -> str:
    return flat(" ".join(pdf.section_pages("handout", label)))


def test_page_one_has_title_source_date_grade_name_lines_and_instructions(make_pdf: Make) -> None:
    first = flat(make_pdf().pages[0])
    assert first.startswith("Town Votes to Rebuild the Old Harbour Bridge")
    assert "The Test Gazette · March 14, 2023 · Grade 7" in first
    assert "Name: Class: Date:" in first
    assert "Read the article carefully" in first
    # The header comes before the article, the article before the questions.
    assert first.index("Read the article") < first.index("Article 1 The town council")
    assert first.index("5 The council will hold") < first.index("Questions 1.")


def test_article_paragraphs_are_numbered_with_their_section_headings(make_pdf: Make) -> None:
    text = handout_text(make_pdf(), "A")
    art = article("harbour-bridge")
    for block in art.blocks:
        expected = block.text if block.heading else f"{block.number} {block.text}"
        assert flat(expected) in text
    assert "months to build. Not Everyone Agrees 3 Fishermen" in text


def _printed_questions(text: str, count: int) -> dict[int, str]:
    """Question number -> what is printed from its number to the next one's."""
    starts = [
        re.search(rf"(?<![\d.]){n}\. ", text[text.index("Questions") :])
        for n in range(1, count + 1)
    ]
    base = text.index("Questions")
    spans: dict[int, str] = {}
    for n, found in enumerate(starts, start=1):
        assert found is not None, f"question {n} is not printed"
        begin = base + found.start()
        end = base + starts[n].start() if n < count and starts[n] else len(text)  # type: ignore[union-attr]
        spans[n] = text[begin:end]
    return spans


def _printed_choice(block: str, letter: str, choices: list[str]) -> str:
    """The choice text printed after bubble ``letter`` in a question's block."""
    for choice in choices:
        if f" {letter} {flat(choice)}" in block:
            return choice
    raise AssertionError(f"no choice after bubble {letter} in {block!r}")


def test_every_question_and_choice_is_printed_in_order_with_lettered_bubbles(
    make_pdf: Make,
) -> None:
    pdf = make_pdf(versions=3)
    for version in pdf.result.versions:
        blocks = _printed_questions(handout_text(pdf, version.label), len(version.questions))
        for n, q in enumerate(version.questions, start=1):
            assert flat(q.prompt) in blocks[n]
            if q.format == "choice":
                assert q.choices is not None
                for letter, choice in zip(LETTERS, q.choices, strict=False):
                    assert f" {letter} {flat(choice)}" in blocks[n]
            if q.format == "truefalse":
                assert "T True F False" in blocks[n]
            if q.format == "numeric" and q.unit:
                assert blocks[n].rstrip().endswith(flat(q.unit))


def _key_entries(pdf: Pdf, label: str) -> dict[int, str]:
    """Question number -> its key entry after the repeated (shortened) stem."""
    text = flat(" ".join(pdf.section_pages("key", label)))
    assert text.startswith(f"Answer key · Version {label}")
    body = text.split("Answers and evidence", 1)[1]
    parts = re.split(r"(?:^| )(\d+)\. ", body)
    entries = {int(parts[i]): parts[i + 1] for i in range(1, len(parts) - 1, 2)}
    version = next(v for v in pdf.result.versions if v.label == label)
    for n, q in enumerate(version.questions, start=1):
        stem = flat(clip(q.prompt, STEM_CHARS))
        assert entries[n].startswith(stem + " "), (n, entries[n])
        entries[n] = entries[n][len(stem) + 1 :]
    return entries


def _expected_key(q: Question) -> str:
    if q.format == "choice":
        assert q.answer_index is not None
        return f"{LETTERS[q.answer_index]} {flat(q.answer_text)}"
    if q.format == "open":
        return f"Model answer: {flat(q.answer_text)}"
    # every front end's words for the answer: "about 4 million dollars", never "4"
    return flat(answer_words(q))


def test_each_key_matches_its_own_printed_handout(make_pdf: Make) -> None:
    pdf = make_pdf(versions=4)
    assert [v.label for v in pdf.result.versions] == ["A", "B", "C", "D"]
    original = {q.id: q for q in questions("harbour-bridge").questions}
    for version in pdf.result.versions:
        printed = _printed_questions(handout_text(pdf, version.label), len(version.questions))
        key = _key_entries(pdf, version.label)
        assert sorted(key) == list(range(1, len(version.questions) + 1))
        for n, block in printed.items():
            # Which question is printed as number n, read back from the handout alone.
            q = next(q for q in original.values() if flat(q.prompt) in block)
            entry = key[n]
            if q.format == "choice":
                assert q.choices is not None
                letter = next(
                    letter
                    for letter, _ in zip(LETTERS, q.choices, strict=False)
                    if _printed_choice(block, letter, q.choices) == q.answer
                )
                assert entry.startswith(f"{letter} {flat(q.answer_text)}")
            else:
                assert entry.startswith(_expected_key(q))
            assert f"Paragraph {q.evidence.paragraph}: “{flat(q.evidence.quote)}”" in entry


def test_key_gives_value_and_unit_accepted_answers_and_model_answers(make_pdf: Make) -> None:
    entries = _key_entries(make_pdf(), "A")
    assert entries[5].startswith("18 months")
    # the amount and the band it is graded within both in words, as the choices read
    assert entries[10].startswith("about 4 million dollars; accept 3.5 to 4.5 million dollars")
    assert entries[4].startswith("Tom Reed — also accept: Reed")
    assert entries[8].startswith("Model answer: They said the money should go to repairing")
    assert entries[6].startswith("False")


def test_key_prints_the_seed_and_the_command_to_make_it_again(make_pdf: Make) -> None:
    pdf = make_pdf(remake="readquiz worksheet harbour-bridge --seed 7 --count 10")
    key = flat(" ".join(pdf.section_pages("key", "A")))
    remake = "readquiz worksheet harbour-bridge --seed 7 --count 10"
    assert f"Seed 7 — to print this worksheet again: {remake}" in key


def test_every_page_has_a_footer_counted_within_its_version(make_pdf: Make) -> None:
    pdf = make_pdf(versions=3)
    sections: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for index, text in enumerate(pdf.pages):
        footer = pdf.footer(index)
        if footer is None:
            assert flat(text) == "", f"page {index + 1} has text but no footer"
            continue
        kind, label, n, m = footer
        assert "Town Votes to Rebuild the Old Harbour Bridge" in text
        sections.setdefault((kind, label), []).append((n, m))
    assert sorted(sections) == [("across", "")] + [
        (k, v) for k in ("handout", "key") for v in "ABC"
    ]
    for pages in sections.values():
        total = len(pages)
        assert pages == [(n, total) for n in range(1, total + 1)]


def test_each_version_starts_on_an_odd_page_and_keys_come_after_all_versions(
    make_pdf: Make,
) -> None:
    pdf = make_pdf(versions=3)
    starts = {}
    for index in range(len(pdf.pages)):
        footer = pdf.footer(index)
        if footer is not None and footer[2] == 1:
            starts[(footer[0], footer[1])] = index + 1
    for label in "ABC":
        assert starts[("handout", label)] % 2 == 1
        assert starts[("key", label)] > max(starts[("handout", v)] for v in "ABC")
    # The cross-version table opens the keys, on a sheet of its own.
    assert starts[("across", "")] % 2 == 1
    assert max(starts[("handout", v)] for v in "ABC") < starts[("across", "")]
    assert starts[("across", "")] < starts[("key", "A")]
    # Each key on pages of its own.
    assert starts[("key", "A")] < starts[("key", "B")] < starts[("key", "C")]


def test_version_letter_is_printed_on_every_page_of_it(make_pdf: Make) -> None:
    pdf = make_pdf(versions=2)
    for index, text in enumerate(pdf.pages):
        footer = pdf.footer(index)
        if footer is not None and footer[0] == "handout":
            # In the top corner and in the footer.
            assert text.count(f"Version {footer[1]}") == 2


def test_no_key_leaves_the_keys_out(make_pdf: Make) -> None:
    pdf = make_pdf(versions=2, key=False)
    assert not any("Answer key" in text for text in pdf.pages)
    assert all(
        pdf.footer(i) is None or pdf.footer(i)[0] == "handout"  # type: ignore[index]
        for i in range(len(pdf.pages))
    )


def test_no_question_is_split_across_a_page_break(make_pdf: Make) -> None:
    pdf = make_pdf(versions=4)
    assert len(pdf.section_pages("handout", "A")) >= 3  # the questions do cross pages
    for version in pdf.result.versions:
        pages = [flat(t) for t in pdf.section_pages("handout", version.label)]
        for q in version.questions:
            holding = [p for p in pages if flat(q.prompt) in p]
            assert len(holding) == 1
            for choice in q.choices or []:
                assert flat(choice) in holding[0]
            if q.unit:
                assert flat(q.unit) in holding[0]
            if q.type == "stance" and q.format != "open":
                after = holding[0].split(flat(q.prompt), 1)[1]
                assert "Explain your answer, citing a paragraph number" in after


def test_unicode_article_prints_every_letter(make_pdf: Make) -> None:
    pdf = make_pdf("unicode-letters")
    text = handout_text(pdf, "A")
    art = article("unicode-letters")
    assert flat(art.title) in text
    # Shaped Arabic script comes back as presentation forms (NFKC folds them to
    # letters), its words in the order they stand on the page.
    shaped = unicodedata.normalize("NFKC", text)
    for block in art.blocks:
        if "کراچی" in block.text:
            for word in block.text.split():
                assert unicodedata.normalize("NFKC", word) in shaped
        else:
            assert flat(block.text) in text
    assert "Karachi is written کراچی" in text
    for word in (
        "Łódź",
        "Dvořák",
        "Nguyễn Thị Hương",
        "Đà Nẵng",
        "Ærøskøbing",
        "Þórunn",
        "−12 °C",
        "± 2 cm",
        "≈ 25 °C",
        "کراچی",
    ):
        assert word in text
    # Urdu letters DejaVu Sans lacks (heh goal, yeh barree, full stop) print, in Naskh;
    # a Latin word shaped beside them keeps its letters (no "st" ligature).
    for word in ("شہر", "ہے۔"):
        assert word in shaped
    assert "The biggest city of Pakistan is a port." in text
    # flat() folds ligatures away: look at the raw text for the historic "st" (U+FB06)
    # that reportlab's default discretionary ligatures put into shaped Latin words.
    assert "\ufb06" not in "".join(pdf.pages)
    for q in questions("unicode-letters").questions:
        assert flat(q.prompt) in text
        for choice in q.choices or []:
            assert flat(choice) in text
    key = flat(" ".join(pdf.section_pages("key", "A")))
    assert "−12 °C" in key
    assert "کراچی — also accept: Karachi" in key


def test_markup_characters_print_literally(make_pdf: Make) -> None:
    pdf = make_pdf("markup-chars")
    text = handout_text(pdf, "A")
    assert text.startswith("AT&T <Labs> Report [Draft] & More Q&A <Weekly>")
    for block in article("markup-chars").blocks:
        assert flat(block.text) in text
    assert "AT&T said the <b>new</b> network is faster & cheaper; engineers wrote x<y" in text
    assert "“&amp; is not an ampersand” and <br/> is not a line break; 5 < 6 > 4." in text
    for q in questions("markup-chars").questions:
        assert flat(q.prompt) in text
        for choice in q.choices or []:
            assert flat(choice) in text
    assert text.rstrip().endswith("<units>")
    key = flat(" ".join(pdf.section_pages("key", "A")))
    assert "an ampersand — also accept: <an> & ampersand" in key


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595, 842))])
def test_both_paper_sizes(make_pdf: Make, paper: str, size: tuple[int, int]) -> None:
    pdf = make_pdf(paper=paper, versions=2)
    for page in pdf.reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size
    assert len(pdf.section_pages("handout", "B")) >= 2
    assert "Town Votes to Rebuild" in pdf.pages[0]


def test_every_font_is_embedded_dejavu_or_naskh_for_arabic_script(make_pdf: Make) -> None:
    reader = make_pdf("unicode-letters").reader
    names = set()
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, pypdf.generic.DictionaryObject)
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]).split("+")[-1])
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    assert names == {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "NotoNaskhArabic-Regular",
    }


def test_same_inputs_and_seed_give_the_same_bytes(make_pdf: Make) -> None:
    first = make_pdf(versions=3)
    second = make_pdf(versions=3)
    assert first.path != second.path
    assert first.path.read_bytes() == second.path.read_bytes()


def test_a_question_taller_than_a_page_still_prints(tmp_path: Path) -> None:
    qset = questions("harbour-bridge")
    long_prompt = " ".join(f"word{i}" for i in range(1500)) + " — which is it?"
    qset.questions[0] = dataclasses.replace(qset.questions[0], prompt=long_prompt)
    path = tmp_path / "long.pdf"
    with path.open("wb") as handle:
        render(article("harbour-bridge"), qset, handle, Layout())
    text = flat(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages))
    assert "word0 word1" in text
    assert "word1499 — which is it?" in text
    assert "Kestrel Bay" in text
