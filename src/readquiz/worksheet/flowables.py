"""The answer spaces teachers know, as reportlab flowables.

Lettered bubbles, ruled lines, a box with its unit, and the Name / Class / Date lines.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.doctemplate import NullActionFlowable

from readquiz.worksheet import fonts
from readquiz.worksheet.styles import BODY_SIZE, CHOICE_INDENT, QUESTION_INDENT

BUBBLE_RADIUS = 6.5
LINE_GAP = 24.0  # room for handwriting between ruled lines
INK = Color(0.25, 0.25, 0.25)


def _bubble(canv: Canvas, x: float, y: float, letter: str) -> None:
    """A circle centred on (x, y) with ``letter`` printed small inside it."""
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.8)
    canv.circle(x, y, BUBBLE_RADIUS, stroke=1, fill=0)
    canv.setFillColor(INK)
    canv.setFont(fonts.BOLD, 7.5)
    canv.drawCentredString(x, y - 2.6, letter)
    canv.setFillColor(black)


class ChoiceLine(Flowable):
    """One multiple-choice option: a bubble with its letter, then the choice text."""

    def __init__(self, letter: str, text: Paragraph) -> None:
        super().__init__()
        self.letter = letter
        self.text = text
        self._text_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The full width, and the wrapped text's height (at least a bubble's) plus padding."""
        _, self._text_height = self.text.wrap(avail_width - CHOICE_INDENT, avail_height)
        self.height = max(self._text_height, 2 * BUBBLE_RADIUS + 2) + 4
        self.width = avail_width
        return self.width, self.height

    def draw(self) -> None:
        """Draw the lettered bubble beside the text's first line, and the text."""
        top = self.height - 2
        first_line = self.text.style.leading
        _bubble(self.canv, QUESTION_INDENT + 10, top - first_line / 2 + 0.5, self.letter)
        self.text.drawOn(self.canv, CHOICE_INDENT, top - self._text_height)


class TrueFalseLine(Flowable):
    """Two bubbles side by side: (T) True  (F) False."""

    LABELS = (("T", "True"), ("F", "False"))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The full width, and a bubble's height plus padding."""
        self.width, self.height = avail_width, 2 * BUBBLE_RADIUS + 8
        return self.width, self.height

    def draw(self) -> None:
        """Draw the (T) True and (F) False bubbles with their labels, side by side."""
        x = QUESTION_INDENT + 10
        y = self.height / 2
        for letter, label in self.LABELS:
            _bubble(self.canv, x, y, letter)
            self.canv.setFont(fonts.REGULAR, BODY_SIZE)
            self.canv.drawString(x + BUBBLE_RADIUS + 6, y - BODY_SIZE * 0.35, label)
            x += 90


class RuledLines(Flowable):
    """``count`` ruled lines to write an answer on."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The full width, and room for ``count`` lines of handwriting."""
        self.width, self.height = avail_width, self.count * LINE_GAP + 4
        return self.width, self.height

    def draw(self) -> None:
        """Draw the ``count`` lines, from the question indent to the right edge."""
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.5)
        for i in range(self.count):
            y = self.height - (i + 1) * LINE_GAP
            self.canv.line(QUESTION_INDENT, y, self.width, y)


class AnswerBox(Flowable):
    """A box to write a number in, with the unit printed after it."""

    BOX_WIDTH = 110.0
    BOX_HEIGHT = 24.0

    def __init__(self, unit: str | None) -> None:
        super().__init__()
        self.unit = unit or ""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The full width, and the box's height plus padding."""
        self.width, self.height = avail_width, self.BOX_HEIGHT + 8
        return self.width, self.height

    def draw(self) -> None:
        """Draw the empty box at the question indent, and the unit after it if any."""
        canv = self.canv
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.8)
        canv.rect(QUESTION_INDENT, 4, self.BOX_WIDTH, self.BOX_HEIGHT, stroke=1, fill=0)
        if self.unit:
            canv.setFont(fonts.REGULAR, BODY_SIZE)
            canv.drawString(
                QUESTION_INDENT + self.BOX_WIDTH + 6, 4 + self.BOX_HEIGHT / 2 - 3.5, self.unit
            )


