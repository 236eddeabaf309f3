"""Realise: one picked candidate as a question of one format, or None if it cannot be.

Choice needs three or more sound choices; short needs every right answer accepted
(:func:`readquiz.engine.alternatives.short_is_fair`); a false statement needs a wrong
value the article contradicts (only kinds that are :attr:`Kind.falsifiable`, and
never a swap of the item itself). When a format cannot be made the next allowed one
is tried; when none can, the selector moves on to the next candidate.
"""

from __future__ import annotations

import random
from typing import Any

from readquiz.engine import alternatives
from readquiz.engine.bind import Candidate, bad_english, gives_away
from readquiz.engine.distractors import asks_for_the_word, wrong_values
from readquiz.engine.evidence import content_words
from readquiz.engine.facts import norm
from readquiz.engine.numbers import false_figure, tolerance
from readquiz.engine.views import EntityView, EventView, NumberView, StanceView, TermView, When
from readquiz.english.agreement import drop_s
from readquiz.english.dates import relative_step, told_by_a_clause
from readquiz.english.punctuation import as_question, as_statement
from readquiz.english.verbs import is_a_stay
from readquiz.english.wellformed import doubled_word
from readquiz.english.words import share_stem
from readquiz.questions.model import Question

MIN_CHOICES = 3
MAX_CHOICES = 5
WANT_DISTRACTORS = 3
"""Four choices when the article allows; three are accepted, five never exceeded."""


def rng_for(seed: int, *parts: str) -> random.Random:
    """A generator seeded by the run's seed and a stable label (question id, purpose).

    String seeds are hashed with SHA-512 by :mod:`random`, never with Python's salted
    ``hash()``, so every process draws the same.
    """
    return random.Random(":".join([str(seed), *parts]))


def formats_of(cand: Candidate) -> list[str]:
    """The formats the candidate's template asks in, in its order, its kind allows."""
    spec = cand.template.spec
    listed = list(spec.formats or cand.kind.defaults)
    if spec.formats is None and cand.template.has("say"):
        listed.append("truefalse")
    return [f for f in listed if f in cand.kind.formats]


def _explanation(cand: Candidate) -> str:
    if cand.template.has("explain"):
        return str(cand.template.render("explain", **cand.context(cand.answer)))
    return f"Paragraph {cand.evidence.paragraph}: “{cand.evidence.quote}”"


_INSTRUCTIONS = frozenset(
    "explain describe name list cite summarize summarise compare write give tell use".split()
)
"""First words of a stem that is an instruction ("Explain ... Cite the paragraph."): it
ends with ".", every other stem with "?"."""


def finish_prompt(prompt: str) -> str:
    """The stem with exactly one closing mark: "?" for a question, "." for an instruction.

    "True or false: <statement>" ends its statement with ".".
    """
    words = prompt.split()
    first = words[0].lower().strip(",:") if words else ""
    if prompt.startswith("True or false:") or first in _INSTRUCTIONS:
        return as_statement(prompt)
    return as_question(prompt)


def _question(cand: Candidate, fmt: str, prompt: str, answer: Any, **extra: Any) -> Question:
    fields: dict[str, Any] = {
        "choices": None,
        "accept": [],
        "unit": None,
        "approx": None,
        "tolerance": None,
    }
    fields.update(extra)
    return Question(
        id=cand.qid,
        type=cand.template.type,
        format=fmt,
        prompt=finish_prompt(prompt),
        answer=answer,
        evidence=cand.evidence,
        explanation=_explanation(cand),
        template=cand.template.id,
        **fields,
    )


_TOO_FEW = {
    "entity": "the article names too few other people or bodies that are plainly wrong "
    "here; add them, or an article `distractors:` list",
    "place": "the article names too few other places of a comparable type; add them "
    "with their `type`, or an article `distractors:` list",
    "number": "the article has too few plausible wrong figures of this kind",
    "time": "the article has too few other times of this kind",
    "position": "there is no other position to offer",
    "text": "the article has too few other texts of this kind to offer",
}
"""What to tell an author when a choice question has too few wrong choices, by kind."""


def _too_few(cand: Candidate) -> str:
    """What the author can do when ``cand`` has too few wrong choices."""
    if isinstance(cand.item, TermView):
        return (
            "the article has too few other vocabulary meanings of the same part of speech "
            "and kind; add vocabulary entries like it"
        )
    if isinstance(cand.item, StanceView) and cand.kind.name == "text":
        return "the article has too few other holders' views to offer; add their stances"
    if isinstance(cand.item, EntityView) and cand.kind.name == "text":
        return "the article has too few other roles to offer; add the roles of others"
    return _TOO_FEW[cand.kind.name]


