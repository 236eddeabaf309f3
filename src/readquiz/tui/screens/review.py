"""The review: a teacher steps through a question set beside the article.

She keeps, drops and reorders questions, edits a stem, a choice, the key, the accepted
answers or the points in place, asks for another question for the same fact, adds one
of her own, and saves. Every rule about an edit is the session's
(:mod:`readquiz.questions.editing`); this screen shows it and passes keys to it.

Modes decide which keys work, and so which the footer shows: browsing, editing a
field (only Enter and Escape), picking a new key among the choices (digits, Escape).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static

from readquiz.errors import ReadquizError
from readquiz.questions.editing import ReviewSession
from readquiz.questions.model import Question
from readquiz.tui.screens.add_question import AddQuestionScreen
from readquiz.tui.screens.article import ArticleScreen
from readquiz.tui.screens.error import ErrorScreen
from readquiz.tui.widgets.article_view import ArticleView
from readquiz.tui.widgets.footer import QuietFooter
from readquiz.tui.widgets.review_detail import ACCEPT_SEPARATOR, Editing, QuestionDetail
from readquiz.tui.widgets.review_list import QuestionList

WIDE = 120
"""From this many columns on, the article sits beside the review."""

Mode = Literal["browse", "edit", "key"]

_BROWSE = {
    "drop",
    "keep",
    "move_up",
    "move_down",
    "edit_stem",
    "edit_choice",
    "pick_key",
    "accept",
    "tolerance",
    "points",
    "another",
    "add",
    "undo",
    "save",
    "article",
}
_EDIT = {"commit", "cancel"}
_KEY = {"set_key", "cancel"}


class ReviewScreen(Screen[None]):
    """Reviews ``session``; the file it saves to is named ``path`` in the status line."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]
    BINDINGS = [
        Binding("d", "drop", "Drop", id="drop"),
        Binding("d", "keep", "Keep", id="keep"),
        Binding("left_square_bracket", "move_up", "Move", key_display="[ ]", id="move-up"),
        Binding("right_square_bracket", "move_down", "Move down", show=False, id="move-down"),
        Binding("e", "edit_stem", "Edit", id="edit-stem"),
        Binding("1", "edit_choice(0)", "Choice", key_display="1-5", id="edit-choice"),
        *(Binding(str(n), f"edit_choice({n - 1})", show=False) for n in range(2, 6)),
        Binding("k", "pick_key", "Key", id="key"),
        Binding("a", "accept", "Accept", id="accept"),
        Binding("a", "tolerance", "Tolerance", id="tolerance"),
        Binding("p", "points", "Points", show=False, id="points"),
        Binding("g", "another", "Another", id="another"),
        Binding("n", "add", "New", id="add"),
        Binding("u", "undo", "Undo", show=False, id="undo"),
        Binding("ctrl+s", "save", "Save", id="save"),
        Binding("f2", "article", "Article", show=False, id="article"),
        # Priority, so the footer shows it over the edit box's own (hidden) Enter.
        Binding("enter", "commit", "Keep the edit", id="commit", priority=True),
        Binding("escape", "cancel", "Cancel", id="cancel"),
        Binding("1", "set_key(0)", "New key", key_display="1-5", id="set-key"),
        *(Binding(str(n), f"set_key({n - 1})", show=False) for n in range(2, 6)),
    ]

    def __init__(self, session: ReviewSession, path: Path, *, cursor_blink: bool = True) -> None:
        """Review ``session``, which saves to ``path``."""
        super().__init__()
        self.session = session
        self.path = path
        self.cursor_blink = cursor_blink
        self.index = 0
        self.mode: Mode = "browse"
        self.editing: Editing | None = None

    # ------------------------------------------------------------------ layout

    @property
    def wide(self) -> bool:
        """Whether the article is on screen beside the review."""
        return self.app.size.width >= WIDE

    @property
    def current(self) -> Question:
        """The question under the cursor."""
        return self.session.question(self.index)

    def compose(self) -> ComposeResult:
        """The article (when wide), the status line, the list, the question, the footer."""
        with Horizontal(id="review-body"):
            yield ArticleView(self.session.article, id="side-article")
            with Vertical(id="review-pane"):
                yield Static(id="review-status")
                yield QuestionList(id="question-list")
                yield QuestionDetail(cursor_blink=self.cursor_blink, id="detail")
        footer = QuietFooter()
        # Compact: the review has more keys than the quiz, and 80 columns must hold them.
        footer.set_reactive(Footer.compact, True)
        footer.set_class(True, "-compact")
        yield footer

    async def on_mount(self) -> None:
        """Show the first question, with the cursor in the list."""
        await self._refresh_all()
        self.query_one(QuestionList).focus()

    async def _refresh_all(self, *, list_too: bool = True) -> None:
        """Redraw the status, the list (unless only the detail changed) and the detail."""
        if list_too:
            self.query_one(QuestionList).show(self.session.entries, self.index)
        await self._show_current()

    async def _show_current(self) -> None:
        session = self.session
        entry = session.entries[self.index]
        await self.query_one(QuestionDetail).show(entry, self.index + 1, len(session), self.editing)
        q = entry.question
        self.query_one("#side-article", ArticleView).highlight(
            q.evidence.paragraph, q.evidence.quote
        )
        self._status()
        self.refresh_bindings()

    def _status(self) -> None:
        session = self.session
        kept = len(session.kept)
        dropped = len(session) - kept
        parts = [f"{self.path.name}", f"{kept} kept"]
        if dropped:
            parts.append(f"{dropped} dropped")
        line = Content(" · ".join(parts))
        if session.unsaved:
            line += Content.styled(" · not saved (Ctrl+S)", "bold $text-warning")
        else:
            line += Content.styled(" · saved", "$text-success")
        self.query_one("#review-status", Static).update(line)

    # ------------------------------------------------------------------ which keys work

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the keys that do something for this question, in this mode."""
        if action in _BROWSE and self.mode != "browse":
            return False
        if action in _EDIT - {"cancel"} and self.mode != "edit":
            return False
        if action == "cancel":
            return self.mode != "browse"
        if action == "set_key":
            return self.mode == "key" and _choice_number(parameters) < len(
                self.current.choices or []
            )
        if self.mode != "browse" or not len(self.session):
            return True
        q = self.current
        kept = self.session.entries[self.index].kept
        match action:
            case "drop":
                return kept
            case "keep":
                return not kept
            case "edit_choice":
                return q.format == "choice" and _choice_number(parameters) < len(q.choices or [])
            case "accept":
                return q.format == "short"
            case "tolerance":
                return q.format == "numeric"
            case "another":
                return self.session.can_ask_another(self.index)
            case "undo":
                return self.session.can_undo
        return True

    # ------------------------------------------------------------------ moving

    @on(OptionList.OptionHighlighted, "#question-list")
    async def _moved(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index != self.index:
            self.index = event.option_index
            await self._show_current()

    async def _changed(self, message: str | None = None) -> None:
        """After a change: redraw everything, and say what happened."""
        await self._refresh_all()
        if message:
            self.notify(message, timeout=3)

    def _refused(self, err: ReadquizError) -> None:
        self.notify(err.message, severity="warning", timeout=4)

    async def action_drop(self) -> None:
        """Drop the question: it stays listed, struck through, and is not saved."""
        try:
            self.session.set_kept(self.index, False)
        except ReadquizError as err:
            self._refused(err)
            return
        await self._changed()

    async def action_keep(self) -> None:
        """Keep a dropped question after all."""
        self.session.set_kept(self.index, True)
        await self._changed()

    async def action_move_up(self) -> None:
        """Move the question one place up."""
        self.index = self.session.move(self.index, -1)
        await self._changed()

    async def action_move_down(self) -> None:
        """Move the question one place down."""
        self.index = self.session.move(self.index, 1)
        await self._changed()

    async def action_undo(self) -> None:
        """Undo the last change."""
        if self.session.undo():
            self.index = min(self.index, len(self.session) - 1)
            await self._changed("Undone.")

    # ------------------------------------------------------------------ editing in place

    async def _edit(self, editing: Editing) -> None:
        self.mode, self.editing = "edit", editing
        await self._show_current()

    async def action_edit_stem(self) -> None:
        """Edit the stem in place."""
        await self._edit(Editing("stem"))

    async def action_edit_choice(self, number: int) -> None:
        """Edit choice ``number`` (0-based) in place."""
        await self._edit(Editing("choice", number))

    async def action_accept(self) -> None:
        """Edit the other accepted answers of a short question."""
        await self._edit(Editing("accept"))

    async def action_tolerance(self) -> None:
        """Edit how far from the key a numeric answer may be."""
        await self._edit(Editing("tolerance"))

    async def action_points(self) -> None:
        """Edit what the question is worth."""
        await self._edit(Editing("points"))

    async def action_pick_key(self) -> None:
        """Change the key: pick a choice, flip true/false, or type the answer."""
        q = self.current
        if q.format == "choice":
            self.mode = "key"
            self.notify(f"Press 1-{len(q.choices or [])} for the new key, Esc to cancel.")
            self.refresh_bindings()
        elif q.format == "truefalse":
            self.session.set_key(self.index, "False" if q.answer_text == "True" else "True")
            await self._changed(f"The key is now {self.current.answer_text}.")
        else:
            await self._edit(Editing("key"))

    async def action_set_key(self, number: int) -> None:
        """Make choice ``number`` (0-based) the key."""
        self.mode = "browse"
        self.session.set_key(self.index, number)
        await self._changed(f"The key is now {self.current.answer_text}.")
        self.query_one(QuestionList).focus()

    @on(Input.Submitted, "#edit-box")
    async def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        await self.action_commit()

    async def action_commit(self) -> None:
        """Apply the edit in the box; a refused edit stays open with the reason shown."""
        if self.mode != "edit" or self.editing is None:
            return
        text = self.query_one("#edit-box", Input).value
        editing = self.editing
        try:
            self._apply(editing, text)
        except ReadquizError as err:
            self._refused(err)
            return
        self.mode, self.editing = "browse", None
        await self._changed()
        self.query_one(QuestionList).focus()

    def _apply(self, editing: Editing, text: str) -> None:
        session, index = self.session, self.index
        match editing.field:
            case "stem":
                session.edit_prompt(index, text)
            case "choice":
                session.edit_choice(index, editing.number, text)
            case "key":
                session.set_key(index, text)
            case "accept":
                session.set_accept(index, text.split(ACCEPT_SEPARATOR.strip()))
            case "tolerance":
                session.set_tolerance(index, text)
            case "points":
                session.set_points(index, text)

    async def action_cancel(self) -> None:
        """Leave the edit (or the key picking) without changing anything."""
        self.mode, self.editing = "browse", None
        await self._show_current()
        self.query_one(QuestionList).focus()

    # ------------------------------------------------------------------ new questions

    async def action_another(self) -> None:
        """Replace the question with another the engine makes for the same fact."""
        try:
            replaced = self.session.ask_another(self.index)
        except ReadquizError as err:
            self.app.push_screen(ErrorScreen(err.message))
            return
        if replaced:
            await self._changed("Another question for this fact (u undoes it).")
        else:
            self.notify("The engine has no other question for this fact.", severity="warning")

    def action_add(self) -> None:
        """Write a question of your own; it goes after the current one."""

        async def added(question: Question | None) -> None:
            if question is None:
                return
            self.index = self.session.add(self.index, question)
            await self._changed("Your question is added after the one you were on.")

        self.app.push_screen(AddQuestionScreen(self.session, cursor_blink=self.cursor_blink), added)

    # ------------------------------------------------------------------ saving, article

    async def action_save(self) -> None:
        """Save the kept questions to the set file, atomically."""
        try:
            self.session.save()
        except ReadquizError as err:
            self.app.push_screen(ErrorScreen(err.message))
            return
        kept = len(self.session.kept)
        await self._changed(f"Saved {self.path.name}: {kept} question{'s' * (kept != 1)}.")

    def action_article(self) -> None:
        """The article: focus it when it is beside the review, else open it."""
        q = self.current
        if self.wide:
            side = self.query_one("#side-article", ArticleView)
            if side.has_focus:
                self.query_one(QuestionList).focus()
            else:
                side.focus()
            return
        self.app.push_screen(
            ArticleScreen(self.session.article, (q.evidence.paragraph, q.evidence.quote))
        )


def _choice_number(parameters: tuple[object, ...]) -> int:
    value = parameters[0] if parameters else 0
    return value if isinstance(value, int) else 0
