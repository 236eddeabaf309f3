"""Wrong figures for number facts: in the domain, from the article first, no pattern.

The rules (DESIGN "Distractors come from the article"): every choice is stated the way
the answer is ("more than 900 kilometers"); every two choices are at least 25% apart
(relative to the larger) and outside the answer's tolerance; a share stays within 0-100;
a count stays whole and non-negative; a year stays a plausible year, a few years off.
Other figures of the same unit from the article come first: they are what a student who
skimmed would pick. Every wrong figure is one a reader could believe
(:func:`plausible`): inside the bounds of its quantity (a person's age 1-110, a
magnitude at most 9.5, a clock hour 1-12, a multiplier "times" at least 2), written with
the key's precision and no rounder (7.2 -> 5.3, never 5.0; 382,500 -> 283,500, never
280,000), and a made-up one near the key (:func:`near`: about half to twice it). Made-up
figures follow no pattern that gives the key away: never a whole multiple or fraction of
it (2x, 10x, a half) but as a last resort, and the answer's rank among the choices is
drawn at random, so it is not always the middle, smallest or largest; a fact whose near,
plausible wrong figures cannot vary the rank is not asked as a choice question
(:func:`_rank_can_vary`).
"""

from __future__ import annotations

import math
import random
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from readquiz.engine import alternatives
from readquiz.questions.model import BOUNDS

if TYPE_CHECKING:
    from readquiz.engine.views import NumberView

MAX_MULTIPLES = 1
"""At most this many distractors are a whole multiple or fraction of the key: with
more, the key is the one figure the others are built from."""

MAX_RATIO = 5.0
"""An article's figure of the same unit is offered only within this ratio of the key."""

FEWEST = 2
"""Wrong figures a choice question needs (three choices): below this, either side fills in."""

MIN_GAP = 0.25
"""Two choices differ by at least this share of the larger one."""

TOLERANCE_DIGITS = 6
"""Significant digits kept in a tolerance: 0.5% of 46.3 is 0.23149999999999998 in
binary floating point, which a teacher would read as 0.2315."""

