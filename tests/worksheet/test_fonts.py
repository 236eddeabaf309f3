"""The shipped fonts, and which text gets (slow) HarfBuzz shaping."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from reportlab.lib.fonts import tt2ps

from readquiz import resources
from readquiz.worksheet import fonts


def test_the_package_ships_four_dejavu_faces_with_their_licence() -> None:
    folder = resources.fonts_dir()
    for face in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"):
        assert (folder / f"{face}.ttf").read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType
    licence = (folder / "LICENSE-DejaVu.txt").read_text("utf-8")
    assert "Bitstream Vera" in licence and "Permission is hereby granted" in licence


def test_bold_and_italic_markup_pick_the_dejavu_faces() -> None:
    fonts.register_fonts()
    assert tt2ps(fonts.REGULAR, 1, 0) == "DejaVuSans-Bold"
    assert tt2ps(fonts.REGULAR, 0, 1) == "DejaVuSans-Oblique"
    fonts.register_fonts(bold_italic=True)
    assert tt2ps(fonts.REGULAR, 1, 1) == "DejaVuSans-BoldOblique"


@pytest.mark.parametrize(
    ("text", "shaped", "rtl"),
    [
        ("Zażółć gęślą jaźń, Dvořák, Nguyễn, Þórunn, −12 °C", False, False),
        ("Karachi is written کراچی in Urdu", True, False),
        ("کراچی پاکستان", True, True),
        ("שלום עולם", True, True),
        ("नमस्ते", True, False),
    ],
)
def test_only_complex_scripts_are_shaped(text: str, shaped: bool, rtl: bool) -> None:
    assert fonts.needs_shaping(text) is shaped
    assert fonts.mostly_rtl(text) is rtl


def test_characters_the_font_cannot_draw_are_found() -> None:
    assert fonts.missing_characters(["Łódź کراچی −12 °C Þórunn\u200e"]) == []
    # Urdu's heh goal, yeh barree and full stop are not in DejaVu Sans: Naskh has them.
    assert fonts.missing_characters(["کراچی بڑا شہر ہے۔", "ہ"]) == []
    # No shipped font has Chinese characters.
    assert fonts.missing_characters(["東京 and Łódź", "京"]) == ["東", "京"]


# Every script the shipped fonts cover, emoji, combining marks and mixed-direction lines,
# each touching Arabic script with no space between, which is where reportlab once shaped
# a word with the wrong font ("'TTFont' object has no attribute 'hbAddPrivate'").
EVERY_SCRIPT = [
    "Zażółć gęślą jaźń, Dvořák, Nguyễn Thị Minh Khai, Þórunn, −12 °C",
    "Ελληνικά, Кириллица, עברית שלום",
    "e\u0301 and a\u0308 compose; کراچی🎉 and 🎉پاکستان; ✅ done",
    "(پاکستان) «کراچی» Karachi(کراچی)x پاکستان، ❤️ ہے۔",
    "Urdu: پاکستان زندہ باد ہے۔ then English again, 東京",
]


@pytest.mark.parametrize("line", EVERY_SCRIPT)
def test_any_line_an_article_may_hold_prints(line: str, tmp_path: Path) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    from readquiz.worksheet import styles

    style = ParagraphStyle("body", fontName=fonts.register_fonts(), fontSize=10)
    out = tmp_path / "line.pdf"
    SimpleDocTemplate(str(out)).build([styles.para(line, style)])
    text = pypdf.PdfReader(out).pages[0].extract_text()
    for word in ("Dvořák", "Кириллица", "done", "Karachi", "English"):
        if word in line:
            assert word in text


def test_a_character_no_font_has_prints_as_a_visible_square() -> None:
    assert fonts.printable("ok 🎉 東") == "ok □ □"
    assert fonts.printable("Łódź کراچی") == "Łódź کراچی"


def test_no_word_mixes_arabic_script_with_another_font() -> None:
    marked = fonts.arabic_runs("x🎉کراچی, end")
    # the emoji is set apart, and the Arabic comma joins the Naskh run or stands apart
    assert "🎉 <font" in marked
    assert "</font> " in marked or marked.endswith("</font>, end")
