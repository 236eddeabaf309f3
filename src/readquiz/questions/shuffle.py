"""Choices in a new order, for a second try at the same questions.

A student who retries a multiple-choice question should have to read its choices
again, not press the digit that was right last time. So a retry moves the right
choice to another place (and so changes the order). True/false keeps its fixed order,
as on the worksheet's versions: "False, True" only confuses, and with two choices
there is no position to remember that the answer itself does not give away.
"""

from __future__ import annotations

import dataclasses
import random

from readquiz.questions.model import Question


def reshuffled(question: Question, rng: random.Random) -> Question:
    """``question`` with its choices in another order: the right one elsewhere.

    Questions without choices, true/false questions and a single choice come back as
    they are. The answer is the right choice's text, so the key stays right.
    """
    if question.format != "choice" or not question.choices or len(question.choices) < 2:
        return question
    before = question.answer_index
    choices = list(question.choices)
    while True:
        rng.shuffle(choices)
        if choices.index(str(question.answer)) != before:
            return dataclasses.replace(question, choices=choices)


def same_question(a: Question, b: Question) -> bool:
    """Whether ``a`` and ``b`` are one question, its choices perhaps in another order."""
    if a.choices is None or b.choices is None:
        return a == b
    return dataclasses.replace(a, choices=sorted(a.choices)) == dataclasses.replace(
        b, choices=sorted(b.choices)
    )
