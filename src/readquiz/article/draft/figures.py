"""Figures the model tags awkwardly: ranks, ranges, halves, ages after a name, years.

Each reader takes a spaCy span and its doc (this module never imports spaCy) and
returns what it found as a :class:`Figure`, with character offsets into the doc; the
drafter turns a figure into a proposal with an exact quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from readquiz.article.numtext import Reading, read_number

ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
    "twenty-fifth": 25,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventy-fifth": 75,
    "hundredth": 100,
}

_HALF = re.compile(r"^(?P<whole>.+?)(?:\s+|-)and(?:\s+|-)(?:a|one)(?:\s+|-)half$", re.I)
"""'four and a half', 'three-and-a-half': a whole number and a half."""
_HALF_AFTER = re.compile(r"(?:\s+|-)and(?:\s+|-)(?:a|one)(?:\s+|-)half\b", re.I)
"""What follows a number the model cut short: "about three" of "about three-and-a-half"."""
_RANGE = re.compile(
    r"^(?P<lead>(?:between|from)\s+)?(?P<low>.+?)\s*(?:\s(?:and|to)\s|[-–—])\s*(?P<high>.+?)$",
    re.I,
)
_PERCENT_WORDS = {"percent", "per cent", "%"}
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_SPAN_LINKS = {"to", "and", "or", "through", "-", "–", "—", "/"}
_YEAR_PREPS = {"in", "since", "by", "until", "of", "from", "before", "after", "during"}
_SUPERLATIVE_WORDS = {"leading", "most", "least", "top"}


@dataclass
class Figure:
    """A figure found in a doc: value, unit, hedge and where it is quoted from."""

    value: int | float
    unit: str
    approx: str
    start: int
    end: int
    what: str
    notes: list[str] = field(default_factory=list)


def read(text: str) -> Reading | None:
    """:func:`read_number`, and "four and a half", "three-and-a-half" (4.5, 3.5)."""
    reading = read_number(text)
    if reading is not None:
        return reading
    half = _HALF.match(" ".join(text.split()))
    whole = read_number(half.group("whole")) if half else None
    if whole is None or not isinstance(whole.value, int):
        return None
    return Reading(whole.value + 0.5, whole.approx, whole.currency, whole.percent)


def half_end(doc: Any, ent: Any) -> int | None:
    """The token end through "half" when the model tagged "about three" of "three-and-a-half".

    None when no "and a half" follows the span.
    """
    m = _HALF_AFTER.match(doc.text, ent.end_char)
    if m is None:
        return None
    last = next((t for t in doc[ent.end :] if t.idx + len(t.text) >= m.end()), None)
    if last is None or last.idx + len(last.text) != m.end():
        return None
    return int(last.i) + 1


def ordinal_value(text: str) -> int | None:
    """14 for "14th", 2 for "second"; None for a word that is no ordinal."""
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text, re.I)
    return int(m.group(1)) if m else ORDINAL_WORDS.get(text.lower())


def rank(doc: Any, ent: Any) -> Figure | None:
    """A place in an order: "the 14th lowest on record", "the second leading cause"."""
    value = ordinal_value(ent.text)
    if value is None:
        return None
    i = ent.end
    if i < len(doc) and doc[i].text in ("-", "–"):
        i += 1  # "the second-largest city"
    if i >= len(doc):
        return None
    word = doc[i]
    if word.tag_ not in ("JJS", "RBS") and word.lower_ not in _SUPERLATIVE_WORDS:
        return None
    last = word
    if word.lower_ in ("most", "least") and i + 1 < len(doc) and doc[i + 1].pos_ == "ADJ":
        last = doc[i + 1]  # "the fifth most populous"
    if last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "NOUN":
        last = doc[last.i + 1]  # "the second leading cause"
    return Figure(
        value=value,
        unit="rank",
        approx="exact",
        start=ent.start_char,
        end=last.idx + len(last.text),
        what="the rank",
        notes=["a rank: say what is ranked"],
    )


def range_ends(doc: Any, ent: Any, unit_of: Any) -> list[Figure]:
    """Both ends of "between eight and nine feet", "5 to 10 percent": at least and at most.

    ``unit_of(token)`` gives the noun a figure's token counts when the span has no unit
    of its own. A pair that falls ("won 5 to 2") is no range.
    """
    m = _RANGE.match(ent.text)
    if m is None:
        return []
    low = read(m.group("low"))
    high_text = m.group("high")
    words = high_text.split()
    unit = None
    for cut in range(len(words), 0, -1):
        high = read(" ".join(words[:cut]))
        if high is not None:
            unit = " ".join(words[cut:]) or None
            break
    else:
        return []
    if low is None or not low.value < high.value:
        return []
    if unit is not None and unit.lower() in _PERCENT_WORDS or high.percent:
        unit = "%"
    elif unit is None and (high.currency or low.currency):
        unit = high.currency or low.currency
    elif unit is None:
        unit = unit_of(ent[-1])
    if not unit:
        return []
    return [
        Figure(
            value=reading.value,
            unit=unit,
            approx=approx,
            start=ent.start_char,
            end=ent.end_char,
            what=f"the {side} of the range",
            notes=[f"one end of a range: {ent.text}"],
        )
        for reading, approx, side in ((low, "at least", "low end"), (high, "at most", "high end"))
    ]


def age_after_name(doc: Any, ent: Any) -> Figure | None:
    """An age set off after a person's name: "their sons, Henry, 9, and Jack, 6"."""
    if len(ent) != 1 or not re.fullmatch(r"\d{1,3}", ent.text) or ent.start < 2:
        return None
    comma, name = doc[ent.start - 1], doc[ent.start - 2]
    after = doc[ent.end] if ent.end < len(doc) else None
    named = name.ent_type_ == "PERSON" or (
        # "Ada, 5" (a town in the gazetteer): the figure set off after a proper noun
        name.pos_ == "PROPN" and ent.root.dep_ == "appos" and ent.root.head.i == name.i
    )
    if comma.text != "," or not named:
        return None
    if after is not None and after.text not in (",", ".", ";", ")", "and"):
        return None
    value = int(ent.text)
    if not 0 < value < 120:
        return None
    first = name
    while first.ent_iob_ == "I" and first.i > 0:
        first = doc[first.i - 1]  # "Kayla Kimmel, 32": the whole name
    return Figure(
        value=value,
        unit="years old",
        approx="exact",
        start=first.idx,
        end=ent.end_char,
        what=f"the age of {doc[first.i : name.i + 1].text}",
    )


