"""Select: a balanced set, not a heap, picked among candidates before they are realised.

Round-robin over the question types (in a seeded order), a seeded order within each
type. A candidate is taken only if its fact (annotation) is not asked yet, and its
realised question neither gives away nor is given away by a question already chosen
(an answer named in another stem, a choice quoted by another stem, one answer twice).
A candidate that cannot be realised in any allowed format makes way for the next one.
A first pass also takes one question per cited sentence (two facts one sentence
tells are one claim to a reader); only when that is exhausted does a second pass
take the other facts, and only when every fact is asked does a third allow a second
question per fact. The give-away rules are never relaxed.
"""

from __future__ import annotations

from collections.abc import Callable

from readquiz.engine.bind import Candidate
from readquiz.engine.facts import mentions, norm
from readquiz.engine.realise import rng_for
from readquiz.engine.views import POSITION_LABELS
from readquiz.questions.model import Question

LONG_CHOICE = 12
"""A choice this long (a meaning, a claim) is specific enough that a stem quoting it
tells the student which question it belongs to."""


def answer_words(question: Question) -> str | None:
    """The answer as words another stem could give away (None for true/false, open)."""
    if question.format in ("truefalse", "open"):
        return None
    labels = set(POSITION_LABELS.values())
    if question.answer_text in labels and set(question.choices or []) <= labels:
        return None  # "For", "Against": everyday words of any stem
    return question.answer_text


def leaks(a: Question, b: Question) -> bool:
    """Whether ``a`` gives away ``b``: its answer or a long choice named in ``b``'s stem."""
    answer = answer_words(a)
    if answer and len(answer) >= 3 and mentions(b.prompt, answer):
        return True
    if a.format == "choice":
        return any(len(c) >= LONG_CHOICE and mentions(b.prompt, c) for c in a.choices or [])
    return False


def clashes(question: Question, chosen: list[Question]) -> bool:
    """Whether ``question`` and a chosen one give each other away or share an answer."""
    mine = answer_words(question)
    for other in chosen:
        theirs = answer_words(other)
        if mine and theirs and norm(mine) == norm(theirs):
            return True
        if leaks(question, other) or leaks(other, question):
            return True
        if norm(question.prompt) == norm(other.prompt):
            return True
    return False


def _sentence(cand: Candidate) -> tuple[int, str]:
    """The cited text of a candidate, as the claim a reader sees.

    Two facts told by one sentence are one claim ("challenges from the Cambodian and
    Vietnamese governments" is both governments' position).
    """
    return cand.evidence.paragraph, norm(cand.evidence.quote)


def select(
    candidates: list[Candidate],
    count: int,
    seed: int,
    make: Callable[[Candidate], Question | None],
) -> list[Question]:
    """Up to ``count`` questions, balanced across types, one per fact while facts last.

    Args:
        candidates: every candidate, in template order.
        count: how many questions to pick.
        seed: orders the types and the candidates within each.
        make: realises one candidate (None when no allowed format can be made).

    Returns:
        The chosen questions, in the order picked.
    """
    by_type: dict[str, list[Candidate]] = {}
    for cand in candidates:
        by_type.setdefault(cand.template.type, []).append(cand)
    order = sorted(by_type)
    rng_for(seed, "select", "types").shuffle(order)
    for t in order:
        rng_for(seed, "select", t).shuffle(by_type[t])
    made: dict[str, Question | None] = {}

    def realised(cand: Candidate) -> Question | None:
        if cand.qid not in made:
            made[cand.qid] = make(cand)
        return made[cand.qid]

    chosen: list[Question] = []
    facts: set[str] = set()
    cited: set[tuple[int, str]] = set()
    for tier in ("fact and sentence", "fact", "any"):
        progress = True
        while len(chosen) < count and progress:
            progress = False
            for t in order:
                if len(chosen) >= count:
                    break
                pending = by_type[t]
                for cand in list(pending):
                    if tier != "any" and cand.item_id in facts:
                        continue
                    if tier == "fact and sentence" and _sentence(cand) in cited:
                        continue
                    question = realised(cand)
                    if question is None:
                        pending.remove(cand)  # no format can be made: the next one
                        continue
                    if clashes(question, chosen):
                        continue
                    pending.remove(cand)
                    chosen.append(question)
                    facts.add(cand.item_id)
                    cited.add(_sentence(cand))
                    progress = True
                    break
    return chosen
