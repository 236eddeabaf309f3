"""Sections of the PDF (one per handout, one per key) and their page furniture.

Every page carries a footer "title · Version A · Page n of m" where n and m count
within its section, because each version is a handout of its own. The totals are only
known at the end, so :class:`SectionCanvas` keeps each finished page and draws the
header and footer on all of them when the document is saved: one layout pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.doctemplate import ActionFlowable, BaseDocTemplate

from readquiz.worksheet import fonts
from readquiz.worksheet.styles import FOOTER_GAP, MARGIN

GREY = Color(0.3, 0.3, 0.3)
FOOTER_SIZE = 8.5


@dataclass(frozen=True)
class Section:
    """A run of pages printed and handed out together."""

    title: str
    """The article's title, printed in the footer."""
    label: str
    """What the section is: "Version A" or "Answer key · Version A"."""


class StartSection(ActionFlowable):
    """Start ``section`` on a fresh page, on an odd page when ``odd`` is set.

    With ``odd``, a blank page is put in when needed, so that printing double-sided
    never puts two handouts on one sheet. Blank pages get no header or footer.
    """

    def __init__(
        self, section: Section, *, odd: bool, on_start: Callable[[], None] | None = None
    ) -> None:
        super().__init__()
        self.section = section
        self.odd = odd
        self.on_start = on_start

    def apply(self, doc: BaseDocTemplate) -> None:  # noqa: D102 - reportlab hook
        canv = doc.canv
        if doc._curPageFlowableCount > 0:
            doc.handle_pageBreak()
            # The next page begins lazily; begin it now to know its number.
            doc.clean_hanging()
            if self.odd and doc.page % 2 == 0:
                canv._rq_section = None
                doc.handle_pageBreak()
                doc.clean_hanging()
        canv._rq_section = self.section
        if self.on_start is not None:
            self.on_start()


class SectionCanvas(Canvas):
    """A canvas that holds finished pages until save, then adds headers and footers."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._rq_section: Section | None = None
        self._rq_pages: list[tuple[dict[str, Any], Section | None]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        """Keep the finished page; it is written out by :meth:`save`."""
        self._rq_pages.append((dict(self.__dict__), self._rq_section))
        self._startPage()

    def save(self) -> None:
        """Draw every page's header and footer, now that the totals are known."""
        totals = Counter(section for _, section in self._rq_pages if section is not None)
        seen: Counter[Section] = Counter()
        for state, section in self._rq_pages:
            self.__dict__.update(state)
            if section is not None:
                seen[section] += 1
                self._furniture(section, seen[section], totals[section])
            Canvas.showPage(self)
        Canvas.save(self)

    @property
    def page_count(self) -> int:
        """Pages laid out so far (before save)."""
        return len(self._rq_pages)

    def _furniture(self, section: Section, number: int, total: int) -> None:
        width, height = self._pagesize
        right = width - MARGIN
        self.saveState()
        # The label top right, so a loose sheet is easy to sort back into its pile.
        self.setFont(fonts.BOLD, 10)
        self.drawRightString(right, height - MARGIN + 16, section.label)
        self.setStrokeColor(GREY)
        self.setLineWidth(0.5)
        y = MARGIN - FOOTER_GAP
        self.line(MARGIN, y + 11, right, y + 11)
        self.setFillColor(GREY)
        tail = f"{section.label} · Page {number} of {total}"
        self.setFont(fonts.REGULAR, FOOTER_SIZE)
        self.drawRightString(right, y, tail)
        room = right - MARGIN - stringWidth(tail, fonts.REGULAR, FOOTER_SIZE) - 18
        self.drawString(MARGIN, y, _fit(section.title, room))
        self.restoreState()


def _fit(text: str, room: float) -> str:
    """``text`` cut with an ellipsis so it is at most ``room`` points wide."""
    if stringWidth(text, fonts.REGULAR, FOOTER_SIZE) <= room:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, FOOTER_SIZE) > room:
        text = text[:-1]
    return text.rstrip() + "…"
