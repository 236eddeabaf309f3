"""The article rules a schema cannot express: ids, references and evidence.

Works on the plain data of an article file, before it is validated into models, so
that one bad item never hides the problems of the others. Every value is type-checked
before use: a value of the wrong type is the schema's problem (reported by
:mod:`readquiz.article.loader`), and is skipped here rather than reported twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, get_args

from readquiz.article.evidence import EvidenceFinder
from readquiz.article.kinds import ID_PATTERN, EntityKind
from readquiz.errors import Problem
from readquiz.messages import closest, invalid_id, shorten
from readquiz.textmatch import slug
from readquiz.yamlsource import Path_, SourceMap

KINDS: tuple[str, ...] = get_args(EntityKind)
SECTIONS = ("entities", "events", "numbers", "stances", "vocabulary")
_ID = re.compile(ID_PATTERN)


def _a_an(word: str) -> str:
    """``word`` with "a" or "an" (the English package loads only when a message needs it)."""
    from readquiz.english.phrases import a_an

    return a_an(word)


def items(data: dict[Any, Any], section: str) -> Iterator[tuple[Path_, dict[Any, Any]]]:
    """The (path, mapping) of every item of a section that is a mapping."""
    value = data.get(section)
    if section == "entities":
        pairs = list(value.items()) if isinstance(value, dict) else []
    else:
        pairs = list(enumerate(value)) if isinstance(value, list) else []
    for key, item in pairs:
        if isinstance(item, dict):
            yield (section, key), item


def _free_id(taken: str, used: set[str]) -> str:
    """The first id like ``taken`` that the article does not use yet: "ocean-2"."""
    n = 2
    while f"{taken}-{n}" in used:
        n += 1
    return f"{taken}-{n}"


class _Rules:
    def __init__(
        self, data: dict[Any, Any], source: SourceMap, finder: EvidenceFinder | None
    ) -> None:
        self.data = data
        self.source = source
        self.finder = finder
        self.problems: list[Problem] = []
        entities = data.get("entities")
        self.entities: dict[str, Any] = (
            {k: v for k, v in entities.items() if isinstance(k, str)}
            if isinstance(entities, dict)
            else {}
        )

    def report(self, path: Path_, message: str, *, key: bool = False) -> None:
        self.problems.append(self.source.problem(path, message, key=key))

    def kind(self, entity_id: str) -> str | None:
        """The entity's kind when it is a known one (else None: the schema reports it)."""
        entity = self.entities.get(entity_id)
        kind = entity.get("kind") if isinstance(entity, dict) else None
        return kind if kind in KINDS else None

    # --- ids -------------------------------------------------------------------

    def ids(self) -> None:
        """Entity keys are slugs; every id is used once in the whole article."""
        found: list[tuple[tuple[int, int], str, Path_, bool]] = []
        entities = self.data.get("entities")
        for key in entities if isinstance(entities, dict) else {}:
            path: Path_ = ("entities", key)
            if not isinstance(key, str) or not _ID.fullmatch(key):
                self.report(path, invalid_id(key), key=True)
            found.append((self.source.where(path, key=True), str(key), path, True))
        for section in ("events", "numbers", "stances"):
            for path, item in items(self.data, section):
                if isinstance(item.get("id"), str):
                    at = (*path, "id")
                    found.append((self.source.where(at), item["id"], at, False))
        for path, item in items(self.data, "vocabulary"):
            term, given = item.get("term"), item.get("id")
            if isinstance(given, str):
                found.append((self.source.where((*path, "id")), given, (*path, "id"), False))
            elif given is None and isinstance(term, str) and term.strip():
                if not slug(term):
                    self.report(
                        (*path, "term"),
                        f"the term {term!r} gives no id (it has no "
                        "letters or digits a-z, 0-9); add an 'id' such as 'term-1'",
                    )
                    continue
                found.append(
                    (self.source.where((*path, "term")), slug(term), (*path, "term"), False)
                )
        first: dict[str, tuple[int, int]] = {}
        used = {item_id for _, item_id, _, _ in found}
        for where, item_id, path, key in sorted(found, key=lambda f: f[0]):
            if item_id in first:
                line = first[item_id][0]
                free = _free_id(item_id, used)
                used.add(free)
                fix = (
                    f"give this term its own id: add 'id: {free}'"
                    if path[-1] == "term"
                    else f"rename it, e.g. '{free}'"
                )
                self.report(
                    path,
                    f"duplicate id '{item_id}' (first used at line {line}); "
                    f"ids must be unique in the whole article: {fix}",
                    key=key,
                )
            else:
                first[item_id] = where

    # --- references ------------------------------------------------------------

    def refer(self, path: Path_, value: Any, field: str, *, place: bool = False) -> None:
        """Check that ``value`` (at ``path``) names an entity (a place, if ``place``)."""
        if not isinstance(value, str):
            return
        if not value.strip():
            self.report(path, f"'{field}' is empty; give an entity id")
        elif value not in self.entities:
            self.report(path, f"'{field}' refers to unknown entity '{value}'" + self.suggest(value))
        elif place and self.kind(value) not in (None, "place"):
            self.report(
                path, f"'{field}' must be a place, but '{value}' is {_a_an(self.kind(value) or '')}"
            )

    def suggest(self, value: str) -> str:
        """Return " (did you mean 'x'?)" for the entity ``value`` most likely meant, else ""."""
        ids = list(self.entities)
        if slug(value) in self.entities:
            return f" (did you mean '{slug(value)}'?)"
        folded = value.strip().casefold()
        for entity_id, entity in self.entities.items():
            names = (
                [entity.get("name"), *(entity.get("aliases") or [])]
                if isinstance(entity, dict)
                else []
            )
            if any(isinstance(n, str) and n.casefold() == folded for n in names):
                return f" (did you mean '{entity_id}'?)"
        close = closest(value, ids)
        return f" (did you mean '{close}'?)" if close else ""

    def references(self) -> None:
        """Every reference to an entity names an entity of the right kind.

        The references are who, where, within, part_of, holder and voiced_by. Also
        reported: ``type`` or ``within`` on an entity that is not a place, and loops of
        places within one another or of entities part of one another.
        """
        for path, event in items(self.data, "events"):
            who = event.get("who")
            if isinstance(who, list):
                if not who:
                    self.report(
                        (*path, "who"), "'who' is an empty list; name at least one entity id"
                    )
                for i, agent in enumerate(who):
                    self.refer((*path, "who", i), agent, "who")
            else:
                self.refer((*path, "who"), who, "who")
            self.refer((*path, "where"), event.get("where"), "where", place=True)
        for path, stance in items(self.data, "stances"):
            self.refer((*path, "holder"), stance.get("holder"), "holder")
            self.refer((*path, "voiced_by"), stance.get("voiced_by"), "voiced_by")
        for path, entity in items(self.data, "entities"):
            kind = entity.get("kind")
            self.part_of(path, entity)
            if kind in KINDS and kind != "place":
                for field in ("type", "within"):
                    if entity.get(field) is not None:
                        self.report(
                            (*path, field),
                            f"'{field}' is only for places, but '{path[1]}' is {_a_an(kind)}",
                            key=True,
                        )
                continue
            within = entity.get("within")
            if within == path[1]:
                self.report((*path, "within"), "'within' cannot name the place itself")
            else:
                self.refer((*path, "within"), within, "within", place=True)
        self.loops("within", "is within")
        self.loops("part_of", "is part of")

    def part_of(self, path: Path_, entity: dict[Any, Any]) -> None:
        """``part_of`` is on a person, group or organization and names such entities."""
        value = entity.get("part_of")
        if value is None:
            return
        if entity.get("kind") == "place":
            self.report(
                (*path, "part_of"),
                f"'part_of' is not for places ('{path[1]}' is a "
                "place); use 'within' for the place that contains it",
                key=True,
            )
            return
        targets = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        if isinstance(value, list) and not value:
            self.report(
                (*path, "part_of"),
                "'part_of' is an empty list; name at least one entity id, or leave it out",
            )
        for index, target in targets:
            at: Path_ = (*path, "part_of") if index is None else (*path, "part_of", index)
            if not isinstance(target, str):
                continue  # the schema reports a value of the wrong type
            if target == path[1]:
                self.report(at, "'part_of' cannot name the entity itself")
            elif self.kind(target) == "place":
                self.report(
                    at,
                    f"'part_of' must name a person, group or organization, but "
                    f"'{target}' is a place (a place it is in is not what it is "
                    "part of)",
                )
            else:
                self.refer(at, target, "part_of")

    def _targets(self, key: str, field: str) -> list[str]:
        """The entities ``key`` names in ``field`` (within, part_of), known and not itself."""
        entity = self.entities.get(key)
        value = entity.get(field) if isinstance(entity, dict) else None
        values = value if isinstance(value, list) else [value]
        return [v for v in values if isinstance(v, str) and v in self.entities and v != key]

    def loops(self, field: str, verb: str) -> None:
        """Report each loop of entities naming one another in ``field`` once, at its first.

        ``within`` loops are places inside one another, ``part_of`` loops entities part
        of one another: "'within' goes round in a circle: 'a' is within 'b' is within 'a'".
        """
        for loop in find_loops(list(self.entities), lambda key: self._targets(key, field)):
            head = min(loop, key=lambda k: self.source.where(("entities", k), key=True))
            at = loop.index(head)
            ring = [*loop[at:], *loop[:at], head]
            value = self.entities[head].get(field)
            path: Path_ = ("entities", head, field)
            if isinstance(value, list):
                path = (*path, value.index(ring[1]))
            self.report(
                path,
                f"'{field}' goes round in a circle: " + f" {verb} ".join(f"'{k}'" for k in ring),
            )

    # --- text and evidence -----------------------------------------------------

    def extras(self) -> None:
        """``url`` is a web address; ``distractors`` lists names under known kinds."""
        url = self.data.get("url")
        if isinstance(url, str) and not re.fullmatch(r"https?://[^\s/]+\.[^\s]*", url.strip()):
            self.report(
                ("url",),
                f"'url' must be a web address starting http:// or https://, not '{shorten(url)}'",
            )
        extra = self.data.get("distractors")
        if extra is None:
            return
        if not isinstance(extra, dict):
            self.report(
                ("distractors",),
                "'distractors' must be a mapping of kind to a list of names "
                "(place: [Lahore, Quetta])",
            )
            return
        names = {
            n.casefold(): key
            for key, e in self.entities.items()
            if isinstance(e, dict)
            for n in [e.get("name"), *(e.get("aliases") or [])]
            if isinstance(n, str)
        }
        for kind, listed in extra.items():
            if kind not in KINDS:
                self.report(
                    ("distractors", kind),
                    f"unknown kind {kind!r} in 'distractors' (use one of: {', '.join(KINDS)})",
                    key=True,
                )
                continue
            if not isinstance(listed, list):
                continue  # the schema says it must be a list
            for i, name in enumerate(listed):
                if not isinstance(name, str):
                    continue  # the schema reports a value that is not text
                if not name.strip():
                    self.report(("distractors", kind, i), "a distractor must not be empty")
                    continue
                if name.strip().casefold() in names:
                    self.report(
                        ("distractors", kind, i),
                        f"'{name}' is already the entity '{names[name.strip().casefold()]}' of "
                        "this article; a distractor must be a name the article does not use",
                    )

    def evidence(self) -> None:
        """The text has a paragraph; every quote is in it; unquoted entities are named."""
        text = self.data.get("text")
        if not isinstance(text, str):
            return
        if self.finder is None or self.finder.text != text:
            self.finder = EvidenceFinder(text)
        finder = self.finder
        if not any(not b.heading for b in finder.blocks):
            self.report(
                ("text",),
                "'text' has no paragraphs: write at least one paragraph "
                "(paragraphs are separated by blank lines; '## ' starts a heading)",
            )
            return
        for section in SECTIONS:
            for path, item in items(self.data, section):
                quote = item.get("quote")
                if isinstance(quote, str) and quote:
                    if not quote.strip():
                        self.report((*path, "quote"), "'quote' is blank")
                    elif finder.quote(quote) is None:
                        from readquiz.article.passages import not_found_message

                        message = not_found_message(finder.blocks, quote, shorten(quote))
                        self.report((*path, "quote"), message)
                elif section == "entities" and quote is None:
                    self.mentioned(path, item, finder)

    def mentioned(self, path: Path_, entity: dict[Any, Any], finder: EvidenceFinder) -> None:
        """An entity without a quote must be named (name or alias) in some paragraph."""
        name, aliases = entity.get("name"), entity.get("aliases") or []
        if not isinstance(name, str) or not name or not isinstance(aliases, list):
            return
        names = [name, *(a for a in aliases if isinstance(a, str))]
        if finder.mention(names) is None:
            also = " or any of its aliases" if len(names) > 1 else ""
            self.report(
                path,
                f"the text never names '{shorten(name)}'{also}; add an alias "
                "as the text writes it, or a 'quote'",
                key=True,
            )


