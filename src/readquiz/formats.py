"""Turning one bound template × item into a Question of one format.

A :class:`Candidate` is a template bound to an item with its answer evaluated and
its stem rendered; :func:`make_question` makes it a choice, short, numeric,
true/false or open question, or returns None when it cannot make that format soundly
(too few wrong choices, say). The engine then tries the next format.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from readquiz.distractors import (
    Situation,
    entity_distractors,
    mentions,
    names_of,
    norm,
    position_distractors,
    text_distractors,
)
from readquiz.numeric import number_distractors
from readquiz.questions.model import Evidence, Question
from readquiz.views import (
    ArticleView,
    EntityView,
    EventView,
    GroupView,
    NumberView,
    Position,
    StanceView,
)

MIN_CHOICES = 3
MAX_CHOICES = 5
WANT_DISTRACTORS = 3
"""Four choices when the article allows; three are accepted, five never exceeded."""

FORMATS_BY_KIND: dict[str, tuple[str, ...]] = {
    "entity": ("choice", "short", "truefalse", "open"),
    "number": ("choice", "numeric", "truefalse", "open"),
    "position": ("choice", "truefalse", "open"),
    "text": ("choice", "short", "truefalse", "open"),
}
"""What each answer kind can be asked as (a template listing more gets those skipped)."""

DEFAULT_FORMATS: dict[str, tuple[str, ...]] = {
    "entity": ("choice", "short"),
    "number": ("choice", "numeric"),
    "position": ("choice",),
    "text": ("choice",),
}
"""Formats of a template that lists none; ``truefalse`` is added when it has ``say``."""


def answer_kind(answer: Any) -> str | None:
    """entity, number, position or text; None when there is nothing to ask."""
    if answer is None:
        return None
    if isinstance(answer, EntityView | GroupView):
        return "entity"
    if isinstance(answer, NumberView):
        return "number"
    if isinstance(answer, Position):
        return "position"
    if isinstance(answer, bool):
        return None
    text = str(answer).strip()
    return "text" if text else None


def display(answer: Any, kind: str) -> str:
    """How an answer reads as a choice: "The protesters", "More than 900 kilometers"."""
    from readquiz.english.phrases import cap

    if kind == "position":
        return Position(answer).label
    if kind == "entity":
        return cap(answer.name)
    return cap(" ".join(str(answer).split()))


@dataclass
class Candidate:
    """A template bound to one item: answer evaluated, stem rendered."""

    template: Any
    """The LoadedTemplate."""
    article: ArticleView
    item: Any
    item_id: str
    answer: Any
    kind: str
    stem: str
    evidence: Evidence
    others: list[tuple[Any, str]] = field(default_factory=list)
    """For text answers: (other item, its answer text) over the template's ``from``."""

    @property
    def qid(self) -> str:
        """The question id, ``TEMPLATE/ITEM``."""
        return f"{self.template.id}/{self.item_id}"

    def situation(self) -> Situation:
        """The facts the exclusion rules need."""
        return Situation(self.article, self.template.spec.from_, self.item, self.answer, self.stem)

    def context(self, answer: Any) -> dict[str, Any]:
        """Names bound for ``say`` and ``explain``."""
        return {"item": self.item, "article": self.article, "answer": answer}


def wrong_answers(cand: Candidate, rng: random.Random, want: int) -> list[Any]:
    """Distractors of the candidate's answer kind, as answer-like values."""
    if cand.kind == "entity":
        return entity_distractors(cand.situation(), rng, want)
    if cand.kind == "position":
        return position_distractors(cand.answer, rng)[:want]
    if cand.kind == "text":
        return text_distractors(cand.situation(), cand.others, rng, want)
    fact: NumberView = cand.answer
    values = number_distractors(fact.value, fact.unit, fact.approx, tolerance(fact), rng, want)
    return [
        NumberView(
            id="",
            value=v,
            unit=fact.unit,
            approx=fact.approx,
            what=fact.what,
            quote="",
            paragraph=0,
        )
        for v in values
    ]


TOLERANCE_DIGITS = 6
"""Significant digits kept in a tolerance: 0.5% of 46.3 is 0.23149999999999998 in
binary floating point, which a teacher would read as 0.2315."""


def tolerance(fact: NumberView) -> float:
    """The absolute tolerance of a number fact (grading's rule), without float noise.

    Rounded here because this value fills ``Question.tolerance``, which the text, JSON
    and worksheet outputs all print as it is.
    """
    from readquiz.grading import numeric_tolerance

    raw = float(numeric_tolerance(fact.value, fact.approx))
    return float(f"{raw:.{TOLERANCE_DIGITS}g}")


