"""A calendar year asked as a year: "In what year did the Korean War end?".

A number fact whose unit is a calendar year and whose ``what`` reads "the year <a
clause>" ("the year the Korean War ended", "the year NASA plans to send another
explorer to Titan") is a date, not a figure: blind raters reject "What figure does
the article give for the year the Korean War ended?" (wrong-wh) and "The article puts
the year the Korean War ended at 1953." The clause is inverted after "In what year"
and, for a statement, given its year: "According to the article, the Korean War
ended in 1953." A ``what`` of another shape ("the year of the first vote", "the year
since which the snake has been listed") gives "", and the figure's own stem is used.
"""

from __future__ import annotations

import re
from typing import Any

from readquiz.english.inversion import invert
from readquiz.english.quantities import _AUX, _is_year
from readquiz.english.verbs import as_text, base_verb

_YEAR_WHAT = re.compile(r"^the\s+year\s+(?:that\s+|when\s+|in\s+which\s+)?(?P<clause>.+)$", re.I)
_SUBJECT_START = frozenset("the a an this that these those his her its their".split())
_PRESENT = frozenset(
    """
plans hopes expects aims intends wants needs says seeks promises proposes schedules
""".split()
)
"""Present-tense verbs a year's clause takes ("NASA plans to send ... in 2028")."""
_NOT_IN_SUBJECT = frozenset("of in on at for by from with to since which".split())


def _split(clause: str) -> tuple[str, str] | None:
    """(subject, verb phrase) of "the Korean War ended", or None for another shape."""
    words = clause.split()
    if not words or (words[0].lower() not in _SUBJECT_START and not words[0][:1].isupper()):
        return None
    for i in range(1, min(len(words), 8)):
        if words[i][:1].isupper():
            continue  # "the United Nations made ...": a name goes on, no verb
        word = words[i].strip(",").lower()
        if word in _AUX or word in _PRESENT or base_verb(word) is not None:
            if i + 1 == len(words) and word in _AUX:
                return None
            return " ".join(words[:i]), " ".join(words[i:])
        if word in _NOT_IN_SUBJECT and not words[i - 1][:1].isupper():
            return None  # "the year of the vote": no clause
    return None


def _year_clause(fact: Any) -> tuple[str, str, str] | None:
    unit = as_text(getattr(fact, "unit", ""))
    if not _is_year(float(getattr(fact, "value", 0)), unit):
        return None
    found = _YEAR_WHAT.match(as_text(getattr(fact, "what", "")).strip())
    if not found:
        return None
    clause = found.group("clause").rstrip(" .")
    parts = _split(clause)
    if parts is None:
        return None
    return clause, parts[0], parts[1]


def year_question(fact: Any) -> str:
    """'In what year did the Korean War end?', or "" (``figure_question`` asks it)."""
    found = _year_clause(fact)
    if found is None:
        return ""
    _, subject, verb = found
    return f"In what year {invert(verb, subject)}?"


def year_statement(fact: Any, answer: Any = None) -> str:
    """'According to the article, the Korean War ended in 1953.', or "".

    "" for a fact of another shape (``figure_statement`` says it).
    """
    found = _year_clause(fact)
    if found is None:
        return ""
    given = answer if answer is not None else fact
    value = getattr(given, "value", given)
    return f"According to the article, {found[0]} in {int(float(value))}."
