"""Warnings for annotations that load but make bad questions (``readquiz check``).

An article can pass every rule and still give questions a careful teacher would
reject: an event whose quote never names its actor (the key is not in the evidence),
a place as the actor ("Who ...?" about a place), a claim that names its holder (the
question gives its answer away), a ``text: >`` that folds the article into one
paragraph. Each warning is one :func:`readquiz.errors.warning` (the one warnings
channel) at the key or value concerned, saying what to do. ``check`` prints
them and exits 0 (1 with ``--strict``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from readquiz.article.model import Article, Entity
from readquiz.article.numtext import stated_range
from readquiz.engine.kinds import time_words
from readquiz.english.agreement import head_phrase, plural_name
from readquiz.english.verbs import is_adverb
from readquiz.english.wh import head_noun
from readquiz.errors import Problem, warning
from readquiz.messages import shorten
from readquiz.textmatch import fold, in_capitals, is_acronym, sentence_breaks
from readquiz.yamlsource import Path_, SourceMap, load_yaml

_THINGS = {
    "fire",
    "wildfire",
    "blaze",
    "storm",
    "flood",
    "floods",
    "hurricane",
    "cyclone",
    "typhoon",
    "earthquake",
    "quake",
    "heat",
    "heatwave",
    "wind",
    "winds",
    "rain",
    "snow",
    "virus",
    "disease",
    "car",
    "truck",
    "train",
    "ship",
    "boat",
    "plane",
    "road",
    "bridge",
    "building",
    "plan",
    "law",
    "bill",
    "report",
    "study",
    "vote",
    "crash",
    "explosion",
    "lane",
    "project",
}
"""Head nouns of things that happen or exist, not agents: "the fire" cannot be a "who"."""

_ACTING_PLACES = {"country", "state", "nation"}
"""Places that news writes as actors for their governments ("Iran vowed ..."): fine."""

_PLANNED = re.compile(
    r"(will|shall|is|are|am|plans?|intends?|hopes?|expects?|aims?) (to |be |\w+ing\b)"
    r"|(will|shall)\b"
    r"|\w{3,}ing\b",
    re.I,
)
"""A ``did`` that is no past deed: "will host", "plans to build", "are studying",
"studying the air" (an -ing word first: a ``did`` is written in the past tense, so
none starts with one; "sing" and "bring" are too short to count)."""


def _bare(text: str) -> str:
    """Folded, whitespace collapsed, without a leading article or preposition."""
    text = fold(" ".join(text.split()))
    text = re.sub(r"^(the|a|an)\s+", "", text)
    return re.sub(r"[’']s$", "", text)


def name_forms(entity: Entity) -> list[str]:
    """How the text may name ``entity``: name, aliases, and a person's surname."""
    forms = [entity.name, *entity.aliases]
    if entity.kind == "person" and len(entity.name.split()) > 1:
        forms.append(entity.name.split()[-1])
    # an acronym stays as written: it names only in capitals ("WHO", not "who")
    bared = (f.strip() if is_acronym(f) else _bare(f) for f in forms)
    return [f for f in dict.fromkeys(bared) if f]


def _names(text: str, forms: list[str]) -> bool:
    folded = fold(" ".join(text.split()))
    return any(
        re.search(rf"(?<!\w){re.escape(fold(f))}(?!\w)", folded) and in_capitals(text, f)
        for f in forms
    )


def _sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Where each sentence of ``paragraph`` begins and ends (abbreviations do not end one)."""
    spans, begin = [], 0
    for m in sentence_breaks(paragraph):
        spans.append((begin, m.start() + 1))
        begin = m.end()
    if paragraph[begin:].strip():
        spans.append((begin, len(paragraph)))
    return spans


@dataclass(frozen=True)
class Window:
    """The sentence(s) of a paragraph that hold a quote, and the sentences beside them."""

    own: str
    """The sentence or sentences the quote lies in."""
    beside: str
    """The sentence before and the sentence after them, in the same paragraph."""

    @property
    def speech(self) -> bool:
        """Whether the quote's sentence is direct speech (it opens with a quotation mark)."""
        return self.own.lstrip()[:1] in '“"‘' and bool(self.own.strip())


