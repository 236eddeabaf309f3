"""What templates see: the article's annotations with every reference resolved.

Templates run in Jinja2's immutable sandbox, so views are plain frozen dataclasses
with plain attribute names (no underscores). Every optional field is present and
``None`` when the article leaves it out, so ``{% if item.where %}`` works and a
typo is still an error under ``StrictUndefined``. A view prints as its name or text:
``{{ item.where }}`` renders "Karachi", ``{{ number }}`` "more than 900 kilometers".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from readquiz.english.quantities import quantity

if TYPE_CHECKING:
    from readquiz.article.model import Article

POSITION_LABELS: dict[str, str] = {
    "for": "For",
    "against": "Against",
    "neutral": "Neutral",
    "mixed": "Mixed",
}
"""How a position reads as a multiple-choice option (documented in docs/templates.md)."""

_POSITION_PHRASES: dict[str, str] = {
    "for": "is for",
    "against": "is against",
    "neutral": "takes no side on",
    "mixed": "has mixed views on",
}


class When(str):
    """The time of an event ("Tuesday night", "in 2021"), as the article gives it.

    A ``str`` so templates use it as text; its own type tells the engine the answer
    is a time, which has its own wrong values and proof (the date in the evidence).
    """


class Position(str):
    """A stance position ("for", "against", "neutral", "mixed").

    A ``str`` so templates can compare it (``item.position == 'against'``); its own
    type tells the engine that an answer is a position, not free text.
    """

    @property
    def label(self) -> str:
        """The position as a choice reads ("Against")."""
        return POSITION_LABELS.get(str(self), str(self).capitalize())

    @property
    def phrase(self) -> str:
        """A verb phrase for statements: "is against", "takes no side on"."""
        return _POSITION_PHRASES.get(str(self), f"is {self}")


@dataclass(frozen=True, eq=False)
class EntityView:
    """A person, group, organization or place."""

    id: str
    name: str
    kind: str
    type: str | None = None
    within: EntityView | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    quote: str | None = None
    paragraph: int | None = None
    part_of: list[EntityView] = field(default_factory=list)
    """The entities this one is a member or part of (the article's ``part_of``); empty
    when it names none. Filled after every view exists, so it may point either way."""

    def __str__(self) -> str:
        return self.name

    @property
    def ids(self) -> tuple[str, ...]:
        """The entity ids this view stands for (one; a group view has several)."""
        return (self.id,) if self.id else ()

    @property
    def plural(self) -> bool:
        """Whether the name takes a plural verb ("the protesters are").

        See :func:`readquiz.english.agreement.plural_name` for the rule.
        """
        from readquiz.english.agreement import plural_name

        return plural_name(self.name, self.kind)

    @property
    def preposition(self) -> str:
        """The preposition before this place's name: "on", "at" or "in", by its ``type``.

        "on Harbor Street", "at the town hall", "in Karachi"; "in" for anything else.
        """
        from readquiz.english.agreement import preposition

        return preposition(self.type) if self.kind == "place" else "in"


@dataclass(frozen=True, eq=False)
class GroupView:
    """Co-agents of an event: iterable over the entities, named "A and B"."""

    members: list[EntityView]
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    id: str = ""
    type: str | None = None
    within: EntityView | None = None
    role: str | None = None
    quote: str | None = None
    paragraph: int | None = None
    part_of: list[EntityView] = field(default_factory=list)
    """Always empty: co-agents together are part of nothing (their members may be)."""

    def __str__(self) -> str:
        return self.name

    def __iter__(self) -> Iterator[EntityView]:
        return iter(self.members)

    def __len__(self) -> int:
        return len(self.members)

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids of the members."""
        return tuple(m.id for m in self.members if m.id)

    @property
    def plural(self) -> bool:
        """Co-agents ("A and B") take a plural verb; one member alone, its own."""
        return len(self.members) > 1 or any(m.plural for m in self.members)

    @property
    def preposition(self) -> str:
        """Co-agents are not a place: "in", like any other non-place."""
        return "in"


Agent = EntityView | GroupView


@dataclass(frozen=True, eq=False)
class EventView:
    """Who did what, where, when."""

    id: str
    who: Agent
    did: str
    where: EntityView | None
    when: When | None
    order: int | None
    quote: str
    paragraph: int

    def __str__(self) -> str:
        return f"{self.who.name} {self.did}"


@dataclass(frozen=True, eq=False)
class NumberView:
    """A numeric fact; ``text`` is how it reads ("more than 900 kilometers")."""

    id: str
    value: int | float
    unit: str
    approx: str
    what: str
    quote: str
    paragraph: int

    @property
    def text(self) -> str:
        """The amount with its approximation and unit, as a sentence would say it."""
        return number_text(self.value, self.unit, self.approx)

    @property
    def amount(self) -> str:
        """The amount and unit without the approximation ("900 kilometers")."""
        return number_text(self.value, self.unit, "exact")

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, eq=False)
class StanceView:
    """Who holds which position on what."""

    id: str
    holder: EntityView
    topic: str
    position: Position
    claim: str
    voiced_by: EntityView | None
    quote: str
    paragraph: int

    def __str__(self) -> str:
        return self.claim


