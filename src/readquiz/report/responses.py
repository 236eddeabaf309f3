"""What the students answered to one question, counted: each choice, or each wrong answer.

A choice is recognised as the quiz and the grader recognise it (its text, letter or
number, compared after :func:`readquiz.textmatch.normalize_text`), so a retry that
reshuffled the choices still counts "Tehran" as "Tehran".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from readquiz.questions.model import LETTERS, Question
from readquiz.textmatch import normalize_text

TRUE_WORDS = frozenset({"true", "t", "yes", "y"})
FALSE_WORDS = frozenset({"false", "f", "no", "n"})
MOST_WRONG_ANSWERS = 5
"""Typed answers: the most common wrong ones listed; the rest are counted together."""
OTHER = "(other answers)"
NO_ANSWER = "(no answer)"


@dataclass(frozen=True)
class Option:
    """One choice (or one typed wrong answer) and how many students gave it."""

    text: str
    count: int
    key: bool
    """Whether this is the right answer."""
    upper: int = 0
    """How many of the upper group gave it."""
    lower: int = 0
    """How many of the lower group gave it."""


def choice_index(question: Question, given: str) -> int | None:
    """Which choice ``given`` names (text, letter or 1-based number), or None."""
    choices = question.choices or []
    text = normalize_text(given)
    folded = [normalize_text(c) for c in choices]
    if text in folded:
        return folded.index(text)
    if question.format == "truefalse" and len(choices) == 2:
        if text in TRUE_WORDS:
            return folded.index("true") if "true" in folded else 0
        if text in FALSE_WORDS:
            return folded.index("false") if "false" in folded else 1
    if len(text) == 1 and text.upper() in LETTERS[: len(choices)]:
        return LETTERS.index(text.upper())
    if text.isdigit() and 1 <= int(text) <= len(choices):
        return int(text) - 1
    return None


def count_options(
    question: Question,
    answers: list[tuple[str | None, bool]],
    upper: set[int] | None = None,
    lower: set[int] | None = None,
) -> list[Option]:
    """Count the answers given to ``question``.

    Args:
        question: the question.
        answers: per student asked it, (what they answered or None, whether right).
        upper: indexes into ``answers`` of the upper-scoring group.
        lower: indexes into ``answers`` of the lower-scoring group.

    Returns:
        For a choice or true/false question every choice in its order, the key marked,
        then answers that named no choice; for a typed answer the key first, then
        the most common wrong answers (most given first), then the rest together. A
        "(no answer)" line counts those who left it blank.
    """
    upper, lower = upper or set(), lower or set()
    labels: Counter[str] = Counter()
    up: Counter[str] = Counter()
    low: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    key_label = question.answer_text
    for i, (given, correct) in enumerate(answers):
        if given is None or not given.strip():
            label = NO_ANSWER
        elif question.choices:
            index = choice_index(question, given)
            label = question.choices[index] if index is not None else OTHER
        elif correct:
            label = key_label
        else:
            folded = normalize_text(given)
            label = spelling.setdefault(folded, given.strip())
        labels[label] += 1
        up[label] += i in upper
        low[label] += i in lower

    def option(label: str, key: bool) -> Option:
        return Option(label, labels[label], key, up[label], low[label])

    if question.choices:
        found = [option(c, c == key_label) for c in question.choices]
        found += [option(OTHER, False)] if labels[OTHER] else []
    else:
        wrong = [label for label, _ in labels.most_common() if label not in (key_label, NO_ANSWER)]
        found = [option(key_label, True)]
        found += [option(label, False) for label in wrong[:MOST_WRONG_ANSWERS]]
        rest = wrong[MOST_WRONG_ANSWERS:]
        if rest:
            found.append(
                Option(
                    OTHER,
                    sum(labels[r] for r in rest),
                    False,
                    sum(up[r] for r in rest),
                    sum(low[r] for r in rest),
                )
            )
    if labels[NO_ANSWER]:
        found.append(option(NO_ANSWER, False))
    return found