def window_of(paragraph: str, quote: str) -> Window:
    """The sentences of ``paragraph`` that hold ``quote``, and the ones beside them.

    The engine proves an answer from the quote's sentence and, failing that, from it
    with the sentence before or after (a fact told over two sentences cites both), so
    the lints look as far as the engine does: a time or place said in the sentence
    beside the quote is proof, as in "On Thursday the riders crossed into Slovakia.
    Marchand won the second stage in Bratislava". An actor named only beside is not
    ("The police closed the road. By noon the road had reopened" does not say who
    reopened it), unless the quote's sentence is speech and the one beside says who
    spoke it.
    """
    squashed = " ".join(quote.split())
    at = fold(paragraph).find(fold(squashed))
    if at < 0:
        return Window(quote, "")
    end = at + len(squashed)
    spans = _sentence_spans(paragraph)
    inside = [i for i, (b, e) in enumerate(spans) if b < end and e > at]
    if not inside:
        return Window(quote, "")
    first, last = inside[0], inside[-1]
    own = paragraph[spans[first][0] : spans[last][1]]
    beside = [paragraph[b:e] for i, (b, e) in enumerate(spans) if i in (first - 1, last + 1)]
    return Window(own, " ".join(beside))


def _says_time(text: str, when: str) -> bool:
    """Whether ``text`` gives the time ``when``: the phrase, or its day, month or year.

    The engine's rule for proof (``engine.kinds.time_words``): "at noon on Tuesday" is
    proved by a text that says "Tuesday"; "by noon" needs the phrase itself.
    """
    phrase = re.sub(r"^(on|in|at|during|by|last|this)\s+", "", _bare(when))
    if phrase and _names(text, [phrase]):
        return True
    return any(_names(text, [fold(w)]) for w in time_words(when))


