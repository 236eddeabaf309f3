"""The help dialog: every key, in one place."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

HELP_TEXT = """\
Answering
  1-9            choose an answer (multiple choice, true/false)
  Up/Down Enter  move between choices and choose; the mouse works too
  Enter          submit a typed answer; go on to the next question

Anywhere
  F2 or a        show the article (beside the question when the window is wide)
  F1 or ?        this help
  Ctrl+Q         quit (your answers are already saved)

Results
  r              retry only the questions you missed

Every answer is saved the moment you give it. To continue later:
  readquiz quiz --resume"""


class HelpScreen(ModalScreen[None]):
    """Keys and tips; any of Escape, F1 or q closes it."""

    BINDINGS = [Binding("escape,f1,q,question_mark", "close", "Close", id="close")]

    def compose(self) -> ComposeResult:
        """The help text and a Close button."""
        with Vertical(id="help-dialog", classes="dialog"):
            yield Static("Help", classes="dialog-title", markup=False)
            yield Static(HELP_TEXT, id="help-text", markup=False)
            yield Button("Close", id="close", variant="primary")

    def on_button_pressed(self) -> None:
        """The Close button."""
        self.dismiss(None)

    def action_close(self) -> None:
        """Close the dialog."""
        self.dismiss(None)
