"""Test mode, after the last question: every answer given, to check and change, then submit.

Nothing is marked in test mode until the student submits, so this is the last moment
to look again. Each answer is already saved; changing one saves the new answer at once
(it replaces the old one), so quitting here loses nothing either.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from readquiz.attempts.state import QuizRun
from readquiz.tui.widgets.footer import QuietFooter


class AnswersScreen(Screen[str | None]):
    """Dismissed with the id of the question to change, or None to submit."""

    BINDINGS = [Binding("s", "submit", "Submit answers", id="submit")]

    def __init__(self, run: QuizRun, *, highlight: str | None = None) -> None:
        """List ``run``'s answers; ``highlight`` is the question to start on (by id)."""
        super().__init__()
        self.run = run
        self.highlight = highlight

    def compose(self) -> ComposeResult:
        """A heading, what to do, one row per question with its answer, and Submit."""
        run = self.run
        with Vertical(id="answers-body"):
            yield Static("Check your answers", id="answers-title", markup=False)
            done = len(run.answers)
            yield Static(
                f"You answered {done} of {run.total}. Nothing is marked until you submit: "
                "pick a question (arrows and Enter, or click) to change its answer.",
                id="answers-how",
                markup=False,
            )
            rows: list[Option] = []
            for number, question in enumerate(run.questions, start=1):
                given = run.answers.get(question.id)
                answer = (
                    Content(given.given)
                    if given is not None
                    else Content.styled("(not answered)", "$text-warning")
                )
                rows.append(
                    Option(
                        Content.assemble(
                            (f"{number}. ", "$text-muted"),
                            Content(question.prompt),
                            "\n   ",
                            ("Your answer: ", "bold"),
                            answer,
                        ),
                        id=question.id,
                    )
                )
            yield OptionList(*rows, id="answers")
            yield Button("Submit answers (s)", id="submit", variant="primary")
        yield QuietFooter()

    def on_mount(self) -> None:
        """Focus the list, on the question changed last (or the first)."""
        answers = self.query_one("#answers", OptionList)
        if self.highlight is not None:
            answers.highlighted = answers.get_option_index(self.highlight)
        answers.focus()

    @on(OptionList.OptionSelected, "#answers")
    def _change(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    @on(Button.Pressed, "#submit")
    def action_submit(self) -> None:
        """Hand the answers in: the results follow."""
        self.dismiss(None)