class _Linter:
    def __init__(self, article: Article, source: SourceMap, raw: str) -> None:
        self.article = article
        self.source = source
        self.raw = raw
        self.warnings: list[Problem] = []

    def warn(self, path: Path_, message: str, *, key: bool = False) -> None:
        line, col = self.source.where(path, key=key)
        self.warnings.append(warning(self.source.file, line, col, message))

    def window(self, item_id: str) -> Window:
        ev = self.article.evidence(item_id)
        paragraph = self.article.paragraphs[ev.paragraph - 1].text
        return window_of(paragraph, ev.quote)

    # --- events ----------------------------------------------------------------

    def events(self) -> None:
        entities = self.article.entities
        for i, event in enumerate(self.article.events):
            path: Path_ = ("events", i)
            window = self.window(event.id)
            near = f"{window.own} {window.beside}"
            agents = [event.who] if isinstance(event.who, str) else list(event.who)
            for j, agent in enumerate(agents):
                at: Path_ = (*path, "who") if isinstance(event.who, str) else (*path, "who", j)
                entity = entities.get(agent)
                if entity is None:
                    continue
                if entity.kind == "place" and entity.type not in _ACTING_PLACES:
                    self.warn(
                        at,
                        f"the actor '{agent}' is a place, so 'Who {shorten(event.did, 30)}?' "
                        "asks for a place; name the people or body that acted, or make "
                        f"'{agent}' the event's 'where'",
                    )
                elif head_noun(entity.name) in _THINGS:
                    self.warn(
                        at,
                        f"the actor '{agent}' ({entity.name}) is a thing, not someone who "
                        "acts: 'Who ...?' cannot be answered with it; name who acted, or "
                        "leave this event out",
                    )
                forms = name_forms(entity)
                speaker_beside = window.speech and _names(window.beside, forms)
                if not _names(window.own, forms) and not speaker_beside:
                    self.warn(
                        (*path, "quote"),
                        f"the quote's sentence never names the actor '{agent}' "
                        f"({entity.name}), so the evidence does not prove the answer: quote "
                        "the sentence that names them, or add the name as the text writes "
                        "it there to the entity's aliases",
                    )
                if _names(event.did, forms):
                    self.warn(
                        (*path, "did"),
                        f"'did' names its own actor ({entity.name}): 'Who {event.did}?' "
                        "gives the answer away; take the name out of 'did'",
                    )
            if _PLANNED.match(event.did):
                self.warn(
                    (*path, "did"),
                    f"'did' reads as a plan or work still going on "
                    f"('{shorten(event.did, 30)}'): an event is what happened, and its "
                    "questions ask 'Who ...?' and 'When did ...?' in the past tense; leave "
                    "it out of 'events' (its place, figures and the views on it can still "
                    "be annotated)",
                )
            place = entities.get(event.where) if event.where else None
            if place is not None:
                if not _names(near, name_forms(place)):
                    self.warn(
                        (*path, "where"),
                        f"neither the quote's sentence nor the ones beside it name the "
                        f"place '{event.where}' ({place.name}): quote the sentence that "
                        "says where, or drop 'where'",
                    )
                if _names(event.did, name_forms(place)):
                    self.warn(
                        (*path, "did"),
                        f"'did' names its own place ({place.name}), so 'Where did ...?' "
                        "gives the answer away; take the place out of 'did'",
                    )
            if event.when:
                if not _says_time(near, event.when):
                    self.warn(
                        (*path, "when"),
                        f"neither the quote's sentence nor the ones beside it say "
                        f"'{event.when}': quote the sentence that gives the time, or drop "
                        "'when'",
                    )
                if _says_time(event.did, event.when):
                    self.warn(
                        (*path, "did"),
                        f"'did' says its own time ('{event.when}'), so 'When did ...?' "
                        "gives the answer away; take the time out of 'did'",
                    )

    # --- stances ---------------------------------------------------------------

    def stances(self) -> None:
        entities = self.article.entities
        seen: list[tuple[str, int]] = []
        for i, stance in enumerate(self.article.stances):
            path: Path_ = ("stances", i)
            for field in ("holder", "voiced_by"):
                who = getattr(stance, field)
                entity = entities.get(who) if who else None
                if entity is not None and _names(stance.claim, name_forms(entity)):
                    self.warn(
                        (*path, "claim"),
                        f"the claim names its {'holder' if field == 'holder' else 'speaker'} "
                        f"({entity.name}), so 'Who holds this view?' gives the answer away; "
                        "write the view without the name",
                    )
            self._holder_named(stance, path)
            self._a_view(stance, path)
            topic = stance.topic
            for other, line in seen:
                if other != topic and _same_topic(other, topic):
                    self.warn(
                        (*path, "topic"),
                        f"topic '{shorten(topic, 50)}' looks like '{shorten(other, 50)}' "
                        f"(line {line}) written another way; stances on one topic must use "
                        "exactly the same topic text, or the engine treats them as two topics",
                    )
                    break
            if all(t != topic for t, _ in seen):
                seen.append((topic, self.source.where((*path, "topic"))[0]))

    def _a_view(self, stance: Any, path: Path_) -> None:
        """Warn where a stance is no view: an act told without a voice, or a document's.

        "Five judges unanimously selected her wigeon as Best of Show" voices nothing
        (:func:`readquiz.english.voices.shows_an_act`); a charter or an agreement holds
        no view (:func:`readquiz.english.voices.names_a_document`). The engine asks no
        question of either stance.
        """
        from readquiz.english.voices import names_a_document, shows_an_act

        holder = self.article.entities.get(stance.holder)
        if holder is not None and names_a_document(holder.name):
            self.warn(
                (*path, "holder"),
                f"the holder '{stance.holder}' ({holder.name}) is a document, and a "
                "document holds no view: make the holder the people or body that wrote "
                "or signed it, or leave this stance out",
            )
        ev = self.article.evidence(stance.id)
        if shows_an_act(ev.quote, self.window(stance.id).own):
            self.warn(
                (*path, "quote"),
                f"the quote tells an act ('{shorten(ev.quote, 40)}'), not a view anyone "
                "voices: a stance needs a voiced view (a quotation, or said, believes, "
                "supports, opposes, calls for, urges ...), so no question is asked of "
                "it; annotate the act as an event ('Who chose ...?'), or quote where the "
                "view is said",
            )

    def _holder_named(self, stance: Any, path: Path_) -> None:
        """Warn where the quote's paragraph names neither the holder nor the voice.

        "“Cooking in space is about safety first,” she said." with Maria Lopez named
        only in the paragraph before: the cited paragraph does not show who holds the
        view, so the engine asks no "Who holds this view?" (its evidence would not
        prove the key). Only people: a body is often named by its country or a short
        form ("Pakistan clarified ..." for its government) that no name form matches.
        """
        entities = self.article.entities
        ev = self.article.evidence(stance.id)
        paragraph = self.article.paragraphs[ev.paragraph - 1].text
        people = [entities[w] for w in (stance.holder, stance.voiced_by) if w in entities]
        if (
            not people
            or people[-1].kind != "person"
            or any(_names(paragraph, name_forms(e)) for e in people)
        ):
            return
        self.warn(
            (*path, "quote"),
            f"paragraph {ev.paragraph}, where the quote is, never names the holder "
            f"'{stance.holder}' ({people[0].name}), so 'Who holds this view?' is not "
            "asked: quote a sentence of a paragraph that names them, or add the name as "
            "the text writes it there (a title, a short form) to the entity's aliases",
        )

    # --- entities ----------------------------------------------------------------

    def roles(self) -> None:
        first: dict[str, str] = {}
        for entity_id, entity in self.article.entities.items():
            if not entity.role:
                continue
            role = _bare(entity.role)
            if role in first:
                self.warn(
                    ("entities", entity_id, "role"),
                    f"'{entity_id}' and '{first[role]}' have the same role "
                    f"'{entity.role}', so 'Who is {entity.role}?' has two right answers; "
                    "say what sets each apart",
                )
            else:
                first[role] = entity_id

    def plural_verbs(self) -> None:
        paragraphs = [p.text for p in self.article.paragraphs]
        for entity_id, entity in self.article.entities.items():
            # only groups and bodies take a verb that agrees with them in questions
            if entity.kind not in ("group", "organization"):
                continue
            if plural_name(entity.name, entity.kind):
                continue
            for form in [entity.name, *entity.aliases]:
                found = _plural_use(paragraphs, form)
                if found is None:
                    continue
                number, words = found
                self.warn(
                    ("entities", entity_id, "name"),
                    f'paragraph {number} says "{words}", a plural verb, but the name '
                    f"'{entity.name}' has no plural marking, so questions say "
                    f'"{entity.name} is" and "{entity.name} was"; give the name a plural '
                    f'head noun ("{_pluralised(entity.name)}") so questions agree with '
                    "the text",
                )
                break

    def alias_pieces(self) -> None:
        for entity_id, entity in self.article.entities.items():
            for j, alias in enumerate(entity.aliases):
                words = alias.split()
                if not words or words[0].lower() not in ("and", "or", "nor", "&"):
                    continue
                self.warn(
                    ("entities", entity_id, "aliases", j),
                    f"the alias '{alias}' starts with '{words[0]}', so it is a piece of a "
                    "name, and a student who types it is marked right: in a flow list "
                    "(aliases: [A, B]) every comma ends an alias, so quote a name that "
                    'holds commas (aliases: ["Bureau of Alcohol, Tobacco, Firearms and '
                    'Explosives"])',
                )
                break

    # --- numbers -------------------------------------------------------------------

    def ranges(self) -> None:
        for i, fact in enumerate(self.article.numbers):
            span = stated_range(fact.quote, fact.value)
            if span is None:
                continue
            self.warn(
                ("numbers", i, "quote"),
                f"the quote gives a range ('{span}') and 'value' is one end of it; the "
                "format has no range, so no question asks this figure (a student who "
                "types the other end is right too): annotate a figure the text states "
                "alone, or leave this one out",
            )

    def standalone_what(self) -> None:
        from readquiz.english.wellformed import unanchored_reference

        for i, fact in enumerate(self.article.numbers):
            pointing = unanchored_reference(fact.what)
            if pointing is None:
                continue
            self.warn(
                ("numbers", i, "what"),
                f"'{pointing}' points at something this 'what' does not name; the "
                "question is read without the article around it, so none asks this "
                f"figure: name what '{pointing}' is (e.g. 'the time the same flight "
                "took' -> 'the time a flight from London to New York took')",
            )

    # --- the text block ------------------------------------------------------------

    def text_block(self) -> None:
        if len(self.article.paragraphs) != 1:
            return
        node = _text_node(self.raw)
        if node is None:
            return
        key, value = node
        # the scalar ends where the next key starts (column 0): that line is not text
        last = value.end_mark.line + (0 if value.end_mark.column == 0 else 1)
        region = self.raw.split("\n")[value.start_mark.line : last]
        blocks = len([b for b in re.split(r"\n[ \t]*\n", "\n".join(region)) if b.strip()])
        if blocks < 2:
            return
        style = value.style or ""
        if style in (">", ""):
            how = "'text: >' folds" if style == ">" else "a plain 'text:' value folds"
            self.warn(
                ("text",),
                f"{how} the {blocks} blank-line-separated blocks of the text into one "
                "paragraph, so every question cites paragraph 1; write 'text: |'",
                key=True,
            )
        else:
            self.warn(
                ("text",),
                f"the text has {blocks} blank-line-separated blocks in the file but reads "
                "as one paragraph: write 'text: |' and indent every line of the text by the "
                "same spaces",
                key=True,
            )


