"""The shipped fonts, and which text needs HarfBuzz shaping.

reportlab's built-in fonts cover Latin-1 at best (Ł and ř silently vanish), so the
worksheet embeds DejaVu Sans, which readquiz ships with its licence in
``readquiz/fonts``. DejaVu Sans lacks letters of Urdu (ہ, ے, ۔) and draws Arabic
script poorly, so runs of Arabic script are set in Noto Naskh Arabic, shipped beside
it with its licence (SIL OFL 1.1). Shaping (joining and right-to-left ordering) is
slow, so it is switched on only for paragraphs that contain a script that needs it.
"""

from __future__ import annotations

import re

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from readquiz import resources

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
NASKH = "NotoNaskhArabic-Regular"
NASKH_BOLD = "NotoNaskhArabic-Bold"

_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_ARABIC_RUN = re.compile(f"[{_ARABIC}]+(?:[ \u00a0]+[{_ARABIC}]+)*")
"""Arabic-script words, with the spaces between them, as one run for one font."""

# reportlab shapes with discretionary ligatures on, and DejaVu Sans has a historic
# "st" ligature among them: a Latin word beside an Urdu one printed as "Pakiﬆan".
# Discretionary ligatures are for display type; turn them off for every shaped run.
_SHAPE_DEFAULTS = getattr(ttfonts.shapeFragWord, "__defaults__", None) or ()
if _SHAPE_DEFAULTS and isinstance(_SHAPE_DEFAULTS[0], dict):
    _SHAPE_DEFAULTS[0]["dlig"] = False

# Scripts that are unreadable without shaping: Hebrew, Arabic (Urdu, Persian),
# Syriac, Thaana, N'Ko, the Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer,
# and the Arabic/Hebrew presentation forms.
_COMPLEX_RANGES: tuple[tuple[int, int], ...] = (
    (0x0590, 0x08FF),
    (0x0900, 0x0DFF),
    (0x0E00, 0x0FFF),
    (0x1000, 0x109F),
    (0x1780, 0x17FF),
    (0xFB1D, 0xFDFF),
    (0xFE70, 0xFEFF),
)
# Right-to-left scripts only (Hebrew .. N'Ko, and their presentation forms).
_RTL_RANGES: tuple[tuple[int, int], ...] = (
    (0x0590, 0x08FF),
    (0xFB1D, 0xFDFF),
    (0xFE70, 0xFEFF),
)

_registered: set[str] = set()


def register_fonts(*, bold_italic: bool = False) -> str:
    """Register DejaVu Sans and its bold and oblique faces (each once per process).

    ``<b>`` and ``<i>`` in paragraphs then pick the right face.

    Args:
        bold_italic: Also register the bold-oblique face for ``<b><i>``; without it
            bold italic prints bold. Parsing a face costs ~20 ms and the worksheet
            never prints bold italic (article text never carries markup).

    Returns:
        The name of the regular face, for paragraph styles.
    """
    faces = [REGULAR, BOLD, ITALIC] + ([BOLD_ITALIC] if bold_italic else [])
    missing = [name for name in faces if name not in _registered]
    if missing:
        _register(missing)
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC if BOLD_ITALIC in _registered else BOLD)
    return REGULAR


def _register(names: list[str]) -> None:
    folder = resources.fonts_dir()
    for name in names:
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
        _registered.add(name)


def register_arabic() -> None:
    """Register Noto Naskh Arabic, regular and bold (once per process, when needed).

    Naskh has no italic: italic Arabic prints upright, as Arabic type usually does.
    """
    if NASKH in _registered:
        return
    _register([NASKH, NASKH_BOLD])
    addMapping(NASKH, 0, 0, NASKH)
    addMapping(NASKH, 1, 0, NASKH_BOLD)
    addMapping(NASKH, 0, 1, NASKH)
    addMapping(NASKH, 1, 1, NASKH_BOLD)


REPLACEMENT = "\u25a1"
"""What prints for a character no shipped font can draw: a visible white square."""


