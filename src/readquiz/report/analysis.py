"""Classical item analysis of a class's attempts: the figures every report prints.

Headless: imports neither Textual nor reportlab. The thresholds and their sources are
in docs/report.md. In short:

- **facility** (also "difficulty index", p): the share of students who got a question
  right;
- **discrimination** D: the facility in the upper 27% of the class (by total score)
  minus the facility in the lower 27% (Kelley 1939), read against Ebel's bands
  (Ebel 1954; Ebel & Frisbie 1991): 0.40 and over very good, 0.30–0.39 good,
  0.20–0.29 marginal, under 0.20 poor, negative: the question favours weaker readers;
- **point-biserial** r: the correlation of the question (right or wrong) with the
  score on the *other* questions (corrected item-total correlation), as Moodle's quiz
  statistics report it;
- **reliability** (KR-20, Kuder & Richardson 1937): how consistently the questions
  rank the students, 0..1, over the students who were asked every question; 0.70 and
  over is the usual bar for a classroom test (Nunnally 1978), and it rises with the
  number of questions, so a ten-question quiz often falls short of it;
- an item is flagged to revise when its facility is under 20% or over 90%, when its
  discrimination is negative, or when a wrong choice drew more students than the key.

Each student counts once: their first finished full attempt (see
:mod:`readquiz.attempts.standing`). A question that a counted attempt asked but left
unanswered counts as wrong (and is listed as "(no answer)").
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from readquiz.attempts import standing
from readquiz.attempts.store import Attempt
from readquiz.questions.model import Question, QuestionSet
from readquiz.report.responses import Option, count_options

HARD = 0.20
"""Facility under this: too hard (or a wrong key)."""
EASY = 0.90
"""Facility over this: too easy to tell readers apart."""
GROUP_SHARE = 0.27
"""Kelley's upper and lower groups: 27% of the class each."""
SMALL_CLASS = 20
"""Fewer counted attempts than this: the figures are unstable, and the report says so."""
EBEL_BANDS = ((0.40, "very good"), (0.30, "good"), (0.20, "marginal"), (0.0, "poor"))


@dataclass(frozen=True)
class Item:
    """The figures of one question."""

    position: int
    """1-based, in the order of the question set."""
    question: Question
    asked: int
    """Counted attempts that asked it."""
    right: int
    omitted: int
    """Asked and left unanswered."""
    facility: float | None
    """right / asked, 0..1; None when no one was asked."""
    discrimination: float | None
    """Upper-group minus lower-group facility, -1..1; None with fewer than 2 students."""
    point_biserial: float | None
    """Correlation with the score on the other questions; None when it is undefined."""
    options: list[Option]
    flags: list[str]
    """Why a teacher should look at it again, in words; empty when it is sound."""

    @property
    def band(self) -> str:
        """Ebel's band for the discrimination ("very good" .. "poor", "negative")."""
        return band(self.discrimination)


@dataclass(frozen=True)
class Group:
    """Facility over a group of questions: one type, or one evidence paragraph."""

    label: str
    questions: list[int]
    """Positions of its questions."""
    responses: int
    right: int
    text: str = ""
    """For a paragraph: its text, when the article is at hand."""

    @property
    def facility(self) -> float | None:
        """The share right: right / responses, or None with no responses."""
        return self.right / self.responses if self.responses else None


@dataclass(frozen=True)
class Distribution:
    """How the class's scores spread: a count per bin, lowest bin first."""

    labels: list[str]
    counts: list[int]
    mean: float | None
    """Mean score, percent."""
    median: float | None
    """Median score, percent."""


@dataclass
class Report:
    """Everything the report shows, for one article."""

    article_id: str
    article_title: str
    attempts: int
    """Attempts counted (one per student)."""
    left_out: dict[str, int]
    """Attempts not counted, by why: unfinished, retry, repeat."""
    items: list[Item]
    by_type: list[Group]
    by_paragraph: list[Group]
    distribution: Distribution
    warnings: list[str] = field(default_factory=list)
    reliability: float | None = None
    """KR-20 over the students asked every question; None with fewer than two such
    students, fewer than two questions, or no spread of scores."""
    reliable_over: int = 0
    """How many students the reliability is computed over."""

    @property
    def flagged(self) -> list[Item]:
        """The items to revise, in order."""
        return [item for item in self.items if item.flags]


def band(d: float | None) -> str:
    """Ebel's band for a discrimination index; "" when there is none."""
    if d is None:
        return ""
    if d < 0:
        return "negative"
    return next(name for floor, name in EBEL_BANDS if d >= floor - 1e-9)


def percent(x: float | None) -> str:
    """0.8 -> "80%"; None -> "-"."""
    return "-" if x is None else f"{100 * x:.0f}%"


def signed(x: float | None) -> str:
    """0.43 -> "+0.43"; None -> "-"."""
    return "-" if x is None else f"{x:+.2f}"


