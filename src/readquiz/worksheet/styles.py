"""Paper sizes, margins and paragraph styles of the worksheet, and safe Paragraphs.

Every piece of article or question text reaches reportlab through :func:`para`, which
escapes it (reportlab's Paragraph parses XML-like markup: ``AT&T`` and ``<b>`` in an
article must print literally) and turns on shaping only where a script needs it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph

from readquiz.worksheet import fonts

PAPER: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}
MARGIN = 0.75 * inch
FOOTER_GAP = 0.4 * inch  # footer baseline sits this far below the text frame
BODY_SIZE = 10.5
QUESTION_INDENT = 25.0  # where question text starts, right of "12."
CHOICE_INDENT = QUESTION_INDENT + 22.0  # where choice text starts, right of its bubble


@dataclass(frozen=True)
class Styles:
    """The paragraph styles the worksheet uses, by role."""

    title: ParagraphStyle
    meta: ParagraphStyle
    instructions: ParagraphStyle
    heading: ParagraphStyle
    section: ParagraphStyle
    paragraph: ParagraphStyle
    question: ParagraphStyle
    choice: ParagraphStyle
    prompt_note: ParagraphStyle
    key_answer: ParagraphStyle
    key_evidence: ParagraphStyle
    key_stem: ParagraphStyle
    key_command: ParagraphStyle
    grid_number: ParagraphStyle
    grid_answer: ParagraphStyle
    grid_points: ParagraphStyle
    across_stem: ParagraphStyle
    small: ParagraphStyle


@cache
def styles() -> Styles:
    """The worksheet's styles (fonts registered on first use)."""
    font = fonts.register_fonts()
    body = ParagraphStyle(
        "body", fontName=font, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.35, spaceAfter=4
    )
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=fonts.BOLD, fontSize=17, leading=21, spaceAfter=3
        ),
        meta=ParagraphStyle("meta", parent=body, fontSize=9.5, leading=12.5, spaceAfter=8),
        instructions=ParagraphStyle(
            "instructions",
            parent=body,
            fontName=fonts.ITALIC,
            fontSize=9.5,
            leading=12.5,
            spaceBefore=6,
            spaceAfter=10,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=8,
            spaceAfter=6,
            keepWithNext=1,
        ),
        section=ParagraphStyle(
            "section",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=6,
            spaceAfter=3,
            leftIndent=QUESTION_INDENT,
            keepWithNext=1,
        ),
        paragraph=ParagraphStyle(
            "paragraph",
            parent=body,
            leftIndent=QUESTION_INDENT,
            bulletIndent=0,
            bulletFontName=fonts.BOLD,
            bulletFontSize=8.5,
        ),
        question=ParagraphStyle(
            "question",
            parent=body,
            leftIndent=QUESTION_INDENT,
            bulletIndent=0,
            bulletFontName=fonts.BOLD,
            spaceAfter=5,
        ),
        choice=ParagraphStyle("choice", parent=body, spaceAfter=0),
        prompt_note=ParagraphStyle(
            "prompt_note",
            parent=body,
            fontName=fonts.ITALIC,
            fontSize=9.5,
            leading=12.5,
            leftIndent=QUESTION_INDENT,
            spaceBefore=4,
            spaceAfter=0,
        ),
        key_answer=ParagraphStyle(
            "key_answer",
            parent=body,
            fontSize=10,
            leading=12.5,
            leftIndent=QUESTION_INDENT,
            spaceAfter=0,
        ),
        key_evidence=ParagraphStyle(
            "key_evidence",
            parent=body,
            fontSize=8.5,
            leading=10.5,
            leftIndent=QUESTION_INDENT,
            spaceAfter=6,
        ),
        key_stem=ParagraphStyle(
            "key_stem",
            parent=body,
            fontSize=9,
            leading=11.5,
            leftIndent=QUESTION_INDENT,
            bulletIndent=0,
            bulletFontName=fonts.BOLD,
            bulletFontSize=BODY_SIZE,
            spaceAfter=1,
        ),
        key_command=ParagraphStyle(
            "key_command", parent=body, fontSize=9, leading=12, spaceBefore=10
        ),
        grid_number=ParagraphStyle(
            "grid_number",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=8.5,
            leading=10,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        grid_answer=ParagraphStyle(
            "grid_answer",
            parent=body,
            fontSize=9.5,
            leading=11.5,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        grid_points=ParagraphStyle(
            "grid_points", parent=body, fontSize=7.5, leading=9, alignment=TA_CENTER, spaceAfter=0
        ),
        across_stem=ParagraphStyle(
            "across_stem", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0
        ),
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, alignment=TA_CENTER),
    )


def markup(text: str, *, bold: bool = False) -> str:
    """Plain text as reportlab Paragraph markup that prints it literally.

    Also composes characters (NFC), so "e" + combining accent prints as one letter,
    replaces characters no shipped font draws by a visible square, and sets runs of
    Arabic script in Noto Naskh Arabic (bold in a bold style).
    """
    text = fonts.printable(unicodedata.normalize("NFC", text))
    return fonts.arabic_runs(escape(text), bold=bold)


def para(
    text: str,
    style: ParagraphStyle,
    *,
    prefix: str = "",
    bullet: str | None = None,
    rtl_right: bool = True,
) -> Paragraph:
    """A Paragraph of plain ``text``, escaped, shaped only if its script needs it.

    Args:
        text: Plain text (never markup).
        style: The paragraph style.
        prefix: Trusted markup put before the escaped text (e.g. a bold letter).
        bullet: Text hung in the left margin (a paragraph or question number).
        rtl_right: Set mostly right-to-left text flush right, as a paragraph of it
            reads; False keeps it beside what stands on its left (a choice's bubble).

    Returns:
        The Paragraph.
    """
    if fonts.needs_shaping(prefix + text):
        style = _shaped(style, rtl_right and fonts.mostly_rtl(prefix + text))
    bold = style.fontName in (fonts.BOLD, fonts.BOLD_ITALIC)
    return Paragraph(prefix + markup(text, bold=bold), style, bulletText=bullet)


@cache
def _shaped(style: ParagraphStyle, rtl: bool) -> ParagraphStyle:
    # Cached per style so that a long Urdu article does not copy styles per paragraph.
    return ParagraphStyle(
        f"{style.name}-shaped",
        parent=style,
        shaping=1,
        alignment=TA_RIGHT if rtl else style.alignment,
    )
