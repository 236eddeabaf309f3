"""Wrong choices that are really wrong, and come from the article.

No built-in lists of famous people, international bodies or generic groups: a wrong
choice is another entity, place, time, figure or text of the article itself, of the
answer's kind. Places alone may come from a gazetteer (:mod:`readquiz.engine.gazetteer`),
and only near ones. What would be right after all is decided by
:mod:`readquiz.engine.alternatives`, never here. Too few -> the format is not made.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from readquiz.engine import alternatives, gazetteer
from readquiz.engine.facts import mentions, names_of, norm
from readquiz.engine.kinds import time_words
from readquiz.engine.numbers import number_distractors
from readquiz.engine.views import (
    POSITION_LABELS,
    EntityView,
    GroupView,
    NumberView,
    Position,
    StanceView,
    TermView,
    When,
)
from readquiz.english.dates import is_span
from readquiz.english.pos import gloss_number, part_of_speech, referent
from readquiz.english.words import WANT_LURES

if TYPE_CHECKING:
    from readquiz.engine.bind import Candidate

COLLECTIVE = frozenset({"group", "organization"})
"""Kinds that read alike as "who" answers: a body and a group are both collective."""

COMPARABLE_PLACES: tuple[frozenset[str], ...] = (
    gazetteer.CITY_TYPES | {"village", "suburb", "district", "neighborhood", "neighbourhood"},
    gazetteer.COUNTRY_TYPES,
    frozenset({"state", "province", "region", "county", "territory"}),
    frozenset({"sea", "ocean", "gulf", "bay", "lake", "strait"}),
    frozenset({"street", "road", "avenue", "lane", "boulevard", "highway"}),
)
"""Place types that read right among each other ("a city among towns"); any other type
is comparable only with itself (a street with streets)."""


def _shuffled(items: Iterable[Any], rng: random.Random) -> list[Any]:
    out = list(items)
    rng.shuffle(out)
    return out


def comparable(a: str | None, b: str | None) -> bool:
    """Whether places of types ``a`` and ``b`` can stand among one another's choices."""
    ta, tb = (a or "").lower(), (b or "").lower()
    if ta == tb:
        return True
    return any(ta in group and tb in group for group in COMPARABLE_PLACES)


def _first(answer: EntityView | GroupView) -> EntityView:
    return answer.members[0] if isinstance(answer, GroupView) else answer


def _clean(cand: Candidate, entity: EntityView, taken: set[str]) -> bool:
    """Whether ``entity`` may join the choices: not right, not named, not a near twin."""
    if entity.id and alternatives.entity_is_right(cand, entity):
        return False
    keys = {norm(n) for n in names_of(entity)}
    if keys & taken:
        return False
    if any(mentions(cand.stem, n) for n in names_of(entity)):
        return False
    # "Corlett's town council" next to "the town council": a name inside another
    # leaves the student guessing which is meant.
    return not any(
        mentions(entity.name, n) or mentions(n, entity.name) for n in names_of(cand.answer)
    )


def listed(cand: Candidate, kinds: Iterable[str]) -> list[EntityView]:
    """The article's own ``distractors:`` of these kinds, as entities (of no known type).

    The author's wrong choices only fill what the article's own names leave short
    (see docs/article-format.md).
    """
    given = cand.facts.article.distractors
    return [
        EntityView(id="", name=name, kind=kind)
        for kind in kinds
        for name in given.get(kind, [])  # type: ignore[call-overload]
    ]


MIN_FROM_TEXT = 2
"""Wrong who-choices that must be the article's own people or groups (named in its text)."""


def _in_text(cand: Candidate, entity: EntityView) -> bool:
    """Whether ``entity`` is the article's: annotated, or named in its paragraphs."""
    if entity.id:
        return True
    texts = cand.facts.paragraphs.values()
    return any(mentions(text, name) for text in texts for name in names_of(entity))


def enough_from_the_text(cand: Candidate, picked: list[EntityView]) -> bool:
    """Whether at least :data:`MIN_FROM_TEXT` wrong choices are people of the article.

    An author's ``distractors:`` the text never mentions only fill the third or fourth
    choice: "Mark Olsen" and "Dana Whitfield" beside the one person the article is
    about leave one possible answer (blind raters: implausible). Too few -> no choices;
    the question is asked in another format, or not at all.
    """
    return sum(1 for e in picked if _in_text(cand, e)) >= MIN_FROM_TEXT


