"""The article format: strict models of the annotated YAML file, and the loaded Article.

Every field carries a docstring: these models document the file format and generate
its JSON Schema (``readquiz schema article``). Loading and validation with
``file:line:col`` problems live in :mod:`readquiz.article_loader`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

EntityKind = Literal["person", "group", "organization", "place"]
Approx = Literal["exact", "about", "more than", "less than"]
Position = Literal["for", "against", "neutral", "mixed"]
POSITIONS: tuple[str, ...] = ("for", "against", "neutral", "mixed")
ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class _Strict(BaseModel):
    """Unknown keys are errors; numbers are never parsed from strings."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=False)


class Entity(_Strict):
    """A person, group, organization or place the article names."""

    name: str = Field(min_length=1)
    """As it should read mid-sentence; groups and bodies carry their article ("the protesters")."""
    kind: EntityKind
    """person | group | organization | place."""
    aliases: list[str] = Field(default_factory=list)
    """Other names, accepted as answers too ("Soleimani")."""
    role: str | None = None
    """A noun phrase describing the entity ("an Iranian military commander")."""
    quote: str | None = None
    """Evidence from the text; else the first paragraph naming the entity or an alias."""
    type: str | None = None
    """Places only: a free word (city, country, sea, ...)."""
    within: str | None = Field(default=None, pattern=ID_PATTERN)
    """Places only: the id of the place that contains this one."""


class Event(_Strict):
    """Who did what, where, when."""

    id: str = Field(pattern=ID_PATTERN)
    """Unique slug."""
    who: str | list[str]
    """Entity id, or a list of ids (co-agents); any kind."""
    did: str = Field(min_length=1)
    """Past tense, no subject ("rallied to denounce the killing of Soleimani")."""
    where: str | None = Field(default=None, pattern=ID_PATTERN)
    """Place id."""
    when: str | None = None
    """Free text ("Sunday", "in 1969")."""
    order: int | None = None
    """Chronological rank: a smaller number happened earlier."""
    quote: str = Field(min_length=1)
    """Evidence: text that occurs in the article."""


class NumberFact(_Strict):
    """A numeric fact."""

    id: str = Field(pattern=ID_PATTERN)
    """Unique slug."""
    value: int | float
    """In plain units: 200 million people is 200000000."""
    unit: str = Field(min_length=1)
    """Free text (%, °C, people, dollars, days)."""
    approx: Approx = "exact"
    """exact | about | more than | less than."""
    what: str = Field(min_length=1)
    """What the number measures, as a noun phrase ("the length of the border ...")."""
    quote: str = Field(min_length=1)
    """Evidence: text that occurs in the article."""


class Stance(_Strict):
    """Who holds which position on what."""

    id: str = Field(pattern=ID_PATTERN)
    """Unique slug."""
    holder: str = Field(pattern=ID_PATTERN)
    """Entity id."""
    topic: str = Field(min_length=1)
    """Stances on the same topic use the same topic text."""
    position: Position
    """for | against | neutral | mixed."""
    claim: str = Field(min_length=1)
    """The holder's position as one sentence."""
    voiced_by: str | None = Field(default=None, pattern=ID_PATTERN)
    """Entity id of who voiced it, when not the holder."""
    quote: str = Field(min_length=1)
    """Evidence: text that occurs in the article."""


class Term(_Strict):
    """A vocabulary item."""

    term: str = Field(min_length=1)
    """The word or phrase as it should be asked about."""
    meaning: str = Field(min_length=1)
    """A short definition as used in the article."""
    id: str | None = Field(default=None, pattern=ID_PATTERN)
    """Defaults to the term's slug."""
    quote: str = Field(min_length=1)
    """Evidence: text that occurs in the article."""


class ArticleFile(_Strict):
    """The root of an article file."""

    id: str = Field(pattern=ID_PATTERN)
    """Lowercase slug, unique among articles."""
    title: str = Field(min_length=1)
    """As in the source."""
    source: str | None = None
    """Publisher."""
    published: dt.date | None = Field(default=None, strict=False)
    """ISO date (2020-01-05)."""
    grade: int | None = Field(default=None, ge=1, le=16)
    """Reading grade level."""
    text: str
    """Paragraphs separated by blank lines; a paragraph starting "## " is a section heading."""
    entities: dict[str, Entity] = Field(default_factory=dict)
    """Entity id -> entity."""
    events: list[Event] = Field(default_factory=list)
    numbers: list[NumberFact] = Field(default_factory=list)
    stances: list[Stance] = Field(default_factory=list)
    vocabulary: list[Term] = Field(default_factory=list)


@dataclass(frozen=True)
class Block:
    """A piece of the text: a numbered paragraph or a section heading (number 0)."""

    number: int
    text: str
    heading: bool


@dataclass(frozen=True)
class Evidence:
    """Where an annotation is proven: paragraph number and the quote as it reads there."""

    paragraph: int
    quote: str


def slug(text: str) -> str:
    """Lowercase ascii slug of a term ("de-escalate" -> "de-escalate")."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def split_blocks(text: str) -> list[Block]:
    """Split the text on blank lines into headings and numbered paragraphs."""
    blocks: list[Block] = []
    number = 0
    for raw in re.split(r"\n[ \t]*\n", text.strip()):
        chunk = " ".join(line.strip() for line in raw.strip().splitlines())
        if not chunk:
            continue
        if chunk.startswith("## "):
            blocks.append(Block(0, chunk[3:].strip(), True))
        else:
            number += 1
            blocks.append(Block(number, chunk, False))
    return blocks


class Article(ArticleFile):
    """A loaded, validated article: the file plus its paragraphs and evidence."""

    _path: str = PrivateAttr(default="")
    _blocks: list[Block] = PrivateAttr(default_factory=list)
    _evidence: dict[str, Evidence] = PrivateAttr(default_factory=dict)

    @property
    def path(self) -> str:
        """The file it was loaded from ("" when built in memory)."""
        return self._path

    @property
    def blocks(self) -> list[Block]:
        """Headings and paragraphs in reading order."""
        return self._blocks

    @property
    def paragraphs(self) -> list[Block]:
        """Numbered paragraphs only; ``paragraphs[n - 1].number == n``."""
        return [b for b in self._blocks if not b.heading]

    def evidence(self, item_id: str) -> Evidence:
        """The evidence of an entity, event, number, stance or term, by id."""
        return self._evidence[item_id]

    def term_id(self, term: Term) -> str:
        """A vocabulary item's id: ``id`` if given, else the term's slug."""
        return term.id or slug(term.term)
