"""The engine: bind templates to an article's annotations and pick a question set.

``generate`` is what every front end calls; ``dry_run`` is what ``readquiz check``
uses to show how many questions each template makes and which of them fail.

Determinism: every random choice comes from ``random.Random(f"{seed}:{qid}:...")``
(string seeds are hashed with SHA-512, never with Python's salted ``hash()``), and
nothing iterates over a set, so the same article, templates and seed give
byte-identical output in any process.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from readquiz.distractors import mentions, norm
from readquiz.errors import Problem, TemplateError
from readquiz.formats import (
    DEFAULT_FORMATS,
    Candidate,
    answer_kind,
    gives_away,
    make_question,
)
from readquiz.questions.model import Evidence, Question, QuestionSet
from readquiz.views import ArticleView, build_views

if TYPE_CHECKING:
    from readquiz.article.model import Article
    from readquiz.templates.library import LoadedTemplate, TemplateLibrary


@dataclass
class DryRun:
    """What a template library makes of one article, for ``readquiz check``."""

    counts: dict[str, int] = field(default_factory=dict)
    """Template id -> questions it produced for the article."""
    problems: list[Problem] = field(default_factory=list)
    """Render and evaluation errors, one per failing template × item."""
    skipped: dict[str, list[str]] = field(default_factory=dict)
    """Template id -> why items were left out ("war-end: the stem names the answer")."""


def rng_for(seed: int, *parts: str) -> random.Random:
    """A generator seeded by the run's seed and a stable label (question id, purpose)."""
    return random.Random(":".join([str(seed), *parts]))


def _context(item: Any, article: ArticleView) -> dict[str, Any]:
    return {"item": item, "article": article}


def _answer_text(answer: Any) -> str:
    return " ".join(str(answer).split()) if answer is not None else ""


def _bind(
    template: LoadedTemplate, article: Article, views: ArticleView
) -> Iterator[Candidate | str]:
    """Every candidate of one template over its items, or a reason an item was skipped.

    Raises:
        TemplateError: a field of the template failed to render or evaluate.
    """
    items = views.items(template.spec.from_)
    passing = [
        it
        for it in items
        if not template.has("if") or template.evaluate("if", **_context(it, views))
    ]
    answers = {id(it): template.evaluate("answer", **_context(it, views)) for it in passing}
    for item in passing:
        answer = answers[id(item)]
        kind = answer_kind(answer)
        if kind is None:
            yield f"{item.id}: no answer"
            continue
        stem = template.render("ask", **_context(item, views))
        if gives_away(stem, answer, kind):
            yield f"{item.id}: the stem names the answer"
            continue
        ev = article.evidence(item.id)
        others = []
        if kind == "text":
            others = [
                (it, _answer_text(answers[id(it)]))
                for it in passing
                if it is not item and answer_kind(answers[id(it)]) == "text"
            ]
        yield Candidate(
            template=template,
            article=views,
            item=item,
            item_id=item.id,
            answer=answer,
            kind=kind,
            stem=stem,
            evidence=Evidence(ev.paragraph, ev.quote),
            others=others,
        )


def formats_of(template: LoadedTemplate, kind: str) -> list[str]:
    """The formats a template asks in, in its order (defaults from the answer kind)."""
    listed = list(template.spec.formats or DEFAULT_FORMATS[kind])
    if template.spec.formats is None and template.has("say"):
        listed.append("truefalse")
    return listed


def realise(cand: Candidate, seed: int, allowed: list[str] | None) -> Question | None:
    """The candidate as one question, in a seeded pick among its allowed formats.

    When a format cannot be made soundly, the next one (cyclically) is tried; None when
    none of them can, or no format is allowed.
    """
    options = [f for f in formats_of(cand.template, cand.kind) if allowed is None or f in allowed]
    if not options:
        return None
    start = rng_for(seed, cand.qid, "format").randrange(len(options))
    for fmt in options[start:] + options[:start]:
        question = make_question(cand, fmt, rng_for(seed, cand.qid, fmt))
        if question is not None:
            return question
    return None