def asks_for_a_voice(cand: Candidate) -> bool:
    """Whether a who-question asks who holds (or voiced) a view.

    Its wrong choices are the article's voices only (:attr:`Facts.voices
    <readquiz.engine.facts.Facts.voices>`): someone who holds another view, speaks in
    the text, or has a role there; never a name the text only mentions. Too few
    voices: no choices (:func:`enough_from_the_text`).
    """
    item = cand.item
    if not isinstance(item, StanceView):
        return False
    return cand.answer is item.holder or (
        item.voiced_by is not None and cand.answer is item.voiced_by
    )


def entity_distractors(cand: Candidate, rng: random.Random, want: int) -> list[Any]:
    """Other people (or groups and bodies) of the article; groups for co-agents.

    Two distractors that overlap (a group and its own members, a body and its
    spokesman) are never offered together: the student could not tell them apart.
    """
    first = _first(cand.answer)
    entities = list(cand.facts.views.entities.values())
    if asks_for_a_voice(cand):
        entities = [e for e in entities if e.id in cand.facts.voices]
    same = [e for e in entities if e.kind == first.kind]
    near = [e for e in entities if e.kind != first.kind and {e.kind, first.kind} <= COLLECTIVE]
    kinds = [first.kind] + sorted(COLLECTIVE - {first.kind} if first.kind in COLLECTIVE else [])
    # The article's own people first: a name the text never mentions is a choice no
    # reader takes (blind raters: "not in the article"); the author's list only fills.
    ordered = _shuffled(same, rng) + _shuffled(near, rng) + _shuffled(listed(cand, kinds), rng)
    item = cand.item
    if hasattr(item, "topic"):
        # Holders of another position on the same topic are the telling distractors.
        rivals = {
            s.holder.id
            for s in cand.facts.views.stances
            if alternatives.topics_overlap(s.topic, item.topic)
            and not alternatives.on_its_side(s, item, alternatives.asks_by_position(cand))
        }
        ordered.sort(key=lambda e: e.id not in rivals)
    size = len(cand.answer) if isinstance(cand.answer, GroupView) else 1
    taken = {norm(n) for n in names_of(cand.answer)}
    picked: list[EntityView] = []
    for entity in ordered:
        if not _clean(cand, entity, taken):
            continue
        if any(entity.id in cand.facts.overlaps.get(p.id, set()) for p in picked):
            continue
        picked.append(entity)
        taken |= {norm(n) for n in names_of(entity)}
        if len(picked) == want * size:
            break
    if not enough_from_the_text(cand, picked):
        return []
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


def _gazetteer_places(cand: Candidate) -> list[EntityView]:
    """Near real places for a country or city answer (see the gazetteer module)."""
    answer = _first(cand.answer)
    ptype = (answer.type or "").lower()
    names: list[str] = []
    if ptype in gazetteer.COUNTRY_TYPES:
        names = gazetteer.neighbour_countries(names_of(answer))
    elif ptype in gazetteer.CITY_TYPES:
        node = answer.within
        while node is not None and (node.type or "").lower() not in gazetteer.COUNTRY_TYPES:
            node = node.within
        if node is not None:
            names = gazetteer.cities_of_country(names_of(node), names_of(answer))
    article_names = {norm(n) for ns in cand.facts.names.values() for n in ns}
    return [
        EntityView(id="", name=n, kind="place", type=answer.type)
        for n in names
        if norm(n) not in article_names  # the article's own places obey its annotations
    ]


def _type_named(cand: Candidate, ptype: str | None) -> bool:
    """Whether the stem names the answer's place type ("in which state ...?")."""
    return bool(ptype) and mentions(cand.stem, ptype or "")


def fits_type(cand: Candidate, ptype: str | None) -> bool:
    """Whether a wrong place of type ``ptype`` may stand beside the answer.

    Of the answer's own type when the stem names it ("In which state is Helena?":
    states only, never a city or a country beside Montana); else of a comparable type
    (:func:`comparable`). A place of unknown type (an author's extra name the gazetteer
    does not know) never stands: "Davao City" among islands, "Sierra Leone" among
    states, "Helena is in Billings".
    """
    answer = _first(cand.answer)
    if not ptype:
        return False
    if _type_named(cand, answer.type):
        return ptype.lower() == (answer.type or "").lower()
    return comparable(ptype, answer.type)


def _country_of(place: EntityView) -> EntityView | None:
    """The country a place lies in by the article's ``within`` chain (itself if one)."""
    node: EntityView | None = place
    while node is not None and (node.type or "").lower() not in gazetteer.COUNTRY_TYPES:
        node = node.within
    return node