class NameLines(Flowable):
    """Name, Class and Date, each with a line to write on, across the page."""

    FIELDS = (("Name", 0.5), ("Class", 0.25), ("Date", 0.25))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The full width, and a fixed height of one labelled line."""
        self.width, self.height = avail_width, 22.0
        return self.width, self.height

    def draw(self) -> None:
        """Draw each bold label with a line to write on, across its share of the width."""
        canv = self.canv
        canv.setFont(fonts.BOLD, BODY_SIZE)
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.6)
        x = 0.0
        for label, share in self.FIELDS:
            span = self.width * share
            canv.drawString(x, 6, f"{label}:")
            start = x + stringWidth(f"{label}:", fonts.BOLD, BODY_SIZE) + 4
            canv.line(start, 4, x + span - 14, 4)
            x += span


class Block(Flowable):
    """Flowables kept on one page: a question with its answer space, a key entry.

    Cheaper than reportlab's KeepTogether, which lays its content out twice; a block
    taller than a whole page (never seen in practice) still prints, split.
    """

    def __init__(self, parts: list[Flowable], page_height: float) -> None:
        super().__init__()
        self.parts = parts
        self.page_height = page_height
        self._heights: list[float] = []
        self._wrapped_width = -1.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The full width, and the parts' heights with their spacing, summed.

        The parts are wrapped again only when the width changes.
        """
        if avail_width != self._wrapped_width:
            self._heights = [
                part.wrap(avail_width, self.page_height)[1]
                + part.getSpaceBefore()
                + part.getSpaceAfter()
                for part in self.parts
            ]
            self._wrapped_width = avail_width
        self.width, self.height = avail_width, sum(self._heights)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Nothing, to move the whole block to the next page; its parts if taller than one."""
        self.wrap(avail_width, avail_height)
        # [] moves the whole block to the next page. An oversize block goes back into
        # the story as loose parts; the leading no-op tells reportlab not to insist
        # that the first part fits right here.
        if self.height > self.page_height:
            return [NullActionFlowable(), *self.parts]
        return []

    def draw(self) -> None:
        """Draw the parts top to bottom, each at its wrapped height."""
        y = self.height
        for part, height in zip(self.parts, self._heights, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y + part.getSpaceAfter())


class ScoreLine(Flowable):
    """The score box, flush right under the name line: "Score [      ] / 10 points"."""

    BOX_WIDTH = 54.0
    BOX_HEIGHT = 22.0

    def __init__(self, total: float) -> None:
        super().__init__()
        shown = str(int(total)) if float(total).is_integer() else f"{total:g}"
        self.tail = f"/ {shown} point" + ("" if total == 1 else "s")

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The full width, and the box's height plus a little air above it."""
        self.width, self.height = avail_width, self.BOX_HEIGHT + 8
        return self.width, self.height

    def draw(self) -> None:
        """Draw the label, the empty box and the total, ending at the right margin."""
        canv = self.canv
        tail_width = stringWidth(self.tail, fonts.REGULAR, BODY_SIZE)
        box_x = self.width - tail_width - 6 - self.BOX_WIDTH
        baseline = 2 + self.BOX_HEIGHT / 2 - 3.5
        canv.setFont(fonts.BOLD, BODY_SIZE)
        canv.drawRightString(box_x - 6, baseline, "Score")
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.8)
        canv.rect(box_x, 2, self.BOX_WIDTH, self.BOX_HEIGHT, stroke=1, fill=0)
        canv.setFont(fonts.REGULAR, BODY_SIZE)
        canv.drawString(box_x + self.BOX_WIDTH + 6, baseline, self.tail)


class UrlLine(Flowable):
    """The article's web address, unbroken on one line, set smaller when it is long.

    A reader types the address from paper, so it must never wrap mid-way (reportlab's
    Paragraph would split a long word anywhere). It is set at ``size`` and shrunk to
    fit the line down to :attr:`MIN_SIZE`; an address longer than that breaks only
    after a "/" (or, with none left, anywhere), each piece whole. It is a link too.
    """

    MIN_SIZE = 6.0
    PAD = 2.0
    """Space above the line (the source line above already has its own)."""

    def __init__(self, url: str, size: float = 9.5) -> None:
        super().__init__()
        self.url = url
        self.size = size
        self.lines: list[str] = [url]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The full width, and one line (or, past the smallest size, a few) of the address."""
        natural = stringWidth(self.url, fonts.REGULAR, self.size)
        self.font_size = max(self.MIN_SIZE, min(self.size, self.size * avail_width / natural))
        self.lines = _break_after_slashes(self.url, avail_width, self.font_size)
        self.width = avail_width
        self.height = len(self.lines) * self.font_size * 1.3 + self.PAD
        return self.width, self.height

    def draw(self) -> None:
        """Draw the address line by line, and make the whole of it a link."""
        canv = self.canv
        canv.setFont(fonts.REGULAR, self.font_size)
        leading = self.font_size * 1.3
        y = self.height - self.PAD - self.font_size
        for line in self.lines:
            canv.drawString(0, y, line)
            y -= leading
        canv.linkURL(self.url, (0, 0, self.width, self.height), relative=1)


def _break_after_slashes(url: str, width: float, size: float) -> list[str]:
    """``url`` in pieces that each fit ``width``, broken after a "/" where possible."""
    lines: list[str] = []
    rest = url
    while stringWidth(rest, fonts.REGULAR, size) > width and len(rest) > 1:
        fits = len(rest)
        while fits > 1 and stringWidth(rest[:fits], fonts.REGULAR, size) > width:
            fits -= 1
        cut = rest.rfind("/", 0, fits) + 1
        if cut <= 0:
            cut = fits
        lines.append(rest[:cut])
        rest = rest[cut:]
    return [*lines, rest] if rest else lines
