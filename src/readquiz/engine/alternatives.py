"""Who or what else is a right answer: the one place that decides it.

Two decisions rest on it. A wrong choice (and the value put into a false statement)
must not be right after all; and a short answer is asked only when every right answer
a student could type is accepted. Both ask :func:`right_answers`, so they can never
disagree.

Stated broadly, as DESIGN's "One right answer" rule: co-agents of an event and others
who did the same deed; entities overlapping the answer by ``part_of`` (a group's
members, the body a spokesman belongs to); bearers of the same role, or of a role
that heads it ("a board member" and "a board member who chaired the meeting");
holders of the same position on the same or an overlapping topic, and their voices;
places containing or inside the answer, and the actor's other places; claims that are
true of the holder too; the actor's other acts; times that contain one another.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from readquiz.engine.facts import Facts, mentions, names_of, norm
from readquiz.engine.kinds import time_words
from readquiz.engine.views import (
    EntityView,
    EventView,
    GroupView,
    NumberView,
    StanceView,
    TermView,
)

if TYPE_CHECKING:
    from readquiz.engine.bind import Candidate

_TOPIC_STOP = frozenset("the a an of on in to for and with about over its their new old".split())


@dataclass
class RightAnswers:
    """Everything that would also be right for one candidate."""

    entities: set[str] = field(default_factory=set)
    """Ids of entities that are right, or not plainly wrong (the answer's own included):
    never offered as a wrong choice."""
    others: set[str] = field(default_factory=set)
    """Ids of other entities a student could name and be right (a co-agent, another
    bearer of the role, another holder of the view, an overlapping group): a short
    answer is not asked while there are any. Places around the answer (containing,
    inside, the actor's other places) are not here: they are vaguer or beside the
    point, kept out of the choices but not a typed answer that must be accepted."""


def _topic_words(topic: str) -> set[str]:
    return {w for w in norm(topic).split() if w not in _TOPIC_STOP}


def topics_overlap(a: str, b: str) -> bool:
    """Whether two stance topics are one subject: equal, or one's words inside the other's.

    "the bridge" and "the new bridge over the river" overlap; "the bridge" and "the
    ferry" do not.
    """
    if norm(a) == norm(b):
        return True
    wa, wb = _topic_words(a), _topic_words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def roles_overlap(a: str, b: str) -> bool:
    """Whether two roles could name one person: equal, or one heads the other.

    "a board member" heads "a board member who chaired the meeting": both are board
    members, so either bearer answers "Who is a board member?".
    """
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    return na == nb or nb.startswith(na + " ") or na.startswith(nb + " ")


_ROLE_CUT = re.compile(
    r"\s*,\s+|\s+(?:who|whose|whom|that|which|where|and|of|at|for|from|with|in|on|to|by)\s+"
    r"|\s+(?=[a-z]{2,}ing\s)"
)
_ROLE_LEAD = re.compile(r"^(?:(?:a|an|the|one)\s+)+", re.I)


def _role_core(role: str) -> tuple[list[str], str]:
    """A role's head words and what the role adds to them.

    "the NASA astronaut launching aboard Boeing's Starliner" -> (["nasa", "astronaut"],
    "launching aboard Boeing's Starliner"); "a park ranger from Merritt Island" ->
    (["park", "ranger"], "Merritt Island").
    """
    text = _ROLE_LEAD.sub("", role.strip())
    cut = _ROLE_CUT.search(text)
    head, rest = (text[: cut.start()], text[cut.end() :]) if cut else (text, "")
    return norm(head).split(), rest


def _said_words(text: str) -> list[str]:
    from readquiz.english.words import FUNCTION_WORDS

    words = (w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", text))
    return [w for w in words if len(w) >= 4 and w not in FUNCTION_WORDS]


def role_fits(facts: Facts, person: EntityView, role: str) -> bool:
    """Whether another person's ``role`` could describe ``person`` too.

    The same role, or one heading the other (:func:`roles_overlap`); or a role of the
    same kind of person (its head inside ``person``'s: "an astronaut" for "the NASA
    astronaut"; "the youngest student" is not every student) that the article does
    not rule out for ``person``: it adds nothing, or what it adds is shown of
    ``person`` too, half its words or more in ``person``'s own role or deeds (Wilmore,
    "the NASA astronaut launching aboard Starliner", also "received the Theodore
    Roosevelt award", so "an astronaut who also received the Theodore Roosevelt award"
    is his too); or ``person``'s role names the role's bearer as a partner (Suni
    Williams, "the NASA astronaut who will fly Starliner with Wilmore", launches aboard
    Starliner as well). Blind raters: second-correct. A role of another kind ("a
    flight director"), or of the same kind with other particulars ("a student at
    Landstown High" for a student of another school), is ruled out.
    """
    from readquiz.english.words import share_stem

    own = person.role
    if not own:
        return False
    if roles_overlap(own, role):
        return True
    ours, _ = _role_core(own)
    theirs, adds = _role_core(role)
    if not ours or not theirs or ours[-1] != theirs[-1]:
        return False
    if not set(theirs) <= set(ours):
        return False  # "the youngest student" is not every student
    added = _said_words(adds)
    if not added:
        return True
    for other in facts.views.entities.values():
        if other is not person and other.role and norm(other.role) == norm(role):
            if any(mentions(own, n) for n in names_of(other)):
                return True
    shown = _said_words(own)
    for event in facts.views.events:
        if person in _members(event.who):
            shown += _said_words(event.did)
    hits = [w for w in added if any(share_stem(w, s) for s in shown)]
    return 2 * len(hits) >= len(added)


def _members(agent: EntityView | GroupView) -> list[EntityView]:
    return agent.members if isinstance(agent, GroupView) else [agent]


def _overlapping(facts: Facts, agent: EntityView | GroupView) -> set[str]:
    out: set[str] = set()
    for member in _members(agent):
        if member.id:
            out.add(member.id)
            out |= facts.overlaps.get(member.id, set())
            out |= _sharing_members(facts, member.id)
    return out


def _sharing_members(facts: Facts, eid: str) -> set[str]:
    """Entities that share a person with ``eid``, or hold the people its name places there.

    Linette Boisvert is part of NASA's Goddard Space Flight Center and of "the scientists
    at NASA and the National Snow and Ice Data Center": naming Goddard names a body of
    one of those scientists (blind raters: second-correct). A shared group is no such
    bond ("government and company officials" are two bodies' people, not one's). A
    group of people named after a body ("the scientists at NASA") may be in any part of
    it, so every part of that body overlaps the group too. Two parts of one whole that
    share no one (two ministers of a government) stay apart.
    """
    out: set[str] = set()
    views = facts.views.entities
    for other in views.values():
        direct = {w.id for w in other.part_of}
        if other.kind == "person" and eid in direct:  # a group may be two bodies' people
            out |= direct - {eid}
    entity = views.get(eid)
    if entity is not None and entity.kind == "group":
        bodies = set(facts.named_wholes.get(eid, set()))
        for body in list(bodies):
            bodies |= facts.wholes.get(body, set())
        out |= {p for p, wholes in facts.wholes.items() if wholes & bodies and p != eid}
    return out


def _same_deed(a: EventView, b: EventView) -> bool:
    return norm(a.did) == norm(b.did)


def _places_around(facts: Facts, item: Any, answer: EntityView | GroupView) -> set[str]:
    """Places containing or inside the answer (or the item), and the actor's other places."""
    out: set[str] = set()
    for member in _members(answer):
        if member.id:
            out |= facts.places_related.get(member.id, set())
    if isinstance(item, EntityView) and item.kind == "place":
        out.add(item.id)
        out |= facts.places_related.get(item.id, set())
    if isinstance(item, EventView) and item.where is not None and item.where in _members(answer):
        agents = _overlapping(facts, item.who)
        for event in facts.views.events:
            if event is not item and event.where and agents & _overlapping(facts, event.who):
                out.add(event.where.id)
                out |= facts.places_related.get(event.where.id, set())
    return out


def _entity_rights(facts: Facts, item: Any, answer: EntityView | GroupView) -> set[str]:
    """Entities a student could name and be right (the answer's own ids included)."""
    out: set[str] = set()
    for member in _members(answer):
        if member.id:
            out.add(member.id)
            out |= facts.overlaps.get(member.id, set())
    answer_keys = {norm(n) for n in names_of(answer)}
    for eid, names in facts.names.items():
        if answer_keys & {norm(n) for n in names}:
            out.add(eid)  # one name, two annotations
    if isinstance(item, EntityView):
        out.add(item.id)
        out |= facts.overlaps.get(item.id, set())
        if item.role and item in _members(answer):
            for other in facts.views.entities.values():
                if role_fits(facts, other, item.role):
                    out.add(other.id)
                    out |= facts.overlaps.get(other.id, set())
    if isinstance(item, EventView) and set(_overlapping(facts, answer)) & _overlapping(
        facts, item.who
    ):
        # The answer is (one of) the actors: the co-agents and whoever overlaps them.
        out |= _overlapping(facts, item.who)
        for event in facts.views.events:
            if event is not item and _same_deed(event, item):
                # Another actor did the same deed: naming it is right too (co-occupants
                # of one boat, two groups that both marched).
                out |= _overlapping(facts, event.who)
    if isinstance(item, StanceView):
        out |= _overlapping(facts, item.holder)
        if item.voiced_by is not None:
            out |= _overlapping(facts, item.voiced_by)
        for stance in facts.views.stances:
            if stance.position == item.position and topics_overlap(stance.topic, item.topic):
                out |= _overlapping(facts, stance.holder)
                if stance.voiced_by is not None:
                    out |= _overlapping(facts, stance.voiced_by)
    return out


def on_its_side(stance: StanceView, item: StanceView, by_position: bool = False) -> bool:
    """Whether ``stance``'s holder is on ``item``'s side of its topic (or an overlapping one).

    The same position; or, asked by the position (``by_position``: "Who is for T?"),
    mixed views where ``item`` is for or against: a holder of mixed views is partly on
    each side. "Who is for treating a country's main language as key to national
    identity?" offered Jorge Catalan, who "agrees that speaking Spanish is very
    important" but finds it regrettable (mixed), as a wrong choice (blind raters:
    second-correct). Asked by a claim ("Who holds this view: virtual fencing has shown
    many good results?"), the mixed holder does not hold the claim (raters accepted
    William Burnidge, mixed, as wrong there). Who holds mixed views is not answered by
    a holder who is for or against.
    """
    if not topics_overlap(stance.topic, item.topic):
        return False
    if stance.position == item.position:
        return True
    mixed = str(stance.position) == "mixed" and str(item.position) in ("for", "against")
    return by_position and mixed


def _mixed_on_it(cand: Candidate) -> set[str]:
    """For "Who is for T?" (or against): the holders of mixed views on T, and their voices.

    Partly on the asked side (:func:`on_its_side`), so right too: no wrong choice, and
    a short answer beside them is not asked.
    """
    item = cand.item
    out: set[str] = set()
    for stance in cand.facts.views.stances:
        if on_its_side(stance, item, by_position=True) and not on_its_side(stance, item):
            out |= _overlapping(cand.facts, stance.holder)
            if stance.voiced_by is not None:
                out |= _overlapping(cand.facts, stance.voiced_by)
    return out


def _claim_also_true(facts: Facts, item: StanceView, other: StanceView) -> bool:
    """Whether ``other``'s claim could describe the view of ``item``'s holder too."""
    ours = _overlapping(facts, item.holder)
    if item.voiced_by is not None:
        ours |= _overlapping(facts, item.voiced_by)
    theirs = _overlapping(facts, other.holder)
    if other.voiced_by is not None:
        theirs |= _overlapping(facts, other.voiced_by)
    if ours & theirs:
        return True
    sides = [(s.topic, s.position) for s in facts.views.stances if s.holder.id in ours]
    sides.append((item.topic, item.position))
    return any(pos == other.position and topics_overlap(t, other.topic) for t, pos in sides)


def text_is_right(cand: Candidate, other_item: Any, text: str) -> bool:
    """Whether the text ``text`` (the template's answer over ``other_item``) is right too."""
    answer = str(cand.answer)
    if norm(text) == norm(answer):
        return True
    # "Tuesday" and "early on Tuesday morning" can both be right.
    if mentions(text, answer) or mentions(answer, text):
        return True
    item, facts = cand.item, cand.facts
    if isinstance(item, StanceView) and isinstance(other_item, StanceView):
        return _claim_also_true(facts, item, other_item)
    if isinstance(item, EventView) and isinstance(other_item, EventView):
        # The actor's other act (or time, or place) is true of the actor as well.
        return bool(_overlapping(facts, item.who) & _overlapping(facts, other_item.who))
    if isinstance(item, EntityView) and isinstance(other_item, EntityView):
        if other_item.role and role_fits(facts, item, other_item.role):
            return True
        return other_item.id in facts.overlaps.get(item.id, set())
    if isinstance(item, TermView) and isinstance(other_item, TermView):
        return meaning_also_fits(facts, item, other_item)
    return False


def meaning_also_fits(facts: Facts, item: TermView, other: TermView) -> bool:
    """Whether ``other``'s meaning could be read as right for ``item`` too.

    The same meaning; meanings that share a word ("a kind of plant or animal" and
    "living things, such as plants and animals"); or terms the text uses of one thing:
    one term's words in the other's cited sentence ("testing the app with volunteers"
    beside "test subject", "panic attacks ... people called them 'night terrors'").
    """
    from readquiz.english.words import meanings_overlap

    if norm(item.meaning) == norm(other.meaning) or meanings_overlap(item.meaning, other.meaning):
        return True
    return _used_alike(facts, item, other) or _used_alike(facts, other, item)


def _used_alike(facts: Facts, item: TermView, other: TermView) -> bool:
    """Whether a word of ``other``'s term stands in the sentence ``item`` is cited in."""
    from readquiz.english.words import GENERIC_HEADS, content, share_stem

    folded = norm(item.quote)
    sentences = [s.text for s in facts.sentences_of(item.paragraph) if folded in norm(s.text)]
    words = content(" ".join(sentences or [item.quote]))
    theirs = [w for w in content(other.term) if w not in GENERIC_HEADS]
    return any(share_stem(w, t, shortest=4) for w in words for t in theirs)


def time_is_right(cand: Candidate, text: str) -> bool:
    """Whether the time ``text`` could answer a "when" question about the candidate."""
    answer = str(cand.answer)
    if norm(text) == norm(answer) or mentions(text, answer) or mentions(answer, text):
        return True
    ours = {norm(w) for w in time_words(answer)}
    return bool(ours & {norm(w) for w in time_words(text)})


def inside_approximation(fact: NumberView, value: float) -> bool:
    """Whether ``value`` lies inside ``fact``'s approximation (its tolerance band).

    Such a value is right too: never a wrong figure (:mod:`readquiz.engine.numbers`
    asks this while it picks them) nor the figure of a false statement.
    """
    from readquiz.engine.numbers import tolerance

    return abs(value - fact.value) <= tolerance(fact) + 1e-9


def number_is_right(cand: Candidate, value: float) -> bool:
    """Whether ``value`` lies inside the answer's approximation (its tolerance band)."""
    answer: NumberView = cand.answer
    return inside_approximation(answer, value)


_ALONG_WITH = re.compile(
    r"\b(?:as well as|along with|together with|in addition to|alongside|joined by|"
    r"includ(?:e|es|ed|ing)|among them|such as|also)\b",
    re.I,
)
"""Words by which a sentence adds others to its actor ("X, along with Y, released ...",
"Also taking part was X, as well as Y", "In addition to X, partners include Y")."""


_OPENS_WITH_ALSO = re.compile(r"\W*also\b", re.I)


def _named_alongside(cand: Candidate) -> set[str]:
    """Entities named with the answer in a sentence that adds others to the deed or view.

    "In addition to The Nature Conservancy and the Service, partners in the effort
    include Auburn University, ...": asked who joined the effort, Auburn University is
    right too; "Also participating in the event was Dr. Rathmell, as well as NASA
    astronauts Stephen Bowen and Frank Rubio" makes Bowen a right answer to "Who took
    part in the event?" (blind raters: second-correct). The article's people, groups
    and bodies named in the cited sentence(s) are then right, whether or not an
    annotation lists them as co-agents; places are not. A deed told opening with
    "Also" adds its actor to others told before: every actor of the article's events
    is then right too.
    """
    from readquiz.engine.evidence import whole_sentences

    item, answer, facts = cand.item, cand.answer, cand.facts
    actor = isinstance(item, EventView) and bool(
        _overlapping(facts, answer) & _overlapping(facts, item.who)
    )
    holder = isinstance(item, StanceView) and bool(
        _overlapping(facts, answer) & _overlapping(facts, item.holder)
    )
    if not (actor or holder):
        return set()
    text = whole_sentences(facts, cand.evidence).quote
    if not _ALONG_WITH.search(text):
        return set()
    out = {
        eid
        for eid, names in facts.names.items()
        if facts.entity(eid).kind != "place" and any(mentions(text, n) for n in names)
    }
    if actor and _OPENS_WITH_ALSO.match(item.quote):
        # "Also participating in the event was Dr. Rathmell": others took part before
        # her, and the article's other actors may be them (Nelson and Becerra, who
        # "united" at the event a paragraph earlier).
        for event in facts.views.events:
            out |= _overlapping(facts, event.who)
    return out


def asks_by_position(cand: Candidate) -> bool:
    """Whether a who-question names the view by a position on its topic, not by its claim.

    "Who is for helping the residents clean up?" (stance-holder), against "Who holds this
    view: “...”?": see :func:`_shown_on_side`.
    """
    from readquiz.engine.views import POSITION_LABELS, Position

    item = cand.item
    if not isinstance(item, StanceView) or cand.answer is not item.holder:
        return False
    return any(mentions(cand.stem, f"{Position(p).phrase} {item.topic}") for p in POSITION_LABELS)


def _direct_wholes(facts: Facts, eid: str) -> set[str]:
    entity = facts.views.entities.get(eid)
    if entity is None:
        return set()
    return {w.id for w in entity.part_of} | facts.named_wholes.get(eid, set())


def _a_body(entity: EntityView) -> bool:
    """Whether ``entity`` is a body: an organization, or a group with a name.

    "the Central Louisiana Task Force", not a group a description makes ("the people who
    spoke with Learning English").
    """
    from readquiz.english.names import is_proper_name

    return entity.kind == "organization" or is_proper_name(entity.name)


def _shown_on_side(cand: Candidate) -> set[str]:
    """For "Who is for T?": the holders' colleagues whose own view the article never gives.

    The article saying nothing of a person's view does not make them plainly wrong, and
    a holder's colleagues (members of a body the holder, or another holder of the same
    position on T, is part of; not of a group a description makes, such as "the people
    who spoke with us") are likely on the holder's side, since the view is often about
    their work: NASA's astronauts who did cancer research in space beside NASA's
    administrator "for studying cancer in space", the task-force crew who loaded a
    resident's boat beside two task-force members "for helping residents clean up"
    (blind raters: second-correct). None is a wrong choice, unless the article shows it
    on another side (a stance of another position on T). Not in ``others``: typing them
    is not shown right either.
    """
    facts, item = cand.facts, cand.item
    rivals: set[str] = set()
    sided = {item.holder.id}
    for stance in facts.views.stances:
        if not topics_overlap(stance.topic, item.topic):
            continue
        voices = {stance.holder.id} | ({stance.voiced_by.id} if stance.voiced_by else set())
        if on_its_side(stance, item, by_position=True):
            sided |= voices
        else:
            rivals |= voices
    bodies: set[str] = set()
    for eid in sided:
        bodies |= {w for w in _direct_wholes(facts, eid) if _a_body(facts.entity(w))}
    colleagues = {eid for eid in facts.views.entities if _direct_wholes(facts, eid) & bodies}
    return colleagues - rivals


_NOT_TOWARD = frozenset("against not never no nor cannot refused".split())
"""Words by which a deed goes against its object ("voted against the bike lane")."""


def _gerund_bases(word: str) -> set[str]:
    """The bases a topic's leading -ing word may have: "helping" -> help, "choosing" -> choose."""
    if not word.endswith("ing") or len(word) < 6:
        return set()
    core = word[:-3]
    out = {core, core + "e"}
    if len(core) > 2 and core[-1] == core[-2]:
        out.add(core[:-1])  # "annulling" -> annul
    return out


def acts_on_topic(did: str, topic: str, where: str = "") -> bool:
    """Whether a deed ``did`` (done at ``where``) does what a stance's ``topic`` names.

    Only a topic that is an act ("studying cancer in space", "helping residents clean
    up"): the deed does its verb on one of its words ("studied cancer"), or does
    something to its first object and to more than half of its other words, the
    place's name counted ("conducted cancer-related research" aboard "the
    International Space Station" does "studying cancer in space"; a word's other form
    counts: :func:`readquiz.english.words.share_stem`). Words the topic capitalises
    (names: "Harbor Street", "North Korea") do not count, nor does a deed against its
    object ("voted against the bike lane"). "Carried out the study on national
    identity" does not do "treating birthplace as key to national identity"; "showed off
    its supersonic plane" does not do "holding new supersonic planes to noise limits".
    """
    from readquiz.english.verbs import base_verb
    from readquiz.english.words import FUNCTION_WORDS, GENERIC_HEADS, content, share_stem

    if any(w in _NOT_TOWARD or w.endswith("nt") for w in norm(did).split()):
        return False
    words = [
        w.lower()
        for w in re.findall(r"[^\W\d_][\w'’-]*", topic)
        if not w[:1].isupper() and w.lower() not in FUNCTION_WORDS
    ]
    words = [w for w in words if w not in _TOPIC_STOP and w not in GENERIC_HEADS]
    if len(words) < 2:
        return False
    bases = _gerund_bases(words[0])
    if not bases:
        return False
    deed = content(f"{did} {where}")
    others = [w for w in words[1:] if len(w) >= 4]
    shared = [w for w in others if any(share_stem(w, d, shortest=4) for d in deed)]
    if any((base_verb(d) or d) in bases for d in deed):
        return bool(shared)
    return bool(others) and others[0] in shared and 2 * len(shared) > len(others)


def _rivals(facts: Facts, item: StanceView, by_position: bool = False) -> set[str]:
    """Holders and voices of another side of the stance's topic (or an overlapping one).

    Asked by the position, a holder of mixed views is on no other side (:func:`on_its_side`).
    """
    out: set[str] = set()
    for stance in facts.views.stances:
        if topics_overlap(stance.topic, item.topic) and not on_its_side(stance, item, by_position):
            out.add(stance.holder.id)
            if stance.voiced_by is not None:
                out.add(stance.voiced_by.id)
    return out


def _doers_of_the_topic(cand: Candidate) -> set[str]:
    """For "Who is for T?" / "Who holds this view?": whoever the article shows doing T.

    The agents of annotated events whose deed is done toward the topic
    (:func:`acts_on_topic`): the task-force crew who loaded a resident's boat beside
    "Who is for helping Everglades City residents clean up?", the astronauts who
    "conducted cancer-related research" beside "Who is for studying cancer in space?"
    (blind raters: second-correct, "they did it, so they are for it"). Right too, so
    never a wrong choice and no short answer beside them; unless the article shows them
    on another side (a stance of another position on the topic).
    """
    facts, item = cand.facts, cand.item
    if not isinstance(item, StanceView) or cand.answer is not item.holder:
        return set()
    out: set[str] = set()
    for event in facts.views.events:
        where = " ".join(names_of(event.where)) if event.where is not None else ""
        if acts_on_topic(event.did, item.topic, where):
            out |= _overlapping(facts, event.who)
    return out - _rivals(facts, item, asks_by_position(cand))


def _maybe_among_doers(cand: Candidate) -> set[str]:
    """For "Who is for T?": people who may be among a group the article shows doing T.

    A group named by what its people do ("the panelists", not a body such as "the
    Central Louisiana Task Force") is seldom annotated with all its members: "the
    panelists inspired students to pursue STEM careers", and Bob Kline, who spoke on
    the panel but is filed under no group, was a wrong choice for "Who is for pursuing
    STEM careers?" (blind raters: second-correct). Every person the article places in
    no group may be one of them: not a wrong choice (nor an answer a student must be
    credited for typing), unless shown on another side of T.
    """
    facts, item = cand.facts, cand.item
    if not isinstance(item, StanceView) or cand.answer is not item.holder:
        return set()
    groups = False
    for event in facts.views.events:
        where = " ".join(names_of(event.where)) if event.where is not None else ""
        if not acts_on_topic(event.did, item.topic, where):
            continue
        for member in _members(event.who):
            if member.kind == "group" and not _a_body(member):
                groups = True
    if not groups:
        return set()
    views = facts.views.entities
    unplaced = {
        eid
        for eid, entity in views.items()
        if entity.kind == "person" and not any(w.kind == "group" for w in entity.part_of)
    }
    return unplaced - _rivals(facts, item, by_position=True)


def right_answers(cand: Candidate) -> RightAnswers:
    """What else is right for ``cand`` (entity answers: the ids; text: see texts)."""
    if cand.rights is not None:
        return cand.rights
    out = RightAnswers()
    if isinstance(cand.answer, EntityView | GroupView):
        rights = _entity_rights(cand.facts, cand.item, cand.answer)
        if asks_by_position(cand):
            rights |= _mixed_on_it(cand)
        rights |= _named_alongside(cand)
        rights |= _doers_of_the_topic(cand)
        own = {m.id for m in _members(cand.answer)}
        out.others = rights - own
        out.entities = rights | _places_around(cand.facts, cand.item, cand.answer)
        if asks_by_position(cand):
            out.entities |= _shown_on_side(cand) | _maybe_among_doers(cand)
    cand.rights = out
    return out


def entity_is_right(cand: Candidate, entity: EntityView) -> bool:
    """Whether naming ``entity`` would be right: used to forbid it as a wrong choice."""
    return entity.id in right_answers(cand).entities


def _spelled_plain(text: str) -> str:
    """``text`` without diacritics ("Győr" -> "Gyor"), for platforms that compare letters."""
    bare = unicodedata.normalize("NFKD", text)
    return "".join(c for c in bare if not unicodedata.combining(c))


def _wrong_names(cand: Candidate, answer: EntityView | GroupView) -> list[str]:
    """Names of the article's entities that are not right for ``cand``.

    :func:`right_answers` decides who is right; every other entity's names, aliases and
    (for a person) surname must never become an accepted answer.
    """
    right = right_answers(cand).entities | {m.id for m in _members(answer)}
    return [name for eid, names in cand.facts.names.items() if eid not in right for name in names]


def accepted(cand: Candidate) -> list[str]:
    """What a student may type besides the answer: aliases, surname, the day, members.

    An entity: :func:`readquiz.english.answers.entity_forms` (every alias, the name
    without "the", a person's surname alone and without titles, co-agents' members
    named together) and, for an event's place, every place the article says it lies in
    (:func:`_containers`: "Washington" for "NASA Headquarters", "Florida" for
    "Kennedy Space Center"); a time: :func:`readquiz.english.answers.time_forms`
    ("Tuesday" for "Tuesday night", "2021" for "in 2021") and, for a time relative to the article's
    date, the year or month it is (:func:`readquiz.english.dates.dated_forms`: "2016"
    for "last year" in a 2017 article). A form that is the name (or surname)
    of an entity that is not right too is never accepted: typing another entity's
    name must stay a wrong answer. Each form is also given without diacritics, for
    the platforms (Moodle, Canvas) that compare letters as typed; readquiz's own
    grading folds them anyway.
    """
    from readquiz.english.answers import entity_forms, surname, time_forms
    from readquiz.english.dates import dated_forms

    answer = cand.answer
    forms: list[str] = []
    if isinstance(answer, EntityView | GroupView):
        wrong = _wrong_names(cand, answer)
        blocked = {norm(n) for n in wrong}
        blocked |= {norm(last) for n in wrong if (last := surname(n))}
        forms = [f for f in entity_forms(answer, wrong) if norm(f) not in blocked]
        forms += [f for f in _containers(cand) if norm(f) not in blocked]
    elif cand.kind.name == "time":
        forms = time_forms(str(answer)) + dated_forms(str(answer), article_date(cand))
    elif isinstance(cand.item, TermView):
        forms = term_forms(cand.item, str(answer))
    shown = cand.kind.display(answer)
    out: list[str] = []
    seen = {_same_letters(shown)}
    for form in [f for given in forms for f in (given, _spelled_plain(given))]:
        key = _same_letters(form)
        if key and key not in seen:
            seen.add(key)
            out.append(form)
    return out


def _containers(cand: Candidate) -> list[str]:
    """Names of the places an event's place lies in, as the article nests them.

    "Where did the students attend the panel? The NASA News Center's John Holliman
    Auditorium": the auditorium is at Kennedy Space Center, in Florida, so "Kennedy
    Space Center" and "Florida" are right too, whether or not the cited sentence names
    them (blind raters: marked wrong, second correct answer); only for a stem that
    asks "Where": a street is no answer to "Outside which building ...?". A place
    inside the answer is not one ("the consulate" is not where the protesters in
    Karachi clashed). Nor is a place the stem names: "Where did Belgium become the 34th
    country to sign the Accords?" is not answered by "Belgium" (blind raters: the stem
    gives it away).
    """
    item, answer = cand.item, cand.answer
    if not isinstance(item, EventView) or answer is not item.where:
        return []
    if not isinstance(answer, EntityView) or not re.match(r"\s*where\b", cand.stem, re.I):
        return []  # "Outside which building ...? The ferry terminal": no street is one
    from readquiz.engine.gazetteer import CITY_TYPES, COUNTRY_TYPES

    settlement = (answer.type or "").lower() in CITY_TYPES | {"village"}
    out: list[str] = []
    node = answer.within
    while node is not None:
        names = names_of(node)
        if (node.type or "").lower() in COUNTRY_TYPES and not (
            settlement and node is answer.within
        ):
            # "Where did James Parks dig the first graves? Arlington National Cemetery":
            # "Virginia" is right too, "the United States" answers nothing (blind
            # raters: far too broad); a country is accepted only as the country of a
            # city, town or village that lies straight in it (Vienna: "Austria")
            break
        if not any(mentions(cand.stem, n) for n in names):
            # "Where did Belgium sign the Accords?": "Belgium" repeats the stem, no answer
            out += names
        node = node.within
    return out


def article_date(cand: Candidate) -> dt.date | None:
    """The article's date (its ``published`` field), or None when the article gives none."""
    published = cand.facts.views.published
    return dt.date.fromisoformat(published) if published else None


def _same_letters(text: str) -> str:
    """``text`` as a platform compares a typed answer, keeping every letter as written.

    Case, punctuation and a leading article aside; "Győr" is not "Gyor".
    """
    words = re.sub(r"[^\w\s]", "", text.casefold()).split()
    if len(words) > 1 and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def term_forms(item: TermView, answer: str) -> list[str]:
    """What a student may type for a term asked for by its meaning.

    The word as the text writes it ("expelled"), the term as the article lists it
    ("expel") and, for a single word, its simple dictionary form ("aftershocks" ->
    "aftershock"): each is the word the stem asks for. Nothing for other answers.
    """
    from readquiz.english.pos import part_of_speech
    from readquiz.english.words import lemma

    if norm(answer) not in {norm(item.surface), norm(item.term)}:
        return []
    forms = [item.surface, item.term]
    word = item.surface.strip()
    if " " not in word and (
        word.lower().endswith("s") or part_of_speech(item.term, item.meaning) == "verb"
    ):
        forms.append(lemma(word))  # "casualty" for "casualties", "expel" for "expelled"
    return forms


def restated(cand: Candidate) -> bool:
    """Whether the stem's paragraphs hold a second word for a term asked for by its meaning.

    "an earthquake" (the gloss of "temblor") in a paragraph that also says "quake": a
    student who types "quake" is right too, so no short answer.
    """
    from readquiz.english.words import restated_in

    item = cand.item
    if not isinstance(item, TermView) or not term_forms(item, str(cand.answer)):
        return False
    text = cand.facts.paragraphs.get(item.paragraph, "")
    return restated_in(item.meaning, text, item.surface) is not None


def short_is_fair(cand: Candidate) -> bool:
    """Whether a typed answer can be graded fairly: no one else is right.

    For entities, any other right entity (a co-bearer of the role, another holder of
    the view, a group the answer belongs to) rules the short form out, since a student
    naming it would be marked wrong. Times and texts are accepted with their variants
    (:func:`accepted`), but not a time whose cited text names another time
    (:func:`readquiz.english.dates.other_times`): that one is right too.
    """
    if isinstance(cand.answer, EntityView | GroupView):
        return not right_answers(cand).others
    if cand.kind.name == "time":
        from readquiz.english.dates import other_times

        # "In 2014, Wilmore made time to call Stover at Christmas": "at Christmas" is
        # right too, and no list of accepted forms can hold every such time.
        return not other_times(cand.evidence.quote, str(cand.answer))
    return not restated(cand)
