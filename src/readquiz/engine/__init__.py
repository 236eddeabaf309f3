"""The engine: article + templates + seed -> a question set.

The modules follow the path of a question:

* :mod:`~readquiz.engine.facts` — what the article says, computed once per article;
* :mod:`~readquiz.engine.bind` — template × item -> a candidate with a typed answer
  and evidence that proves it (:mod:`~readquiz.engine.evidence`);
* :mod:`~readquiz.engine.kinds` — one object per answer kind;
* :mod:`~readquiz.engine.alternatives` — who or what else is right (one place);
* :mod:`~readquiz.engine.distractors` — wrong choices from the article (numbers in
  :mod:`~readquiz.engine.numbers`, near real places in :mod:`~readquiz.engine.gazetteer`);
* :mod:`~readquiz.engine.select` — a balanced set, picked before realising;
* :mod:`~readquiz.engine.realise` — one candidate as a question of one format.

``generate`` is what every front end calls; ``dry_run`` is what ``readquiz check``
uses. Determinism: every random choice comes from ``rng_for(seed, label...)`` and
nothing iterates over a set, so the same article, templates and seed give
byte-identical output in any process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from readquiz.engine.bind import Candidate, bind
from readquiz.engine.facts import build_facts, norm
from readquiz.engine.realise import realise, rng_for
from readquiz.engine.select import select
from readquiz.errors import Problem, TemplateError
from readquiz.questions.model import FORMATS, Question, QuestionSet

if TYPE_CHECKING:
    from readquiz.article.model import Article
    from readquiz.templates.library import TemplateLibrary

__all__ = ["DEFAULT_FORMATS", "DryRun", "dry_run", "generate", "rng_for"]

DEFAULT_FORMATS: tuple[str, ...] = tuple(f for f in FORMATS if f != "open")
"""Formats asked when none are named. ``open`` is asked only when named: the quiz
cannot grade it, and a set must be the same in ``generate``, ``quiz`` and
``worksheet`` for one seed, so no front end may drop questions the others keep."""


@dataclass
class DryRun:
    """What a template library makes of one article, for ``readquiz check``."""

    counts: dict[str, int] = field(default_factory=dict)
    """Template id -> questions it produced for the article."""
    problems: list[Problem] = field(default_factory=list)
    """Render and evaluation errors, one per failing template × item."""
    skipped: dict[str, list[str]] = field(default_factory=dict)
    """Template id -> why items were left out ("war-end: the stem names the answer")."""


def _candidates(
    article: Article,
    library: TemplateLibrary,
    types: list[str] | None,
    dry: DryRun | None,
) -> list[Candidate]:
    facts = build_facts(article)
    out: list[Candidate] = []
    for template in library.templates:
        if types and template.type not in types:
            continue
        skipped: list[str] = []
        try:
            for cand in bind(template, facts):
                if isinstance(cand, str):
                    skipped.append(cand)
                else:
                    out.append(cand)
        except TemplateError as err:
            if dry is None:
                raise
            dry.problems.extend(err.problems)
            out = [c for c in out if c.template is not template]
        if dry is not None and skipped:
            dry.skipped[template.id] = skipped
    return out


def _every_question(
    candidates: list[Candidate], seed: int, formats: list[str], dry: DryRun | None
) -> list[Question]:
    """Every candidate realised (no --count): all the templates make, one prompt once."""
    out: list[Question] = []
    prompts: set[str] = set()
    for cand in candidates:
        why: list[str] = []
        question = realise(cand, seed, formats, why if dry is not None else None)
        reason = None
        if question is None:
            reason = f"{cand.item_id}: no sound format ({'; '.join(why)})"
        elif {norm(question.prompt), norm(cand.stem)} & prompts:
            # Two templates asking the same thing: keep the first, whatever the format.
            reason = f"{cand.item_id}: same prompt as an earlier question"
        if reason is not None or question is None:
            if dry is not None:
                dry.skipped.setdefault(cand.template.id, []).append(str(reason))
            continue
        prompts |= {norm(question.prompt), norm(cand.stem)}
        out.append(question)
        if dry is not None:
            dry.counts[cand.template.id] = dry.counts.get(cand.template.id, 0) + 1
    return out


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
        count: how many questions (balanced across types, one per fact while facts
            last); None for every question.
        types: only templates of these types.
        formats: only these formats (None: :data:`DEFAULT_FORMATS`); a question falls
            back among its template's formats within this list, and is left out (the
            next candidate taken) if none can be made.

    Returns:
        The questions, ordered by evidence paragraph, then id.

    Raises:
        TemplateError: a template failed to render, naming its file and id.
    """
    allowed = list(formats) if formats else list(DEFAULT_FORMATS)
    candidates = _candidates(article, library, types, None)
    if count is None:
        questions = _every_question(candidates, seed, allowed, None)
    else:
        questions = select(candidates, count, seed, lambda c: realise(c, seed, allowed))
    questions.sort(key=lambda q: (q.evidence.paragraph, q.id))
    return QuestionSet(article.id, article.title, seed, questions)


def dry_run(article: Article, library: TemplateLibrary, seed: int = 0) -> DryRun:
    """Run every template over ``article``, collecting problems instead of raising.

    Every format is tried, ``open`` included, so a template of open questions counts.

    Returns:
        Questions per template id, the render problems, and why items were left out.
    """
    dry = DryRun()
    for template in library.templates:
        dry.counts[template.id] = 0
    candidates = _candidates(article, library, None, dry)
    _every_question(candidates, seed, list(FORMATS), dry)
    return dry