def find_loops(nodes: list[str], targets: Callable[[str], list[str]]) -> list[list[str]]:
    """Every loop of a directed graph, each once, as the nodes in the order they link.

    A node may link to several (``targets``), so this walks a graph, not a chain: a
    depth-first search finds a loop when it meets a node on its own path. Iterative,
    not recursive, so a long chain in a big file cannot hit Python's recursion limit.
    """
    loops: list[list[str]] = []
    seen: set[frozenset[str]] = set()
    done: set[str] = set()
    for start in nodes:
        if start in done:
            continue
        # each frame: a node and the targets of it left to try
        stack: list[tuple[str, list[str]]] = [(start, list(targets(start)))]
        on_path = [start]
        while stack:
            node, todo = stack[-1]
            if not todo:
                stack.pop()
                on_path.pop()
                done.add(node)
                continue
            target = todo.pop(0)
            if target in on_path:
                loop = on_path[on_path.index(target) :]
                if frozenset(loop) not in seen:
                    seen.add(frozenset(loop))
                    loops.append(loop)
            elif target not in done:
                stack.append((target, list(targets(target))))
                on_path.append(target)
    return loops


def check_rules(
    data: dict[Any, Any], source: SourceMap, finder: EvidenceFinder | None = None
) -> list[Problem]:
    """Every problem with ids, references, the paragraphs and evidence of ``data``.

    ``finder`` (over ``data["text"]``) keeps what the evidence search found, for
    building the article afterwards without searching again.
    """
    rules = _Rules(data, source, finder)
    rules.ids()
    rules.references()
    rules.extras()
    rules.evidence()
    return rules.problems
