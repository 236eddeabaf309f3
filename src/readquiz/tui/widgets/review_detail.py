"""The current question in full: stem, choices and key, accepted answers, evidence.

A field being edited is shown in place as an input box holding its text: the
teacher edits where she reads, and Enter or Escape puts the text back.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Input, Static

from readquiz.questions.display import answer_words
from readquiz.questions.editing import Entry
from readquiz.questions.model import LETTERS, Question
from readquiz.tui.widgets.review_list import FORMAT_NAMES

ACCEPT_SEPARATOR = "; "


@dataclass(frozen=True)
class Editing:
    """Which field is being edited, and for a choice which one.

    ``field`` is "stem", "choice", "key", "accept", "tolerance" or "points".
    """

    field: str
    number: int = 0


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def field_text(question: Question, editing: Editing) -> str:
    """The text an edit box starts with: the field's value as the teacher reads it."""
    if editing.field == "stem":
        return question.prompt
    if editing.field == "choice":
        return (question.choices or [""])[editing.number]
    if editing.field == "key":
        return question.answer_text
    if editing.field == "accept":
        return ACCEPT_SEPARATOR.join(question.accept)
    if editing.field == "tolerance":
        return _number(question.tolerance or 0)
    return _number(question.points)


def field_hint(question: Question, editing: Editing) -> str:
    """What to type, under the edit box."""
    if editing.field == "accept":
        return "Other accepted answers, separated by ;  Enter keeps, Esc cancels."
    if editing.field == "tolerance":
        unit = f" {question.unit}" if question.unit else ""
        return f"How far from the key an answer may be and still be right{unit}."
    if editing.field == "key" and question.format == "numeric":
        return "The right number. Enter keeps, Esc cancels."
    return "Enter keeps the change, Esc cancels it."


class Row(Horizontal):
    """A label in a column of its own, then the value (or its edit box)."""

    def __init__(self, label: str, *children: Static | Input, classes: str = "") -> None:
        super().__init__(
            Static(Content(label), classes="row-label"), *children, classes=f"row {classes}"
        )


class QuestionDetail(VerticalScroll):
    """Shows one question of the review; :meth:`show` redraws it."""

    def __init__(self, *, cursor_blink: bool = True, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.cursor_blink = cursor_blink
        self.entry: Entry | None = None
        self.number = 0
        self.total = 0
        self.editing: Editing | None = None

    async def show(
        self, entry: Entry, number: int, total: int, editing: Editing | None = None
    ) -> None:
        """Show ``entry`` (question ``number`` of ``total``), editing a field or none."""
        self.entry, self.number, self.total, self.editing = entry, number, total, editing
        await self.recompose()
        if editing is not None:
            box = self.query_one("#edit-box", Input)
            box.focus()
            box.action_end()
            self.call_after_refresh(self.scroll_to_widget, box, animate=False)

    def _box(self, question: Question, editing: Editing) -> Input:
        box = Input(
            field_text(question, editing), id="edit-box", select_on_focus=False, compact=True
        )
        box.cursor_blink = self.cursor_blink
        return box

    def _value(self, field: str, text: Content | str, number: int = 0) -> Static | Input:
        question = self.entry.question if self.entry else None
        if question is not None and self.editing == Editing(field, number):
            return self._box(question, self.editing)
        body = text if isinstance(text, Content) else Content(text)
        return Static(body, classes="row-value")

    def compose(self) -> ComposeResult:
        """The heading, the stem, the answer fields and the evidence."""
        if self.entry is None:
            return
        q = self.entry.question
        state = "" if self.entry.kept else "DROPPED (not saved; d keeps it) · "
        origin = "written by you" if q.template is None else q.id
        points = "1 point" if q.points == 1 else f"{_number(q.points)} points"
        heading = Content.assemble(
            (state, "bold $text-error"),
            f"Question {self.number} of {self.total} · {FORMAT_NAMES.get(q.format, q.format)}"
            f" · {q.type} · {points} · {origin}",
        )
        yield Static(heading, id="detail-heading")
        yield Row("Question", self._value("stem", q.prompt), classes="stem")
        if q.format == "choice" and q.choices is not None:
            for i, choice in enumerate(q.choices):
                right = i == q.answer_index
                label = f"{i + 1}  {LETTERS[i]}" + (" ✓" if right else "")
                text = Content.assemble(
                    Content(choice), ("   the key" if right else "", "$text-success")
                )
                yield Row(label, self._value("choice", text, i), classes="-key" if right else "")
        else:
            yield Row("Key", self._value("key", self._answer(q)), classes="-key")
        if q.format == "short":
            accepted = ACCEPT_SEPARATOR.join(q.accept) if q.accept else "nothing else"
            yield Row("Also accept", self._value("accept", accepted))
        if q.format == "numeric":
            tolerance = _number(q.tolerance or 0)
            unit = f" {q.unit}" if q.unit else ""
            yield Row("Tolerance", self._value("tolerance", f"± {tolerance}{unit}"))
        if self.editing is not None and self.editing.field == "points":
            yield Row("Points", self._value("points", ""))
        if self.editing is not None:
            yield Static(Content(field_hint(q, self.editing)), id="edit-hint")
        evidence = f"Paragraph {q.evidence.paragraph}: “{q.evidence.quote}”"
        yield Row("Evidence", Static(Content(evidence), classes="row-value"), classes="evidence")

    @staticmethod
    def _answer(q: Question) -> str:
        # The key in words, as the quiz and the printed key say it ("about 120 meters").
        if q.format == "open":
            return f"model answer: {answer_words(q)}"
        return answer_words(q)
