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
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from readquiz.article.model import Article, Entity
from readquiz.errors import Problem, warning
from readquiz.messages import shorten
from readquiz.textmatch import fold
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

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Prof|Sen|Rep|Gov|Jr|Sr|No|vs|etc)\.)$"
)


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
    return [f for f in dict.fromkeys(_bare(f) for f in forms) if f]


def _names(text: str, forms: list[str]) -> bool:
    folded = fold(" ".join(text.split()))
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", folded) for f in forms)


def _sentences_of(paragraph: str, quote: str) -> str:
    """The sentence or sentences of ``paragraph`` that hold ``quote``."""
    folded = fold(paragraph)
    at = folded.find(fold(" ".join(quote.split())))
    if at < 0:
        return quote
    end = at + len(" ".join(quote.split()))
    begin, finish = 0, len(paragraph)
    for m in _SENTENCE_END.finditer(paragraph):
        if _ABBREVIATION.search(paragraph, 0, m.start()):
            continue
        if m.end() <= at:
            begin = m.end()
        elif m.start() >= end:
            finish = m.start() + 1
            break
    return paragraph[begin:finish]


class _Linter:
    def __init__(self, article: Article, source: SourceMap, raw: str) -> None:
        self.article = article
        self.source = source
        self.raw = raw
        self.warnings: list[Problem] = []

    def warn(self, path: Path_, message: str, *, key: bool = False) -> None:
        line, col = self.source.where(path, key=key)
        self.warnings.append(warning(self.source.file, line, col, message))

    def sentence(self, item_id: str) -> str:
        ev = self.article.evidence(item_id)
        paragraph = self.article.paragraphs[ev.paragraph - 1].text
        return _sentences_of(paragraph, ev.quote)

    # --- events ----------------------------------------------------------------

    def events(self) -> None:
        entities = self.article.entities
        for i, event in enumerate(self.article.events):
            path: Path_ = ("events", i)
            sentence = self.sentence(event.id)
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
                elif _head_noun(entity.name) in _THINGS:
                    self.warn(
                        at,
                        f"the actor '{agent}' ({entity.name}) is a thing, not someone who "
                        "acts: 'Who ...?' cannot be answered with it; name who acted, or "
                        "leave this event out",
                    )
                if not _names(sentence, name_forms(entity)):
                    self.warn(
                        (*path, "quote"),
                        f"the quote's sentence never names the actor '{agent}' "
                        f"({entity.name}), so the evidence does not prove the answer: quote "
                        "the sentence that names them, or add the name as the text writes "
                        "it there to the entity's aliases",
                    )
                if _names(event.did, name_forms(entity)):
                    self.warn(
                        (*path, "did"),
                        f"'did' names its own actor ({entity.name}): 'Who {event.did}?' "
                        "gives the answer away; take the name out of 'did'",
                    )
            place = entities.get(event.where) if event.where else None
            if place is not None:
                if not _names(sentence, name_forms(place)):
                    self.warn(
                        (*path, "where"),
                        f"the quote's sentence never names the place '{event.where}' "
                        f"({place.name}): quote the sentence that says where, or drop 'where'",
                    )
                if _names(event.did, name_forms(place)):
                    self.warn(
                        (*path, "did"),
                        f"'did' names its own place ({place.name}), so 'Where did ...?' "
                        "gives the answer away; take the place out of 'did'",
                    )
            if event.when:
                when = re.sub(r"^(on|in|at|during|by|last|this)\s+", "", _bare(event.when))
                if when and not _names(sentence, [when]):
                    self.warn(
                        (*path, "when"),
                        f"the quote's sentence never says '{event.when}': quote the "
                        "sentence that gives the time, or drop 'when'",
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


def _head_noun(name: str) -> str:
    """The head noun of a name: "the road to the park" -> "road"."""
    words = _bare(name).split()
    for i, word in enumerate(words):
        if i and word in ("of", "to", "in", "on", "at", "for", "from", "near", "that", "which"):
            words = words[:i]
            break
    return words[-1] if words else ""


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
    linter.text_block()
    return sorted(dict.fromkeys(linter.warnings), key=lambda p: (p.line, p.col))