# Scale factors, nearest first, none a whole ratio: 2x and 0.5x make the key the one
# choice every other is a multiple of. Rounding can still land on one (0.3 x 900 is
# 270, which rounds to 300): :data:`MAX_MULTIPLES` bounds those.
# All lie inside :func:`near`; several on each side, since rounding and the 25% gap
# leave only some of them. A half and a double come last, for a key so round that
# nothing else survives rounding (900 -> 600 and 450).
_DOWN = (0.74, 0.7, 0.65, 0.6, 0.56, 0.52, 0.5)
_UP = (1.36, 1.45, 1.55, 1.7, 1.8, 1.9, 2.0)
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
    whole = abs(int(answer))
    unit = 10 ** (len(str(whole)) - len(str(whole).rstrip("0")))
    digits = len(str(whole // unit))
    if digits >= 2 and step <= finest:
        # A precise key draws figures as precise (as many significant digits) and no
        # rounder: 382,500 -> 283,500 and 520,500, never 280,000 and 520,000; 146 ->
        # 199, never 200; 691,000 -> 1,310,000. Among round figures a precise key is
        # the one that stands out (blind raters: obvious).
        shape = step // unit  # 1, or 5 for a key like 382,500
        own = shape * max(1, 10 ** (math.floor(math.log10(abs(candidate))) + 1 - digits))
        rounded = int(round(candidate / own) * own)
        if rounded % (own * (2 if shape == 5 else 5)) == 0:
            rounded += own if candidate >= rounded else -own
        return rounded
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


MAX_AGE = 110
"""A person's age (or life span) is never offered above this."""
MAX_MAGNITUDE = 9.5
"""No earthquake on record was larger (Chile, 1960)."""

_AGE = re.compile(
    r"\b(?:age|aged|ages|old|live|lives|lived|life|lifespan|life expectancy)\b", re.IGNORECASE
)
_MAGNITUDE = re.compile(r"\b(?:magnitude|richter)\b", re.IGNORECASE)
_CLOCK = frozenset({"a.m.", "p.m.", "am", "pm", "o'clock", "o’clock"})


def _is_persons_age(fact: NumberView) -> bool:
    """Whether the fact is an age or life span in years that could be a person's."""
    unit = fact.unit.strip().lower()
    if unit not in ("years", "year") or is_year(fact.value, unit):
        return False
    return 0 < fact.value <= MAX_AGE and _AGE.search(fact.what) is not None


def bounds(fact: NumberView) -> tuple[float | None, float | None]:
    """The lowest and highest figure a reader could believe for the fact's quantity.

    Read from the unit, the words of ``what`` and the key itself, for any article:
    an age or life span in years that is a person's (the key is at most
    :data:`MAX_AGE`) lies in 1-110, so "a married father aged 9" or "life expectancy
    260 years" is never offered, while a 400-year-old church is only held near its
    key; a magnitude lies in 1-9.5; a clock hour ("3 a.m.") in 1-12; a bare
    multiplier ("2 times as high") is at least 2, never "1 time"; a temperature in
    degrees Celsius stays between -90 and 60. (None: no bound on that side.)
    """
    unit = fact.unit.strip().lower()
    what = f"{fact.what} {fact.unit}"
    if _is_persons_age(fact):
        return 1, MAX_AGE
    if _MAGNITUDE.search(what):
        return 1, MAX_MAGNITUDE
    if unit in _CLOCK:
        return 1, 12
    if unit == "times" and fact.value >= 2:
        return 2, None
    if unit in ("°c", "degrees celsius"):
        return -90, 60
    return None, None


def near(cand: float, fact: NumberView) -> bool:
    """Whether a made-up figure is near enough the key to be a reader's guess.

    About half to twice the key: the made-up factors lie in 0.5-2, and rounding to
    the key's roundness may land a little outside (900 x 0.5 reads 400), so the band
    is 0.4-2.25 times the key, with a unit more each way for a small count (2 draws
    1 to 6). 7.2 never draws 25.9, a 400-year-old church never 1,800 years. A
    person's age stays closer, 0.6 to 1.5 times (the stage of life counts: 31 years
    draws 23 or 42, never 9, 12 or 17). Calendar years keep their own steps.
    """
    value = abs(fact.value)
    if _is_persons_age(fact):
        return 0.6 * value - 1 <= abs(cand) <= 1.5 * value + 1
    return 0.4 * value - 1 <= abs(cand) <= 2.25 * value + 2


def plausible(cand: float, fact: NumberView) -> bool:
    """Whether ``cand`` lies inside the fact's :func:`bounds` with the key's precision."""
    low, high = bounds(fact)
    if (low is not None and cand < low) or (high is not None and cand > high):
        return False
    key = float(fact.value)
    return key.is_integer() or _decimals(float(cand)) == _decimals(key)


def _in_domain(cand: float, fact: NumberView, latest_year: int) -> bool:
    value, unit = fact.value, fact.unit
    if not plausible(cand, fact):
        return False
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


def _take(
    fact: NumberView, values: list[float], chosen: list[float], limit: int, latest_year: int
) -> None:
    """Made-up ``values`` added to ``chosen`` in order, where they fit, up to ``limit``."""
    whole = float(fact.value).is_integer()
    for raw in values:
        if len(chosen) >= limit:
            return
        cand = int(raw) if whole else raw
        if not (is_year(fact.value, fact.unit) or near(cand, fact)):
            continue
        if _fits(cand, fact, chosen, latest_year):
            chosen.append(cand)


def _rank_can_vary(
    fact: NumberView,
    same: list[float],
    down: list[float],
    up: list[float],
    want: int,
    latest_year: int,
) -> bool:
    """Whether the key can sit at two of the three ranks: lowest, middle, highest.

    Wrong figures held near the key and inside its bounds may all fall on one side
    (a magnitude of 7.2: nothing fits above 9.5; "2 times": nothing below 2) or be
    one each side (24 years old: 18 and 33 only). Then the key's rank is the same
    in every set, a pattern a test-wise student reads without the article, and the
    fact is not asked as a choice question (numeric and true/false remain).
    """
    counts = []
    for sign, made in ((-1, down), (1, up)):
        picked: list[float] = []
        for value in same:
            if (value - fact.value) * sign > 0 and _comparable(value, fact.value):
                if len(picked) < want and _fits(value, fact, picked, latest_year):
                    picked.append(value)
        _take(fact, made, picked, want, latest_year)
        counts.append(len(picked))
    below, above = counts
    ranks = [above >= FEWEST, below >= FEWEST, below >= 1 and above >= 1]
    return sum(ranks) >= 2


def number_distractors(
    fact: NumberView,
    article_figures: list[NumberView],
    rng: random.Random,
    want: int = 3,
    latest_year: int = 2100,
    choices: bool = True,
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
        choices: the values are choices beside the key, so none when the key's rank
            among them cannot vary (:func:`_rank_can_vary`); False for the wrong
            figure of a false statement, where no rank shows.

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
    if choices and not _rank_can_vary(fact, same, down, up, want, latest_year):
        return []
    if choices and _hedge(fact) in BOUNDS:
        # "More than 300,000 followers" is true beside "more than 400,000", and
        # "less than 4 percent" beside "less than 3": a bound's choices have a second
        # right answer on one side and are undecided on the other (typed and
        # true/false remain).
        return []

    def take(values: list[float], limit: int) -> None:
        _take(fact, values, chosen, limit, latest_year)

    # The drawn number below, then the drawn number above. Made-up figures stay near
    # the key, so a side may run out: then there are fewer choices rather than the
    # other side filling in, which would put the key in the middle every time. Only
    # when fewer than two wrong figures remain does the other side fill in (a share
    # near 100 has nothing above it).
    take(down, len(chosen) + max(0, target - sum(1 for c in chosen if c < fact.value)))
    take(up, len(chosen) + max(0, want - target - sum(1 for c in chosen if c > fact.value)))
    if len(chosen) < FEWEST:
        take(down, want)
        take(up, want)
    out: list[int | float] = []
    for c in chosen:
        out.append(int(c) if float(fact.value).is_integer() else c)
    return out


_LOWER = ("more than", "at least", "over")
_UPPER = ("less than", "at most", "under", "fewer than", "up to", "nearly", "almost")
_INCLUSIVE = {
    "more than": ("at least", "no fewer than", "no less than"),
    "less than": ("at most", "no more than", "up to"),
}


def stated_approx(approx: str, value: float, quote: str) -> str:
    """A fact's ``approx`` as its quote words it: "at least 93" is not "more than 93".

    The article format had no ``at least`` or ``at most`` before, so a figure quoted as
    "killing at least 93 people" may be annotated ``more than``: a statement "more than
    93 people were killed" would then be keyed True, which the article does not say.
    When the quote gives the fact's own figure right after "at least" (or "no fewer
    than"), the hedge is ``at least``; after "at most", "no more than" or "up to",
    ``at most``. Any other annotation is kept as it is.
    """
    from readquiz.article.numtext import read_number

    for wording in _INCLUSIVE.get(approx, ()):
        for found in re.finditer(rf"\b{wording}\s+", quote, re.IGNORECASE):
            words = quote[found.end() :].split()[:3]
            for size in range(len(words), 0, -1):
                reading = read_number(" ".join(words[:size]).strip(",.;:"))
                if reading is not None and float(reading.value) == float(value):
                    return "at least" if approx == "more than" else "at most"
    return approx


def _hedge(fact: NumberView) -> str:
    """The fact's hedge: its ``approx``, or a note in its ``what`` ("(at least this many)")."""
    from readquiz.english.quantities import note_free

    approx = (fact.approx or "").strip().lower()
    if approx in ("", "exact"):
        approx = note_free(fact.what)[1] or approx
    return approx


def false_figure(fact: NumberView, wrong: NumberView) -> NumberView | None:
    """A wrong figure worded so the article contradicts it; None when no wording is.

    A false statement is one the article rules out, not merely one it does not make.
    "at least 93 people were killed" does not rule out "more than 130" (nor make "more
    than 60" false), so a figure given with a lower bound is contradicted only by a
    smaller upper bound: "fewer than 60 people" ("less than" for a measure); a figure
    given with an upper bound ("less than 10%", "nearly 10%") only by a larger lower
    bound: "more than 15 percent". A wrong figure on the other side makes no false
    statement at all. An exact or "about" figure is contradicted by any wrong figure
    (choices lie outside its tolerance).
    """
    from dataclasses import replace

    from readquiz.english.quantities import is_measure

    hedge = _hedge(fact)
    if hedge in _LOWER:
        if wrong.value >= fact.value:
            return None
        return replace(wrong, approx="less than" if is_measure(fact.unit) else "fewer than")
    if hedge in _UPPER:
        if wrong.value <= fact.value:
            return None
        return replace(wrong, approx="more than")
    return wrong


def _unit_key(unit: str) -> str:
    from readquiz.english.quantities import singular

    text = unit.strip().lower()
    return "percent" if is_share(text) else singular(text)
