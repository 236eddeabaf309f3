"""A yes/no dialog, used to confirm quitting an unfinished attempt."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from readquiz.tui.widgets.footer import QuietFooter


class ConfirmScreen(ModalScreen[bool]):
    """Dismissed with True (yes) or False (no, Escape).

    It has a footer of its own, over the screen's below: only Yes and No work here, and
    the app hides its Quit and Help while the question is open (``QuizApp.check_action``).
    """

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="yes"),
        Binding("n,escape", "answer(False)", "No", id="no"),
    ]

    def __init__(self, question: str, detail: str = "") -> None:
        """Ask ``question``, with ``detail`` below it."""
        super().__init__()
        self.question = question
        self.detail = detail

    def compose(self) -> ComposeResult:
        """The question, the detail, and Yes / No buttons."""
        with Vertical(id="confirm-dialog", classes="dialog"):
            yield Static(Content(self.question), classes="dialog-title")
            if self.detail:
                yield Static(Content(self.detail), id="confirm-detail")
            with Horizontal(classes="buttons"):
                yield Button("Yes (y)", id="yes", variant="error")
                yield Button("No (n)", id="no", variant="primary")
        yield QuietFooter()

    def on_mount(self) -> None:
        """No is the safe default."""
        self.query_one("#no").focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        """Answer with a key."""
        self.dismiss(yes)
