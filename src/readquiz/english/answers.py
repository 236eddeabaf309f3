"""What a student may correctly type: the accepted forms of a name or a time.

A short answer marked wrong when it is right is a second correct answer the raters
reject. The engine fills ``Question.accept`` from these lists; :mod:`readquiz.grading`
forgives the rest (case, diacritics, a leading article or preposition, the order of
"A and B", small typos).

Names (:func:`name_forms`): the name, every alias, each without a leading
"the"/"a"/"an"; for a person, the surname alone with its particles ("de Vries"),
titles and suffixes dropped ("Major-General Asif Ghafoor" -> "Ghafoor") -- unless
another entity of the article is named so too; for co-agents ("Ana Lusk and Tomas
Orr"), the members' surnames named together ("Lusk and Orr").

Times (:func:`time_forms`): the time without its leading preposition ("in 2021" ->
"2021"), and the day alone of a part of a day ("Tuesday night", "early on Tuesday
morning", "at noon on Tuesday" -> "Tuesday"), a date without its weekday, a month and
day without the year, a year alone of a month and year, the clock time alone of a
time on a day ("at 7 pm on August 25" -> "7 pm"); never one end of a span ("August
25–28" does not accept "August 25").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

TITLES = frozenset(
    """
mr mrs ms miss mx dr prof professor sir dame lord lady president vice-president
general major-general lieutenant-general brigadier-general gen lt col colonel
major captain capt sgt sergeant admiral commander cmdr ayatollah imam rabbi rev
reverend father sister brother pope king queen prince princess sheikh emir sultan
mayor governor gov senator sen rep representative judge justice chief minister
prime-minister chancellor secretary ambassador coach officer detective inspector
""".split()
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md"})
PARTICLES = frozenset(
    "de del della der den di da das dos du la le van von ter ten bin ibn al el st".split()
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_LEADING = re.compile(r"^(?:on|in|at|during|by|since|from|until|around|about)\s+", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def _unique(forms: Iterable[str], answer: str = "") -> list[str]:
    seen = {_fold(answer)} if answer else set()
    out = []
    for form in forms:
        form = " ".join(form.split())
        if form and _fold(form) not in seen:
            seen.add(_fold(form))
            out.append(form)
    return out


def _untitled(name: str) -> str:
    """The name without leading titles: "Major-General Asif Ghafoor" -> "Asif Ghafoor"."""
    words = name.split()
    while len(words) > 1 and words[0].lower().strip(".,") in TITLES:
        words = words[1:]
    return " ".join(words)


def surname(name: str) -> str | None:
    """A person's surname as it is typed alone, or None for a one-word name.

    "Lena Hofbauer" -> "Hofbauer", "Sanne de Vries" -> "de Vries", "Martin Luther
    King Jr." -> "King", "Major-General Asif Ghafoor" -> "Ghafoor".
    """
    from readquiz.english.names import is_proper_name

    if not is_proper_name(name):
        return None  # a description ("the head of Britain's vaccination effort") has none
    words = [w for w in name.split() if w]
    while words and words[0].lower().strip(".,") in TITLES:
        words = words[1:]
    while words and words[-1].lower().strip(".,") in _SUFFIXES:
        words = words[:-1]
    if len(words) < 2:
        return None
    words[-1] = words[-1].rstrip(",")
    start = len(words) - 1
    while start > 1 and words[start - 1].lower().strip(".") in PARTICLES:
        start -= 1
    return " ".join(words[start:])


_OWNED = re.compile(r"^[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*[’']s\s+([A-Z].*)$")
"""A name after its owner's possessive: "NASA’s Glenn Research Center" is also "Glenn
Research Center" to a student (a proper name follows: "NASA’s team" stays whole)."""


def _bare(name: str) -> str:
    return _ARTICLE.sub("", name.strip())


def name_forms(
    name: str, kind: str, aliases: Sequence[str] = (), taken: Iterable[str] = ()
) -> list[str]:
    """Every way a student may correctly name an entity (see the module's rules).

    Args:
        name: the entity's name ("Sanne de Vries", "the protesters").
        kind: person, group, organization or place.
        aliases: its annotated aliases.
        taken: names and aliases of the article's other entities; a surname that is
            one of them (or another person's surname) is not accepted alone.

    Returns:
        The forms, the name first, without repeats (compared ignoring case).
    """
    forms = [name, *aliases]
    forms += [_bare(f) for f in forms]
    forms += [m.group(1) for f in forms if (m := _OWNED.match(_bare(f)))]
    if kind == "person":
        blocked = set()
        for other in taken:
            blocked.add(_fold(_bare(other)))
            last = surname(other)
            if last:
                blocked.add(_fold(last))
        forms += [_untitled(f) for f in [name, *aliases]]
        for full in [name, *aliases]:
            last = surname(full)
            if last and _fold(last) not in blocked:
                forms.append(last)
    return _unique(forms)


