"""The results screen: the score, a breakdown by question type, and a review."""

from __future__ import annotations

from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Static

from readquiz.attempts.state import QuizRun
from readquiz.errors import ReadquizError
from readquiz.questions.model import Question
from readquiz.tui.widgets.feedback import answer_label
from readquiz.tui.widgets.footer import QuietFooter

ScoreChoice = Literal["retry", "retry-all", "quit"]


def percent(score: int, total: int) -> str:
    """The score as a percentage, "80%" or "66.7%": one decimal, none for whole numbers."""
    value = round(100 * score / total, 1) if total else 0.0
    return f"{value:g}%"


class ScoreScreen(Screen[ScoreChoice]):
    """Dismissed with "retry" (the missed questions), "retry-all" (every one) or "quit".

    A retry is a new attempt, recorded as a retry of this one, with the choices of each
    multiple-choice question in a new order.
    """

    BINDINGS = [
        Binding("r", "retry", "Retry missed", id="retry"),
        Binding("a", "retry_all", "Retry all", id="retry-all"),
        # Shown on the Quit button; the footer already lists the app's Quit.
        Binding("q", "finish", "Quit", id="finish", show=False),
    ]

    def __init__(self, run: QuizRun) -> None:
        """Show the results of the finished ``run``."""
        super().__init__()
        self.run = run

    def compose(self) -> ComposeResult:
        """Score, breakdown, review and buttons, in one scrollable column."""
        run = self.run
        with VerticalScroll(id="score-scroll"):
            yield Static("Score", id="score-title", markup=False)
            line = f"{run.score} / {run.total}   {percent(run.score, run.total)}"
            if run.retry_of:
                line += f"   ({self._retry_of()})"
            yield Static(line, id="score-line", markup=False)
            yield Static("By question type", classes="score-heading", markup=False)
            width = max(len(t.type) for t in run.by_type()) if run.questions else 0
            rows = [f"  {t.type:<{width}}  {t.correct} / {t.total}" for t in run.by_type()]
            yield Static("\n".join(rows), id="by-type", markup=False)
            yield Static("Review", classes="score-heading", markup=False)
            for number, question in enumerate(run.questions, start=1):
                yield self._review(number, question)
            with Horizontal(id="score-buttons"):
                if run.missed():
                    yield Button("Retry missed (r)", id="retry", variant="primary")
                yield Button("Retry all (a)", id="retry-all")
                yield Button("Quit (q)", id="quit")
        yield QuietFooter()

    def _retry_of(self) -> str:
        """What this attempt retried: every question of the one before, or its missed ones."""
        assert self.run.retry_of is not None
        try:
            before = self.run.store.get(self.run.retry_of)
        except ReadquizError:
            before = None
        if before is not None and before.total == self.run.total:
            return "retry of every question"
        return "retry of the questions missed"

    def _review(self, number: int, question: Question) -> Vertical:
        given = self.run.answers.get(question.id)
        right = given is not None and given.correct
        mark = ("✓", "$success") if right else ("✗", "$error")
        answer = answer_label(question)
        ev = question.evidence
        parts = [
            Static(
                Content.assemble(
                    (f"{mark[0]} ", f"bold {mark[1]}"), f"{number}. ", question.prompt
                ),
                classes="review-prompt",
            ),
            Static(
                Content.assemble(
                    ("Your answer: ", "bold"), given.given if given else "(not answered)"
                ),
                classes="review-line",
            ),
            Static(Content.assemble(("Answer: ", "bold"), answer), classes="review-line"),
            Static(
                Content.assemble(("Evidence", "bold"), f", paragraph {ev.paragraph}: “{ev.quote}”"),
                classes="review-line",
            ),
        ]
        return Vertical(*parts, classes="review -right" if right else "review -wrong")

    def on_mount(self) -> None:
        """Focus the scroll area so arrows and Page Up/Down move through the review."""
        self.query_one("#score-scroll").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Retry is offered only when something was missed."""
        if action == "retry":
            return bool(self.run.missed())
        return True

    @on(Button.Pressed, "#retry")
    def action_retry(self) -> None:
        """Start a new attempt over the missed questions."""
        if self.run.missed():
            self.dismiss("retry")

    @on(Button.Pressed, "#retry-all")
    def action_retry_all(self) -> None:
        """Start a new attempt over every question."""
        self.dismiss("retry-all")

    @on(Button.Pressed, "#quit")
    def action_finish(self) -> None:
        """Leave readquiz."""
        self.dismiss("quit")
