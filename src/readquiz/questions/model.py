"""Question and QuestionSet: the plain data every front end consumes.

The JSON form is the output contract of ``readquiz generate --format json``
(docs/json-output.md): every key always present, ``null`` where it does not apply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

Format = Literal["choice", "short", "numeric", "truefalse", "open"]
"""How a question is answered; templates name them in ``formats``."""
FORMATS: tuple[str, ...] = get_args(Format)
Bound = Literal["more than", "less than", "at least", "at most"]
"""The hedges that bound a figure on one side ("more than 900 kilometers")."""
BOUNDS: tuple[str, ...] = get_args(Bound)
Approx = Literal["exact", "about", Bound]
"""How a number fact's figure is stated: exactly, about, or as a bound (:data:`BOUNDS`)."""
APPROXES: tuple[str, ...] = get_args(Approx)
LETTERS = "ABCDE"


@dataclass(frozen=True)
class Evidence:
    """The paragraph (1-based number) and the quote that prove an answer."""

    paragraph: int
    quote: str


@dataclass(frozen=True)
class Question:
    """One question, ready to ask, grade and print."""

    id: str
    type: str
    format: str
    prompt: str
    choices: list[str] | None
    answer: str | int | float
    accept: list[str]
    unit: str | None
    approx: str | None
    tolerance: float | None
    evidence: Evidence
    explanation: str
    template: str | None
    """The template that made the question; None for one a teacher wrote by hand."""
    points: int | float = 1
    """What the question is worth (a question-set file may set it; default 1)."""

    @property
    def answer_text(self) -> str:
        """The key as text ("900", "Karachi", "True"): what a choice is matched against.

        Not the answer in words: "about 900 kilometers" is
        :func:`readquiz.questions.display.answer_words` (the JSON's ``answer_text``).
        """
        if isinstance(self.answer, float) and self.answer.is_integer():
            return str(int(self.answer))
        return str(self.answer)

    @property
    def answer_index(self) -> int | None:
        """Index of the correct choice, for choice and true/false questions."""
        if self.choices is None:
            return None
        return self.choices.index(str(self.answer))

    def to_dict(self) -> dict[str, Any]:
        """The question as the JSON contract's object."""
        from readquiz.questions.display import answer_words

        return {
            "id": self.id,
            "type": self.type,
            "format": self.format,
            "prompt": self.prompt,
            "choices": list(self.choices) if self.choices is not None else None,
            "answer": self.answer,
            "answer_text": answer_words(self),
            "accept": list(self.accept),
            "unit": self.unit,
            "approx": self.approx,
            "tolerance": self.tolerance,
            "evidence": {"paragraph": self.evidence.paragraph, "quote": self.evidence.quote},
            "explanation": self.explanation,
            "template": self.template,
            "points": self.points,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        """Inverse of :meth:`to_dict`."""
        ev = data["evidence"]
        return cls(
            id=data["id"],
            type=data["type"],
            format=data["format"],
            prompt=data["prompt"],
            choices=list(data["choices"]) if data["choices"] is not None else None,
            answer=data["answer"],
            accept=list(data["accept"]),
            unit=data["unit"],
            approx=data["approx"],
            tolerance=data["tolerance"],
            evidence=Evidence(int(ev["paragraph"]), ev["quote"]),
            explanation=data["explanation"],
            template=data["template"],
            # attempts stored before points existed have none: every question was worth 1
            points=data.get("points", 1),
        )


@dataclass
class QuestionSet:
    """The questions made from one article with one seed."""

    article_id: str
    article_title: str
    seed: int
    questions: list[Question] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The set as the JSON contract's object."""
        return {
            "article": {"id": self.article_id, "title": self.article_title},
            "seed": self.seed,
            "questions": [q.to_dict() for q in self.questions],
        }

    def to_json(self) -> str:
        """Stable JSON text (same set, same bytes)."""
        import json  # here, not at the top: the quiz's first screen needs no JSON

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QuestionSet:
        """Inverse of :meth:`to_dict`."""
        return cls(
            article_id=data["article"]["id"],
            article_title=data["article"]["title"],
            seed=int(data["seed"]),
            questions=[Question.from_dict(q) for q in data["questions"]],
        )

    @classmethod
    def from_json(cls, text: str) -> QuestionSet:
        """Inverse of :meth:`to_json`."""
        import json

        return cls.from_dict(json.loads(text))