_PLURAL_ONLY_VERBS = frozenset(
    "are were have do aren't weren't haven't don't "
    "say want plan hope fear believe think expect argue claim agree warn oppose support "
    "demand need know remain".split()
)
"""Verbs that follow only a plural subject (a singular one takes "is", "says", ...)."""
_BEFORE_A_NON_SUBJECT = frozenset(
    "and or nor of in on at to from for with by near about against than".split()
)
"""Words after which a name is not the subject of the verb that follows it ("the
families of Marlow were", "Reyes and Pike were")."""


def _plural_use(paragraphs: list[str], form: str) -> tuple[int, str] | None:
    """The first paragraph (1-based) where ``form`` is the subject of a plural-only verb.

    Returns the paragraph number and the words as the text writes them ("the staff
    were"), or None.
    """
    bare = re.sub(r"^(?:the|a|an)\s+", "", " ".join(form.split()), flags=re.IGNORECASE)
    if not bare:
        return None
    name = r"\s+".join(re.escape(w) for w in bare.split())
    pattern = re.compile(
        rf"(?<![\w'])(?:(?:the|a|an|our|their|its|his|her)\s+)?{name}(?![\w'-])\s+([\w']+)(?:\s+([\w']+))?",
        re.IGNORECASE,
    )
    for number, text in enumerate(paragraphs, start=1):
        plain = text.replace("’", "'")  # same length: offsets hold in ``text``
        for m in pattern.finditer(plain):
            if is_acronym(form) and not in_capitals(m.group(0), form):
                continue  # "those who are" is not the World Health Organization
            before = plain[: m.start()].split()
            if before and (before[-1].endswith(",") or before[-1].lower() in _BEFORE_A_NON_SUBJECT):
                # not the subject: "the families of Marlow were", "Reyes and Pike were",
                # a list or an apposition ("A, B and C were")
                continue
            group = 2 if is_adverb(m.group(1)) and m.group(2) else 1
            if m.group(group).lower() in _PLURAL_ONLY_VERBS:
                return number, " ".join(text[m.start() : m.end(group)].split())
    return None


