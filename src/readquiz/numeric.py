"""Distractors for number facts: same form as the answer, far enough apart to be wrong.

The quality rules (DESIGN "Quality rules"): every choice is stated the way the answer
is ("more than 900 kilometers"); every two choices are at least 25% apart (relative
to the larger); every distractor lies outside the answer's tolerance; percentages
stay within 0-100; whole numbers stay whole and keep the answer's precision, so they
read as plausible round figures.

"More than X" and "less than X" draw distractors on both sides of the answer, like
"about X". Drawing only larger values for "more than" (a smaller "more than" would
be true as well) made the answer always the smallest choice, a pattern a test-wise
student learns in one worksheet. The built-in numeric templates instead ask for the
figure the article gives ("What figure does the article give for ...?"), so "more
than 600 kilometers" is plainly not what an article saying "more than 900" gives.
"""

from __future__ import annotations

import math
import random
from decimal import Decimal

MIN_GAP = 0.25
"""Two choices differ by at least this share of the larger one."""

# Scale factors, nearest first: the first that fit give distractors of the same order
# of magnitude, which are the plausible ones.
_DOWN = (0.7, 0.5, 0.35, 0.25, 0.15, 0.1)
_UP = (1.4, 2.0, 3.0, 4.0, 5.0, 7.0, 10.0)


def far_apart(a: float, b: float) -> bool:
    """Whether ``a`` and ``b`` differ by at least :data:`MIN_GAP` of the larger magnitude."""
    biggest = max(abs(a), abs(b))
    if biggest == 0:
        return False
    return abs(a - b) >= MIN_GAP * biggest - 1e-9


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
    """``candidate`` rounded the way the answer is written.

    A decimal keeps the answer's decimals. A whole number takes the coarsest round step
    no coarser than the answer's own (a multiple of 100 for 900, of 5 for 35) that
    stays within 15% of the candidate, and never finer than two significant digits.
    """
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
        # 500 -> 100 -> 50 -> 10 ...: alternate the 5s and the powers of ten.
        step = step // 5 if str(step).startswith("5") else step // 2
    return int(round(candidate / finest) * finest)


def _candidates(value: float, factors: tuple[float, ...]) -> list[float]:
    if value == 0:
        # Zero has no scale; step in whole units instead.
        return [f * 10 for f in factors]
    return [value * f for f in factors]


def number_distractors(
    value: int | float,
    unit: str,
    approx: str,
    tolerance: float,
    rng: random.Random,
    want: int = 3,
) -> list[int | float]:
    """Up to ``want`` wrong values for a number fact, in the order chosen.

    Args:
        value: the answer's value.
        unit: its unit ("%" keeps distractors within 0-100).
        approx: exact, about, more than or less than; every one draws on both
            sides (the choices all carry it, see the module's docstring).
        tolerance: absolute tolerance of the answer; distractors lie outside it.
        rng: seeded generator deciding how many distractors fall below the answer
            (any approximation: the answer's rank among the choices must not tell).
        want: how many to find.

    Returns:
        Distinct values; fewer than ``want`` when the rules leave too few.
    """
    down = _candidates(value, _DOWN)
    up = _candidates(value, _UP)
    if value < 0:
        down, up = up, down
    # A random split keeps the answer from always sitting in one place (smallest,
    # largest or middle); the factors that do not fit are tried after, in order.
    below = rng.randint(0, want)
    # All below: every smaller factor first, so one that fails the gap rule ("less
    # than 10%": 4 is too close to 5) is replaced by a smaller one, not a larger one.
    order = down + up if below == want else down[:below] + up + down[below:]
    percent = unit.strip() == "%"
    chosen: list[int | float] = []
    for raw in order:
        cand = _round_like(raw, value)
        if isinstance(value, int) or float(value).is_integer():
            cand = int(cand)
        if percent and not 0 <= cand <= 100:
            continue
        if value > 0 and cand <= 0:
            continue
        if abs(cand - value) <= tolerance:
            continue
        if not all(far_apart(cand, other) for other in (value, *chosen)):
            continue
        chosen.append(cand)
        if len(chosen) == want:
            break
    return chosen