def arabic_runs(markup: str, *, bold: bool = False) -> str:
    """Put every run of Arabic script in ``markup`` in Noto Naskh Arabic.

    ``markup`` is already escaped: a run of Arabic letters holds no ``&``, ``<`` or ``>``.

    reportlab shapes a whole word with the HarfBuzz font of the word's first fragment,
    so a word that mixes two fonts ("(کراچی)", "کراچی🎉") was shaped with the wrong
    font's glyphs, or stopped with ``'TTFont' object has no attribute 'hbAddPrivate'``.
    So no word may mix fonts: punctuation touching a run that Naskh can draw joins the
    run, and anything else touching it (a Latin letter, a symbol) is set apart by a
    space, the only word break reportlab honours in every paragraph.
    """
    if not _ARABIC_RUN.search(markup):
        return markup
    register_arabic()
    naskh = pdfmetrics.getFont(NASKH).face.charToGlyph
    face = NASKH_BOLD if bold else NASKH
    out: list[str] = []
    pos = 0
    for match in _ARABIC_RUN.finditer(markup):
        start, end = match.span()
        while start > pos and _joins_run(markup[start - 1], naskh):
            start -= 1
        while end < len(markup) and _joins_run(markup[end], naskh):
            end += 1
        before = markup[pos:start]
        out.append(before)
        if before and not before[-1].isspace():
            out.append(" ")
        out.append(f'<font name="{face}">{markup[start:end]}</font>')
        if end < len(markup) and not markup[end].isspace():
            out.append(" ")
        pos = end
    out.append(markup[pos:])
    return "".join(out)


def _joins_run(ch: str, naskh: dict[int, int]) -> bool:
    """True for punctuation that Naskh draws, so it may join a run of Arabic script."""
    import unicodedata

    if ch in "&;<>" or ch.isspace() or ord(ch) not in naskh:
        return False
    return unicodedata.category(ch)[0] in "PS"


def printable(text: str) -> str:
    """``text`` with every character no shipped font can draw replaced by a white square.

    A glyph the font lacks would print as nothing at all, or (shaped) stop the build;
    a visible square tells the teacher something is missing, and the worksheet command
    names the character and its paragraph once.
    """
    missing = set(missing_characters([text]))
    if not missing:
        return text
    return "".join(REPLACEMENT if ch in missing else ch for ch in text)


def _in_ranges(text: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    for ch in text:
        code = ord(ch)
        if code < 0x0590:
            continue
        for low, high in ranges:
            if low <= code <= high:
                return True
    return False


def needs_shaping(text: str) -> bool:
    """True when ``text`` contains a script that must be shaped to be readable."""
    return _in_ranges(text, _COMPLEX_RANGES)


def mostly_rtl(text: str) -> bool:
    """True when most letters of ``text`` are in a right-to-left script."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    rtl = sum(1 for ch in letters if _in_ranges(ch, _RTL_RANGES))
    return rtl * 2 > len(letters)


def missing_characters(texts: list[str]) -> list[str]:
    """Characters of ``texts`` that the shipped fonts cannot draw (they would print as boxes).

    Whitespace and invisible format characters (bidi marks, joiners) are ignored.

    Returns:
        The distinct missing characters, in order of first appearance.
    """
    import unicodedata

    register_fonts()
    known = pdfmetrics.getFont(REGULAR).face.charToGlyph
    arabic: dict[int, int] | None = None
    missing: dict[str, None] = {}
    for text in texts:
        for ch in unicodedata.normalize("NFC", text):
            glyphs = known
            if _ARABIC_RUN.match(ch):
                if arabic is None:
                    register_arabic()
                    arabic = pdfmetrics.getFont(NASKH).face.charToGlyph
                glyphs = arabic
            if ord(ch) not in glyphs and not ch.isspace() and unicodedata.category(ch) != "Cf":
                missing[ch] = None
    return list(missing)
