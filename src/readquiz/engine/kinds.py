"""One object per answer kind: entity, place, number, time, position, text.

A kind owns what differs between answers: how the answer reads as a choice, the names
a stem could give it away by, the words its evidence must hold, the formats it can be
asked in, whether a wrong value makes a statement the article contradicts, and where
its wrong values come from (:mod:`readquiz.engine.distractors`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from readquiz.engine.facts import names_of
from readquiz.engine.views import EntityView, GroupView, NumberView, Position, When

_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_TIME_WORD = re.compile(
    r"\b(?:" + "|".join(_WEEKDAYS + _MONTHS) + r")\b|\b(?:1[5-9]|20)\d\d\b", re.IGNORECASE
)


def time_words(text: str) -> list[str]:
    """The day, month and year words of a time ("Tuesday night" -> ["Tuesday"])."""
    return [m.group(0) for m in _TIME_WORD.finditer(text)]


def number_forms(value: int | float) -> list[str]:
    """Ways a text writes ``value``: "1.8 million", "1,800,000", "1800000", "five"."""
    from readquiz.english.phrases import number, words

    forms = {number(value), str(value), f"{value:,}"}
    if isinstance(value, float) and value.is_integer():
        forms |= {str(int(value)), f"{int(value):,}"}
    if float(value).is_integer() and 0 <= value <= 20:
        forms.add(words(int(value)))
    if abs(value) >= 1_000 and (abs(value) * 10) % 1_000 == 0 and abs(value) < 1_000_000:
        # "more than 16 thousand reported cases": the word of the scale, as the text writes it
        forms.add(f"{number(value / 1_000)} thousand")
    return sorted(forms)


@dataclass(frozen=True)
class Kind:
    """What one kind of answer is and how it is asked."""

    name: str
    formats: tuple[str, ...]
    """Formats this kind can be asked in (a template listing others has them skipped)."""
    defaults: tuple[str, ...]
    """Formats of a template that lists none (``truefalse`` is added when it has ``say``)."""
    falsifiable: bool
    """Whether putting a wrong value in the answer's place makes a statement the article
    contradicts (a different place, figure, time or position). Swapping the actor of an
    event does not: the article just does not say it, so such a kind gets no false
    statements."""

    def display(self, value: Any) -> str:
        """How ``value`` reads as a choice: "The protesters", "More than 900 meters"."""
        from readquiz.english.phrases import cap

        if self.name == "position":
            return Position(value).label
        if isinstance(value, EntityView | GroupView):
            return cap(value.name)
        return cap(" ".join(str(value).split()))

    def names(self, value: Any) -> list[str]:
        """Every way a stem could name ``value`` (the give-away check)."""
        if isinstance(value, EntityView | GroupView):
            out = names_of(value)
            if isinstance(value, GroupView):
                for member in value.members:
                    out += names_of(member)
            return out
        if isinstance(value, NumberView):
            return number_forms(value.value)
        if self.name == "position":
            # "for" and "against" are everyday words of any topic.
            return []
        return [str(value)]

    def proof(self, value: Any) -> list[list[str]]:
        """Words the evidence must hold: every group needs one of its words present.

        A group of co-agents needs each member named; a time its day, month or year
        (or the whole phrase); a figure one of its written forms. Positions and texts
        (claims, meanings, roles) are paraphrases the quote need not repeat.
        """
        if isinstance(value, GroupView):
            return [names_of(m) for m in value.members]
        if isinstance(value, EntityView):
            return [names_of(value)]
        if isinstance(value, NumberView):
            return [number_forms(value.value)]
        if isinstance(value, When):
            return [[str(value), *time_words(str(value))]]
        return []


ENTITY = Kind("entity", ("choice", "short", "truefalse", "open"), ("choice", "short"), False)
PLACE = Kind("place", ("choice", "short", "truefalse", "open"), ("choice", "short"), True)
NUMBER = Kind("number", ("choice", "numeric", "truefalse", "open"), ("choice", "numeric"), True)
TIME = Kind("time", ("choice", "short", "truefalse", "open"), ("choice", "short"), True)
POSITION = Kind("position", ("choice", "truefalse", "open"), ("choice",), True)
TEXT = Kind("text", ("choice", "short", "truefalse", "open"), ("choice",), False)
KINDS: dict[str, Kind] = {k.name: k for k in (ENTITY, PLACE, NUMBER, TIME, POSITION, TEXT)}


def kind_of(answer: Any) -> Kind | None:
    """The kind of an evaluated answer; None when there is nothing to ask."""
    if answer is None or isinstance(answer, bool):
        return None
    if isinstance(answer, EntityView):
        return PLACE if answer.kind == "place" else ENTITY
    if isinstance(answer, GroupView):
        return PLACE if answer.kind == "place" else ENTITY
    if isinstance(answer, NumberView):
        return NUMBER
    if isinstance(answer, Position):
        return POSITION
    if isinstance(answer, When):
        return TIME if str(answer).strip() else None
    return TEXT if str(answer).strip() else None
