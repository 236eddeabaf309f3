"""The review's help: the keys that work on the current question, with what they do.

Made from the screen's active bindings when it opens, so it can never list a key that
does nothing there (the footer shows the same keys, fewer of them when space is short).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from readquiz.tui.widgets.footer import QuietFooter

# Longer words for the help than fit in the footer, by binding id.
EXPLAIN = {
    "drop": "drop it (it stays listed, struck through; not saved)",
    "keep": "keep this dropped question after all",
    "move-up": "move this question up ([) or down (]) one place",
    "edit-stem": "edit the question's wording in place",
    "edit-choice": "edit that choice in place (the key follows its text)",
    "key": "change the key: pick a choice, flip T/F, or type it",
    "accept": "other answers accepted for a short answer, separated by ;",
    "tolerance": "how far from the key a number may be and still be right",
    "points": "what this question is worth",
    "another": "another question for the same fact (the engine again)",
    "add": "write a question of your own, in any format",
    "undo": "undo the last change",
    "save": "save the kept questions to the set file",
    "article": "the article with the evidence highlighted",
    "commit": "keep the edit",
    "cancel": "leave without changing anything",
    "set-key": "make that choice the key",
    "help": "this help",
    "quit": "quit (asks first if changes are not saved)",
}


def help_rows(bindings: list[tuple[str, Binding]]) -> Content:
    """The (key shown, binding) rows as styled text, one line each."""
    parts: list[str | tuple[str, str]] = []
    for key, binding in bindings:
        if binding.id == "move-down":
            continue  # told with move-up: "[ ]"
        what = EXPLAIN.get(binding.id or "", binding.description)
        parts += [(f"{key:<10}", "bold $accent"), f"{what}\n"]
    parts.append("\nArrows move through the questions; the article follows.")
    return Content.assemble(*parts)


class ReviewHelpScreen(ModalScreen[None]):
    """The keys that work now; Escape, F1 or q closes it."""

    BINDINGS = [Binding("escape,f1,q,question_mark", "close", "Close", id="close")]

    def __init__(self, bindings: list[tuple[str, Binding]]) -> None:
        """Show ``bindings`` as (key as shown, binding)."""
        super().__init__()
        self.bindings = bindings

    def compose(self) -> ComposeResult:
        """The key table and a Close button."""
        with Vertical(id="help-dialog", classes="dialog"):
            yield Static("Reviewing a question set: keys", classes="dialog-title", markup=False)
            yield Static(help_rows(self.bindings), id="help-text")
            yield Button("Close (Esc)", id="close", variant="primary", compact=True)
        yield QuietFooter()

    def on_button_pressed(self) -> None:
        """The Close button."""
        self.dismiss(None)

    def action_close(self) -> None:
        """Close the dialog."""
        self.dismiss(None)
