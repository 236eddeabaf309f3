"""Errors inside the running app appear here, never as a traceback."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from readquiz.tui.widgets.footer import QuietFooter


class ErrorScreen(ModalScreen[None]):
    """Shows an error message; Escape, Enter or the button closes it.

    Its own footer covers the one of the screen below, whose keys do not work here.
    """

    BINDINGS = [Binding("escape", "close", "Close", id="close")]

    def __init__(self, message: str) -> None:
        """Show ``message`` (plain text, escaped)."""
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        """Title, message and an OK button."""
        with Vertical(id="error-dialog", classes="dialog"):
            yield Static("Something went wrong", classes="dialog-title", markup=False)
            yield Static(Content(self.message), id="error-message")
            yield Button("OK", id="ok", variant="error")
        yield QuietFooter()

    def on_mount(self) -> None:
        """Enter closes it."""
        self.query_one("#ok").focus()

    def on_button_pressed(self) -> None:
        """The OK button."""
        self.dismiss(None)

    def action_close(self) -> None:
        """Close the dialog."""
        self.dismiss(None)
