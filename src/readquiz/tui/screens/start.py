"""The start screen: what the quiz is on, how long it is, a name, and how to begin."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Input, Static

from readquiz.article.deferred import loaded
from readquiz.attempts.state import PreparingRun, QuizRun
from readquiz.tui.widgets.footer import QuietFooter


class StartScreen(Screen[str]):
    """Dismissed with the name in the box ("" for none) when the student begins.

    The box holds the name given with ``--student`` or, on resume, the attempt's name;
    whatever it holds when the student begins is the name the attempt is kept under.

    Over a :class:`PreparingRun` it shows while the questions are made: a name can be
    typed meanwhile, and beginning waits for :meth:`ready` ("Preparing questions…").
    """

    BINDINGS = [
        Binding("enter", "begin", "Begin", id="begin"),
        # The start screen promises the article "at any time"; "a" would be typed
        # into the name box, so only F2 here.
        Binding("f2", "article", "Article", id="start-article"),
    ]

    def __init__(
        self,
        run: QuizRun | PreparingRun,
        *,
        cursor_blink: bool = True,
        name_required: bool = False,
    ) -> None:
        """Introduce ``run``'s article and questions; ``name_required`` in a browser."""
        super().__init__()
        self.run = run
        self.cursor_blink = cursor_blink
        self.name_required = name_required
        self.waiting = False
        """The student began before the questions were ready: begin once they are."""

    def compose(self) -> ComposeResult:
        """Title, facts about the article and the quiz, a name box, and a Begin button."""
        article = self.run.article
        with Vertical(id="start-card"):
            yield Static("readquiz", id="app-name")
            yield Static(Content(article.title), id="start-title")
            facts = []
            if article.source:
                facts.append(f"Source: {article.source}")
            if article.grade:
                facts.append(f"Grade {article.grade}")
            if facts:
                yield Static(Content("   ".join(facts)), id="start-facts")
            yield Static(Content(self._count_line()), id="start-count")
            if isinstance(self.run, QuizRun) and self.run.resumed:
                done = len(self.run.answers)
                yield Static(
                    Content(
                        f"Welcome back: {done} of {self.run.total} answered. You continue "
                        "where you stopped."
                    ),
                    id="start-resume",
                )
            # A Static styled as Label is (start.tcss): Label's module and its styles,
            # all for variants this screen never shows, cost its first screen more.
            yield Static(
                "Your name" if self.name_required else "Your name (optional)",
                id="start-name-label",
                markup=False,
            )
            name = Input(
                value=self.run.student or "",
                placeholder="Type your name",
                id="student",
            )
            name.cursor_blink = self.cursor_blink
            yield name
            verb = "continue" if self.run.resumed else "begin"
            how = f"Press Enter to {verb}. F2 shows the article at any time, F1 the keys."
            if self.name_required:
                how += (
                    " If this page closes, open it again and type the same name:"
                    " you continue where you stopped."
                )
            yield Static(how, id="start-how", markup=False)
            yield Button(verb.capitalize(), id="begin", variant="primary")
        yield QuietFooter()

    def _count_line(self) -> str:
        """How many questions and which mode ("Preparing questions…" until known)."""
        mode = (
            "Practice: you see the answer after each question."
            if self.run.mode == "practice"
            else "Test: you see your results at the end."
        )
        if not isinstance(self.run, QuizRun):
            if self.waiting:
                return "Preparing questions… the quiz begins as soon as they are ready."
            return f"Preparing questions… {mode}"
        total = self.run.total
        return f"{total} question{'s' if total != 1 else ''}. {mode}"

    def on_mount(self) -> None:
        """Focus the name box, so a name can be typed or corrected at once."""
        self.query_one("#student", Input).focus()

    def ready(self, run: QuizRun) -> None:
        """The questions are made: say how many, and begin if the student is waiting."""
        self.run = run
        self.query_one("#start-count", Static).update(Content(self._count_line()))
        if self.waiting and self.is_current:
            self.action_begin()

    def on_screen_resume(self) -> None:
        """Back from the article or the keys: begin now if the student was waiting."""
        if self.waiting and isinstance(self.run, QuizRun):
            self.action_begin()

    def action_article(self) -> None:
        """Read the article before beginning."""
        from readquiz.tui.screens.article import ArticleBeforeStartScreen

        # A deferred article is built in the questions' thread; if that is still under
        # way, this waits for it (a fraction of a second, once).
        self.app.push_screen(ArticleBeforeStartScreen(loaded(self.run.article)))

    @on(Input.Submitted, "#student")
    @on(Button.Pressed, "#begin")
    def action_begin(self) -> None:
        """Start the quiz with the name in the box (it may be empty)."""
        name = self.query_one("#student", Input).value.strip()
        if self.name_required and not name:
            self.notify("Type your name first: your answers are kept under it.", severity="warning")
            self.query_one("#student", Input).focus()
            return
        if not isinstance(self.run, QuizRun):
            self.waiting = True
            self.query_one("#start-count", Static).update(Content(self._count_line()))
            return
        self.waiting = False
        self.dismiss(name)
