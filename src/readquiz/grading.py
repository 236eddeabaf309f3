"""Answer checking: is what a student typed or chose a right answer?

Used by the quiz (students type or pick answers), the engine (tolerances, duplicate
choices, stems that give their answer away) and the tests. Headless and cheap to
import: the standard library and rapidfuzz only.

The rules, by question format:

- ``choice``: the chosen choice's text, its letter (``A``-``E``) or its 1-based
  number (decimal digits of any script; "❶" is no number). Typed text may have a
  small typo if it is nearer the right choice than any other. Two letters ("B and
  A") are no choice.
- ``truefalse``: ``True``/``False``, ``T``/``F``, ``yes``/``no``, ``Y``/``N``, or the
  choice's letter or number.
- ``short``: the answer or one of ``accept``, compared after
  :func:`readquiz.textmatch.normalize_text`, with a small typo forgiven
  (:func:`typo_allowance`) unless the text is at least as near a wrong choice; a
  clock time however written ("7pm", "7 p.m.", "7:00 PM"), names joined by "and"
  in any order ("Orr and Lusk"). A number answer is checked as ``numeric``.
- ``numeric``: the number in the text (:func:`parse_number`; "1.9 million",
  "1,900,000", "1.9m", "20%", "20 percent") within the question's ``tolerance`` of
  the answer (:func:`is_within`); for a unit holding a scale ("million dollars"),
  "4 million" is 4 (:func:`numbers_meant`).
- ``open``: a lenient hint for self-checking: ``short``'s rules, or most of the
  model answer's content words present.

Empty input is never right.
"""

from __future__ import annotations

import math
import re
import unicodedata

from readquiz.questions.model import APPROXES, BOUNDS, LETTERS, Question
from readquiz.textmatch import normalize_text

# --- text ---------------------------------------------------------------------------


def _edits(a: str, b: str) -> int:
    """The Levenshtein distance between two texts.

    rapidfuzz is imported here, on the first typed answer graded: ``generate`` imports
    this module for :func:`numeric_tolerance` alone and should not pay for it.
    """
    from rapidfuzz.distance import Levenshtein

    return int(Levenshtein.distance(a, b))


def typo_allowance(answer: str) -> int:
    """How many edits (Levenshtein distance) a typed answer may be off by.

    Counted on the normalised answer's letters and digits: up to 4 -> 0 (exact, as
    short names sit one letter apart: Iran/Iraq, Mali/Bali), 5-7 -> 1 ("Karchi"
    for "Karachi"), 8 or more -> 2 ("Islambad" for "Islamabad").
    """
    size = sum(c.isalnum() for c in normalize_text(answer))
    if size <= 4:
        return 0
    return 1 if size <= 7 else 2


_PREPOSITIONS = ("on ", "in ", "at ", "during ", "by ")
"""A student may answer "when?" with "on Sunday" and "where?" with "in Karachi"."""


def _bare(folded: str) -> str:
    """Folded text without a leading preposition: "on sunday" -> "sunday"."""
    for word in _PREPOSITIONS:
        if folded.startswith(word) and len(folded) > len(word):
            return normalize_text(folded[len(word) :])
    return folded


_CLOCK = re.compile(r"\b(\d{1,2})(?: 00)? ?([ap])m\b")
"""A clock time after normalising: "7pm", "7 p.m.", "7:00 PM" all read "7 pm"."""
_JOINED = re.compile(r"\s*(?:,|&|\band\b)\s*")


def _answer_form(text: str) -> str:
    """``text`` folded for comparing answers, clock times written one way.

    :func:`normalize_text`, no leading preposition, and "7pm", "7 p.m." -> "7 pm".
    """
    return _CLOCK.sub(r"\1 \2m", _bare(normalize_text(text)))


def _parts(text: str) -> tuple[str, ...] | None:
    """The names of "A and B", "A, B and C", "A & B" in order-free form; None for one name."""
    parts = [_answer_form(p) for p in _JOINED.split(text)]
    parts = [p for p in parts if p]
    return tuple(sorted(parts)) if len(parts) > 1 else None


