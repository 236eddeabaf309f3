"""A question of the teacher's own, in any format: a form in a dialog.

The fields follow the format (choices only for multiple choice, a unit only for a
number, other accepted answers only for a short answer). The question is checked
like one in a set file (:func:`readquiz.questions.editing.own_question`); what is
wrong is said under the form, and the dialog stays open until it is right or Esc.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from readquiz.errors import ReadquizError
from readquiz.questions.editing import MAX_CHOICES, ReviewSession, own_question
from readquiz.questions.model import LETTERS, Question
from readquiz.tui.widgets.footer import QuietFooter

FORMATS = (
    ("choice", "choice"),
    ("short", "short"),
    ("numeric", "number"),
    ("truefalse", "true/false"),
    ("open", "open"),
)
ANSWER_LABELS = {
    "choice": "Key",
    "short": "Answer",
    "numeric": "Number",
    "truefalse": "Answer",
    "open": "Model answer",
}
ANSWER_HINTS = {
    "choice": "the right choice: its letter, number or text",
    "short": "the right answer",
    "numeric": "the right number",
    "truefalse": "True or False",
    "open": "what a good answer says",
}


class AddQuestionScreen(ModalScreen[Question | None]):
    """Dismissed with the new question, or None (Esc, Cancel)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="cancel-add"),
        Binding("ctrl+s", "add", "Add it", id="add-it"),
    ]

    def __init__(self, session: ReviewSession, *, cursor_blink: bool = True) -> None:
        """A form for a new question of ``session``'s article."""
        super().__init__()
        self.session = session
        self.cursor_blink = cursor_blink
        self.format = "choice"

    def _input(self, id_: str, placeholder: str = "") -> Input:
        box = Input(placeholder=placeholder, id=id_, compact=True)
        box.cursor_blink = self.cursor_blink
        return box

    def _field(self, label: str, box: Input, classes: str = "") -> Horizontal:
        """A label in a column of its own, then the box: one line per field."""
        return Horizontal(
            Label(label, classes="add-label"), box, classes=f"add-field {classes}".strip()
        )

    def compose(self) -> ComposeResult:
        """The format, the question, its answer fields and its evidence."""
        with VerticalScroll(id="add-dialog", classes="dialog"):
            yield Static("A question of your own", classes="dialog-title", markup=False)
            with RadioSet(id="add-format", compact=True):
                for value, label in FORMATS:
                    yield RadioButton(label, value=value == self.format, name=value, compact=True)
            yield self._field("Question", self._input("add-prompt", "as students will read it"))
            for i in range(MAX_CHOICES):
                optional = "(optional)" if i >= 3 else ""
                yield self._field(
                    f"Choice {LETTERS[i]}",
                    self._input(f"add-choice-{i}", optional),
                    classes="add-choice",
                )
            yield Horizontal(
                Label(ANSWER_LABELS[self.format], id="add-answer-label", classes="add-label"),
                self._input("add-answer", ANSWER_HINTS[self.format]),
                classes="add-field",
            )
            yield self._field(
                "Also accept", self._input("add-accept", "separated by ;"), classes="add-short"
            )
            yield self._field(
                "Unit", self._input("add-unit", "meters, dollars, % ..."), classes="add-numeric"
            )
            yield self._field(
                "Evidence", self._input("add-quote", "words of the article that prove it")
            )
            yield Static(id="add-error")
            with Horizontal(classes="buttons"):
                yield Button("Add (Ctrl+S)", id="add", variant="primary", compact=True)
                yield Button("Cancel (Esc)", id="cancel", compact=True)
        # Its own footer, over the review's: only this dialog's keys work now.
        yield QuietFooter()

    def on_mount(self) -> None:
        """Show the fields of the first format; the cursor in the question box."""
        self._show_fields()
        self.query_one("#add-prompt", Input).focus()

    @on(RadioSet.Changed, "#add-format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        self.format = event.pressed.name or "choice"
        self._show_fields()

    def _show_fields(self) -> None:
        fmt = self.format
        for widget in self.query(".add-choice"):
            widget.display = fmt == "choice"
        for widget in self.query(".add-short"):
            widget.display = fmt == "short"
        for widget in self.query(".add-numeric"):
            widget.display = fmt == "numeric"
        self.query_one("#add-answer-label", Label).update(ANSWER_LABELS[fmt])
        self.query_one("#add-answer", Input).placeholder = ANSWER_HINTS[fmt]

    def _value(self, id_: str) -> str:
        return self.query_one(f"#{id_}", Input).value

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        """Enter goes to the next box; in the last box it adds the question."""
        event.stop()
        if event.input.id == "add-quote":
            self.action_add()
        else:
            self.focus_next()

    def action_add(self) -> None:
        """Check the question and hand it back, or say what to fix."""
        try:
            question = own_question(
                self.session.article,
                qid=self.session.new_id(),
                fmt=self.format,
                prompt=self._value("add-prompt"),
                answer=self._value("add-answer"),
                quote=self._value("add-quote"),
                choices=[self._value(f"add-choice-{i}") for i in range(MAX_CHOICES)],
                accept=self._value("add-accept").split(";"),
                unit=self._value("add-unit").strip(),
            )
        except ReadquizError as err:
            self.query_one("#add-error", Static).update(Content(err.message))
            return
        self.dismiss(question)

    @on(Button.Pressed, "#add")
    def _add_pressed(self) -> None:
        self.action_add()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)

    def action_cancel(self) -> None:
        """Close without adding."""
        self.dismiss(None)