def _another_country(answer: EntityView, other: EntityView) -> bool:
    """Whether a wrong container lies in another country than the answer does.

    "True or false: Johns Creek is in Bihar." beside Georgia: a state of another
    country is no rival of a U.S. state (blind raters read such a contrast as a
    give-away); one whose country the article does not tell still stands.
    """
    if (answer.type or "").lower() in gazetteer.COUNTRY_TYPES:
        return False  # "Bihar is in Bangladesh": the rivals of a country are countries
    ours, theirs = _country_of(answer), _country_of(other)
    return ours is not None and theirs is not None and ours is not theirs


def place_distractors(cand: Candidate, rng: random.Random, want: int) -> list[Any]:
    """Places of the article of the answer's (or a comparable) type, then near real places.

    Never one containing or inside the answer (or the item), nor the actor's other
    places: :mod:`alternatives` rules those out. Types: :func:`fits_type`.
    """
    answer = _first(cand.answer)
    places = [
        e
        for e in cand.facts.views.entities.values()
        if e.kind == "place" and fits_type(cand, e.type)
    ]
    same = [e for e in places if (e.type or "") == (answer.type or "")]
    other = [e for e in places if e not in same]
    taken = {norm(n) for n in names_of(answer)}
    picked: list[EntityView] = []
    # The author's list gives names, not types: a name stands only where the gazetteer
    # knows its type, after the article's places of the answer's type, and never as a
    # containment ("Helena is in Billings": a city listed for a state).
    within = isinstance(cand.item, EntityView) and cand.item is not answer
    typed = [
        EntityView(id="", name=e.name, kind="place", type=gazetteer.place_type(e.name))
        for e in listed(cand, ["place"])
    ]
    own = [] if within else _shuffled([e for e in typed if fits_type(cand, e.type)], rng)
    for entity in _shuffled(same, rng) + own + _shuffled(other, rng):
        if within and _another_country(answer, entity):
            continue
        if _clean(cand, entity, taken):
            picked.append(entity)
            taken |= {norm(n) for n in names_of(entity)}
        if len(picked) == want:
            return picked
    # The gazetteer's order is nearest first: keep it, choose among the nearest.
    near = _gazetteer_places(cand)[: want * 3]
    for entity in _shuffled(near, rng):
        if _clean(cand, entity, taken):
            picked.append(entity)
            taken.add(norm(entity.name))
        if len(picked) == want:
            break
    return picked


def _names_entity(text: str, entity: EntityView) -> bool:
    return any(mentions(text, n) for n in names_of(entity))


def _comparable_text(cand: Candidate, other: Any, text: str) -> bool:
    """Whether ``text`` (the answer over ``other``) reads as a rival of the answer.

    A claim stands among another holder's claims only when it is on the same or an
    overlapping topic and names no holder: "Which statement best describes Conde's
    view?" with three claims that begin "The opposition says ..." has one choice about
    Conde. A meaning stands only among meanings of the same part of speech: "to say
    publicly ..." beside "barriers put up to stop people" gives the verb away. A role
    stands only if it does not name the person whose role is asked, and stands alone
    ("the president at the time" may be anyone's).
    """
    item = cand.item
    if isinstance(item, StanceView) and isinstance(other, StanceView):
        return (
            other.holder is not item.holder
            and alternatives.topics_overlap(other.topic, item.topic)
            and not _names_entity(text, other.holder)
        )
    if isinstance(item, EntityView) and isinstance(other, EntityView):
        # "Who is Tim Smith?" with "the colleague with whom Smith co-invented the
        # alloy" among the roles: a role naming the one asked about is not theirs
        from readquiz.english.answers import surname
        from readquiz.english.wellformed import unanchored_reference

        own = [*names_of(item), *([last] if (last := surname(item.name)) else [])]
        if unanchored_reference(text, pronouns=False):
            # "Who is Joe Biden? ... The president at the time": a role that does not
            # stand alone may be anyone's (blind raters: second correct answer)
            return False
        return not any(mentions(text, n) for n in own)
    if isinstance(item, TermView) and isinstance(other, TermView):
        if part_of_speech(other.term, other.meaning) != part_of_speech(item.term, item.meaning):
            return False
        return meanings_comparable(item, other)
    return True


def _to_form(meaning: str) -> bool:
    return meaning.strip().lower().startswith("to ")