_FIGURES = re.compile(r"\d+")
"""The figures of a text: a typo is forgiven in its words, never in them."""


def _same_names(given: str, right: str) -> bool:
    """Whether "B and A" names the same ones as "A and B", each name with a typo forgiven."""
    mine, theirs = _parts(given), _parts(right)
    if mine is None or theirs is None or len(mine) != len(theirs):
        return False
    return all(
        _edits(a, b) <= typo_allowance(b) and _FIGURES.findall(a) == _FIGURES.findall(b)
        for a, b in zip(mine, theirs, strict=True)
    )


def _matches_text(given: str, right: list[str], wrong: list[str]) -> bool:
    """Whether ``given`` is one of ``right`` (typo forgiven) and nearer it than any wrong.

    A leading preposition on either side is ignored ("on Sunday" for "Sunday"), a clock
    time may be written "7pm" or "7 p.m.", and names joined by "and" may come in any
    order ("Orr and Lusk" for "Lusk and Orr").
    """
    text = _answer_form(given)
    if not text:
        return False
    rights = [_answer_form(r) for r in right if normalize_text(r)]
    if text in rights:
        return True
    wrongs = [w for w in (_answer_form(w) for w in wrong) if w and w not in rights]
    if text in wrongs:
        return False
    if any(_same_names(given, r) for r in right):
        return not any(_same_names(given, w) for w in wrong)
    # A typo is forgiven in words, never in a figure: "June 2022" is not "June 2021",
    # nor "the 1970s and 1980s" "the 1950s and 1960s".
    figures = _FIGURES.findall(text)
    near = [r for r in rights if _FIGURES.findall(r) == figures]
    best = min(((_edits(text, r), r) for r in near), default=None, key=lambda p: p[0])
    if best is None or best[0] > typo_allowance(best[1]):
        return False
    # A near miss that is as near a wrong choice is that choice, or a coin toss.
    return all(_edits(text, w) > best[0] for w in wrongs)


# --- numbers ------------------------------------------------------------------------

_SMALL = {
    word: i
    for i, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_SMALL.update(
    {
        w: 10 * i
        for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
    }
)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SHORT_SCALE = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9}
_DIGITS = re.compile(
    r"(?P<sign>-)?\s*"
    r"(?P<num>\d{1,3}(?:(?:,|[ \u00a0\u202f](?=\d{3}\b))\d{3})+(?:\.\d+)?"
    r"|\d+(?:[.,]\d+)?|\.\d+)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|mn|k|m|b)\b)?"
)


def _digit_value(match: re.Match[str]) -> float:
    """The value of one number written in digits, with its scale word."""
    raw = match["num"]
    if re.fullmatch(r"\d+,\d{1,2}", raw):  # 2,5: a decimal comma, not thousands
        raw = raw.replace(",", ".")
    value = float(re.sub(r"[, \u00a0\u202f]", "", raw))
    scale = match["scale"]
    if scale in _SCALE:
        value *= _SCALE[scale]
    elif scale in _SHORT_SCALE and scale not in ("m", "b"):
        # A lone "m" or "b" after a number is a unit ("900 m" is metres), not a scale.
        value *= _SHORT_SCALE[scale]
    return -value if match["sign"] else value


def _word_numbers(text: str) -> list[float]:
    """Numbers written in words: "nine hundred", "two hundred million", "minus four"."""
    found: list[float] = []
    total = current = 0.0
    in_number = negative = False
    tokens = re.findall(r"[a-z]+", text.replace("-", " - "))
    for token in [*tokens, "."]:
        if token in _SMALL:
            current += _SMALL[token]
        elif token == "hundred" and in_number:
            current = max(current, 1) * 100
        elif token in _SCALE and in_number:
            total += max(current, 1) * _SCALE[token]
            current = 0
        elif token == "and" and in_number:
            continue
        else:
            if in_number:
                found.append(-(total + current) if negative else total + current)
            negative = token in ("minus", "negative")
            total = current = 0.0
            in_number = False
            continue
        in_number = True
    return found


