"""How a date reads wherever readquiz shows one: the quiz, the worksheet, the review.

One function, so a student never sees "2024-03-01" on the screen and "March 1, 2024"
on the handout of the same article. :func:`is_span` tells a point in time ("in
2015") from a duration or starting point ("since 1990"), which "When ...?" cannot
ask; :func:`is_now` finds the article's own present ("today"), which asks nothing;
:func:`told_by_a_clause` a time told by a clause ("when Irma was approaching"), which
no typed answer can be matched against; :func:`dated_forms` the year or month a time
relative to the article's date is ("last year" in a 2017 article: 2016).
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(day: dt.date) -> str:
    """A date as teachers write it, independent of the locale: "January 5, 2020"."""
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


_SPAN_LEADS = frozenset(
    "since for over throughout until till from between within across by".split()
)
_SPAN_PAST = re.compile(
    r"^(?:in|during|over|for)\s+the\s+(?:past|last|previous|next|coming)\s+", re.IGNORECASE
)


def is_span(when: str) -> bool:
    """Whether a time is a duration, a starting point or a deadline, not a point in time.

    "since 1990", "for two years", "over the past decade", "in the last three years",
    "until March", "by the spring of 2016": each answers "Since when ...?", "How long
    ...?" or "By when ...?", never "When did ...?" ("When did the researchers find
    that life expectancy had increased? Since 1990" is wrong: 1990 is not when they
    found it). "in 2015", "on Monday", "last week", "four years ago", "during the
    congress" are points (or one stretch) in time.
    """
    words = when.strip().split()
    if not words:
        return False
    return words[0].lower() in _SPAN_LEADS or _SPAN_PAST.match(when.strip()) is not None


_NOW = frozenset(
    {
        "today",
        "now",
        "right now",
        "currently",
        "tonight",
        "nowadays",
        "presently",
        "at present",
        "these days",
        # "When did the WHO declare an emergency? This month" (blind raters, round 9:
        # the article never names the month): the present's week, month or year
        "this week",
        "this month",
        "this year",
    }
)
"""Times that are only the article's own present."""


def is_now(when: str) -> bool:
    """Whether a time is only the article's own present: "today", "now", "currently".

    "When did the director call the release a milestone? Today" is answered by any
    reader of any news story without reading it (blind raters: "a relative, trivial
    answer"). So are "this week", "this month" and "this year" ("When did the WHO
    declare an emergency? This month": the article never names the month). "Last week",
    "earlier this month" and "the next day" still ask a time.
    """
    return " ".join(re.sub(r"[^\w\s]", "", when.lower()).split()) in _NOW


_SUBORDINATORS = frozenset("when while before after as once until till since whenever".split())
_TIME_NOUNS = frozenset(
    """
dawn dusk noon midnight sunrise sunset daybreak nightfall lunch dinner breakfast
""".split()
)


def told_by_a_clause(when: str) -> bool:
    """Whether a time is told by a clause with its own verb, not by a date or period.

    "when Irma was approaching", "even before Irma hit", "after the storm passed": a
    student who read them writes "before the storm", "as Irma came", and a typed answer
    cannot be matched against every way of saying it (blind raters: "fair paraphrases
    would be marked wrong"). "before dawn", "after the election", "in May" are not.
    """
    from readquiz.english.inversion import BE_FORMS, HAVE_FORMS, MODALS, is_participle
    from readquiz.english.verbs import base_verb

    words = re.findall(r"[\w'’-]+", when.lower())
    while words and words[0] in ("even", "just", "shortly", "soon", "long", "right", "only"):
        words = words[1:]
    if len(words) < 3 or words[0] not in _SUBORDINATORS:
        return False
    for word in words[2:]:
        if word in BE_FORMS or word in HAVE_FORMS or word in MODALS:
            return True
        if word not in _TIME_NOUNS and (base_verb(word) is not None or is_participle(word)):
            return True
    return False


_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_RELATIVE = re.compile(
    r"^(?:(?:earlier|later)\s+)?(?P<which>last|this|next|the\s+previous)\s+(?P<unit>year|month)$"
    r"|^(?:about|nearly|almost|some|just\s+over)?\s*(?P<count>a|one|two|three|four|five|six|\d+)"
    r"\s+(?P<unit2>year|month)s?\s+ago$",
    re.IGNORECASE,
)
_STEP = {"last": -1, "the previous": -1, "this": 0, "next": 1}


