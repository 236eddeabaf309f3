"""Bind: template × item -> a typed candidate with its answer, stem and proven evidence.

A candidate is everything a question needs before a format is chosen. Binding refuses
an item whose stem names its answer, and one whose evidence cannot be made to hold
the answer (:func:`readquiz.engine.evidence.prove`): both make questions a teacher
rejects, whatever the format.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from readquiz.engine.evidence import (
    content_words,
    exact_time,
    located,
    prove,
    states_within,
    time_of_other_verb,
    whole_sentences,
)
from readquiz.engine.facts import Facts, mentions, names_of, norm
from readquiz.engine.kinds import Kind, kind_of
from readquiz.engine.views import (
    EntityView,
    EventView,
    GroupView,
    NumberView,
    Position,
    StanceView,
    When,
)
from readquiz.questions.model import Evidence

if TYPE_CHECKING:
    from readquiz.templates.library import LoadedTemplate


@dataclass
class Candidate:
    """A template bound to one item: answer evaluated, stem rendered, evidence proven."""

    template: LoadedTemplate
    facts: Facts
    item: Any
    item_id: str
    answer: Any
    kind: Kind
    stem: str
    evidence: Evidence
    others: list[tuple[Any, str]] = field(default_factory=list)
    """For text answers: (other item, its answer text) over the template's ``from``."""

    @property
    def qid(self) -> str:
        """The question id, ``TEMPLATE/ITEM``."""
        return f"{self.template.id}/{self.item_id}"

    @property
    def article(self) -> Any:
        """The article view (templates' ``article``)."""
        return self.facts.views

    def context(self, answer: Any) -> dict[str, Any]:
        """Names bound for ``say`` and ``explain``."""
        return {"item": self.item, "article": self.facts.views, "answer": answer}


def gives_away(text: str, answer: Any, kind: Kind) -> bool:
    """Whether ``text`` names ``answer``: its name or an alias, its text, its figure."""
    return any(mentions(text, n) for n in kind.names(answer))


HEADLINE_OVERLAP = 2
"""Content words a stem shares with the headline to be about what the headline says."""

_SCALES = {1_000: "thousand", 1_000_000: "million", 1_000_000_000: "billion", 10**12: "trillion"}
_ROLE_END = frozenset("of who that which at in for on from with to whose".split())
_WH_CLAUSE = re.compile(r"\b(?:for|against) (?:whether|if)\b", re.I)


def bad_english(text: str) -> bool:
    """Whether a stem or statement takes a position on a clause.

    "Who is for whether the dam should be built?" is no English.
    """
    return _WH_CLAUSE.search(text) is not None


def role_head(role: str) -> str:
    """The noun a role is named by.

    "the U.S. president" -> "president", "a forecaster at the bureau" -> "forecaster".
    """
    words: list[str] = []
    for word in norm(role).split():
        if word in _ROLE_END:
            break
        words.append(word)
    return words[-1] if words else ""


def _title_gives_role(entity: EntityView) -> bool:
    """Whether the entity's own name holds its role's noun.

    "President Bush" and "the U.S. president": asking one for the other is asked and
    answered at once.
    """
    head = role_head(entity.role or "")
    return bool(head) and head in norm(entity.name).split()


def _headline_gives(facts: Facts, stem: str, answer: Any, kind: Kind) -> bool:
    """Whether the headline names the answer of a stem about what the headline says.

    "NASA's Kepler Confirms Its First Planet ..." answers "Who confirmed its first
    planet ...?" before a line of the article is read.
    """
    if not isinstance(answer, EntityView | GroupView):
        return False
    title = facts.views.title
    if not gives_away(title, answer, kind):
        return False
    return len(content_words(title) & content_words(stem)) >= HEADLINE_OVERLAP


def _scale_given(stem: str, answer: Any) -> bool:
    """Whether a round figure's scale word is in the stem.

    "a billion-dollar disaster" gives away "1 billion dollars".
    """
    if not isinstance(answer, NumberView):
        return False
    scale = _SCALES.get(int(answer.value)) if float(answer.value).is_integer() else None
    return scale is not None and scale in norm(stem).replace("-", " ").split()


def asks_what_it_tells(facts: Facts, item: Any, stem: str, answer: Any, kind: Kind) -> bool:
    """Whether the stem, the headline or the subject's own name gives the answer away."""
    if gives_away(stem, answer, kind) or _headline_gives(facts, stem, answer, kind):
        return True
    if _scale_given(stem, answer):
        return True
    return isinstance(item, EntityView) and bool(item.role) and _title_gives_role(item)


_SELF_PRAISING = re.compile(
    r"^(?:the )?(?:importance|need|value|benefits?|usefulness|significance|success|dangers?|"
    r"risks?|threat|harm)\b",
    re.I,
)


def _position_asked_on(item: Any, answer: Any, topic: re.Pattern[str]) -> bool:
    """Whether a position (For, Against …) is asked, or asked for, on a topic like ``topic``.

    The position is the answer (stance-position) or in the stem (stance-holder, whose
    answer is the holder); a claim asked on the same topic is not a position.
    """
    if not isinstance(item, StanceView):
        return False
    if not isinstance(answer, Position) and answer is not item.holder:
        return False
    return topic.match(item.topic.strip()) is not None


def _position_is_the_topic(item: Any, answer: Any) -> bool:
    """Whether a topic is already a judgement ("the importance of NASA's missions").

    A position on it ("for the importance") is awkward, and "For" is the only sense.
    """
    return _position_asked_on(item, answer, _SELF_PRAISING)