def meanings_comparable(item: TermView, other: TermView) -> bool:
    """Whether ``other``'s meaning reads as a rival of ``item``'s: the same kind of thing.

    "What does 'investors' mean?" with one choice about people and the others about
    fear and sleep is answered by the kind of thing alone (blind raters: "only choice
    describing people"). Both meanings must name one kind
    (:func:`readquiz.english.pos.referent`: a person, an event, a thing, a condition,
    money, a measure, an idea; a verb's, an adjective's) and one number ("a person
    who ..." is no rival of "investors"); a meaning of a kind the table cannot read is
    no one's rival. A verb's meaning that starts "To ..." is no rival of one that does
    not ("Writes down what each instrument will play" among three "To ..." meanings is
    the one for "arranges"): all choices start with "To " or none does. A word the
    text writes before a word for people ("underrepresented students") stands only
    beside others that the text writes so (:attr:`TermView.of_people`): "Checked by
    other experts before being published" cannot describe students.
    """
    if _to_form(item.meaning) != _to_form(other.meaning):
        return False
    if item.of_people != other.of_people:
        return False  # "underrepresented students" beside "a peer-reviewed journal"
    kind = referent(item.term, item.meaning)
    if kind is None or referent(other.term, other.meaning) != kind:
        return False
    numbers = {gloss_number(item.term, item.meaning), gloss_number(other.term, other.meaning)}
    return not {"one", "many"} <= numbers


def asks_for_the_word(cand: Candidate) -> bool:
    """Whether the candidate asks for a vocabulary term, not for its meaning.

    "Which word means “...”?" is answered by the term (as the text writes it, or as
    the article lists it); its wrong choices are words, not other terms' meanings.
    """
    item = cand.item
    if not isinstance(item, TermView):
        return False
    return norm(str(cand.answer)) in {norm(item.surface), norm(item.term)}


def word_distractors(cand: Candidate, rng: random.Random, want: int) -> list[str]:
    """The article's other terms, then words of the stem's paragraphs shaped like the key.

    Both from the term's ``lures``; a term whose meaning could be read as right for
    the key too is left out.

    :func:`readquiz.english.words.find_lures` gives :data:`~readquiz.english.words.WANT_LURES`
    of them or none: a word choice offers the key among three words of its shape, or is
    not made (the short answer is asked instead).
    """
    item: TermView = cand.item
    terms = {norm(t.surface): t for t in cand.facts.views.vocabulary if t is not item}
    # the article's other terms first (never one whose meaning fits the key's too:
    # :func:`alternatives.meaning_also_fits`), then the text's words in a seeded order
    own = [w for w in item.lures if norm(w) in terms]
    fair = [w for w in own if not alternatives.meaning_also_fits(cand.facts, item, terms[norm(w)])]
    words = _shuffled([w for w in item.lures if norm(w) not in terms], rng)
    return (fair + words)[: max(want, WANT_LURES)]


def text_distractors(cand: Candidate, rng: random.Random, want: int) -> list[str]:
    """The template's answer over the other items of its ``from``, when wrong of this one.

    Only comparable ones (:func:`_comparable_text`). A claim that names its own holder
    ("The president dismisses ...") tells the student whose it is: no choices then.
    A vocabulary term asked for by its meaning draws words, not meanings
    (:func:`word_distractors`).
    """
    if asks_for_the_word(cand):
        return word_distractors(cand, rng, want)
    item = cand.item
    if isinstance(item, StanceView) and _names_entity(str(cand.answer), item.holder):
        return []
    seen = {norm(str(cand.answer))}
    picked: list[str] = []
    for other, text in _shuffled(cand.others, rng):
        key = norm(text)
        if not key or key in seen or mentions(cand.stem, text):
            continue
        if alternatives.text_is_right(cand, other, text):
            continue
        if not _comparable_text(cand, other, text):
            continue
        seen.add(key)
        picked.append(text)
        if len(picked) == want:
            break
    return picked


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _same_shape(answer: str, text: str) -> bool:
    """Whether two times read alike: both a weekday phrase, both a year, or neither.

    A year in one and not the other stands out: "In August 2024" among "In May", "In
    October" and "In September" (blind raters: "only one has a year, the forms are
    inconsistent").
    """
    a, b = time_words(answer), time_words(text)
    if bool(a) != bool(b):
        return False
    if any(x.isdigit() for x in a) != any(y.isdigit() for y in b):
        return False
    return all(x.isdigit() == y.isdigit() for x, y in zip(a, b, strict=False))


_TIME_PREPOSITIONS = ("on", "in", "at", "during")
_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()


def _preposition_for(words: list[str]) -> str | None:
    """The preposition a bare time takes: "on" a day, "in" a month or year, else None."""
    first = words[0].strip(",").capitalize()
    if first in _WEEKDAYS:
        return "on"
    if first in _MONTH_NAMES or first.isdigit() or first.lower() in ("the", "early", "late"):
        return "in"
    return None


