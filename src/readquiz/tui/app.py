"""The quiz App: global keys and the flow from start to results. The screens do the rest.

Build it with :func:`make_app`, which the CLI and the tests share; the app receives
its article, questions and store and does no file discovery of its own. ``readquiz
quiz`` hands it what makes the questions instead of the questions: they are made in a
thread once the start screen is drawn, while the student types a name.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.binding import Binding
from textual.worker import Worker, WorkerState

from readquiz import collector
from readquiz.article.deferred import DeferredArticle, loaded
from readquiz.attempts.state import PreparingRun, QuizRun
from readquiz.errors import ReadquizError
from readquiz.questions.model import QuestionSet
from readquiz.questions.shuffle import same_question
from readquiz.tui.screens.start import StartScreen

if TYPE_CHECKING:
    from readquiz.article.model import Article
    from readquiz.attempts.store import Attempt, ResultsStore
    from readquiz.tui.screens.score import ScoreChoice

# Only the start screen is imported with the app, so the first screen shows sooner; the
# rest (and grading, which pulls in rapidfuzz) loads while the student reads it.
LATER = (
    "readquiz.grading",
    "readquiz.tui.screens.quiz",
    "readquiz.tui.screens.score",
    "readquiz.tui.screens.help",
    "readquiz.tui.screens.confirm",
    "readquiz.tui.screens.answers",
)
LATER_CSS = Path(__file__).parent / "app.tcss"


class QuizApp(App[None]):
    """A reading-comprehension quiz on one article."""

    # The start screen's styles only: the other screens' (LATER_CSS) are read once it shows.
    CSS_PATH = "start.tcss"
    TITLE = "readquiz"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
        Binding("f1,question_mark", "help", "Help", id="help"),
    ]

    run_state: QuizRun
    """The attempt; not set while the questions are being made (see ``preparing``)."""

    def __init__(
        self,
        run: QuizRun | PreparingRun,
        *,
        theme: str | None = None,
        cursor_blink: bool = True,
        served: bool = False,
    ) -> None:
        """Quiz over ``run``; ``cursor_blink`` off makes screenshots repeatable.

        ``served``: in a browser (``readquiz serve``), where a name is required and
        typing the name of an unfinished attempt continues it. Over a
        :class:`PreparingRun`, the questions are made after the start screen shows.
        """
        super().__init__()
        self.preparing: PreparingRun | None = None
        if isinstance(run, QuizRun):
            self.run_state = run
        else:
            self.preparing = run
        self.failure: BaseException | None = None
        """Why the questions could not be made; the command reports it after the app."""
        self.cursor_blink = cursor_blink
        self.served = served
        self._theme_name = theme
        self._changed: str | None = None  # test mode: the answer changed last
        self._styled = False  # LATER_CSS read (see _later_styles)

    def on_mount(self) -> None:
        """Open on the start screen."""
        if self._theme_name is not None:
            self.theme = self._theme_name
        self._start = StartScreen(
            self.preparing or self.run_state,
            cursor_blink=self.cursor_blink,
            name_required=self.served,
        )
        self.push_screen(self._start, self._begin)
        self.call_after_refresh(self._after_first_screen)

    def _later_styles(self) -> None:
        """Read the other screens' styles (LATER_CSS), once.

        Every rule there is for nodes the start screen does not have: it looks the
        same. Read after the first screen, or before any other screen shows, whichever
        comes first: a student who presses F2 at once (or a loaded machine that draws
        late) never sees the article unstyled.
        """
        if self._styled:
            return
        self._styled = True
        self.stylesheet.read(LATER_CSS)
        self.stylesheet.reparse()
        self.stylesheet.update(self)

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:
        """Push ``screen``, with the other screens' styles read first (see above)."""
        if screen is not getattr(self, "_start", None):
            self._later_styles()
        return super().push_screen(screen, *args, **kwargs)

    def _after_first_screen(self) -> None:
        """Make the questions (in a thread) and import what the start screen did not need."""
        collector.release()  # the command held it off until now
        self._later_styles()
        if self.preparing is not None:
            self.run_worker(
                self.preparing.build, name="questions", thread=True, exit_on_error=False
            )
        for module in LATER:
            importlib.import_module(module)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The questions are made: the quiz can begin; or none could be: say so and quit."""
        preparing = self.preparing
        if event.worker.name != "questions" or preparing is None:
            return
        if event.state == WorkerState.SUCCESS and isinstance(event.worker.result, QuestionSet):
            try:
                run = preparing.ready(event.worker.result)
            except ReadquizError as error:  # the results database cannot be made
                self._cannot_start(error)
                return
            self.preparing = None
            self.run_state = run
            self._start.ready(self.run_state)
        elif event.state == WorkerState.ERROR:
            self._cannot_start(event.worker.error)

    def _cannot_start(self, error: BaseException | None) -> None:
        """Say why the quiz cannot begin and quit; the command reports it on stderr too."""
        self.failure = error
        message = (
            error.message
            if isinstance(error, ReadquizError)
            else f"internal error while making the questions: {type(error).__name__}: {error}"
        )
        self.show_error(message, then_exit=True)

    def _begin(self, student: str | None) -> None:
        """Start (or continue) the attempt; ``student`` as for :meth:`QuizRun.begin`."""
        try:
            if self.served and student and self.run_state.attempt_id is None:
                self._continue_by_name(student)
            self.run_state.begin(student)
        except ReadquizError as err:
            self.show_error(err.message, then_exit=True)
            return
        from readquiz.tui.screens.quiz import QuizScreen

        self.push_screen(QuizScreen(self.run_state, cursor_blink=self.cursor_blink), self._done)

    def _continue_by_name(self, student: str) -> None:
        """In a browser, the name is the way back: continue that student's unfinished attempt.

        Only an attempt over questions of this set counts (a retry asks some of them,
        its choices in another order), so a name reused on another day's quiz starts
        afresh.
        """
        run = self.run_state
        earlier = run.store.latest_unfinished(student, run.qset.article_id)
        if earlier is None:
            return
        qset = QuestionSet.from_json(earlier.questions_json)
        ours = {q.id: q for q in run.qset.questions}
        if not qset.questions or any(
            q.id not in ours or not same_question(ours[q.id], q) for q in qset.questions
        ):
            return
        self.run_state = QuizRun(run.article, qset, run.store, attempt=earlier)
        self.notify(
            f"Welcome back, {student}: {len(earlier.answers)} of {len(qset.questions)} answered. "
            "You continue where you stopped.",
            timeout=8,
        )

    def _done(self, _: None) -> None:
        """Every question answered: in test mode, the answers to check first."""
        run = self.run_state
        if run.mode == "test" and not run.finished and run.next_index() is None:
            from readquiz.tui.screens.answers import AnswersScreen

            self.push_screen(AnswersScreen(run, highlight=self._changed), self._checked)
            return
        self._submit()

    def _checked(self, change: str | None) -> None:
        """Back from the list of answers: change one (then the list again), or submit."""
        if change is None:
            self._submit()
            return
        self._changed = change
        from readquiz.tui.screens.quiz import QuizScreen

        screen = QuizScreen(self.run_state, cursor_blink=self.cursor_blink, change=change)
        self.push_screen(screen, self._done)

    def _submit(self) -> None:
        self._changed = None
        try:
            self.run_state.finish()
        except ReadquizError as err:
            self.show_error(err.message)
        from readquiz.tui.screens.score import ScoreScreen

        self.push_screen(ScoreScreen(self.run_state), self._after_score)

    def _after_score(self, choice: ScoreChoice | None) -> None:
        retry = (
            self.run_state.retry_missed()
            if choice == "retry"
            else self.run_state.retry_all()
            if choice == "retry-all"
            else None
        )
        if retry is None:
            self.exit()
            return
        self.run_state = retry
        self._begin(None)

    def show_error(self, message: str, *, then_exit: bool = False) -> None:
        """Show ``message`` in a modal (never a traceback); optionally quit after it."""
        from readquiz.tui.screens.error import ErrorScreen

        code = 0 if self.failure is None else 2 if isinstance(self.failure, ReadquizError) else 3
        after = (lambda _: self.exit(return_code=code)) if then_exit else None
        self.push_screen(ErrorScreen(message), after)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While "Quit the quiz?" is asked, only its yes and no work (no help on top)."""
        # Not imported just to ask (the footer asks before the first screen is drawn):
        # until the module is imported, no "Quit the quiz?" can be showing.
        confirm = sys.modules.get("readquiz.tui.screens.confirm")
        if (
            action in ("quit", "help")
            and confirm
            and isinstance(self.screen, confirm.ConfirmScreen)
        ):
            return False
        return True

    def action_help(self) -> None:
        """Show the keys."""
        from readquiz.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        """Quit, asking first when an attempt is unfinished (its answers stay saved)."""
        from readquiz.tui.screens.confirm import ConfirmScreen

        if isinstance(self.screen, ConfirmScreen):
            return
        if self.preparing is not None or not self.run_state.unfinished:
            self.exit()
            return

        def decided(yes: bool | None) -> None:
            if yes:
                self.exit()

        answered = len(self.run_state.answers)
        done = f"You answered {answered} of {self.run_state.total}."
        if self.run_state.mode == "test" and self.run_state.next_index() is None:
            done = f"You answered all {answered} and have not submitted them."
        later = (
            "open the page again and type the same name"
            if self.served
            else "readquiz quiz --resume"
        )
        self.push_screen(
            ConfirmScreen(
                "Quit the quiz?",
                f"{done} Your answers are saved: continue later with  {later}",
            ),
            decided,
        )


