"""Practice-mode feedback: right or wrong, the correct answer, why, and where."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Button, Static

from readquiz.questions import Question


def answer_label(question: Question) -> str:
    """The correct answer as a student reads it: "Karachi", "about 120 meters"."""
    answer = question.answer_text + (f" {question.unit}" if question.unit else "")
    if question.approx and question.approx != "exact":
        answer = f"{question.approx} {answer}"
    return answer


class Feedback(Vertical):
    """What the student sees after answering in practice mode."""

    def __init__(self, question: Question, given: str, correct: bool, *, wide: bool) -> None:
        """Describe the answer; ``wide`` says the article (and its highlight) is on screen."""
        super().__init__(id="feedback", classes="-right" if correct else "-wrong")
        self.question = question
        self.given = given
        self.correct = correct
        self.wide = wide

    def compose(self) -> ComposeResult:
        """Verdict, answer, explanation, evidence, and the way on."""
        q = self.question
        verdict = "✓ Correct!" if self.correct else "✗ Not quite."
        yield Static(verdict, id="verdict", markup=False)
        answer = answer_label(q)
        if not self.correct:
            yield Static(Content.assemble(("You answered: ", "bold"), self.given), id="given")
        yield Static(Content.assemble(("Answer: ", "bold"), answer), id="correct-answer")
        yield Static(Content(q.explanation), id="explanation")
        where = "highlighted in the article" if self.wide else "press F2 to see it in the article"
        yield Static(Content(f"Evidence: paragraph {q.evidence.paragraph} ({where})"), id="where")
        yield Button("Next ▸", id="next", variant="primary", compact=True)