@dataclass(frozen=True, eq=False)
class TermView:
    """A vocabulary item."""

    id: str
    term: str
    meaning: str
    quote: str
    paragraph: int
    surface: str = ""
    """The term as the text writes it ("expelled" for "expel"); the term if not found."""
    span: str = ""
    """The paragraphs a word-choice question's words come from ("paragraphs 1–3"):
    the term's own paragraph when there are too few words to offer."""
    lures: tuple[str, ...] = ()
    """Words of ``span`` shaped like ``surface`` and not right for it
    (:func:`readquiz.english.words.find_lures`): a word choice's wrong choices."""
    of_people: bool = False
    """The text writes the term before a word for people ("underrepresented students"):
    :func:`readquiz.english.pos.describes_people`."""

    def __str__(self) -> str:
        return self.term


@dataclass(frozen=True, eq=False)
class ArticleView:
    """The article as templates see it: metadata and every annotation as views."""

    id: str
    title: str
    source: str | None
    grade: int | None
    published: str | None
    entities: dict[str, EntityView]
    events: list[EventView]
    numbers: list[NumberView]
    stances: list[StanceView]
    vocabulary: list[TermView]

    def __str__(self) -> str:
        return self.title

    def items(self, source: str) -> list[Any]:
        """The views a template's ``from`` names, in article order."""
        if source == "entities":
            return list(self.entities.values())
        return list(getattr(self, source))


def number_text(value: int | float, unit: str, approx: str) -> str:
    """``value`` with its unit and approximation, as a reader writes it.

    "more than 900 kilometers", "about 20 percent", "1.8 million dollars", "46.3°C",
    "1 day": :func:`readquiz.english.quantities.quantity`, the one wording of an amount.
    """
    return quantity(value, unit, approx)