def asked_questions(attempt: Attempt) -> list[Question]:
    """The questions the attempt asked, as stored with it; [] when unreadable."""
    try:
        return QuestionSet.from_json(attempt.questions_json).questions
    except (ValueError, KeyError, TypeError):
        return []


def _pearson(xs: list[float], ys: list[float]) -> float | None:
    if len(xs) < 3 or len(set(xs)) < 2 or len(set(ys)) < 2:
        return None
    return statistics.correlation(xs, ys)


def _groups(scores: list[float]) -> tuple[set[int], set[int]]:
    """Indexes of the upper and lower 27% by score (ties broken by order of attempt)."""
    n = len(scores)
    size = max(1, round(GROUP_SHARE * n))
    if n < 2:
        return set(), set()
    size = min(size, n // 2)
    ranked = sorted(range(n), key=lambda i: (-scores[i], i))
    return set(ranked[:size]), set(ranked[-size:])


def _left_out(attempts: list[Attempt], chosen: list[Attempt]) -> dict[str, int]:
    picked = {a.id for a in chosen}
    out = {"unfinished": 0, "retry": 0, "repeat": 0}
    for a in attempts:
        if a.id in picked:
            continue
        if standing.is_retry(a):
            out["retry"] += 1
        elif not standing.is_finished(a):
            out["unfinished"] += 1
        else:
            out["repeat"] += 1
    return out


def analyse(
    attempts: Iterable[Attempt],
    *,
    article_id: str,
    article_title: str = "",
    qset: QuestionSet | None = None,
    paragraphs: dict[int, str] | None = None,
) -> Report:
    """The item analysis of every attempt on ``article_id``.

    Args:
        attempts: attempts from the store (others' articles, retries, unfinished and
            repeated attempts are left out here, and counted).
        article_id: the article analysed.
        article_title: its title, for the heading (default: from the attempts).
        qset: analyse these questions, in this order (a question-set file); without
            it, every question any counted attempt asked, in the order first asked.
        paragraphs: paragraph number -> text, to quote each paragraph's opening.

    Returns:
        The report's figures.
    """
    on_article = [a for a in attempts if a.article == article_id]
    chosen = standing.counted(on_article)
    asked = [asked_questions(a) for a in chosen]
    if qset is not None:
        questions = list(qset.questions)
        article_title = article_title or qset.article_title
    else:
        seen: dict[str, Question] = {}
        for qs in asked:
            for q in qs:
                seen.setdefault(q.id, q)
        questions = list(seen.values())
    if not article_title:
        article_title = _title(chosen)
    ids = {q.id for q in questions}
    # an attempt that asked none of the questions (another set) says nothing about them
    pairs = [(a, {q.id for q in qs} & ids) for a, qs in zip(chosen, asked, strict=True)]
    pairs = [(a, qids) for a, qids in pairs if qids]
    scores = [_score(a, qids) for a, qids in pairs]
    items = [_item(position, q, pairs, scores) for position, q in enumerate(questions, start=1)]
    report = Report(
        article_id=article_id,
        article_title=article_title,
        attempts=len(pairs),
        left_out=_left_out(on_article, [a for a, _ in pairs]),
        items=items,
        by_type=_by(items, lambda it: it.question.type),
        by_paragraph=_by_paragraph(items, paragraphs or {}),
        distribution=_distribution([a for a, _ in pairs], [qids for _, qids in pairs], scores),
    )
    full = [a for a, qids in pairs if qids == ids]
    report.reliability = kr20([[_right(a, q.id) for q in questions] for a in full])
    report.reliable_over = len(full)
    if report.attempts < SMALL_CLASS:
        report.warnings.append(small_class_warning(report.attempts))
    return report


def kr20(marks: list[list[bool]]) -> float | None:
    """Kuder–Richardson formula 20 over a students × questions table of right answers.

    KR-20 = k / (k − 1) × (1 − Σ p·q / σ²), with k questions, p the share right on
    each, q = 1 − p, and σ² the (population) variance of the students' total scores.
    None where it is undefined: fewer than two students or questions, or every student
    with the same score.
    """
    if len(marks) < 2 or not marks[0] or len(marks[0]) < 2:
        return None
    n, k = len(marks), len(marks[0])
    totals = [sum(row) for row in marks]
    variance = statistics.pvariance(totals)
    if variance == 0:
        return None
    pq = 0.0
    for j in range(k):
        p = sum(row[j] for row in marks) / n
        pq += p * (1 - p)
    return k / (k - 1) * (1 - pq / variance)


def reliability_line(report: Report) -> str:
    """The report's one sentence on reliability, in words a teacher reads."""
    if report.reliability is None:
        return (
            "Reliability (KR-20): not computed; it needs at least two students who were "
            "asked every question, and some spread in their scores."
        )
    r = report.reliability
    verdict = (
        "at or over 0.70, the usual bar for a classroom test"
        if r >= 0.70
        else "under 0.70, the usual bar for a classroom test: the total score ranks "
        "readers loosely (more questions, or revising the flagged ones, raise it)"
    )
    return (
        f"Reliability (KR-20) {r:.2f} over {report.reliable_over} students asked every "
        f"question: {verdict}."
    )


def _right(attempt: Attempt, qid: str) -> bool:
    return any(x.question == qid and x.correct for x in attempt.answers)


def small_class_warning(n: int) -> str:
    """The plain warning a report on fewer than about 20 attempts carries."""
    each = f"; one student moves a facility by {100 / n:.0f} points" if n else ""
    return (
        f"only {n} attempt{'s' if n != 1 else ''} counted: with fewer than about "
        f"{SMALL_CLASS} these figures are unstable{each}. Read them as hints, not verdicts."
    )


def _title(chosen: list[Attempt]) -> str:
    for a in chosen:
        try:
            return str(json.loads(a.questions_json)["article"]["title"])
        except (ValueError, KeyError, TypeError):
            continue
    return ""


def _score(attempt: Attempt, qids: set[str]) -> float:
    """Share of the analysed questions the attempt asked that it got right."""
    right = sum(1 for x in attempt.answers if x.question in qids and x.correct)
    return right / len(qids)


def _item(
    position: int, q: Question, pairs: list[tuple[Attempt, set[str]]], scores: list[float]
) -> Item:
    answers: list[tuple[str | None, bool]] = []
    rest: list[float] = []
    item_scores: list[float] = []
    for (attempt, qids), score in zip(pairs, scores, strict=True):
        if q.id not in qids:
            continue
        given = next((x for x in attempt.answers if x.question == q.id), None)
        right = given is not None and given.correct
        answers.append((given.given if given else None, right))
        item_scores.append(score)
        others = len(qids) - 1
        rest.append((score * len(qids) - right) / others if others else 0.0)
    n = len(answers)
    right_count = sum(1 for _, ok in answers if ok)
    marks = [1.0 if ok else 0.0 for _, ok in answers]
    upper, lower = _groups(item_scores)
    d = None
    if upper and lower:
        d = (sum(marks[i] for i in upper) - sum(marks[i] for i in lower)) / len(upper)
    facility = right_count / n if n else None
    options = count_options(q, answers, upper, lower)
    item = Item(
        position=position,
        question=q,
        asked=n,
        right=right_count,
        omitted=sum(1 for given, _ in answers if given is None),
        facility=facility,
        discrimination=d,
        point_biserial=_pearson(marks, rest),
        options=options,
        flags=[],
    )
    item.flags.extend(_flags(item))
    return item


def _flags(item: Item) -> list[str]:
    flags = []
    f, d = item.facility, item.discrimination
    if f is not None and f < HARD:
        flags.append(
            f"hard: {percent(f)} right (under {percent(HARD)}); check the key, the wording "
            "and that the evidence paragraph answers it"
        )
    if f is not None and f > EASY:
        flags.append(
            f"easy: {percent(f)} right (over {percent(EASY)}); it tells little about who "
            "read carefully"
        )
    if d is not None and d < 0:
        flags.append(
            f"negative discrimination (D {signed(d)}): weaker readers did better than "
            "stronger ones; look for a wrong key or a second right answer"
        )
    key = next((o for o in item.options if o.key), None)
    if key is not None and item.question.choices:
        for o in item.options:
            if not o.key and o.text != key.text and o.count > key.count:
                flags.append(
                    f"the wrong choice “{o.text}” drew more students ({o.count}) than the "
                    f"key ({key.count})"
                )
    return flags


def _by(items: list[Item], label_of: Callable[[Item], object]) -> list[Group]:
    groups: dict[str, list[Item]] = {}
    for item in items:
        groups.setdefault(str(label_of(item)), []).append(item)
    return [
        Group(
            label,
            [it.position for it in members],
            sum(it.asked for it in members),
            sum(it.right for it in members),
        )
        for label, members in groups.items()
    ]


def _by_paragraph(items: list[Item], paragraphs: dict[int, str]) -> list[Group]:
    found = _by(sorted(items, key=lambda it: it.question.evidence.paragraph), _paragraph)
    return [
        Group(g.label, g.questions, g.responses, g.right, paragraphs.get(int(g.label), ""))
        for g in found
    ]


def _paragraph(item: Item) -> int:
    return item.question.evidence.paragraph


def _distribution(
    attempts: list[Attempt], qids: list[set[str]], scores: list[float]
) -> Distribution:
    if not attempts:
        return Distribution([], [], None, None)
    sizes = {len(q) for q in qids}
    percents = [100 * s for s in scores]
    mean, median = statistics.fmean(percents), statistics.median(percents)
    if len(sizes) == 1:
        k = sizes.pop()
        counts = [0] * (k + 1)
        for s in scores:
            counts[round(s * k)] += 1
        return Distribution([f"{i}/{k}" for i in range(k + 1)], counts, mean, median)
    counts = [0] * 10
    for p in percents:
        counts[min(9, math.floor(p / 10))] += 1
    labels = [f"{10 * i}–{10 * i + 9}%" for i in range(9)] + ["90–100%"]
    return Distribution(labels, counts, mean, median)