def relative_step(when: str) -> tuple[str, int] | None:
    """The unit and count of a time told relative to the article's own date, or None.

    "last year" -> ("year", -1), "earlier this month" -> ("month", 0), "next year" ->
    ("year", 1), "four years ago" -> ("year", -4). "In 2016", "last week", "on Monday"
    and "last spring" (this spring's or the one before?) are not: they name their year
    or month, or no year or month follows from the article's date alone.
    """
    text = " ".join(re.sub(r"[^\w\s]", " ", when.lower()).split())
    text = re.sub(r"^(?:in|during)\s+", "", text)
    match = _RELATIVE.match(text)
    if match is None:
        return None
    if match.group("which"):
        return match.group("unit").lower(), _STEP[" ".join(match.group("which").split())]
    count = match.group("count")
    steps = int(count) if count.isdigit() else _COUNTS[count]
    return match.group("unit2").lower(), -steps


def dated_forms(when: str, published: dt.date | None) -> list[str]:
    """The year or month a relative time is, as a student may type it: "2016", "March 2017".

    "When did Kang win Best of Show? Last year": in an article of April 12, 2017, "2016"
    is right too (blind raters: marked wrong). A month: its name with and without the
    year ("March 2017", "March"). Nothing when the time is not relative
    (:func:`relative_step`) or the article's date is unknown.
    """
    step = relative_step(when)
    if step is None or published is None:
        return []
    unit, count = step
    if unit == "year":
        return [str(published.year + count)]
    index = published.year * 12 + published.month - 1 + count
    year, month = divmod(index, 12)
    return [f"{_MONTHS[month]} {year}", _MONTHS[month]]


_HOLIDAYS = (
    r"christmas(?:\s+(?:eve|day))?|easter|thanksgiving(?:\s+day)?|halloween|ramadan|"
    r"hanukkah|passover|diwali|eid(?:\s+al-\w+)?|new\s+year['’]s(?:\s+(?:eve|day))?|"
    r"(?:independence|memorial|labor|veterans|valentine['’]s|mother['’]s|father['’]s|"
    r"earth|founders['’]?)\s+day"
)
_A_TIME = re.compile(
    r"\b(?:(?-i:" + "|".join(_MONTHS) + r")"  # "may" and "march" are verbs too
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:1[5-9]|20)\d0s|(?:1[5-9]|20)\d\d|"
    + _HOLIDAYS
    + r"|yesterday|tomorrow"
    r"|(?:in|this|last|next|that|the|each|every|early|late)\s+(?:spring|summer|autumn|fall|winter)"
    r"|(?:last|next|this)\s+(?:week|month|year|decade|century))\b",
    re.IGNORECASE,
)


def other_times(quote: str, when: str) -> list[str]:
    """The times ``quote`` names besides ``when`` (a day, month, year, holiday, season).

    "In 2014, Wilmore made time to call Stover at Christmas": for "In 2014", "at
    Christmas" answers "When did Wilmore call Stover?" too, and the other way round
    (blind raters: an equally correct answer marked wrong). The answer's own words
    are taken out first: "on Tuesday" leaves nothing of "on Tuesday", but "on Tuesday,
    March 3" leaves "March". Only the quote's sentences that tell the answer count.
    """
    own = " ".join(when.split())
    bare = re.sub(r"^(?:in|on|at|during|by|early|late)\s+(?:the\s+)?", "", own, flags=re.I)
    own_times = {t.casefold() for t in _A_TIME.findall(own)}
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(quote.split()))
    # Only the sentences that tell the answer: "Ruiz's team released the turtles in
    # June. Ruiz won the award last year." asks nothing of June.
    telling = [
        s
        for s in sentences
        if re.search(r"\b" + re.escape(bare) + r"\b", s, re.I)
        or {t.casefold() for t in _A_TIME.findall(s)} & own_times
    ]
    rest = " ".join(telling or sentences)
    for form in sorted({own, bare}, key=len, reverse=True):
        if form:
            rest = re.sub(r"\b" + re.escape(form) + r"\b", " ", rest, flags=re.IGNORECASE)
    return [m.group(0) for m in _A_TIME.finditer(rest) if m.group(0).casefold() not in own_times]
