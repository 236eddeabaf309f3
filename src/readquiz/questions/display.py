"""The answer of a question in words: the one wording every front end prints.

The quiz's feedback (in the terminal and served in browsers), the worksheet's key,
``readquiz generate`` (text and the ``answer_text`` of its JSON), the question-set
file and every export (Moodle, QTI, GIFT, Anki) call these functions, so an answer
reads the same everywhere: "1.8 million dollars", "more than 200 million people",
"about 20 percent", "Tuesday night" -- never "1800000 dollars".

- :func:`answer_words`: the answer as a reader says it. A choice is its text; true
  or false is "True" or "False"; a number is its value with the unit and the
  approximation (:func:`readquiz.english.quantities.quantity`); a short or open
  answer is its text.
- :func:`amount_words`: a number answer without its approximation ("25 million
  dollars"), for a grid cell.
- :func:`range_words`: the band a number answer is graded within, in the same words
  ("22.5 million to 27.5 million dollars", "18 to 22 percent", "44.7°C to 45.1°C"),
  or None when only the exact value is right.

Headless: the standard library and readquiz.english only.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from readquiz.english.quantities import BEFORE_UNITS, quantity

if TYPE_CHECKING:
    from readquiz.questions.model import Question

_ATTACHED = ("°C", "°F", "°")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _approx(question: Question) -> str | None:
    return question.approx if question.approx not in (None, "", "exact") else None


def answer_words(question: Question) -> str:
    """The answer as a reader says it: "about 1.8 million dollars", "Karachi", "True"."""
    answer = question.answer
    if question.format in ("choice", "truefalse") or not _is_number(answer):
        if isinstance(answer, float) and answer.is_integer():
            return str(int(answer))
        return " ".join(str(answer).split())
    assert isinstance(answer, int | float)
    return quantity(answer, question.unit or "", _approx(question))


def amount_words(question: Question) -> str:
    """A number answer without its approximation ("25 million dollars").

    Any other answer: :func:`answer_words`.
    """
    if question.format in ("choice", "truefalse") or not _is_number(question.answer):
        return answer_words(question)
    assert isinstance(question.answer, int | float)
    return quantity(question.answer, question.unit or "", None)


def _decimals(value: float) -> int:
    """Decimal places of ``value`` as written ("46.3" -> 1, "25" -> 0)."""
    text = repr(float(value))
    if "e" in text or "." not in text:
        return 0
    return len(text.split(".")[1].rstrip("0"))


def _rounded(value: float, places: int) -> float:
    """``value`` to ``places`` decimals, and to three significant digits from a million up.

    Enough to read the band as a teacher would write it: "1.71 million", "46.07".
    """
    if abs(value) >= 1e6:
        size = 10.0 ** (math.floor(math.log10(abs(value))) - 2)
        return float(round(value / size) * size)
    return round(value, places)


def range_words(question: Question) -> str | None:
    """The band a number answer is graded within, in words; None when it is exact.

    "22.5 million to 27.5 million dollars" for about 25 million dollars, "18 to 22
    percent", "44.7°C to 45.1°C", "3.5 to 4.5 million dollars".
    """
    answer, tolerance = question.answer, question.tolerance
    if question.format in ("choice", "truefalse", "open") or not _is_number(answer):
        return None
    if not tolerance:
        return None
    assert isinstance(answer, int | float)
    # As many decimals as the tolerance has, at most one more than the answer's:
    # 25 ± 2.5 -> "22.5 to 27.5", 46.3 ± 0.2315 -> "46.07 to 46.53".
    places = min(_decimals(tolerance), _decimals(answer) + 1)
    low = _rounded(answer - tolerance, places)
    high = _rounded(answer + tolerance, places)
    unit = question.unit or ""
    if unit.strip() in _ATTACHED:
        return f"{quantity(low, unit)} to {quantity(high, unit)}"
    if unit.strip().lower() in BEFORE_UNITS:
        return f"{quantity(low, unit)} to {quantity(high, '')}"  # "magnitude 7.16 to 7.24"
    return f"{quantity(low, '')} to {quantity(high, unit)}"


def accepted_words(question: Question) -> list[str]:
    """Every other answer a student may give, as the key and the exports list them."""
    return [" ".join(a.split()) for a in question.accept if a.strip()]
