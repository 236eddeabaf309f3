"""The review App: ``readquiz review SET``. Global keys; the review screen does the rest.

Build it with :func:`make_review_app`, which the CLI and the tests share; it receives
its session (the set, the article, how to save, how to ask the engine) and does no
file discovery of its own.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from readquiz.questions.editing import ReviewSession
from readquiz.tui.screens.confirm import ConfirmScreen
from readquiz.tui.screens.review import ReviewScreen
from readquiz.tui.screens.review_help import ReviewHelpScreen


class ReviewApp(App[None]):
    """A teacher reviewing one question set."""

    CSS_PATH = ["app.tcss", "review.tcss"]
    TITLE = "readquiz review"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
        Binding("f1", "help", "Help", id="help"),
    ]

    def __init__(
        self,
        session: ReviewSession,
        path: Path,
        *,
        theme: str | None = None,
        cursor_blink: bool = True,
    ) -> None:
        """Review ``session``, saving to ``path``; ``cursor_blink`` off for screenshots."""
        super().__init__()
        self.session = session
        self.path = path
        self.cursor_blink = cursor_blink
        self._theme_name = theme

    def on_mount(self) -> None:
        """Open the review."""
        if self._theme_name is not None:
            self.theme = self._theme_name
        self.push_screen(ReviewScreen(self.session, self.path, cursor_blink=self.cursor_blink))

    def action_help(self) -> None:
        """The keys that work on the screen below, as it is now."""
        if isinstance(self.screen, ReviewHelpScreen | ConfirmScreen):
            return
        shown: dict[str, tuple[str, Binding]] = {}
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not active.enabled or not binding.description or binding.id is None:
                continue
            key = binding.key_display or self.get_key_display(binding)
            shown.setdefault(binding.id, (key, binding))
        self.push_screen(ReviewHelpScreen(list(shown.values())))

    async def action_quit(self) -> None:
        """Quit, asking first when changes are not saved."""
        if isinstance(self.screen, ConfirmScreen):
            return
        if not self.session.unsaved:
            self.exit()
            return

        def decided(yes: bool | None) -> None:
            if yes:
                self.exit()

        self.push_screen(
            ConfirmScreen(
                "Quit without saving?",
                f"Your changes to {self.path.name} are not saved. Press n, then Ctrl+S "
                "to save them; y quits and leaves the file as it was last saved.",
            ),
            decided,
        )


def make_review_app(
    session: ReviewSession,
    path: Path,
    *,
    theme: str | None = None,
    cursor_blink: bool = True,
) -> ReviewApp:
    """Build the review app over its session.

    Args:
        session: The set under review (it saves itself to the file).
        path: The set file, named on screen.
        theme: A Textual theme name ("textual-dark", "textual-light", ...).
        cursor_blink: Blink the text cursor (off for repeatable screenshots).

    Returns:
        The app, ready to ``run()`` or ``run_test()``.
    """
    return ReviewApp(session, path, theme=theme, cursor_blink=cursor_blink)
