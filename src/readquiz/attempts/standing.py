"""What an attempt is, read back from the store: finished or not, a retry or not, when.

Headless, shared by ``readquiz results`` and the item-analysis report, so both count
attempts the same way:

- a **retry** (``retry_of`` set) asks only the questions missed in the attempt it
  retries; it is never a full attempt of its own;
- an **unfinished** attempt has no score yet, only a number of questions answered;
- a student's **counted** attempt, for a gradebook and for item analysis, is the first
  finished full attempt on the article (later ones have seen the questions before).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from readquiz.attempts.store import Attempt


def parse_stamp(stamp: str) -> dt.datetime:
    """A stored timestamp ("2024-05-01T09:30:00Z") as an aware UTC datetime."""
    parsed = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def local_time(stamp: str | None) -> dt.datetime | None:
    """A stored timestamp in this computer's time zone (``TZ`` if set), or None."""
    return parse_stamp(stamp).astimezone() if stamp else None


def local_iso(stamp: str | None) -> str | None:
    """A stored timestamp as local ISO 8601 with its offset ("2024-05-01T11:30:00+02:00")."""
    local = local_time(stamp)
    return local.isoformat() if local else None


def is_retry(attempt: Attempt) -> bool:
    """Whether the attempt retries the missed questions of another one."""
    return attempt.retry_of is not None


def is_finished(attempt: Attempt) -> bool:
    """Whether the student finished the attempt."""
    return attempt.finished is not None


def status(attempt: Attempt) -> str:
    """``finished`` or ``unfinished``."""
    return "finished" if is_finished(attempt) else "unfinished"


def percent(attempt: Attempt) -> float | None:
    """Score as a percentage of the questions; None while the attempt is unfinished."""
    return attempt.percent if is_finished(attempt) else None


def verdict(attempt: Attempt) -> str:
    """The attempt's result in words, as a teacher reads it in a table.

    "70%" for a finished attempt, "unfinished, 3/10 answered" for one in progress,
    "retry of 4: 2/3 now right" for a retry of the questions missed in attempt 4.
    """
    answered = len(attempt.answered)
    if is_retry(attempt):
        if not is_finished(attempt):
            return f"unfinished retry of {attempt.retry_of}, {answered}/{attempt.total} answered"
        return f"retry of {attempt.retry_of}: {attempt.score}/{attempt.total} now right"
    if not is_finished(attempt):
        return f"unfinished, {answered}/{attempt.total} answered"
    return f"{attempt.percent:g}%"


def counted(attempts: Iterable[Attempt]) -> list[Attempt]:
    """Each student's first finished full attempt per article, oldest first.

    Retries and unfinished attempts are left out; an attempt without a student's name
    cannot be matched to others and counts on its own.
    """
    seen: set[tuple[str, str]] = set()
    chosen = []
    for attempt in attempts:
        if is_retry(attempt) or not is_finished(attempt):
            continue
        if attempt.student:
            key = (attempt.article, attempt.student)
            if key in seen:
                continue
            seen.add(key)
        chosen.append(attempt)
    return chosen
