"""One question: progress, the prompt and a way to answer it.

Multiple choice and true/false use an OptionList (digits 1-9, arrows and Enter, the
mouse); short and numeric answers an Input that is focused at once. The view only
reports what the student gave (``QuestionView.Answered``); grading is not its business.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Label, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from readquiz.questions.model import Question

_DIGIT_BINDINGS: list[Binding | tuple[str, str] | tuple[str, str, str]] = [
    Binding("1", "choose(1)", "Choose", key_display="1-9", id="choose"),
    *(Binding(str(n), f"choose({n})", show=False) for n in range(2, 10)),
]


def choice_prompt(number: int, text: str, mark: str = " ") -> Content:
    """An option's label: "1. Karachi", with a mark (✓ / ✗) in front after feedback."""
    return Content.assemble((f"{mark} ", "bold"), (f"{number}. ", "$text-muted"), Content(text))


class QuestionView(Vertical):
    """Shows ``question`` (number ``index + 1`` of ``total``) and takes one answer."""

    BINDINGS = _DIGIT_BINDINGS

    class Answered(Message):
        """The student gave an answer: the chosen choice's text, or what they typed."""

        def __init__(self, view: QuestionView, given: str) -> None:
            super().__init__()
            self.view = view
            self.given = given

        @property
        def control(self) -> QuestionView:
            """The view that sent the message."""
            return self.view

    def __init__(
        self,
        question: Question,
        index: int,
        total: int,
        answered: int,
        *,
        cursor_blink: bool = True,
        given: str | None = None,
    ) -> None:
        """Prepare the view; ``answered`` is how many questions are done (for the bar).

        ``given``: the answer already given, when the student is changing it (test mode):
        it is shown, chosen or typed in already, so Enter keeps it.
        """
        super().__init__(id="question")
        self.given = given
        self.question = question
        self.index = index
        self.total = total
        self.answered_count = answered
        self.cursor_blink = cursor_blink
        self.done = False

    @property
    def is_choice(self) -> bool:
        """Whether the answer is picked from choices (choice, true/false)."""
        return self.question.choices is not None

    def compose(self) -> ComposeResult:
        """Progress, prompt, then choices or an input box."""
        q = self.question
        yield Label(f"Question {self.index + 1} of {self.total}", id="progress-label")
        yield ProgressBar(total=self.total, show_eta=False, show_percentage=False, id="progress")
        yield Static(Content(q.prompt), id="prompt")
        if self.given is not None:
            yield Static(
                Content.assemble(
                    ("Your answer: ", "bold"),
                    self.given,
                    ("   give another, or press Esc to keep it", "$text-muted"),
                ),
                id="current-answer",
            )
        if q.choices is not None:
            yield OptionList(
                *(Option(choice_prompt(i + 1, c)) for i, c in enumerate(q.choices)),
                id="choices",
            )
        else:
            hint = "Type your answer and press Enter."
            if q.format == "numeric" and q.unit:
                hint = f"Type a number (in {q.unit}) and press Enter."
            answer_box = Input(self.given or "", placeholder="Your answer", id="answer")
            answer_box.cursor_blink = self.cursor_blink
            yield answer_box
            yield Label(Content(hint), id="hint")

    def on_mount(self) -> None:
        """Fill the bar and focus the answer widget, so the student can answer at once."""
        self.query_one(ProgressBar).update(progress=self.answered_count)
        target = self.query_one("#choices" if self.is_choice else "#answer")
        choices = self.question.choices or []
        if self.given in choices:
            self.query_one(OptionList).highlighted = choices.index(self.given)
        target.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Digits choose only on a choice question that is not answered yet."""
        if action == "choose":
            return self.is_choice and not self.done
        return True

    def action_choose(self, number: int) -> None:
        """Pick choice ``number`` (1-based), if there is one."""
        choices = self.question.choices or []
        if 1 <= number <= len(choices):
            self.query_one(OptionList).highlighted = number - 1
            self._give(choices[number - 1])

    @on(OptionList.OptionSelected, "#choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        choices = self.question.choices or []
        self._give(choices[event.option_index])

    @on(Input.Submitted, "#answer")
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.notify("Type an answer first.", timeout=2)
            return
        self._give(event.value.strip())

    def _give(self, given: str) -> None:
        if self.done:
            return
        self.done = True
        self.post_message(self.Answered(self, given))

    def freeze(self, correct: bool | None = None, given: str | None = None) -> None:
        """Freeze the answer; with ``correct`` known, mark the right and the chosen choice."""
        self.done = True
        self.query_one(ProgressBar).update(progress=self.answered_count + 1)
        self.refresh_bindings()
        if self.is_choice:
            options = self.query_one(OptionList)
            choices = self.question.choices or []
            if correct is not None:
                right = self.question.answer_index
                for i, text in enumerate(choices):
                    mark = "✓" if i == right else ("✗" if text == given else " ")
                    options.replace_option_prompt_at_index(i, choice_prompt(i + 1, text, mark))
            options.disabled = True
        else:
            self.query_one(Input).disabled = True
