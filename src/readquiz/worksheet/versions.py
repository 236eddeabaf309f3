"""Versions of a worksheet: the same questions in another order, with shuffled choices.

Headless (no reportlab): the printed order and the answer key are both made from the
:class:`Version` objects here, so a key can never disagree with its handout.
"""

from __future__ import annotations

import dataclasses
import random
import re
from dataclasses import dataclass

from readquiz.questions.model import Question, QuestionSet

_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def version_label(index: int) -> str:
    """The label of the version at 0-based ``index``: A..Z, then AA, AB, ..., ZZ.

    Args:
        index: 0 for the first version.

    Returns:
        The spreadsheet-column style label ("A", "Z", "AA", ...).
    """
    if index < 0:
        raise ValueError("version index must be 0 or more")
    label = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


@dataclass(frozen=True)
class Version:
    """One handout: its label and its questions in printed order.

    Each question's ``choices`` are already in printed order, so ``answer_index`` is
    the printed letter's index.
    """

    label: str
    questions: list[Question]


def _sorted_numbers(choices: list[str]) -> bool:
    """True when every choice states a number and they are in ascending order.

    Numeric choices that the engine put in order stay in order: teachers expect
    "100, 200, 300" rather than a jumble.
    """
    values = []
    for choice in choices:
        found = _NUMBER.search(choice)
        if found is None:
            return False
        values.append(float(found.group(0).replace(",", "")))
    return values == sorted(values)


def _shuffle_choices(question: Question, rng: random.Random) -> Question:
    if question.format != "choice" or not question.choices:
        # True/False keeps its fixed order: a reversed pair only confuses.
        return question
    if _sorted_numbers(question.choices):
        return question
    choices = list(question.choices)
    rng.shuffle(choices)
    return dataclasses.replace(question, choices=choices)


def make_versions(qset: QuestionSet, count: int) -> list[Version]:
    """The ``count`` versions of a worksheet, all derived from ``qset.seed``.

    Version A is the question set exactly as the engine made it (the order
    ``readquiz generate`` prints with the same seed); every later version shuffles the
    question order and the choices of each multiple-choice question with a generator
    seeded from the set's seed and the version's label, so the same seed always gives
    the same versions.

    Args:
        qset: The question set.
        count: How many versions (1 or more).

    Returns:
        The versions, labelled A, B, ...
    """
    if count < 1:
        raise ValueError("a worksheet has at least one version")
    versions = [Version(version_label(0), list(qset.questions))]
    for index in range(1, count):
        label = version_label(index)
        rng = random.Random(f"readquiz-worksheet:{qset.seed}:{label}")
        questions = list(qset.questions)
        rng.shuffle(questions)
        versions.append(Version(label, [_shuffle_choices(q, rng) for q in questions]))
    return versions
