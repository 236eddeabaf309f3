"""The quiz: one question at a time, with the article beside it on wide terminals."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button

from readquiz.attempts.state import QuizRun
from readquiz.errors import ReadquizError
from readquiz.questions.model import Question
from readquiz.tui.screens.article import ArticleScreen
from readquiz.tui.screens.error import ErrorScreen
from readquiz.tui.widgets.article_view import ArticleView
from readquiz.tui.widgets.feedback import Feedback
from readquiz.tui.widgets.footer import QuietFooter
from readquiz.tui.widgets.question_view import QuestionView

WIDE = 120
"""From this many columns on, the article sits beside the question."""


class QuizScreen(Screen[None]):
    """Asks every unanswered question of ``run``; dismissed when all are answered.

    With ``change`` (test mode, from the list of answers), it asks that one question
    again, showing the answer given, and is dismissed once it is answered or kept.
    """

    HORIZONTAL_BREAKPOINTS = [
        (0, "-narrow"),
        (WIDE, "-wide"),
    ]
    BINDINGS = [
        Binding("f2,a", "article", "Article", id="article"),
        Binding("enter,n", "next", "Next question", id="next"),
        Binding("escape", "keep", "Keep the answer", id="keep"),
    ]

    def __init__(
        self, run: QuizRun, *, cursor_blink: bool = True, change: str | None = None
    ) -> None:
        """Quiz over ``run``, at its first unanswered question (or at ``change``)."""
        super().__init__()
        self.run = run
        self.cursor_blink = cursor_blink
        self.change = change
        self.current: Question | None = None
        self.awaiting_next = False
        self.evidence: tuple[int, str] | None = None

    @property
    def wide(self) -> bool:
        """Whether the article is on screen beside the question."""
        return self.app.size.width >= WIDE

    def compose(self) -> ComposeResult:
        """The article (when wide), the question pane and the footer."""
        with Horizontal(id="quiz-body"):
            # Narrow, the article is not built at all: hidden, its forty-odd widgets
            # were still restyled and walked on every answer (a served class of thirty
            # pays that thirty times). It is built if the terminal grows wide.
            if self.wide:
                yield self._side_article()
            with VerticalScroll(id="question-pane"):
                # One panel, filled in after each answer (tests never show feedback).
                if self.run.mode == "practice":
                    yield Feedback()
        yield QuietFooter()

    async def on_mount(self) -> None:
        """Show the first unanswered question."""
        await self._advance()

    def _side_article(self) -> ArticleView:
        return ArticleView(self.run.article, evidence=self.evidence, id="side-article")

    def _side(self) -> ArticleView | None:
        """The article beside the question, if it has been built (the terminal was wide)."""
        return next(iter(self.query("#side-article").results(ArticleView)), None)

    def on_resize(self, event: events.Resize) -> None:
        """Grown wide: build the article beside the question, the evidence marked."""
        if self.wide and self._side() is None:
            self.query_one("#quiz-body", Horizontal).mount(self._side_article(), before=0)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Next is offered only while feedback is showing; Keep while changing an answer."""
        if action == "next":
            return self.awaiting_next
        if action == "keep":
            return self.change is not None
        return True

    async def _advance(self) -> None:
        if self.change is not None:
            # Changing one answer: that question, and once it is answered, back.
            if self.current is not None:
                self.dismiss(None)
                return
            index = next(i for i, q in enumerate(self.run.questions) if q.id == self.change)
        else:
            found = self.run.next_index()
            if found is None:
                self.dismiss(None)
                return
            index = found
        self.current = self.run.questions[index]
        given = self.run.answers.get(self.current.id) if self.change is not None else None
        self.awaiting_next = False
        self.evidence = None
        side = self._side()
        if side is not None:
            side.clear_highlight()
        for feedback in self.query(Feedback):
            feedback.hide()
        pane = self.query_one("#question-pane", VerticalScroll)
        await pane.query(QuestionView).remove()
        await pane.mount(
            QuestionView(
                self.current,
                index,
                self.run.total,
                len(self.run.answers),
                cursor_blink=self.cursor_blink,
                given=given.given if given is not None else None,
            ),
            before=0,
        )
        pane.scroll_home(animate=False)
        self.refresh_bindings()

    @on(QuestionView.Answered)
    async def _answered(self, event: QuestionView.Answered) -> None:
        question = event.view.question
        try:
            correct = self.run.answer(question, event.given)
        except ReadquizError as err:
            # Not saved: let the student answer again once the problem is seen.
            event.view.done = False
            self.app.push_screen(ErrorScreen(err.message))
            return
        if self.run.mode == "test":
            event.view.freeze()
            await self._advance()
            return
        self.query_one(Feedback).show(question, event.given, correct, wide=self.wide)
        self.awaiting_next = True
        # Focus moves to Next now, before the answer widget is disabled: otherwise
        # Textual first moves it elsewhere, one more restyle on the way to the verdict.
        self.set_focus(self.query_one("#next", Button), scroll_visible=False)
        event.view.freeze(correct, event.given)
        self.evidence = (question.evidence.paragraph, question.evidence.quote)
        side = self._side()
        if side is not None:
            side.highlight(*self.evidence)
        self.query_one("#question-pane", VerticalScroll).scroll_end(animate=False)

    @on(Button.Pressed, "#next")
    async def action_next(self) -> None:
        """On to the next unanswered question (or the results)."""
        if self.awaiting_next:
            await self._advance()

    def action_keep(self) -> None:
        """Leave the answer as it was and go back to the list of answers."""
        if self.change is not None:
            self.dismiss(None)

    def action_article(self) -> None:
        """Show the article: focus it when it is beside the question, else open it."""
        side = self._side()
        if self.wide and side is not None:
            if side.has_focus:
                self.focus_next()
            else:
                side.focus()
            return
        self.app.push_screen(ArticleScreen(self.run.article, self.evidence))
