"""The help dialog: every key, in one place."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Answering",
        [
            ("1-9", "pick a choice (multiple choice, true/false)"),
            ("Up Down", "move between choices; Enter picks; mouse too"),
            ("Enter", "submit a typed answer"),
            ("Enter or n", "after the feedback: the next question"),
        ],
    ),
    (
        "Anywhere",
        [
            ("F2", "the article (beside the question if wide); Esc back"),
            ("F1", "this help"),
            ("a  ?", "the article, this help: when no box has the cursor"),
            ("Ctrl+Q", "quit: every answer is saved as you give it"),
        ],
    ),
    ("Results", [("r", "retry only the questions you missed"), ("q", "quit")]),
]


def help_content() -> Content:
    """The key table as styled text (no markup: nothing here is parsed)."""
    parts: list[str | tuple[str, str]] = []
    for section, rows in KEYS:
        parts.append((f"{section}\n", "bold"))
        for key, what in rows:
            parts += [(f"{key:<12}", "bold $accent"), f"{what}\n"]
    parts.append("\nContinue later with:  readquiz quiz --resume")
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    """Keys and tips; any of Escape, F1 or q closes it."""

    BINDINGS = [Binding("escape,f1,q,question_mark", "close", "Close", id="close")]

    def compose(self) -> ComposeResult:
        """The help text and a Close button."""
        with Vertical(id="help-dialog", classes="dialog"):
            yield Static("Help", classes="dialog-title", markup=False)
            yield Static(help_content(), id="help-text")
            yield Button("Close (Esc)", id="close", variant="primary", compact=True)

    def on_button_pressed(self) -> None:
        """The Close button."""
        self.dismiss(None)

    def action_close(self) -> None:
        """Close the dialog."""
        self.dismiss(None)