def _pluralised(name: str) -> str:
    """A suggestion with a plural head noun: "the staff" -> "the staff members"."""
    head, rest = head_phrase(name)
    return head + " members" + rest


def _same_topic(a: str, b: str) -> bool:
    """Two topic texts that name one topic: equal once folded, or nearly the same words."""
    fa = re.sub(r"[^\w\s]", "", _bare(a))
    fb = re.sub(r"[^\w\s]", "", _bare(b))
    if fa == fb:
        return True
    return fuzz.token_sort_ratio(fa, fb) >= 88


def _text_node(raw: str) -> tuple[Any, Any] | None:
    """The root mapping's ``text`` key and value nodes (safe compose, no construction)."""
    try:
        root = yaml.compose(raw, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "text":
            return (key, value) if isinstance(value, yaml.ScalarNode) else None
    return None


def lint_article(path: Path, article: Article) -> list[Problem]:
    """Every warning for the loaded ``article`` read from ``path``, in file order."""
    doc = load_yaml(Path(path))
    if doc.data is None:
        return []
    raw = Path(path).read_text(encoding="utf-8-sig")
    linter = _Linter(article, doc.source, raw)
    linter.events()
    linter.stances()
    linter.roles()
    linter.plural_verbs()
    linter.alias_pieces()
    linter.ranges()
    linter.standalone_what()
    linter.text_block()
    return sorted(dict.fromkeys(linter.warnings), key=lambda p: (p.line, p.col))