def _all_questions(
    article: Article,
    library: TemplateLibrary,
    seed: int,
    types: list[str] | None,
    formats: list[str] | None,
    dry: DryRun | None = None,
) -> list[Question]:
    views = build_views(article)
    out: list[Question] = []
    prompts: set[str] = set()
    for template in library.templates:
        if types and template.type not in types:
            continue
        made = 0
        skipped: list[str] = []
        try:
            for cand in _bind(template, article, views):
                if isinstance(cand, str):
                    skipped.append(cand)
                    continue
                question = realise(cand, seed, formats)
                if question is None:
                    skipped.append(f"{cand.item_id}: no sound format")
                    continue
                # Two templates asking the same thing: keep the first, whatever the
                # format each picked (a true/false prompt differs from its stem).
                keys = {norm(question.prompt), norm(cand.stem)}
                if keys & prompts:
                    skipped.append(f"{cand.item_id}: same prompt as an earlier question")
                    continue
                prompts |= keys
                out.append(question)
                made += 1
        except TemplateError as err:
            if dry is None:
                raise
            dry.problems.extend(err.problems)
        if dry is not None:
            dry.counts[template.id] = made
            if skipped:
                dry.skipped[template.id] = skipped
    return out


def _item_of(question: Question) -> str:
    return question.id.split("/", 1)[1]


def _answer_words(question: Question) -> str | None:
    """The answer as words a stem could give away (None for true/false and open)."""
    if question.format in ("truefalse", "open"):
        return None
    return question.answer_text


def _clashes(question: Question, chosen: list[Question]) -> bool:
    """Whether ``question`` would weaken a set holding ``chosen``.

    It would when it asks about an item already asked about, its answer is one already
    given (two "Sunday"s), or one stem names the other's answer ("voted 5 to 2" beside
    "how many voted for it?").
    """
    item = _item_of(question)
    answer = _answer_words(question)
    for other in chosen:
        if _item_of(other) == item:
            return True
        theirs = _answer_words(other)
        if answer and theirs and norm(answer) == norm(theirs):
            return True
        if answer and len(answer) >= 3 and mentions(other.prompt, answer):
            return True
        if theirs and len(theirs) >= 3 and mentions(question.prompt, theirs):
            return True
    return False


def select(questions: list[Question], count: int, seed: int) -> list[Question]:
    """A set of up to ``count`` questions, balanced across types.

    Round-robin over the types (in a seeded order), a seeded shuffle within each. A
    question that clashes with those chosen (same item, same answer, or a stem naming
    another's answer) waits until nothing else is left.
    """
    by_type: dict[str, list[Question]] = {}
    for q in questions:
        by_type.setdefault(q.type, []).append(q)
    order = sorted(by_type)
    rng_for(seed, "select", "types").shuffle(order)
    for t in order:
        rng_for(seed, "select", t).shuffle(by_type[t])
    chosen: list[Question] = []
    for fresh_only in (True, False):
        progress = True
        while len(chosen) < count and progress:
            progress = False
            for t in order:
                if len(chosen) >= count:
                    break
                pending = by_type[t]
                pick = next((q for q in pending if not fresh_only or not _clashes(q, chosen)), None)
                if pick is None:
                    continue
                pending.remove(pick)
                chosen.append(pick)
                progress = True
    return chosen


def generate(
    article: Article,
    library: TemplateLibrary,
    *,
    seed: int,
    count: int | None = None,
    types: list[str] | None = None,
    formats: list[str] | None = None,
) -> QuestionSet:
    """Make the question set of ``article``.

    Args:
        article: the loaded article.
        library: the templates in effect, in search order.
        seed: makes every random choice; same inputs and seed, same bytes.
        count: how many questions (balanced across types); None for every question.
        types: only templates of these types.
        formats: only these formats (a question falls back among its template's
            formats within this list, and is left out if none can be made).

    Returns:
        The questions, ordered by evidence paragraph, then id.

    Raises:
        TemplateError: a template failed to render, naming its file and id.
    """
    questions = _all_questions(article, library, seed, types, formats)
    if count is not None:
        questions = select(questions, count, seed)
        questions.sort(key=lambda q: (q.evidence.paragraph, q.id))
    else:
        questions.sort(key=lambda q: (q.evidence.paragraph, q.id))
    return QuestionSet(article.id, article.title, seed, questions)


def dry_run(article: Article, library: TemplateLibrary, seed: int = 0) -> DryRun:
    """Run every template over ``article``, collecting problems instead of raising.

    Returns:
        Questions per template id, the render problems, and why items were skipped.
    """
    dry = DryRun()
    _all_questions(article, library, seed, None, None, dry)
    return dry