def _others_named(cand: Candidate) -> str:
    """The names of the entities that are also right for ``cand``, for a reason."""
    others = sorted(alternatives.right_answers(cand).others)
    return ", ".join(cand.facts.names[o][0] for o in others if cand.facts.names.get(o))


def _choice(cand: Candidate, rng: random.Random) -> Question | str:
    right = cand.kind.display(cand.answer)
    choices = [right]
    for wrong in wrong_values(cand, rng, WANT_DISTRACTORS):
        text = cand.kind.display(wrong)
        if norm(text) not in {norm(c) for c in choices}:
            choices.append(text)
    if len(choices) < MIN_CHOICES:
        found = len(choices) - 1
        why = f"choice: {found} sound wrong choice{'' if found == 1 else 's'}, needs "
        why += f"{MIN_CHOICES - 1}: {_too_few(cand)}"
        if also := _others_named(cand):
            why += f" ({also}: also right, so no wrong choice)"
        return why
    choices = choices[:MAX_CHOICES]
    if echoes_the_stem(cand, right, choices):
        return "choice: the right choice alone repeats a word of the term"
    rng.shuffle(choices)
    return _question(cand, "choice", cand.stem, right, choices=choices)


def _stems(text: str) -> set[str]:
    """The words of ``text`` that carry meaning, short ones too ("war"), plural -s off."""
    return {drop_s(w) for w in content_words(text, shortest=3)}


def echoes_the_stem(cand: Candidate, right: str, choices: list[str]) -> bool:
    """Whether, in a vocabulary question, the right choice alone repeats a word of what is asked.

    "What does 'civil war' mean?" with one choice about a war, "structural damage" with
    one choice about damage, "life expectancy" with one about how long people "expect"
    to live (a word's other form counts: :func:`readquiz.english.words.share_stem`):
    the key is found by matching words, not by reading. (For
    "Which word means '...'?" the meaning is what is asked, and the terms are choices.)
    """
    term, meaning = getattr(cand.item, "term", None), getattr(cand.item, "meaning", None)
    if not isinstance(term, str) or not isinstance(meaning, str):
        return False
    asked = (
        _stems(meaning)
        if norm(right) in {norm(term), norm(getattr(cand.item, "surface", ""))}
        else _stems(term)
    )
    others = [_stems(c) for c in choices if c != right]
    shared = [w for w in _stems(right) if any(share_stem(w, a) for a in asked)]
    return any(all(not any(share_stem(w, x) for x in o) for o in others) for w in shared)


def _short(cand: Candidate) -> Question | str:
    if not alternatives.short_is_fair(cand):
        if also := _others_named(cand):
            return f"short: {also} would also be right, and typing that would be marked wrong"
        if isinstance(cand.answer, When):
            return "short: the cited text names another time, which typing would be marked wrong"
        return "short: the paragraph has another word for it, which typing would be marked wrong"
    if isinstance(cand.answer, When) and told_by_a_clause(str(cand.answer)):
        # "When Irma was approaching": "as the storm came" is right too, typed
        return (
            "short: the time is told by a clause, and another wording of it would be marked wrong"
        )
    if (
        isinstance(cand.answer, When)
        and relative_step(str(cand.answer))
        and alternatives.article_date(cand) is None
    ):
        # "Last year" in an article of no date: a reader who works out "2016" from the
        # text would be marked wrong, and no year can be accepted
        return "short: the time is relative to the article's date, which the article does not give"
    right = cand.kind.display(cand.answer)
    return _question(cand, "short", cand.stem, right, accept=alternatives.accepted(cand))


def _numeric(cand: Candidate) -> Question:
    fact: NumberView = cand.answer
    value: int | float = fact.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _question(
        cand,
        "numeric",
        cand.stem,
        value,
        unit=fact.unit,
        approx=fact.approx,
        tolerance=tolerance(fact),
    )


