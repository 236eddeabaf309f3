"""Wrong choices that are really wrong: entities, text and positions.

Number distractors live in :mod:`readquiz.numeric`. Every rule here is one of DESIGN's
"Quality rules": a distractor is of the answer's kind, comes from the article first,
and is never a second correct answer. The rules read the annotations (containment of
places, co-agents, holders of the same position, ...) rather than the template, so a
course author's own template gets the same protection as a built-in one.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from readquiz.pools import pool_for
from readquiz.textmatch import normalize_text
from readquiz.views import (
    POSITION_LABELS,
    ArticleView,
    EntityView,
    EventView,
    GroupView,
    Position,
    StanceView,
)


@lru_cache(maxsize=4096)
def norm(text: str) -> str:
    """Text as answers are compared (grading's normalisation)."""
    return str(normalize_text(text))


@lru_cache(maxsize=4096)
def _word_pattern(needle: str) -> re.Pattern[str] | None:
    n = norm(needle)
    if not n:
        return None
    # normalize_text drops apostrophes, so "Pakistan's" reads "pakistans": allow the "s".
    return re.compile(r"(?<!\w)" + re.escape(n) + r"s?(?!\w)")


def mentions(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs in ``haystack`` as whole words, after normalisation."""
    pattern = _word_pattern(needle)
    return pattern is not None and pattern.search(norm(haystack)) is not None


def names_of(entity: EntityView | GroupView) -> list[str]:
    """Every way an entity is named: name, aliases and the name without "the"."""
    names = [entity.name, *entity.aliases]
    bare = re.sub(r"^(the|a|an)\s+", "", entity.name, flags=re.IGNORECASE)
    if bare != entity.name:
        names.append(bare)
    return names


@dataclass
class Situation:
    """What is known about the question being made, for the exclusion rules."""

    article: ArticleView
    source: str
    """The template's ``from``."""
    item: Any
    answer: Any
    stem: str
    excluded_ids: set[str] = field(default_factory=set)
    reasons: list[str] = field(default_factory=list)


def _ancestors(entity: EntityView) -> list[str]:
    out: list[str] = []
    node = entity.within
    while node is not None and node.id not in out:
        out.append(node.id)
        node = node.within
    return out


def _related_places(article: ArticleView, place: EntityView) -> set[str]:
    """Places that contain ``place`` or lie inside it (``within`` followed both ways)."""
    related = set(_ancestors(place))
    for other in article.entities.values():
        if place.id in _ancestors(other):
            related.add(other.id)
    return related


def _wholes(entity: EntityView) -> set[str]:
    """Ids of every entity ``entity`` is part of, directly or through others."""
    out: set[str] = set()
    todo = list(entity.part_of)
    while todo:
        node = todo.pop()
        if node.id not in out:
            out.add(node.id)
            todo.extend(node.part_of)
    return out


def overlapping(article: ArticleView, entity: EntityView) -> set[str]:
    """Entities related to ``entity`` by ``part_of``, either way and transitively.

    The rally leaders are part of the protesters, so "who urged the government ...?"
    must not offer the protesters as wrong (nor the other way round); the spokesman of
    an army that is part of the government overlaps the government too. Two parts of
    one whole (two ministers of a government) do not overlap and stay fair choices.
    """
    if not entity.id:
        return set()
    related = _wholes(entity)
    for other in article.entities.values():
        if other.id != entity.id and entity.id in _wholes(other):
            related.add(other.id)
    return related


def _overlapping_all(article: ArticleView, agent: EntityView | GroupView) -> set[str]:
    members = agent.members if isinstance(agent, GroupView) else [agent]
    out: set[str] = set()
    for member in members:
        out |= overlapping(article, member)
    return out


def excluded_entities(sit: Situation) -> set[str]:
    """Entity ids that must not be offered as wrong answers in this situation."""
    article, item, answer = sit.article, sit.item, sit.answer
    out: set[str] = set(answer.ids)
    for member in answer if isinstance(answer, GroupView) else [answer]:
        # Containment is followed for any entity that has it (today: places), so an
        # annotation of a group inside a group would be honoured as well.
        if member.id:
            out |= _related_places(article, member)
            out |= overlapping(article, member)
    if isinstance(item, EntityView):
        out.add(item.id)
        if item.kind == "place":
            out |= _related_places(article, item)
        out |= overlapping(article, item)
    if isinstance(item, EventView):
        agents = set(item.who.ids)
        # Co-agents did it too: naming one of them is not wrong; nor is naming a
        # group a co-agent belongs to, or a member of one.
        out |= agents | _overlapping_all(article, item.who)
        if item.where is not None and item.where.id in answer.ids:
            # The actor's other places: "where did X rally?" must not offer the
            # city X also marched in.
            for event in article.events:
                if event is not item and event.where and agents & set(event.who.ids):
                    out.add(event.where.id)
    if isinstance(item, StanceView):
        out.add(item.holder.id)
        out |= overlapping(article, item.holder)
        if item.voiced_by is not None:
            out.add(item.voiced_by.id)
        for stance in article.stances:
            if stance.topic == item.topic and stance.position == item.position:
                # Another holder of the same position, and anyone part of it or
                # containing it, holds it too (the leaders of protesters who oppose).
                out.add(stance.holder.id)
                out |= overlapping(article, stance.holder)
                if stance.voiced_by is not None:
                    out.add(stance.voiced_by.id)
    return out


def _shuffled(items: Iterable[Any], rng: random.Random) -> list[Any]:
    out = list(items)
    rng.shuffle(out)
    return out


def entity_candidates(sit: Situation, rng: random.Random) -> list[EntityView]:
    """Entities of the answer's kind in preference order, before the exclusion rules.

    Article entities of the same kind (places: the same ``type``) come first, then the
    built-in pool for that kind or type, then (places only) the article's other places:
    a city reads right among cities, so a pooled city beats a country of the article.
    """
    answer = sit.answer
    first = answer.members[0] if isinstance(answer, GroupView) else answer
    kind, ptype = first.kind, first.type
    entities = list(sit.article.entities.values())
    same = [e for e in entities if e.kind == kind and (kind != "place" or e.type == ptype)]
    pool = [EntityView(id="", name=name, kind=kind, type=ptype) for name in pool_for(kind, ptype)]
    rest = [e for e in entities if kind == "place" and e.kind == "place" and e.type != ptype]
    ordered = _shuffled(same, rng) + _shuffled(pool, rng) + _shuffled(rest, rng)
    if isinstance(sit.item, StanceView):
        # Holders of another position on the same topic are the telling distractors.
        rivals = [
            s.holder.id
            for s in sit.article.stances
            if s.topic == sit.item.topic and s.position != sit.item.position
        ]
        ordered.sort(key=lambda e: e.id not in rivals)
    return ordered


def entity_distractors(sit: Situation, rng: random.Random, want: int = 3) -> list[Any]:
    """Wrong entities (or, for co-agents, wrong groups of the same size).

    Never: the answer or an alias of it; a place containing or inside the answer or
    the item; an entity part of the answer or containing it (``part_of``); the
    actor's other places; a co-agent; another holder (or voice) of the same position
    on the same topic, or an entity overlapping such a holder; anything named in the
    stem; a pool name that is an entity of the article (the article's rules decide
    about those).
    """
    excluded = excluded_entities(sit)
    article_names = {norm(n) for e in sit.article.entities.values() for n in names_of(e)}
    taken = {norm(n) for n in names_of(sit.answer)}
    size = len(sit.answer) if isinstance(sit.answer, GroupView) else 1
    picked: list[EntityView] = []
    for cand in entity_candidates(sit, rng):
        if cand.id in excluded:
            continue
        keys = {norm(n) for n in names_of(cand)}
        # A famous name paired with an article's person reads as a joke: groups of
        # co-agents are made of the article's own entities only.
        if not cand.id and (size > 1 or keys & article_names):
            continue
        if keys & taken:
            continue
        if any(mentions(sit.stem, n) for n in names_of(cand)):
            continue
        # "Corlett's town council" next to "the town council" leaves the student
        # guessing which council is meant: a name inside another is never offered.
        if any(mentions(cand.name, n) or mentions(n, cand.name) for n in names_of(sit.answer)):
            continue
        picked.append(cand)
        taken |= keys
        if len(picked) == want * size:
            break
    if size == 1:
        return list(picked)
    from readquiz.english.phrases import join_names

    groups = []
    for i in range(0, len(picked) - size + 1, size):
        members = picked[i : i + size]
        groups.append(
            GroupView(
                members=members, name=join_names([m.name for m in members]), kind=members[0].kind
            )
        )
    return groups


def text_distractors(
    sit: Situation, others: list[tuple[Any, str]], rng: random.Random, want: int = 3
) -> list[str]:
    """Wrong texts: the template's answer over the other items of its ``from``.

    Args:
        sit: the question's situation.
        others: (item, answer text) for every other item that passes the template's
            ``if``, in article order.
        rng: seeded generator for the order of preference.
        want: how many to return.

    Never the answer again, nor (for stances) any claim that would be true of the
    holder as well: see :func:`_claim_also_true`; nor (for events) the text of another
    event by the same actor: see :func:`_same_actor`.
    """
    answer_key = norm(str(sit.answer))
    seen = {answer_key}
    picked: list[str] = []
    for other, text in _shuffled(others, rng):
        key = norm(text)
        if not key or key in seen:
            continue
        if isinstance(sit.item, StanceView) and isinstance(other, StanceView):
            if _claim_also_true(sit.article, sit.item, other):
                continue
        if isinstance(sit.item, EventView) and isinstance(other, EventView):
            if _same_actor(sit.article, sit.item, other):
                continue
        if mentions(sit.stem, text):
            continue
        # "Tuesday" and "early on Tuesday morning" can both be right.
        if mentions(text, str(sit.answer)) or mentions(str(sit.answer), text):
            continue
        seen.add(key)
        picked.append(text)
        if len(picked) == want:
            break
    return picked


def _same_actor(article: ArticleView, item: EventView, other: EventView) -> bool:
    """Whether ``other`` was done by ``item``'s actor, a co-agent, or an overlapping one.

    "What did the protesters do?" must not offer "gathered in Islamabad" as wrong when
    they did that as well; asked "when did X do Y?", the time of X's other act is
    left out too, so no choice is right of the actor in another sentence.
    """
    ours = set(item.who.ids) | _overlapping_all(article, item.who)
    return bool(ours & set(other.who.ids))


def _claim_also_true(article: ArticleView, item: StanceView, other: StanceView) -> bool:
    """Whether ``other``'s claim could describe the view of ``item``'s holder X too.

    True for a claim of X on any topic (X said it); one X voiced for another, or one
    voiced by X's own voice; a claim of an entity overlapping X by ``part_of`` (the
    rally leaders' claim is the protesters' too); and a claim on any topic with the
    position X takes on that topic (it states X's side as well: asked about the
    mayor's view on parking, "the lane will keep children safe" from another
    supporter of the lane the mayor also backs is not wrong of her).
    """
    holder = item.holder
    if other.holder.id == holder.id:
        return True
    if other.voiced_by is not None and other.voiced_by.id == holder.id:
        return True
    if (
        item.voiced_by is not None
        and other.voiced_by is not None
        and (other.voiced_by.id == item.voiced_by.id)
    ):
        return True
    if other.holder.id in overlapping(article, holder):
        return True
    sides = {(s.topic, s.position) for s in article.stances if s.holder.id == holder.id}
    sides.add((item.topic, item.position))
    return (other.topic, other.position) in sides


def position_distractors(answer: Position, rng: random.Random) -> list[Position]:
    """The other positions, in a seeded order."""
    return _shuffled((Position(p) for p in POSITION_LABELS if p != str(answer)), rng)
