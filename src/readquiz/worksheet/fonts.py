"""The shipped DejaVu Sans family, and which text needs HarfBuzz shaping.

reportlab's built-in fonts cover Latin-1 at best (Ł and ř silently vanish), so the
worksheet embeds DejaVu Sans, which readquiz ships with its licence in
``readquiz/fonts``. Shaping (joining and right-to-left ordering) is slow, so it is
switched on only for paragraphs that contain a script that needs it.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from readquiz import resources

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

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
        folder = resources.fonts_dir()
        for name in missing:
            pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
            _registered.add(name)
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC if BOLD_ITALIC in _registered else BOLD)
    return REGULAR


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
    """Characters of ``texts`` that DejaVu Sans cannot draw (they would print as boxes).

    Whitespace and invisible format characters (bidi marks, joiners) are ignored.

    Returns:
        The distinct missing characters, in order of first appearance.
    """
    import unicodedata

    register_fonts()
    known = pdfmetrics.getFont(REGULAR).face.charToGlyph
    missing: dict[str, None] = {}
    for text in texts:
        for ch in unicodedata.normalize("NFC", text):
            if ord(ch) not in known and not ch.isspace() and unicodedata.category(ch) != "Cf":
                missing[ch] = None
    return list(missing)