def _worded_like(answer: str, text: str) -> str:
    """``text`` in the answer's form: led by a preposition when the answer is, else bare.

    "On Thursday" beside "Saturday" and "Friday", or "Monday" beside "In March" and
    "In January", stands out by its form alone: a bare day or month takes the
    answer's kind of opening ("on Monday", "in March"), a preposition is dropped
    where the answer has none ("at noon on Tuesday" -> "noon on Tuesday"). A time
    that takes no preposition ("last week") is left as it is.
    """
    words = text.split()
    if not words:
        return text
    led = answer.strip().split()[:1] and answer.strip().split()[0].lower() in _TIME_PREPOSITIONS
    has_lead = words[0].lower() in _TIME_PREPOSITIONS and len(words) > 1
    if not led and has_lead:
        return " ".join(words[1:])
    if led and not has_lead:
        preposition = _preposition_for(words)
        return f"{preposition} {text}" if preposition else text
    return text


def time_distractors(cand: Candidate, rng: random.Random, want: int) -> list[str]:
    """Other times of the article's events of the same shape, then other weekdays.

    "Tuesday night" draws "Sunday" and "Saturday" if the article has them, else
    "Monday night": a weekday is a weekday in any article. Any time that shares the
    answer's day (or contains it) would be right and is left out.
    """
    answer = str(cand.answer)
    pool: list[str] = []
    for event in cand.facts.views.events:
        if event.when and is_span(str(event.when)):
            continue  # "Since 1980" among "In 2015" and "In the first half of 2016"
        if event.when and event is not cand.item and _same_shape(answer, str(event.when)):
            pool.append(_worded_like(answer, str(event.when)))
    picked: list[str] = []
    seen = {norm(answer)}
    days: set[str] = set()
    for text in _shuffled(pool, rng):
        if norm(text) in seen or mentions(cand.stem, text):
            continue
        if alternatives.time_is_right(cand, text):
            continue
        ours = {norm(w) for w in time_words(text)}
        if ours & days:
            continue  # "Saturday" beside "Saturday night": neither can be the one answer
        days |= ours
        seen.add(norm(text))
        picked.append(text)
        if len(picked) == want:
            return picked
    weekdays = [w for w in time_words(answer) if w.capitalize() in _WEEKDAYS]
    if len(weekdays) == 1:
        day = weekdays[0]
        for other in _shuffled([d for d in _WEEKDAYS if d.lower() != day.lower()], rng):
            text = answer.replace(day, other)
            if norm(text) in seen or alternatives.time_is_right(cand, text):
                continue
            if norm(other) in days:
                continue
            seen.add(norm(text))
            picked.append(text)
            if len(picked) == want:
                break
    return picked


def _latest_year(cand: Candidate) -> int:
    published = cand.facts.views.published
    return int(published[:4]) if published else 2100


def figure_distractors(
    cand: Candidate, rng: random.Random, want: int, choices: bool = True
) -> list[NumberView]:
    """Wrong figures as number views stated like the answer (see :mod:`numbers`)."""
    fact: NumberView = cand.answer
    values = number_distractors(
        fact, cand.facts.views.numbers, rng, want, _latest_year(cand), choices=choices
    )
    return [
        NumberView(
            id="",
            value=v,
            unit=fact.unit,
            approx=fact.approx,
            what=fact.what,
            quote="",
            paragraph=0,
        )
        for v in values
        if not alternatives.number_is_right(cand, v)
    ]


def position_distractors(cand: Candidate, rng: random.Random, want: int) -> list[Position]:
    """The other positions, in a seeded order."""
    others = [Position(p) for p in POSITION_LABELS if p != str(cand.answer)]
    return _shuffled(others, rng)[:want]


def wrong_values(cand: Candidate, rng: random.Random, want: int, choices: bool = True) -> list[Any]:
    """Distractors of the candidate's kind, as answer-like values.

    ``choices`` False: the wrong value of a false statement, shown alone (a figure's
    rank among choices does not matter then).
    """
    kind = cand.kind.name
    if kind == "entity":
        return entity_distractors(cand, rng, want)
    if kind == "place":
        return place_distractors(cand, rng, want)
    if kind == "number":
        return figure_distractors(cand, rng, want, choices)
    if kind == "time":
        return [When(t) for t in time_distractors(cand, rng, want)]
    if kind == "position":
        return position_distractors(cand, rng, want)
    return text_distractors(cand, rng, want)
