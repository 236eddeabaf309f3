"""How a date reads wherever readquiz shows one: the quiz, the worksheet, the review.

One function, so a student never sees "2024-03-01" on the screen and "March 1, 2024"
on the handout of the same article. :func:`is_span` tells a point in time ("in
2015") from a duration or starting point ("since 1990"), which "When ...?" cannot ask.
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
