"""The help dialog: every key, in one place, read from the bindings themselves.

Each row names the widget or screen that owns a binding and the binding (by id, or by
action for Textual's own widgets); the keys shown are that binding's keys as it is
declared, so changing a key changes the help and a key can never be documented wrong.
"""

from __future__ import annotations

import re
from typing import Any

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, Static

from readquiz.tui.screens.answers import AnswersScreen
from readquiz.tui.screens.quiz import QuizScreen
from readquiz.tui.screens.score import ScoreScreen
from readquiz.tui.widgets.footer import QuietFooter
from readquiz.tui.widgets.question_view import QuestionView

Owner = type[DOMNode] | None
"""A class whose BINDINGS hold the row's keys; None is the running app."""

SECTIONS: list[tuple[str, list[tuple[Owner, tuple[str, ...], str]]]] = [
    (
        "Answering",
        [
            (QuestionView, ("choose",), "pick a choice (multiple choice, true/false)"),
            (OptionList, ("cursor_up", "cursor_down"), "move between choices; Enter picks"),
            (Input, ("submit",), "submit a typed answer"),
            (QuizScreen, ("next",), "after the feedback: the next question"),
        ],
    ),
    (
        "Test mode",
        [
            (AnswersScreen, ("submit",), "after the last question: submit your answers"),
            (QuizScreen, ("keep",), "changing an answer: keep the one given"),
        ],
    ),
    (
        "Anywhere",
        [
            (QuizScreen, ("article",), "the article (beside the question if wide); Esc back"),
            (None, ("help",), "this help (a and ? when no box has the cursor)"),
            (None, ("quit",), "quit: every answer is saved as you give it"),
        ],
    ),
    (
        "Results",
        [
            (ScoreScreen, ("retry",), "retry only the questions you missed"),
            (ScoreScreen, ("retry-all",), "retry every question (choices in a new order)"),
        ],
    ),
]
"""The help's sections: (owner, binding ids or actions, what the keys do)."""

_KEY_NAMES = {"escape": "Esc", "enter": "Enter", "question_mark": "?", "up": "Up", "down": "Down"}


def key_label(key: str) -> str:
    """A Textual key name as a student reads it: "ctrl+q" -> "Ctrl+Q", "f1" -> "F1"."""
    if key in _KEY_NAMES:
        return _KEY_NAMES[key]
    if key.startswith("ctrl+"):
        return "Ctrl+" + key.removeprefix("ctrl+").upper()
    if re.fullmatch(r"f\d+", key):
        return key.upper()
    return key


def _bindings(owner: type[DOMNode]) -> list[Binding]:
    """The bindings ``owner`` declares itself, one per key."""
    return list(Binding.make_bindings(owner.__dict__.get("BINDINGS", [])))


def row_keys(owner: type[DOMNode], names: tuple[str, ...]) -> list[str]:
    """The keys of ``owner``'s bindings with these ids or actions, as a student reads them.

    Raises:
        LookupError: ``owner`` declares no such binding (the help would lie).
    """
    keys: list[str] = []
    for name in names:
        found = [b for b in _bindings(owner) if name in (b.id, b.action)]
        if not found:
            raise LookupError(f"{owner.__name__} has no binding {name!r}")
        for binding in found:
            label = binding.key_display or key_label(binding.key)
            if label not in keys:
                keys.append(label)
    return keys


def key_table(app: type[App[Any]]) -> list[tuple[str, list[tuple[list[str], str]]]]:
    """The help's sections with each row's keys read from the bindings of ``app``'s classes."""
    return [
        (section, [(row_keys(owner or app, names), what) for owner, names, what in rows])
        for section, rows in SECTIONS
    ]


def help_content(app: type[App[Any]]) -> Content:
    """The key table as styled text (no markup: nothing here is parsed)."""
    parts: list[str | tuple[str, str]] = []
    for section, rows in key_table(app):
        parts.append((f"{section}\n", "bold"))
        for keys, what in rows:
            parts += [(f"{' '.join(keys):<12}", "bold $accent"), f"{what}\n"]
    parts.append("\nContinue later with:  readquiz quiz --resume")
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    """Keys and tips; any of Escape, F1 or q closes it.

    Its own footer covers the one of the screen below, whose keys do not work here.
    """

    BINDINGS = [Binding("escape,f1,q,question_mark", "close", "Close", id="close")]

    def compose(self) -> ComposeResult:
        """The help text and a Close button."""
        with Vertical(id="help-dialog", classes="dialog"):
            yield Static("Help", classes="dialog-title", markup=False)
            yield Static(help_content(type(self.app)), id="help-text")
            yield Button("Close (Esc)", id="close", variant="primary", compact=True)
        yield QuietFooter()

    def on_button_pressed(self) -> None:
        """The Close button."""
        self.dismiss(None)

    def action_close(self) -> None:
        """Close the dialog."""
        self.dismiss(None)
