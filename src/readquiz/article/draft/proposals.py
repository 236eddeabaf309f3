"""What a draft proposes: plain data, written out by :mod:`.render` (no spaCy here)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class EntityDraft:
    """A proposed entity; ``notes`` become ``# check:`` comments for the author."""

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    quote: str | None = None
    type: str | None = None
    within: str | None = None
    notes: list[str] = field(default_factory=list)
    first: int = 0
    """Where in the text it is first named (orders the output)."""


@dataclass
class NumberDraft:
    """A proposed number fact."""

    id: str
    value: int | float
    unit: str
    approx: str
    what: str
    quote: str
    notes: list[str] = field(default_factory=list)
    at: int = 0


@dataclass
class EventDraft:
    """A proposed event: who did what, where and when, from one sentence."""

    id: str
    who: str
    did: str
    quote: str
    where: str | None = None
    when: str | None = None
    notes: list[str] = field(default_factory=list)
    at: int = 0


@dataclass
class StanceDraft:
    """A proposed stance from a sentence with a speech verb.

    ``position`` None means the sentence does not say it plainly: the stance is
    written commented out, for the author to fill in and uncomment.
    """

    id: str
    holder: str
    topic: str
    position: str | None
    claim: str
    quote: str
    voiced_by: str | None = None
    notes: list[str] = field(default_factory=list)
    at: int = 0


@dataclass
class Draft:
    """Everything proposed for one story."""

    id: str
    title: str
    text: str
    model: str
    entities: list[EntityDraft] = field(default_factory=list)
    events: list[EventDraft] = field(default_factory=list)
    numbers: list[NumberDraft] = field(default_factory=list)
    stances: list[StanceDraft] = field(default_factory=list)
    title_guessed: bool = False
