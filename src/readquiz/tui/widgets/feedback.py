"""Practice-mode feedback: right or wrong, the correct answer, why, and where.

The panel is composed once per quiz screen, hidden, and filled in for each answer:
mounting a fresh panel (and restyling the screen around it) after every keypress was
most of the delay between the keypress and the verdict.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Button, Static

from readquiz.questions.display import answer_words
from readquiz.questions.model import Question


def evidence_line(question: Question) -> tuple[Content, bool]:
    """The evidence as one line, and whether it already says what the explanation says.

    Templates without an explanation of their own get "Paragraph 2: “quote”", which is
    the evidence itself: shown once, as the evidence, rather than twice.
    """
    ev = question.evidence
    prefix = f"Paragraph {ev.paragraph}: "
    same = question.explanation.startswith(prefix)
    quote = question.explanation.removeprefix(prefix) if same else f"“{ev.quote}”"
    return Content.assemble(("Evidence", "bold"), f", paragraph {ev.paragraph}: {quote}"), same


def answer_label(question: Question) -> str:
    """The correct answer as a student reads it: "Karachi", "about 120 meters".

    :func:`readquiz.questions.display.answer_words`, the words of every front end.
    """
    return answer_words(question)


class Feedback(Vertical):
    """What the student sees after answering in practice mode; hidden until then."""

    def __init__(self) -> None:
        """An empty, hidden panel; :meth:`show` fills it in."""
        super().__init__(id="feedback")
        self.display = False
        self.question: Question | None = None

    def compose(self) -> ComposeResult:
        """Verdict, the answer given (when wrong), the answer, why, the evidence, the way on."""
        yield Static(id="verdict", markup=False)
        yield Static(id="given")
        yield Static(id="correct-answer")
        yield Static(id="explanation")
        yield Static(id="evidence")
        yield Static(id="where")
        yield Button("Next ▸", id="next", variant="primary", compact=True)

    def show(self, question: Question, given: str, correct: bool, *, wide: bool) -> None:
        """Describe the answer; ``wide`` says the article (and its highlight) is on screen."""
        self.question = question
        self.set_class(correct, "-right")
        self.set_class(not correct, "-wrong")
        self.query_one("#verdict", Static).update("✓ Correct!" if correct else "✗ Not quite.")
        given_line = self.query_one("#given", Static)
        given_line.display = not correct
        given_line.update(Content.assemble(("You answered: ", "bold"), given))
        self.query_one("#correct-answer", Static).update(
            Content.assemble(("Answer: ", "bold"), answer_label(question))
        )
        evidence, same = evidence_line(question)
        explanation = self.query_one("#explanation", Static)
        explanation.display = not same
        explanation.update(Content(question.explanation))
        self.query_one("#evidence", Static).update(evidence)
        where = (
            "It is highlighted in the article on the left."
            if wide
            else "Press F2 to see it highlighted in the article."
        )
        self.query_one("#where", Static).update(Content(where))
        self.display = True

    def hide(self) -> None:
        """Hide the panel until the next answer."""
        self.display = False
        self.question = None