def can_be_false(cand: Candidate) -> bool:
    """Whether a wrong value in ``say`` makes a statement the article contradicts.

    A different place, figure, time or position than the annotated one is contradicted,
    but not another place of a stay (:func:`readquiz.english.verbs.is_a_stay`: one may
    live in two countries); another actor, another holder or another text is merely
    not stated (a student who answers "True" because the article does not say
    otherwise is not wrong). The item itself as the answer ("Karachi is the largest
    city") is the subject, not a value of it, so swapping it is an actor swap too.
    """
    if isinstance(cand.answer, EntityView) and cand.answer is cand.item:
        return False
    if isinstance(cand.item, EventView) and cand.answer is cand.item.who:
        return False  # "Spain sent a rescue ship": a country as the actor is an actor too
    if (
        isinstance(cand.item, EventView)
        and cand.answer is cand.item.where
        and is_a_stay(cand.item.did)
    ):
        return False  # "lived in Britain for several years" leaves Iran unsaid, not denied
    return cand.kind.falsifiable


def _truefalse(cand: Candidate, rng: random.Random) -> Question | str:
    if not cand.template.has("say"):
        return "true/false: the template has no `say`"
    if not can_be_false(cand):
        return (
            "true/false: another actor, holder or text is not contradicted by the "
            "article, only left unsaid"
        )
    # The false statement is looked for first, whatever the coin says: a candidate
    # that can only be true is not asked as true/false at all (always "True" is a
    # pattern, not a question).
    false_statement = None
    for wrong in wrong_values(cand, rng, WANT_DISTRACTORS, choices=False):
        if isinstance(wrong, NumberView):
            # "more than 130" is not ruled out by "at least 93": "fewer than 60" is.
            wrong = false_figure(cand.answer, wrong)
            if wrong is None:
                continue
        text = cand.template.render("say", **cand.context(wrong))
        # A false statement that names the real answer contradicts itself.
        if not gives_away(text, cand.answer, cand.kind):
            false_statement = text
            break
    if false_statement is None:
        return f"true/false: no other {cand.kind.name} that the article contradicts"
    true_statement = cand.template.render("say", **cand.context(cand.answer))
    if any(
        not t.strip() or bad_english(t) or doubled_word(t)
        for t in (true_statement, false_statement)
    ):
        # "The council is for whether ...", "... expected to fly at at 1.4 times ...", or
        # no statement: no English
        return "true/false: the template's `say` does not read as a sentence here"
    truth = rng.random() < 0.5
    statement = true_statement if truth else false_statement
    answer = "True" if truth else "False"
    return _question(
        cand, "truefalse", f"True or false: {statement}", answer, choices=["True", "False"]
    )


def _open(cand: Candidate) -> Question:
    return _question(cand, "open", cand.stem, cand.kind.display(cand.answer))


def make_question(cand: Candidate, fmt: str, rng: random.Random) -> Question | str:
    """The candidate as a question of format ``fmt``, or why it cannot be made."""
    if fmt not in cand.kind.formats:
        return f"{fmt}: not a format of a {cand.kind.name} answer"
    if fmt == "choice":
        return _choice(cand, rng)
    if fmt == "short":
        return _short(cand)
    if fmt == "numeric":
        return _numeric(cand)
    if fmt == "truefalse":
        return _truefalse(cand, rng)
    return _open(cand)


def realise(
    cand: Candidate, seed: int, allowed: list[str] | None, why: list[str] | None = None
) -> Question | None:
    """The candidate as one question, in a seeded pick among its allowed formats.

    When a format cannot be made soundly, the next one (cyclically) is tried; None when
    none of them can, or no format is allowed. A vocabulary term asked for by its
    meaning tries choice first when it has lures (the others are short answers only).
    ``why``, if given, collects one reason per format that could not be made, for
    ``readquiz check --explain``.
    """
    options = [f for f in formats_of(cand) if allowed is None or f in allowed]
    if not options:
        if why is not None:
            why.append(f"none of its formats ({', '.join(formats_of(cand))}) is allowed")
        return None
    start = rng_for(seed, cand.qid, "format").randrange(len(options))
    order = options[start:] + options[:start]
    if "choice" in order and asks_for_the_word(cand) and cand.item.lures:
        # A word with words of its shape nearby is asked as a choice: the terms without
        # them can only be short answers, so a set of both formats stays balanced.
        order.remove("choice")
        order.insert(0, "choice")
    for fmt in order:
        question = make_question(cand, fmt, rng_for(seed, cand.qid, fmt))
        if isinstance(question, Question):
            return question
        if why is not None:
            why.append(question)
    return None