def parse_number(text: str) -> float | None:
    """The number a student typed, or None when there is none or several.

    Accepts digits with a unit or qualifier around them ("900 km", "more than 900",
    "about 20 %"), thousands separators ("1,200", "1 200"), a decimal point or a
    decimal comma ("2.5", "2,5"), scale words ("1.5 million", "200 million", "3bn"),
    minus signs ("-3", "−3"), and number words ("twenty", "nine hundred",
    "twenty-one", "two hundred million", "minus four"). Text naming two different
    numbers ("800 or 900") is ambiguous and gives None.

    Args:
        text: what the student typed.

    Returns:
        The number as a float, or None.
    """
    folded = unicodedata.normalize("NFKC", text).replace("\u2212", "-").replace("\u2013", "-")
    folded = folded.casefold()
    values = [_digit_value(m) for m in _DIGITS.finditer(folded)]
    if not values:
        values = _word_numbers(folded)
    distinct = {v for v in values if math.isfinite(v)}
    return distinct.pop() if len(distinct) == 1 else None


def _precision(value: float) -> float:
    """The step of the last significant digit of ``value``: 382500 -> 100, 1.4 -> 0.1."""
    from decimal import Decimal  # only a numeric question's tolerance needs it

    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return 10.0**exponent if isinstance(exponent, int) else 1.0


def numeric_tolerance(value: float, approx: str | None) -> float:
    """The absolute tolerance for a number fact, in its unit (fills Question.tolerance).

    - exact (or None), and a bound (more than, less than, at least, at most): 0 for
      an integer; 0.5% of |value| for a non-integer, to forgive rounding ("46.3"
      typed as "46.25" or "46"). A bound's figure is typed as stated ("more than
      900": 900): a band around it would accept figures the article rules out (blind
      raters rejected 360,000 accepted for "more than 400,000").
    - about: 10% of |value|, but no more than five steps of the figure's own
      precision: "about 420" accepts 378 to 462, while "about 382,500 kilometers"
      (stated to the hundred) accepts 382,000 to 383,000, not 344,250 to 420,750, and
      "about minus 179 degrees" accepts -184 to -174 (a pre-rater: a 10% band on a
      figure this precise "accepts figures the article never gives"). Choices are at
      least 25% apart, so no distractor falls inside it.

    Args:
        value: the number as stated in the article.
        approx: ``exact``, ``about``, ``more than``, ``less than``, ``at least``,
            ``at most`` or None.

    Returns:
        The tolerance, never negative.

    Raises:
        ValueError: for an unknown ``approx``.
    """
    if approx is None or approx == "exact" or approx in BOUNDS:
        return 0.0 if float(value).is_integer() else abs(value) * 0.005
    if approx == "about":
        return min(abs(value) * 0.10, 5 * _precision(value))
    raise ValueError(f"unknown approx {approx!r}: use {', '.join(APPROXES[:-1])} or {APPROXES[-1]}")


def is_within(given: float, value: float, tolerance: float | None) -> bool:
    """Whether ``given`` is within ``tolerance`` of ``value`` (None or 0: exact).

    "Exact" still allows float rounding noise, so 0.1 + 0.2 is 0.3.
    """
    slack = 1e-9 * max(1.0, abs(value))
    return abs(given - value) <= (tolerance or 0.0) + slack


# --- questions ----------------------------------------------------------------------

_TRUE = frozenset(["true", "t", "yes", "y"])
_FALSE = frozenset(["false", "f", "no", "n"])
_STOPWORDS = frozenset(
    "a an the of to in on at for and or but by with from that this it its is was were be "
    "will would has have had as".split()
)


