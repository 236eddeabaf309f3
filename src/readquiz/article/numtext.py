"""Numbers as a news story writes them, read into plain units.

"2,400" is 2400, "five" is 5, "1.2 million" is 1200000, "$1.8 million" is 1800000
dollars; a hedge in front ("nearly", "more than", "about") becomes the article
format's ``approx``. No spaCy here: the lints use the same reading to offer the
plain number for a ``value`` written as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a dozen": 12,
    "dozen": 12,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
_SCALE_SHORT = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}

HEDGES: tuple[tuple[str, str], ...] = (
    ("just over", "more than"),
    ("just under", "less than"),
    ("no more than", "at most"),
    ("no fewer than", "at least"),
    ("no less than", "at least"),
    ("more than", "more than"),
    ("over", "more than"),
    ("at least", "at least"),
    ("at most", "at most"),
    ("upwards of", "more than"),
    ("in excess of", "more than"),
    ("less than", "less than"),
    ("fewer than", "less than"),
    ("under", "less than"),
    ("up to", "at most"),
    ("nearly", "about"),
    ("almost", "about"),
    ("close to", "about"),
    ("about", "about"),
    ("around", "about"),
    ("roughly", "about"),
    ("approximately", "about"),
    ("some", "about"),
    ("an estimated", "about"),
    ("estimated", "about"),
)
"""Hedge words and the ``approx`` each means, longest first where one contains another.

"nearly 100" is not more than 100, and the format has no "just under": nearly and
almost are read as "about", the tolerance a teacher expects for them."""

_CURRENCY = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "₹": "rupees"}

_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_SCALE_WORDS = "hundred|thousand|million|billion"
_NUMBER_WORDS = re.compile(
    rf"(?:(?:{_WORD})(?:[- ](?:{_WORD}))?)(?:\s+(?:and\s+)?(?:{_WORD}|{_SCALE_WORDS}))*",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-−]?\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Reading:
    """A number read from text: its value in plain units, unit hint and hedge."""

    value: int | float
    approx: str = "exact"
    currency: str | None = None
    """"dollars" for "$1.8 million", else None."""
    percent: bool = False


def _words_value(words: str) -> int | None:
    total = 0
    current = 0
    seen = False
    for word in re.split(r"[\s-]+", words.lower().replace(" and ", " ")):
        if not word or word == "and":
            continue
        if word == "a" and not seen:
            current = 1
            seen = True
        elif word == "dozen":
            current = max(current, 1) * 12
            seen = True
        elif word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _TENS:
            current += _TENS[word]
            seen = True
        elif word == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 6)


def read_number(text: str) -> Reading | None:
    """Read ``text`` ("about $1.8 million", "five", "2,400", "60%") as a number.

    Returns:
        The reading, or None when ``text`` holds no number this can read.
    """
    rest = " ".join(text.replace("\u00a0", " ").split())
    approx = "exact"
    low = rest.lower()
    for hedge, meaning in HEDGES:
        if low == hedge or low.startswith(hedge + " "):
            approx = meaning
            rest = rest[len(hedge) :].strip()
            # "up to a $100,000 fine": the article after the hedge is no part of the figure
            rest = re.sub(r"^an?\s+(?=[$€£¥₹\d])", "", rest, flags=re.IGNORECASE)
            break
    currency = None
    if rest[:1] in _CURRENCY:
        currency = _CURRENCY[rest[0]]
        rest = rest[1:].strip()
    percent = False
    if rest.endswith("%"):
        percent = True
        rest = rest[:-1].strip()
    elif re.search(r"\s+(?:percent|per cent)$", rest, re.IGNORECASE):
        percent = True
        rest = re.sub(r"\s+(?:percent|per cent)$", "", rest, flags=re.IGNORECASE)
    m = _DIGITS.fullmatch(rest) or _DIGITS.match(rest)
    if m:
        number = float(m.group(0).replace(",", "").replace("−", "-"))
        tail = rest[m.end() :].strip().lower()
        if tail in _SCALES:
            number *= _SCALES[tail]
        elif tail in _SCALE_SHORT:
            number *= _SCALE_SHORT[tail]
        elif tail:
            return None
        return Reading(_plain(number), approx, currency, percent)
    words = _words_value(rest)
    if words is None:
        return None
    return Reading(words, approx, currency, percent)


def plain_number(text: str) -> int | float | None:
    """The plain number ``text`` means ("1.2 million" -> 1200000), hedges ignored."""
    reading = read_number(text)
    return reading.value if reading is not None else None


NUMBER_WORDS = _NUMBER_WORDS
"""A pattern for numbers written in words ("twenty-five", "a dozen")."""


_ONE = rf"(?:{_DIGITS.pattern}|{_NUMBER_WORDS.pattern})"
_RANGE = re.compile(
    rf"(?<![\w,.])(?:(?P<between>between)\s+)?(?P<low>{_ONE})\s*(?:%|percent\b)?\s*"
    rf"(?P<joint>to|and|-|–|—)\s*(?P<high>{_ONE})(?![\w,])",
    re.IGNORECASE,
)


def stated_range(quote: str, value: int | float) -> str | None:
    """The range ``quote`` gives with ``value`` at one end ("between eight and nine"), or None.

    "can grow to between eight and nine feet long", "10 to 12 percent", "8–9 feet":
    the article gives two figures, so one of them typed alone is not what it says (a
    student who types 8 for "between eight and nine" is right). The lower end comes
    first: "voted 5 to 2" is a score, not a range; "rose from 2,000 to 3,500" is a
    change. "and" joins a range only after "between" ("eight males and four females"
    are two counts).
    """
    for found in _RANGE.finditer(quote):
        if found.group("joint").lower() == "and" and not found.group("between"):
            continue
        if re.search(r"\bfrom\s+$", quote[: found.start()], re.IGNORECASE):
            continue  # "rose from 2,000 to 3,500": a change, and its end is a figure
        low, high = plain_number(found.group("low")), plain_number(found.group("high"))
        if low is None or high is None or not low < high:
            continue
        if float(value) in (float(low), float(high)):
            return found.group(0)
    return None