_CLAUSE_TOPIC = re.compile(r"^(?:whether|if|what|why|who|which|when|where)\b", re.I)


def _topic_is_a_question(item: Any, answer: Any) -> bool:
    """Whether a position is asked on a topic written as a question.

    "Richard Horton is for what the study shows", "What is the union's position on
    whether the loss of species is a crisis? For": For and Against answer a proposal,
    not a question (blind raters: nonsense). Claims on such a topic are still asked.
    """
    return _position_asked_on(item, answer, _CLAUSE_TOPIC)


def _said_at(item: Any, answer: Any, evidence: Evidence) -> bool:
    """Whether the cited text gives the answer as the event's place ("in Assam").

    "Assam Chief Minister Sarbanda Sonowal told reporters" names Assam, but not as the
    place where he spoke: a where-question about it is unanswerable.
    """
    if not isinstance(item, EventView) or item.where is None or answer is not item.where:
        return True
    return located(evidence.quote, names_of(answer))


def _within_stated(item: Any, answer: Any, evidence: Evidence) -> bool:
    """Whether the cited text says the place lies in the answer (where-within)."""
    if not isinstance(item, EntityView) or item.within is None or answer is not item.within:
        return True
    return states_within(evidence.quote, names_of(item), names_of(answer))


def _time_of_this_event(item: Any, answer: Any, evidence: Evidence) -> bool:
    """Whether the cited time belongs to the event asked about, not to another verb.

    "Partial results released last week showed the party had taken a lead": "last
    week" is when the results came out, not when the party took the lead.
    """
    if not isinstance(answer, When) or not isinstance(item, EventView):
        return True
    return not time_of_other_verb(evidence.quote, str(answer), item.did)


def _asks_when_of_a_span(stem: str, answer: Any) -> bool:
    """Whether a "When ...?" stem would be answered by a span ("since 1990", "for two years").

    :func:`readquiz.english.dates.is_span` tells them apart; "Since when ...?" or "How
    long ...?" would ask such a time, "When ...?" does not.
    """
    from readquiz.english.dates import is_span

    return isinstance(answer, When) and stem.lower().startswith("when ") and is_span(str(answer))


def _needles(item: Any, answer: Any, kind: Kind) -> list[list[str]]:
    """What the evidence must name: the answer, and for an event the actor too.

    A where- or when-question names its actor in the stem; the cited text must name
    it as well, or the stem asserts an actor the reader cannot find.
    """
    needles = kind.proof(answer)
    if isinstance(answer, When) and exact_time(str(answer)):
        # "in the first half of 2016" is proved by its words, not by "2016" alone.
        needles = [[word] for word in exact_time(str(answer)) or []]
    if isinstance(item, EventView) and not isinstance(answer, EntityView | GroupView):
        needles = needles + kind_of(item.who).proof(item.who)[:1]  # type: ignore[union-attr]
    if isinstance(item, NumberView) and not isinstance(answer, NumberView):
        needles = needles + kind_of(item).proof(item)  # type: ignore[union-attr]
    return needles


def bind(template: LoadedTemplate, facts: Facts) -> Iterator[Candidate | str]:
    """Every candidate of one template over its items, or a reason an item was skipped.

    Raises:
        TemplateError: a field of the template failed to render or evaluate.
    """
    views = facts.views
    items = views.items(template.spec.from_)
    passing = [
        it
        for it in items
        if not template.has("if") or template.evaluate("if", item=it, article=views)
    ]
    answers = {id(it): template.evaluate("answer", item=it, article=views) for it in passing}
    for item in passing:
        answer = answers[id(item)]
        kind = kind_of(answer)
        if kind is None:
            yield f"{item.id}: no answer"
            continue
        stem = template.render("ask", item=item, article=views)
        if asks_what_it_tells(facts, item, stem, answer, kind):
            yield f"{item.id}: the stem names the answer"
            continue
        if _position_is_the_topic(item, answer):
            yield f"{item.id}: the topic is a judgement; a position on it says nothing"
            continue
        if bad_english(stem):
            yield f"{item.id}: a position on a clause (“for whether …”) is no English"
            continue
        if _asks_when_of_a_span(stem, answer):
            yield f"{item.id}: the time is a span or a starting point; “When …?” does not ask it"
            continue
        if _topic_is_a_question(item, answer):
            yield f"{item.id}: the topic is a question; For or Against does not answer it"
            continue
        raw = facts.article.evidence(item.id)
        evidence = prove(facts, Evidence(raw.paragraph, raw.quote), _needles(item, answer, kind))
        if evidence is None:
            yield f"{item.id}: no sentence of the article holds both the fact and its answer"
            continue
        if isinstance(item, StanceView):
            # "the Cambodian and Vietnamese governments" shows no position; the
            # sentence it is in ("faces challenges from ...") does.
            evidence = whole_sentences(facts, evidence)
        if not (
            _said_at(item, answer, evidence)
            and _within_stated(item, answer, evidence)
            and _time_of_this_event(item, answer, evidence)
        ):
            yield f"{item.id}: the cited text does not give the answer for this event"
            continue
        others: list[tuple[Any, str]] = []
        if kind.name == "text":
            others = [
                (it, " ".join(str(answers[id(it)]).split()))
                for it in passing
                if it is not item and kind_of(answers[id(it)]) is kind
            ]
        yield Candidate(
            template=template,
            facts=facts,
            item=item,
            item_id=item.id,
            answer=answer,
            kind=kind,
            stem=stem,
            evidence=evidence,
            others=others,
        )
