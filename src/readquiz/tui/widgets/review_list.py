"""The set as a list, one line per question: number, kept or dropped, format, stem.

The teacher moves through it with the arrow keys; the question under the cursor is
the one shown below it (and whose evidence is highlighted in the article).
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from readquiz.questions.editing import Entry

FORMAT_NAMES = {
    "choice": "choice",
    "short": "short",
    "numeric": "number",
    "truefalse": "true/false",
    "open": "open",
}


def entry_line(number: int, entry: Entry) -> Content:
    """One row: "  3 ✓ short       In which town did …"; a dropped row is struck through."""
    q = entry.question
    mark = ("✓ ", "$text-success") if entry.kept else ("✗ ", "$text-error")
    own = "mine " if q.template is None else ""
    head = Content.assemble(
        (f"{number:>2} ", "$text-muted"),
        mark,
        (f"{FORMAT_NAMES.get(q.format, q.format):<10} ", "$text-muted"),
        (own, "$text-accent"),
    )
    stem = Content(q.prompt)
    if not entry.kept:
        stem = stem.stylize("strike $text-muted")
    return head + stem


class QuestionList(OptionList):
    """Every question of the review, in order; the highlighted one is the current one."""

    def show(self, entries: list[Entry], current: int) -> None:
        """Redraw the rows for ``entries`` and put the cursor on ``current``."""
        self.clear_options()
        self.add_options(
            Option(entry_line(n, e), id=f"q{n}") for n, e in enumerate(entries, start=1)
        )
        if entries:
            self.highlighted = max(0, min(current, len(entries) - 1))