def year(doc: Any, ent: Any) -> Figure | None:
    """A year standing alone: "since 1978", "In 2018, ...", "the 1996 Chicago Bulls".

    Not either end of a span of years ("the 1981 to 2010 average", "2007/2008"); the
    model keeps a full date ("February 17, 1994", "April 2021") and "fiscal year 2025"
    in one span, which is no bare year.
    """
    text = ent.text
    bare = re.fullmatch(rf"(?:(?:the|in|since)\s+)?({_YEAR.pattern})", text, re.I)
    if bare is None:
        return None
    tok = next(t for t in ent if t.text == bare.group(1))
    before = doc[tok.i - 1] if tok.i > 0 else None
    for step in (-1, 1):
        link, other = tok.i + step, tok.i + 2 * step
        if 0 <= min(link, other) and max(link, other) < len(doc):
            if doc[link].lower_ in _SPAN_LINKS and _YEAR.fullmatch(doc[other].text):
                return None  # "1981 to 2010", "between 1981 and 2010": a span of years
    note = "a year: keep it only if a question should ask for it (else it is an event's when)"
    return Figure(
        value=int(bare.group(1)),
        unit="year",
        approx="exact",
        start=tok.idx if before is None or before.lower_ not in _YEAR_PREPS else before.idx,
        end=tok.idx + len(tok.text),
        what="the year",
        notes=[note],
    )


def next_plural(doc: Any, i: int) -> tuple[str, int] | None:
    """The plural noun a figure at token ``i - 1`` counts when the parse lost it.

    "six severe storm events": adjectives and nouns qualify the plural noun that ends
    them; the unit is the nouns ("storm events"), the end where the quote stops.
    """
    nouns: list[Any] = []
    for tok in doc[i : i + 4]:
        if tok.tag_ == "NNS":
            nouns.append(tok)
            return " ".join(t.text for t in nouns), tok.idx + len(tok.text)
        if tok.tag_ in ("JJ", "VBN") and not nouns:
            continue
        if tok.tag_ == "NN":
            nouns.append(tok)
            continue
        return None
    return None