def make_app(
    article: Article | DeferredArticle,
    qset: QuestionSet | Callable[[], QuestionSet],
    store: ResultsStore,
    *,
    mode: str = "practice",
    student: str | None = None,
    attempt: Attempt | None = None,
    theme: str | None = None,
    cursor_blink: bool = True,
    served: bool = False,
) -> QuizApp:
    """Build the quiz app over its data.

    Args:
        article: The article the questions are about; a deferred one (only with a
            builder for ``qset``) is built in the builder's thread.
        qset: The questions, in the order asked; or what makes them (it may raise
            ReadquizError), run in a thread once the start screen shows.
        store: Where every answer is saved.
        mode: "practice" (feedback after each answer) or "test" (at the end).
        student: The student's name, if known.
        attempt: An unfinished attempt to continue (its mode and name win).
        theme: A Textual theme name ("textual-dark", "textual-light", ...).
        cursor_blink: Blink the text cursor (off for repeatable screenshots).
        served: In a browser (``readquiz serve``): a name is required, and the name of
            an unfinished attempt on these questions continues it.

    Returns:
        The app, ready to ``run()`` or ``run_test()``.
    """
    run: QuizRun | PreparingRun
    if isinstance(qset, QuestionSet):
        run = QuizRun(loaded(article), qset, store, mode=mode, student=student, attempt=attempt)
    else:
        run = PreparingRun(article, store, qset, mode=mode, student=student)
    return QuizApp(run, theme=theme, cursor_blink=cursor_blink, served=served)
