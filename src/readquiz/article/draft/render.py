"""A :class:`~.proposals.Draft` as an article file, every proposal marked ``# check:``.

Written by hand rather than dumped, so that comments sit beside what they are about;
every string is written as a JSON string, which is a valid YAML double-quoted scalar,
so no text (a colon, a hash, a quote mark) can change the file's meaning.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .proposals import Draft, EntityDraft, EventDraft, NumberDraft, StanceDraft

MARK = "# check:"
"""The comment marker on every line an author must confirm."""


def q(text: str) -> str:
    """``text`` as a YAML scalar that reads back exactly."""
    return json.dumps(text, ensure_ascii=False)


def _num(value: int | float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


@dataclass
class Rendered:
    """The file's text and which lines each proposal took (to drop one that fails)."""

    text: str
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    """id() of a proposal -> (first line, last line), 1-based."""


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.spans: dict[int, tuple[int, int]] = {}

    def add(self, line: str = "") -> None:
        self.lines.append(line)

    def item(self, proposal: object, lines: list[str]) -> None:
        first = len(self.lines) + 1
        self.lines.extend(lines)
        self.spans[id(proposal)] = (first, len(self.lines))


def _note(notes: list[str], default: str) -> str:
    return f"  {MARK} {'; '.join(notes) if notes else default}"


def _entity(e: EntityDraft, ids: set[str]) -> list[str]:
    article = "an" if e.kind[0] in "aeiou" else "a"
    out = [f"  {e.id}:{_note(e.notes[:1], f'{article} {e.kind} the text names')}"]
    out.append(f"    name: {q(e.name)}")
    out.append(f"    kind: {e.kind}")
    if e.aliases:
        out.append(f"    aliases: [{', '.join(q(a) for a in e.aliases)}]")
    if e.role:
        out.append(f"    role: {q(e.role)}  {MARK} a noun phrase: 'Who is <role>?'")
    if e.quote:
        out.append(f"    quote: {q(e.quote)}")
    if e.kind == "place":
        type_note = next((n for n in e.notes if n.startswith("type")), "")
        if e.type:
            out.append(f"    type: {q(e.type)}" + (f"  {MARK} {type_note}" if type_note else ""))
        if e.within and e.within in ids:
            out.append(f"    within: {e.within}  {MARK} the place that contains it")
    for extra in e.notes[1:]:
        if not extra.startswith(("type", "within", "role")):
            out.append(f"    {MARK} {extra}")
    return out


def _number(n: NumberDraft) -> list[str]:
    return [
        f"  - id: {n.id}  {MARK} a number fact",
        f"    value: {_num(n.value)}",
        f"    unit: {q(n.unit)}",
        f"    approx: {n.approx}",
        f"    what: {q(n.what)}  {MARK} what the number measures, as a noun phrase",
        f"    quote: {q(n.quote)}",
    ]


def _event(e: EventDraft, ids: set[str]) -> list[str]:
    out = [
        f"  - id: {e.id}  {MARK} an event: is the actor right and named in the quote?",
        f"    who: {e.who}",
        f"    did: {q(e.did)}  {MARK} past tense, no subject, no place or time",
    ]
    if e.where and e.where in ids:
        out.append(f"    where: {e.where}")
    if e.when:
        out.append(f"    when: {q(e.when)}")
    out.append(f"    quote: {q(e.quote)}")
    return out


def _stance(s: StanceDraft) -> list[str]:
    body = [
        f"- id: {s.id}",
        f"  holder: {s.holder}",
        f"  topic: {q(s.topic)}",
        f"  position: {s.position or 'for'}",
        f"  claim: {q(s.claim)}",
        f"  quote: {q(s.quote)}",
    ]
    if s.voiced_by:
        body.insert(4, f"  voiced_by: {s.voiced_by}")
    if s.position is None:
        head = (
            f"  {MARK} a stance whose position the sentence does not make plain: set"
            " 'position' (for | against | neutral | mixed) and 'topic', then uncomment"
        )
        return [head, *(f"  # {line}" for line in body)]
    lines = [f"  {line}" for line in body]
    lines[0] += f"  {MARK} a stance: confirm holder, position and claim"
    lines[2] += f"  {MARK} one topic text for every stance on the same topic"
    return lines


def render(draft: Draft, source_name: str) -> Rendered:
    """The article file for ``draft``."""
    w = _Writer()
    w.add(
        f"# Drafted by `readquiz draft` from {source_name} with the spaCy pipeline {draft.model}."
    )
    w.add(f'# Every line marked "{MARK}" is a proposal: confirm it, correct it or delete it,')
    w.add("# then run `readquiz check` on this file. The text is as given; quotes are cut from it.")
    w.add()
    w.add(f"id: {draft.id}  {MARK} a short slug for the article")
    note = f"  {MARK} the headline as published" if draft.title_guessed else ""
    w.add(f"title: {q(draft.title)}{note}")
    w.add()
    first = draft.text.split("\n", 1)[0]
    indicator = "|2" if first[:1] in (" ", "\t") else "|"
    w.add(f"text: {indicator}")
    for line in draft.text.rstrip("\n").split("\n"):
        w.add(f"  {line}" if line.strip() else "")
    w.add()
    ids = {e.id for e in draft.entities}
    if draft.entities:
        w.add("entities:")
        for entity in draft.entities:
            w.item(entity, _entity(entity, ids))
        w.add()
    if draft.events:
        w.add("events:")
        for event in draft.events:
            w.item(event, _event(event, ids))
        w.add()
    if draft.numbers:
        w.add("numbers:")
        for number in draft.numbers:
            w.item(number, _number(number))
        w.add()
    active = [s for s in draft.stances if s.position is not None]
    if draft.stances:
        w.add("stances:" if active else "# stances:")
        for stance in draft.stances:
            w.item(stance, _stance(stance))
        w.add()
    while w.lines and not w.lines[-1]:
        w.lines.pop()
    return Rendered("\n".join(w.lines) + "\n", w.spans)