def entity_forms(entity: Any, taken: Iterable[str] = ()) -> list[str]:
    """:func:`name_forms` of an entity view; co-agents named by their members together.

    A co-agents view (with ``members``) accepts the members' full names or their
    surnames joined by "and" ("Lusk and Orr"); grading forgives the order.
    """
    members = getattr(entity, "members", None)
    taken = list(taken)
    if not members:
        return name_forms(
            str(entity.name), str(entity.kind), list(getattr(entity, "aliases", []) or []), taken
        )
    own = {_fold(m.name) for m in members}
    others = [t for t in taken if _fold(t) not in own]
    shortest = []
    for member in members:
        forms = name_forms(str(member.name), str(member.kind), list(member.aliases), others)
        shortest.append(min(forms, key=len))
    names = [str(m.name) for m in members]
    joined = [
        ", ".join(parts[:-1]) + " and " + parts[-1] for parts in (names, shortest) if len(parts) > 1
    ]
    return _unique([str(entity.name), *list(getattr(entity, "aliases", []) or []), *joined])


_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_DAY = re.compile(
    r"\b(?:("
    + _MONTH
    + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?("
    + _MONTH
    + r")\b\.?)",
    re.I,
)
_MONTH_YEAR = re.compile(r"\b(" + _MONTH + r")\.?\s+(?:\d{1,2},?\s+)?(\d{4})\b", re.I)
_YEAR = re.compile(r"\b(1\d{3}|20\d{2})s?\b")
_SPAN = re.compile(
    r"\d\s*(?:[-\u2013\u2014]|to|through|until|till)\s*\d|\b(?:"
    + "|".join(WEEKDAYS)
    + r")\b\s*(?:[-\u2013\u2014]|to|through|until|till)\s*\b(?:"
    + "|".join(WEEKDAYS)
    + r")\b",
    re.I,
)
"""A span ("August 25–28", "Monday to Friday"): one end of it alone is half the answer."""
_YEAR_PAIR = re.compile(
    r"\b(?:(?:early|late|mid)[\s-]+)?(?:1\d{3}|20\d{2})s?\s+(?:and|or|to|through)\s+"
    r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:1\d{3}|20\d{2})s?\b",
    re.I,
)
"""Two years or decades that make one time ("the 1950s and 1960s", "the late 1800s and
early 1900s"): a student writes the pair, and one of them alone is half the answer."""
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?", re.I)
"""A clock time ("7 pm", "11:00 a.m."): the hour alone answers "when" on the day."""


def time_forms(when: str) -> list[str]:
    """Every way a student may correctly give the time ``when`` (see the module's rules).

    "Tuesday night" -> ["Tuesday"]; "in 2021" -> ["2021"]; "at noon on Tuesday" ->
    ["noon on Tuesday", "Tuesday"]; "Tuesday, March 3, 2020" -> ["March 3, 2020",
    "March 3", "Tuesday", "2020"]. The answer itself is not repeated.
    """
    text = " ".join(when.split())
    forms = []
    bare = _LEADING.sub("", text)
    bare = re.sub(r"^(?:early|late)\s+(?:on\s+)?", "", bare, flags=re.I)
    forms.append(bare)
    without_weekday = _WEEKDAY.sub("", bare).strip(" ,")
    without_weekday = _LEADING.sub("", without_weekday)
    if _MONTH_DAY.search(without_weekday) and without_weekday != bare:
        forms.append(without_weekday)
    span = _SPAN.search(bare)
    clock = _CLOCK_TIME.search(bare)
    if clock and _fold(clock.group(0)) != _fold(bare):
        forms.append(clock.group(0))
    month_day = None if span else _MONTH_DAY.search(bare)
    if month_day:
        forms.append(month_day.group(0).rstrip("."))
    weekday = None if span else _WEEKDAY.search(bare)
    if weekday:
        part = re.search(weekday.group(1) + r"\s+(morning|afternoon|evening|night)", bare, re.I)
        if part:
            forms.append(part.group(0))
        forms.append(weekday.group(1))
    month_year = _MONTH_YEAR.search(bare)
    if month_year:
        forms.append(f"{month_year.group(1)} {month_year.group(2)}")
    pair = None if month_day or month_year else _YEAR_PAIR.search(bare)
    if pair:
        # "during the Civil Rights movement of the 1950s and 1960s" -> "1950s and 1960s"
        forms.append(pair.group(0))
    year = None if pair else _YEAR.search(bare)
    if year and (month_day or month_year or weekday or _fold(bare) != _fold(year.group(0))):
        forms.append(year.group(0))
    # "Feb. 29, 2024" is "February 29, 2024" to a student who writes the month out
    forms += [_ABBREVIATED.sub(_spelled_out, f) for f in forms if _ABBREVIATED.search(f)]
    return _unique(forms, text)


_FULL_MONTHS = MONTHS[:12]
_ABBREVIATED = re.compile(r"\b(" + "|".join(MONTHS[12:]) + r")\b\.?", re.I)
"""A month written short ("Feb.", "Sept"); "May", "June" and "July" are never short."""


def _spelled_out(found: re.Match[str]) -> str:
    short = found.group(1).lower()
    full = next(m for m in _FULL_MONTHS if m.startswith(short[:3]))
    return full.capitalize()
