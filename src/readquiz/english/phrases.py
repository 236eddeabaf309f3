"""Jinja2 filters for natural English, part of the template contract.

Course authors call these in stems: ``{{ item.did | base }}``, ``{{ name | cap }}``,
``{{ role | a_an }}``, ``{{ value | words }}``, ``{{ value | number }}``,
``{{ name | possessive }}``, ``{{ item.who | join_names }}``, and from
:mod:`readquiz.english.agreement` ``{{ phrase | agree(subject) }}`` and ``{{ place | at_place }}``.
Each is a plain function of one value (``agree`` takes its subject as an argument);
:data:`FILTERS` maps the filter names to them for the engine's sandbox.

Every filter accepts ``str``, ``int`` or ``float`` and never returns an empty string
for non-empty input: a value it cannot handle comes back as text, unchanged. The
module is table-driven and imports only the standard library, because a stem render
must stay cheap (inflect and lemminflect cost seconds or a slow first lookup).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from readquiz.english.verbs import VOWELS, base, base_verb, match_case
from readquiz.english.verbs import as_text as _text

__all__ = [
    "FILTERS",
    "a_an",
    "base",
    "base_verb",
    "cap",
    "join_names",
    "number",
    "possessive",
    "words",
]

# --- cap, a_an --------------------------------------------------------------------


def cap(phrase: str | int | float) -> str:
    """Capitalise the first letter only: "the protesters" -> "The protesters".

    Leading quote marks or brackets are skipped; the rest is left exactly as is.
    """
    text = _text(phrase)
    for i, char in enumerate(text):
        if char.isalnum():
            return text[:i] + char.upper() + text[i + 1 :]
    return text


_SILENT_H = ("hour", "honest", "honor", "honour", "heir", "herb")
_VOWEL_LETTERS = "AEFHILMNORSX"  # letters whose names begin with a vowel sound
_LETTER_ACRONYMS = frozenset(["NAACP", "NYPD", "LAPD", "UNHCR", "USSR", "MSNBC"])


def _starts_with_vowel_sound(word: str) -> bool:
    """Whether ``word`` (the first word of a phrase) is spoken vowel-first."""
    if word[:1].isdigit():
        digits = re.match(r"[\d,]+", word)
        group = (digits.group() if digits else word).split(",")[0]
        if "," not in word and len(group) > 3:  # 1100 -> "one thousand"
            group = group[: len(group) % 3 or 3]
        return group.startswith("8") or group in ("11", "18")
    letters = word.replace(".", "")
    if re.fullmatch(r"[A-Z](?:-.*)?", word):  # X-ray, U-turn, F-16
        return word[0] in _VOWEL_LETTERS
    is_acronym = len(letters) >= 2 and letters.isupper() and letters.isalpha()
    if is_acronym and (
        "." in word
        or len(letters) <= 3
        or letters in _LETTER_ACRONYMS
        or not any(c in "AEIOU" for c in letters[1:3])
    ):
        return letters[0] in _VOWEL_LETTERS
    low = word.lower()
    if low.startswith(_SILENT_H):
        return True
    if low.startswith(("one", "once", "eu", "ewe", "uni", "unanim", "ukr")):
        # "uni-" is "you-" except in un- + i words: unidentified, uninvited.
        return low.startswith(("unid", "unim", "unin"))
    if low.startswith("u"):
        # u + consonant + vowel is "you": usual, Ukrainian, utility; not un- words.
        you = re.match(r"u[bcdfgklmprstvz][aeiouy]", low) and not low.startswith("uzb")
        return not you
    return low[:1] in VOWELS


def a_an(phrase: str | int | float) -> str:
    """Prefix "a" or "an" by sound: "an hour", "a university", "an FBI agent".

    Numbers are read aloud ("an 8-year-old", "an 11-day", "a 100-mile");
    acronyms of three letters or fewer, or with dots, are spelled ("a U.S.
    official", "an NGO"), longer ones read as words ("a NATO summit"). A phrase
    already starting with a/an/the is left as is.
    """
    text = _text(phrase)
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if not first or first.lower() in ("a", "an", "the"):
        return text
    word = first.lstrip("\"'“‘(")
    article = "an" if word and _starts_with_vowel_sound(word) else "a"
    return f"{article} {text}"


# --- words, number ----------------------------------------------------------------

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _below_thousand(n: int) -> str:
    """Words for 0 < n < 1000, US style without "and": "one hundred twenty-one"."""
    parts = []
    if n >= 100:
        parts.append(f"{_ONES[n // 100]} hundred")
        n %= 100
    if n >= 20:
        parts.append(_TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else ""))
    elif n:
        parts.append(_ONES[n])
    return " ".join(parts)


def _integer_words(n: int) -> str:
    """Words for a non-negative integer below 10**15."""
    if n == 0:
        return "zero"
    parts = []
    for size, name in _SCALES:
        if n >= size:
            parts.append(f"{_below_thousand(n // size)} {name}")
            n %= size
    if n:
        parts.append(_below_thousand(n))
    return " ".join(parts)


def _to_decimal(value: str | int | float) -> Decimal | None:
    """The value as an exact Decimal ("1,200" and "−3" accepted), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        # repr is the shortest text that round-trips: 2.5, not 2.5000000000000001.
        value = repr(value)
    text = str(value).strip().replace(",", "").replace("\u2212", "-")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def words(value: str | int | float) -> str:
    """A number in words: 21 -> "twenty-one", 2.5 -> "two point five".

    Negatives read "minus four"; decimals are read digit by digit after "point";
    900.0 is "nine hundred". Anything that is not a number, or has more than
    fifteen digits, comes back unchanged.
    """
    number = _to_decimal(value)
    if number is None or abs(number) >= 10**15:
        return _text(value)
    sign = "minus " if number < 0 else ""
    number = abs(number)
    whole = int(number)
    fraction = number - whole
    text = sign + _integer_words(whole)
    if fraction:
        digits = format(fraction.normalize(), "f").split(".")[1]
        text += " point " + " ".join(_ONES[int(d)] for d in digits)
    return text


def _plain(number: Decimal) -> str:
    """Decimal as plain digits without exponent or trailing zeros: 2.50 -> "2.5"."""
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def number(value: str | int | float) -> str:
    """A number for reading: 1200 -> "1,200", 200000000 -> "200 million".

    The rule: from a million up, a number that is an exact multiple of 0.01 million
    (billion, trillion) is written with that word and at most two decimals
    ("1.5 million", "2 billion", "1.25 billion"); every other number is written in
    digits grouped by commas ("1,234,567", "2.5", "0.75", "-3").
    """
    parsed = _to_decimal(value)
    if parsed is None:
        return _text(value)
    sign = "-" if parsed < 0 else ""
    magnitude = abs(parsed)
    for size, name in _SCALES[:3]:
        scaled = magnitude / size
        if scaled >= 1 and scaled * 100 == int(scaled * 100):
            return f"{sign}{_plain(scaled)} {name}"
    whole = int(magnitude)
    fraction = _plain(magnitude - whole)
    return f"{sign}{whole:,}" + (fraction[1:] if fraction != "0" else "")


# --- possessive, join_names -------------------------------------------------------

_PRONOUNS = {
    "he": "his",
    "she": "her",
    "it": "its",
    "they": "their",
    "we": "our",
    "you": "your",
    "i": "my",
    "who": "whose",
}


def _possessive(phrase: str | int | float) -> str:
    """The possessive form: "Pakistan's", "the protesters'", "James's".

    The rule: a phrase ending in -s takes a bare apostrophe when it is a plural:
    a lowercase noun ("the protesters'") or a capitalised name led by "the"
    ("the United States'", "the Philippines'"). Singular -s names ("James's",
    "Hamas's"), nouns in -ss, -us, -is ("the virus's", "Congress's") and acronyms
    ("the US's") take 's, as does everything else. Pronouns use their own form
    ("it" -> "its"); a phrase already possessive is left as is.
    """
    text = _text(phrase)
    stripped = text.rstrip()
    if not stripped:
        return text
    last = stripped.split()[-1]
    if stripped.lower() in _PRONOUNS:
        return match_case(stripped, _PRONOUNS[stripped.lower()])
    if stripped.endswith(("'s", "’s", "s'", "s’")):
        return text
    apostrophe_only = False
    if last.endswith("s") and not last.endswith(("ss", "'", "’")) and len(last) > 1:
        letters = last.replace(".", "")
        is_acronym = letters.isupper()
        if last[0].isupper():
            led_by_the = stripped.split()[0].lower() == "the"
            apostrophe_only = led_by_the and not is_acronym
        else:
            apostrophe_only = not last.endswith(("us", "is"))
    return stripped + ("'" if apostrophe_only else "'s")


_CLAUSE_WORDS = frozenset("who whom that which whose with of for to from by about at in on".split())


def possessive(phrase: str | int | float, noun: str | None = None) -> str:
    """The possessive form: "Pakistan's", "the protesters'", "James's".

    With ``noun``, the phrase that owns it: ``{{ name | possessive("position") }}`` ->
    "Pakistan's position", but "the position of the residents VOA spoke with" for a
    name that ends in a preposition or holds a clause, where "'s" cannot go.
    """
    if noun is None:
        return _possessive(phrase)
    name = _text(phrase)
    words = name.lower().split()
    if words and (
        words[-1] in _CLAUSE_WORDS
        or _CLAUSE_WORDS & set(words[1:-1]) & {"who", "that", "which", "whom", "whose"}
        or _described_by_a_phrase(name)
    ):
        return f"the {noun} of {name}"
    return f"{_possessive(phrase)} {noun}"


def _described_by_a_phrase(name: str) -> bool:
    """Whether a common noun is followed by a phrase: "the voters in Helena".

    "the voters in Helena's position" puts the "'s" on Helena; a proper name ("the
    Asan Institute for Policy Studies") is one name, and takes it whole.
    """
    words = name.split()
    return any(
        w.lower() in _CLAUSE_WORDS and words[i - 1][:1].islower()
        for i, w in enumerate(words[1:-1], 1)
        if i > 0
    )


def _name_of(item: Any) -> str:
    """An entity's name (object attribute or mapping key), else its text."""
    if isinstance(item, Mapping) and "name" in item:
        return str(item["name"])
    name = getattr(item, "name", None)
    return str(name) if isinstance(name, str) else _text(item)


def join_names(items: Iterable[Any] | str | int | float) -> str:
    """Names joined for a sentence: ["A", "B", "C"] -> "A, B and C".

    Entities (anything with a ``name``) are named; a single string is returned as
    is. No serial comma, as in news style: "A and B", "A, B and C".
    """
    if isinstance(items, str | int | float) or isinstance(items, Mapping) or hasattr(items, "name"):
        return _name_of(items)
    names = [_name_of(item) for item in items]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _agreement_filters() -> dict[str, Callable[..., str]]:
    # agreement imports this module's adverb test lazily, so there is no import loop
    from readquiz.english.agreement import agree, at_place

    return {"agree": agree, "at_place": at_place}


def _english_filters() -> dict[str, Callable[..., str]]:
    from readquiz.english.inversion import invert, who_form
    from readquiz.english.places import at_place, did_at, where_question
    from readquiz.english.punctuation import clause
    from readquiz.english.quantities import figure_question, figure_statement
    from readquiz.english.roles import which_is, with_article
    from readquiz.english.wh import wh

    return {
        "invert": invert,
        "who_form": who_form,
        "wh": wh,
        "with_article": with_article,
        "which_is": which_is,
        "at_place": at_place,
        "where_question": where_question,
        "did_at": did_at,
        "figure_question": figure_question,
        "figure_statement": figure_statement,
        "clause": clause,
    }


FILTERS: dict[str, Callable[..., str]] = {
    "base": base,
    "cap": cap,
    "a_an": a_an,
    "words": words,
    "number": number,
    "possessive": possessive,
    "join_names": join_names,
    "and_list": join_names,
    **_agreement_filters(),
    **_english_filters(),
}
"""Filter name -> function, registered by the engine in its sandboxed environment."""