def gives_away(text: str, answer: Any, kind: str) -> bool:
    """Whether ``text`` names ``answer``: its name or an alias, its text, its number.

    Positions are not checked: "for" and "against" are everyday words of any topic.
    """
    if kind == "entity":
        return any(mentions(text, n) for n in names_of(answer))
    if kind == "number":
        from readquiz.english.phrases import number

        value = answer.value
        forms = {number(value), str(value), f"{value:,}"}
        if isinstance(value, float) and value.is_integer():
            forms |= {str(int(value)), f"{int(value):,}"}
        return any(mentions(text, f) for f in forms)
    if kind == "text":
        return mentions(text, str(answer))
    return False


def _explanation(cand: Candidate) -> str:
    if cand.template.has("explain"):
        return str(cand.template.render("explain", **cand.context(cand.answer)))
    return f"Paragraph {cand.evidence.paragraph}: “{cand.evidence.quote}”"


def _question(cand: Candidate, fmt: str, prompt: str, answer: Any, **extra: Any) -> Question:
    fields: dict[str, Any] = {
        "choices": None,
        "accept": [],
        "unit": None,
        "approx": None,
        "tolerance": None,
    }
    fields.update(extra)
    return Question(
        id=cand.qid,
        type=cand.template.type,
        format=fmt,
        prompt=prompt,
        answer=answer,
        evidence=cand.evidence,
        explanation=_explanation(cand),
        template=cand.template.id,
        **fields,
    )


def _choice(cand: Candidate, rng: random.Random) -> Question | None:
    right = display(cand.answer, cand.kind)
    choices = [right]
    for wrong in wrong_answers(cand, rng, WANT_DISTRACTORS):
        text = display(wrong, cand.kind)
        if norm(text) not in {norm(c) for c in choices}:
            choices.append(text)
    if len(choices) < MIN_CHOICES:
        return None
    choices = choices[:MAX_CHOICES]
    rng.shuffle(choices)
    return _question(cand, "choice", cand.stem, right, choices=choices)


def _another_is_right(cand: Candidate) -> bool:
    """Whether a typed answer naming someone else would be right too.

    A choice question can leave the others out of its choices; a short answer cannot,
    and a student who names another holder of the same view (or the one who voiced it),
    another doer of the same deed, or another entity with the same role would be marked
    wrong unfairly.
    """
    item, article = cand.item, cand.article
    if isinstance(item, StanceView):
        if item.voiced_by is not None:
            return True  # the spokeswoman who said it is a fair answer too
        return any(
            s is not item
            and s.holder.id != item.holder.id
            and s.topic == item.topic
            and s.position == item.position
            for s in article.stances
        )
    if isinstance(item, EventView):
        did = norm(item.did)
        return any(
            e is not item and norm(e.did) == did and set(e.who.ids) != set(item.who.ids)
            for e in article.events
        )
    if isinstance(item, EntityView) and item.role:
        role = norm(item.role)
        return any(
            e.id != item.id and e.role and norm(e.role) == role for e in article.entities.values()
        )
    return False


def _short(cand: Candidate) -> Question | None:
    if cand.kind == "entity" and _another_is_right(cand):
        return None
    right = display(cand.answer, cand.kind)
    accept: list[str] = []
    seen = {norm(right)}
    if cand.kind == "entity":
        for name in names_of(cand.answer):
            if norm(name) and norm(name) not in seen:
                seen.add(norm(name))
                accept.append(name)
    return _question(cand, "short", cand.stem, right, accept=accept)


def _numeric(cand: Candidate) -> Question:
    fact: NumberView = cand.answer
    value: int | float = fact.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _question(
        cand,
        "numeric",
        cand.stem,
        value,
        unit=fact.unit,
        approx=fact.approx,
        tolerance=tolerance(fact),
    )


def _truefalse(cand: Candidate, rng: random.Random) -> Question | None:
    if not cand.template.has("say"):
        return None
    truth = rng.random() < 0.5
    statement = None
    if not truth:
        for wrong in wrong_answers(cand, rng, WANT_DISTRACTORS):
            text = cand.template.render("say", **cand.context(wrong))
            # A false statement that names the real answer contradicts itself.
            if not gives_away(text, cand.answer, cand.kind):
                statement = text
                break
    if statement is None:
        truth = True
        statement = cand.template.render("say", **cand.context(cand.answer))
    answer = "True" if truth else "False"
    return _question(
        cand, "truefalse", f"True or false: {statement}", answer, choices=["True", "False"]
    )


def _open(cand: Candidate) -> Question:
    if cand.kind == "number":
        model = display(cand.answer, "number")
    else:
        model = display(cand.answer, cand.kind)
    return _question(cand, "open", cand.stem, model)


def make_question(cand: Candidate, fmt: str, rng: random.Random) -> Question | None:
    """The candidate as a question of format ``fmt``, or None if it cannot be made."""
    if fmt not in FORMATS_BY_KIND[cand.kind]:
        return None
    if fmt == "choice":
        return _choice(cand, rng)
    if fmt == "short":
        return _short(cand)
    if fmt == "numeric":
        return _numeric(cand)
    if fmt == "truefalse":
        return _truefalse(cand, rng)
    return _open(cand)
