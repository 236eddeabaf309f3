"""How a date reads wherever readquiz shows one: the quiz, the worksheet, the review.

One function, so a student never sees "2024-03-01" on the screen and "March 1, 2024"
on the handout of the same article.
"""

from __future__ import annotations

import datetime as dt

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