def build_views(article: Article) -> ArticleView:
    """Resolve every reference of ``article`` into views."""
    from readquiz.english.phrases import FILTERS

    join_names = FILTERS["join_names"]
    entities: dict[str, EntityView] = {}

    def entity(eid: str, seen: tuple[str, ...] = ()) -> EntityView:
        if eid in entities:
            return entities[eid]
        raw = article.entities[eid]
        # A loop of `within` is a broken annotation; cut it rather than recurse forever.
        within = None
        if raw.within and raw.within in article.entities and raw.within not in seen:
            within = entity(raw.within, (*seen, eid))
        ev = article.evidence(eid)
        view = EntityView(
            id=eid,
            name=raw.name,
            kind=raw.kind,
            type=raw.type,
            within=within,
            role=raw.role,
            aliases=list(raw.aliases),
            quote=ev.quote,
            paragraph=ev.paragraph,
        )
        entities[eid] = view
        return view

    for eid in article.entities:
        entity(eid)
    ordered = {eid: entities[eid] for eid in article.entities}
    for eid, raw in article.entities.items():
        wholes = [raw.part_of] if isinstance(raw.part_of, str) else raw.part_of or []
        ordered[eid].part_of.extend(ordered[w] for w in wholes if w in ordered and w != eid)

    def agent(who: str | list[str], quote: str, paragraph: int) -> Agent:
        if isinstance(who, str):
            return ordered[who]
        members = [ordered[w] for w in who]
        if len(members) == 1:
            return members[0]
        kinds = {m.kind for m in members}
        return GroupView(
            members=members,
            name=str(join_names([m.name for m in members])),
            kind=kinds.pop() if len(kinds) == 1 else "group",
            quote=quote,
            paragraph=paragraph,
        )

    from readquiz.english.places import name_the_place

    paragraphs = {p.number: p.text for p in article.paragraphs}
    places = [v for v in ordered.values() if v.kind == "place"]

    def placed(phrase: str, quote: str, paragraph: int) -> str:
        # "the state's" as the place the text means ("Utah's"): ``name_the_place``
        return name_the_place(phrase, places, quote, paragraphs.get(paragraph, ""))

    events = []
    for e in article.events:
        ev = article.evidence(e.id)
        events.append(
            EventView(
                id=e.id,
                who=agent(e.who, ev.quote, ev.paragraph),
                did=placed(e.did, ev.quote, ev.paragraph),
                where=ordered[e.where] if e.where else None,
                when=When(e.when) if e.when else None,
                order=e.order,
                quote=ev.quote,
                paragraph=ev.paragraph,
            )
        )
    from readquiz.engine.numbers import stated_approx

    numbers = []
    for n in article.numbers:
        ev = article.evidence(n.id)
        numbers.append(
            NumberView(
                id=n.id,
                value=n.value,
                unit=n.unit,
                approx=stated_approx(n.approx, n.value, ev.quote),
                what=placed(n.what, ev.quote, ev.paragraph),
                quote=ev.quote,
                paragraph=ev.paragraph,
            )
        )
    stances = []
    for s in article.stances:
        ev = article.evidence(s.id)
        stances.append(
            StanceView(
                id=s.id,
                holder=ordered[s.holder],
                topic=s.topic,
                position=Position(s.position),
                claim=placed(s.claim, ev.quote, ev.paragraph),
                voiced_by=ordered[s.voiced_by] if s.voiced_by else None,
                quote=ev.quote,
                paragraph=ev.paragraph,
            )
        )
    terms = _terms(article)
    return ArticleView(
        id=article.id,
        title=article.title,
        source=article.source,
        grade=article.grade,
        published=article.published.isoformat() if article.published else None,
        entities=ordered,
        events=events,
        numbers=numbers,
        stances=stances,
        vocabulary=terms,
    )


def _terms(article: Article) -> list[TermView]:
    """The vocabulary as views, each with its surface form and its lures.

    Another term whose meaning overlaps this one's is never a lure: it is right too.
    """
    from readquiz.english.pos import describes_people, part_of_speech, pos_is_clear, referent
    from readquiz.english.words import find_lures, meanings_overlap, surface_form

    paragraphs = {p.number: p.text for p in article.paragraphs}
    raw = [
        (t, article.term_id(t), article.evidence(article.term_id(t))) for t in article.vocabulary
    ]
    surfaces = {
        tid: surface_form(t.term, ev.quote)
        if surface_form(t.term, ev.quote) != t.term
        else surface_form(t.term, paragraphs.get(ev.paragraph, ev.quote))
        for t, tid, ev in raw
    }
    out = []
    for t, tid, ev in raw:
        banned = [
            surfaces[oid]
            for o, oid, _ in raw
            if oid != tid and meanings_overlap(o.meaning, t.meaning)
        ]
        pos = part_of_speech(t.term, t.meaning, getattr(t, "pos", None))
        person = referent(t.term, t.meaning) == "person"
        # the article's other terms of this part of speech (and, for a word for people,
        # other words for people), meaning nothing like this one's: the likeliest rivals
        rivals = [
            (surfaces[oid], oev.paragraph)
            for o, oid, oev in raw
            if oid != tid
            and surfaces[oid] not in banned
            and part_of_speech(o.term, o.meaning, getattr(o, "pos", None)) == pos
            and (referent(o.term, o.meaning) == "person") == person
            and pos_is_clear(o.term, o.meaning, getattr(o, "pos", None))
        ]
        if not pos_is_clear(t.term, t.meaning, getattr(t, "pos", None)):
            rivals = []
        lures = find_lures(
            surfaces[tid],
            t.term,
            t.meaning,
            pos,
            ev.paragraph,
            paragraphs,
            banned,
            person,
            terms=rivals,
        )
        out.append(
            TermView(
                id=tid,
                term=t.term,
                meaning=t.meaning,
                quote=ev.quote,
                paragraph=ev.paragraph,
                surface=surfaces[tid],
                span=lures.span,
                lures=lures.words,
                of_people=describes_people(surfaces[tid], ev.quote)
                or describes_people(surfaces[tid], paragraphs.get(ev.paragraph, "")),
            )
        )
    return out
