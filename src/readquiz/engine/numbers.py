"""Wrong figures for number facts: in the domain, from the article first, no pattern.

The rules (DESIGN "Distractors come from the article"): every choice is stated the way
the answer is ("more than 900 kilometers"); every two choices are at least 25% apart
(relative to the larger) and outside the answer's tolerance; a share stays within
0-100; a count stays whole and non-negative; a year stays a plausible year, a few
years off. Other figures of the same unit from the article come first: they are what
a student who skimmed would pick. Made-up figures follow no pattern that gives the key
away: never a whole multiple or fraction of it (2x, 10x, a half), and the answer's rank
among the choices is drawn at random, so it is not always the middle, smallest or
largest.
"""

from __future__ import annotations

import math
import random
from decimal import Decimal
from typing import TYPE_CHECKING

from readquiz.engine import alternatives

if TYPE_CHECKING:
    from readquiz.engine.views import NumberView

MAX_MULTIPLES = 1
"""At most this many distractors are a whole multiple or fraction of the key: with
more, the key is the one figure the others are built from."""

MAX_RATIO = 5.0
"""An article's figure of the same unit is offered only within this ratio of the key."""

MIN_GAP = 0.25
"""Two choices differ by at least this share of the larger one."""

TOLERANCE_DIGITS = 6
"""Significant digits kept in a tolerance: 0.5% of 46.3 is 0.23149999999999998 in
binary floating point, which a teacher would read as 0.2315."""

# Scale factors, nearest first, none a whole ratio: 2x and 0.5x make the key the one
# choice every other is a multiple of. Rounding can still land on one (0.3 x 900 is
# 270, which rounds to 300): :data:`MAX_MULTIPLES` bounds those.
_DOWN = (0.7, 0.55, 0.4, 0.3, 0.22, 0.15, 0.12)
_UP = (1.35, 1.7, 2.3, 2.8, 3.6, 4.5)
_YEAR_STEPS = (3, 5, 8, 12, 15, 20)
_SMALL_STEPS = (1, 2, 3, 4, 5, 6, 7)


def tolerance(fact: NumberView) -> float:
    """The absolute tolerance of a number fact (grading's rule), without float noise."""
    from readquiz.grading import numeric_tolerance

    raw = float(numeric_tolerance(fact.value, fact.approx))
    return float(f"{raw:.{TOLERANCE_DIGITS}g}")


def far_apart(a: float, b: float) -> bool:
    """Whether ``a`` and ``b`` differ by at least :data:`MIN_GAP` of the larger magnitude."""
    biggest = max(abs(a), abs(b))
    if biggest == 0:
        return False
    return abs(a - b) >= MIN_GAP * biggest - 1e-9


def is_year(value: float, unit: str) -> bool:
    """Whether the fact is a calendar year (unit "year", a value from 1000 to 2200)."""
    return unit.strip().lower() in ("year", "ad", "ce") and 1000 <= value <= 2200


def is_share(unit: str) -> bool:
    """Whether the unit is a percentage."""
    return unit.strip().lower() in ("%", "percent", "per cent", "percentage points")


def _decimals(value: float) -> int:
    exponent = Decimal(repr(value)).normalize().as_tuple().exponent
    return max(0, -int(exponent)) if isinstance(exponent, int) else 0


def _step(value: int) -> int:
    """The roundness of a whole number: 900 -> 100, 35 -> 5, 25,000,000 -> 5,000,000."""
    if value == 0:
        return 1
    step = 1
    while value % (step * 10) == 0:
        step *= 10
    return step * 5 if value % (step * 5) == 0 else step


def _round_like(candidate: float, answer: int | float) -> int | float:
    """``candidate`` rounded the way the answer is written (its decimals or roundness)."""
    if isinstance(answer, float) and not answer.is_integer():
        return round(candidate, _decimals(answer))
    if candidate == 0:
        return 0
    finest = 10 ** max(0, math.floor(math.log10(abs(candidate))) - 1)
    step = _step(abs(int(answer)))
    while step > finest:
        rounded = round(candidate / step) * step
        if abs(rounded - candidate) <= 0.15 * abs(candidate):
            return int(rounded)
        step = step // 5 if str(step).startswith("5") else step // 2
    return int(round(candidate / finest) * finest)


def is_multiple(a: float, b: float) -> bool:
    """Whether one of ``a``, ``b`` is a whole multiple (2x or more) of the other."""
    small, big = sorted((abs(a), abs(b)))
    if small == 0:
        return False
    ratio = big / small
    return ratio >= 1.99 and abs(ratio - round(ratio)) < 1e-9


def _comparable(a: float, b: float) -> bool:
    """Whether an article's figure is of the key's order (at most 5x apart).

    "200 people" beside a town of "about 12,000 people" is no reader's guess.
    """
    small, big = sorted((abs(a), abs(b)))
    return small > 0 and big / small <= MAX_RATIO