def _chosen_index(choices: list[str], given: str) -> int | None:
    """Which choice ``given`` names: its text, its letter or its 1-based number."""
    text = normalize_text(given)
    folded = [normalize_text(c) for c in choices]
    if text in folded:
        return folded.index(text)
    if len(text) == 1 and text.upper() in LETTERS[: len(choices)]:
        return LETTERS.index(text.upper())
    # Decimal digits only (0-9, ٠-٩, ...): "❶".isdigit() is true too, and int("❶") raises.
    digits = 0 < len(text) <= 2 and all(unicodedata.category(c) == "Nd" for c in text)
    if digits and 1 <= int(text) <= len(choices):
        return int(text) - 1
    return None


def _check_choice(question: Question, given: str) -> bool:
    choices = question.choices or []
    answer = str(question.answer)
    index = _chosen_index(choices, given)
    if index is not None:
        return choices[index] == answer
    wrong = [c for c in choices if c != answer]
    return _matches_text(given, [answer, *question.accept], wrong)


def _check_truefalse(question: Question, given: str) -> bool:
    text = normalize_text(given)
    if text in _TRUE or text in _FALSE:
        return (text in _TRUE) == (str(question.answer).casefold() == "true")
    choices = question.choices or ["True", "False"]
    index = _chosen_index(choices, given)
    return index is not None and choices[index] == str(question.answer)


_LENGTHS = frozenset("m meter meters metre metres".split())
_SHORT_SCALE_TYPED = re.compile(r"\d\s*(m|b)\b", re.IGNORECASE)


def numbers_meant(given: str, unit: str | None) -> list[float]:
    """The numbers a student may mean by ``given`` for an answer in ``unit``.

    The number :func:`parse_number` reads; "1.9m" and "3b" as 1.9 million and 3 billion
    unless the unit is a length (then "900 m" is metres); and for a unit that starts
    with a scale word ("million dollars"), the typed "4 million" or "4,000,000" as 4.
    """
    number = parse_number(given)
    if number is None:
        return []
    out = [number]
    unit_words = (unit or "").strip().lower().split()
    typed = _SHORT_SCALE_TYPED.search(unicodedata.normalize("NFKC", given))
    if typed and not (unit_words and unit_words[-1] in _LENGTHS):
        out.append(number * (1e6 if typed.group(1).lower() == "m" else 1e9))
    if unit_words and unit_words[0] in _SCALE:
        out += [n / _SCALE[unit_words[0]] for n in list(out)]
    return out


def _check_numeric(question: Question, given: str) -> bool:
    try:
        value = float(question.answer)
    except ValueError:
        return False
    return any(
        is_within(number, value, question.tolerance)
        for number in numbers_meant(given, question.unit)
    )


def _check_open(question: Question, given: str) -> bool:
    if _check_short(question, given):
        return True
    words = set(normalize_text(given).split())
    for model in [str(question.answer), *question.accept]:
        content = [w for w in normalize_text(model).split() if w not in _STOPWORDS]
        found = sum(any(_edits(w, g) <= typo_allowance(w) for g in words) for w in content)
        if content and found / len(content) >= 0.6:
            return True
    return False


def _check_short(question: Question, given: str) -> bool:
    if isinstance(question.answer, int | float) and not isinstance(question.answer, bool):
        return _check_numeric(question, given)
    wrong = [c for c in question.choices or [] if c != str(question.answer)]
    return _matches_text(given, [str(question.answer), *question.accept], wrong)


_CHECKERS = {
    "choice": _check_choice,
    "truefalse": _check_truefalse,
    "short": _check_short,
    "numeric": _check_numeric,
    "open": _check_open,
}


def check_answer(question: Question, given: str) -> bool:
    """Whether ``given`` is a right answer to ``question`` (rules in the module doc).

    Args:
        question: the question asked.
        given: what the student typed or chose; surrounding whitespace is ignored.

    Returns:
        True when the answer is right; False when wrong or empty.

    Raises:
        ValueError: for a question format this module does not know.
    """
    if not given or not given.strip():
        return False
    try:
        checker = _CHECKERS[question.format]
    except KeyError:
        raise ValueError(f"unknown question format {question.format!r}") from None
    return checker(question, given)