def _in_domain(cand: float, fact: NumberView, latest_year: int) -> bool:
    value, unit = fact.value, fact.unit
    if cand == 1 and unit.strip().lower().startswith("times"):
        return False  # "about 1 times the radius of Earth" is no way to say "as large as"
    if is_share(unit) and not 0 <= cand <= 100:
        return False
    if value >= 0 and cand < 0:
        return False
    if value > 0 and cand == 0:
        return False
    if float(value).is_integer() and not float(cand).is_integer():
        return False
    return not (is_year(value, unit) and not 1000 <= cand <= latest_year)


def _fits(cand: float, fact: NumberView, chosen: list[float], latest_year: int) -> bool:
    if not _in_domain(cand, fact, latest_year) or alternatives.inside_approximation(fact, cand):
        return False
    if is_year(fact.value, fact.unit):
        return all(cand != other for other in (fact.value, *chosen))
    if is_multiple(cand, fact.value) and (
        sum(is_multiple(c, fact.value) for c in chosen) >= MAX_MULTIPLES
    ):
        return False
    return all(far_apart(cand, other) for other in (fact.value, *chosen))


def _made_up(fact: NumberView) -> tuple[list[float], list[float]]:
    """Made-up values below and above the answer, nearest first."""
    value = fact.value
    if is_year(value, fact.unit):
        return [value - s for s in _YEAR_STEPS], [value + s for s in _YEAR_STEPS]
    if float(value).is_integer() and 0 <= value <= 12:
        down = [value - s for s in _SMALL_STEPS if value - s >= 0]
        # Steps of one run out fast above a small key (5: 7 and 10 only, 25% apart).
        return down, [value + s for s in _SMALL_STEPS] + [round(value * f) for f in _UP]
    base = value if value != 0 else 10
    down = [_round_like(base * f, value) for f in _DOWN]
    up = [_round_like(base * f, value) for f in _UP]
    return (up, down) if value < 0 else (down, up)


def number_distractors(
    fact: NumberView,
    article_figures: list[NumberView],
    rng: random.Random,
    want: int = 3,
    latest_year: int = 2100,
) -> list[int | float]:
    """Up to ``want`` wrong values for ``fact``.

    Args:
        fact: the answer.
        article_figures: the article's other number facts; those of the same unit
            come first (in a seeded order), made-up values fill the rest.
        rng: decides the order of the article's figures and how many made-up values
            fall below the answer.
        want: how many to find.
        latest_year: a year distractor is never later than this (the article's date).

    Returns:
        Distinct values; fewer than ``want`` when the rules leave too few.
    """
    unit = _unit_key(fact.unit)
    same = [f.value for f in article_figures if f.id != fact.id and _unit_key(f.unit) == unit]
    rng.shuffle(same)
    # The answer's rank among the choices is drawn first, and the article's figures
    # are taken only where they keep it: the rank of the key tells nothing, even when
    # the article's own figures would all fall on one side of it.
    target = rng.randint(0, want)
    chosen: list[float] = []
    for value in same:
        below = sum(1 for c in chosen if c < fact.value) + (value < fact.value)
        above = sum(1 for c in chosen if c > fact.value) + (value > fact.value)
        if below > target or above > want - target or not _comparable(value, fact.value):
            continue
        if len(chosen) < want and _fits(value, fact, chosen, latest_year):
            chosen.append(value)
    down, up = _made_up(fact)
    whole = float(fact.value).is_integer()

    def take(values: list[float], limit: int) -> None:
        for raw in values:
            if len(chosen) >= limit:
                return
            cand = int(raw) if whole else raw
            if _fits(cand, fact, chosen, latest_year):
                chosen.append(cand)

    # The drawn number below first, then the rest above; if one side runs out, the
    # other fills in (a share near 100 has nothing above it).
    take(down, len(chosen) + max(0, target - sum(1 for c in chosen if c < fact.value)))
    take(up, want)
    take(down, want)
    out: list[int | float] = []
    for c in chosen:
        out.append(int(c) if float(fact.value).is_integer() else c)
    return out


def still_true(fact: NumberView, value: float) -> bool:
    """Whether a statement giving ``value`` with the fact's own hedge is true of the fact.

    "more than 150,000 stars" makes "more than 100,000 stars" true, and "less than 10%"
    (or "nearly 10%") makes "less than 20%" true: such a value is no false statement,
    only a weaker one. The hedge is the fact's ``approx``, or a note in its ``what``
    ("(at least this many)").
    """
    from readquiz.english.quantities import note_free

    approx = (fact.approx or "").strip().lower()
    if approx in ("", "exact"):
        approx = note_free(fact.what)[1] or approx
    if approx in ("more than", "at least", "over"):
        return value < fact.value
    if approx in ("less than", "at most", "under", "fewer than", "nearly", "almost"):
        return value > fact.value
    return False


def _unit_key(unit: str) -> str:
    from readquiz.english.quantities import singular

    text = unit.strip().lower()
    return "percent" if is_share(text) else singular(text)
