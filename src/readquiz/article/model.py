"""The article format: strict models of the annotated YAML file, and the loaded Article.

Every field carries a docstring: these models document the file format and generate
its JSON Schema (``readquiz schema article``). Loading and validation with
``file:line:col`` problems live in :mod:`readquiz.article.loader`.
"""

from __future__ import annotations

import datetime as dt
import functools
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
    part_of: str | list[str] | None = None
    """Persons, groups and organizations only: the id (or ids) of the entities this one
    is a member or part of: the rally leaders are part of the protesters, an army
    spokesman part of the army, the army part of the government. Overlapping entities
    are never offered as wrong choices against each other (naming the army when the
    answer is the government is not wrong). Places use ``within``."""


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
        chunk = re.sub(r"\s+", " ", raw).strip()
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

    @classmethod
    def build(
        cls, data: dict[str, object], path: str = "", finder: EvidenceFinder | None = None
    ) -> Article:
        """Validate plain data into an Article and resolve its evidence.

        No file positions here: :func:`readquiz.article.loader.load_article` checks a
        file with ``file:line:col`` problems and then calls this, handing over the
        ``finder`` its checks already searched the text with.

        Raises:
            pydantic.ValidationError: the data does not fit the model.
            ValueError: a quote does not occur in the text.
        """
        article = cls.model_validate(data)
        if finder is None or finder.text != article.text:
            finder = EvidenceFinder(article.text)
        article._path = path
        article._blocks = finder.blocks
        items: list[tuple[str, str | None, list[str]]] = [
            (eid, e.quote, [e.name, *e.aliases]) for eid, e in article.entities.items()
        ]
        for group in (article.events, article.numbers, article.stances):
            items += [(item.id, item.quote, []) for item in group]
        items += [(article.term_id(t), t.quote, []) for t in article.vocabulary]
        for item_id, quote, names in items:
            found = finder.quote(quote) if quote else finder.mention(names)
            if found is None:
                what = f"quote {quote!r}" if quote else f"no paragraph names {names[0]!r}"
                raise ValueError(f"{item_id}: {what} not found in the text")
            article._evidence[item_id] = found
        return article

    def term_id(self, term: Term) -> str:
        """A vocabulary item's id: ``id`` if given, else the term's slug."""
        return term.id or slug(term.term)


_QUOTE_MARKS = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "′": "'",
        "″": '"',
    }
)


# cached: find_quote folds every paragraph once per quote, which for a large article
# (hundreds of quotes over ~1 MiB of text) would otherwise take tens of seconds
@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Fold case and quote marks one character for one, so indexes map back to the text."""
    out = []
    for ch in text.translate(_QUOTE_MARKS):
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


def find_quote(blocks: list[Block], quote: str) -> Evidence | None:
    """The first paragraph containing ``quote``, with the quote as it reads in the text.

    Whitespace, case and quote marks are folded before comparing; headings are skipped.
    None when no paragraph contains it.
    """
    needle = fold(re.sub(r"\s+", " ", quote).strip())
    if not needle:
        return None
    for block in blocks:
        if block.heading:
            continue
        at = fold(block.text).find(needle)
        if at >= 0:
            return Evidence(block.number, block.text[at : at + len(needle)])
    return None


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘A-Z0-9])")


_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Prof|Sen|Rep|Gov|Jr|Sr|No|vs|etc)\.)$"
)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``."""
    begin = 0
    for m in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text, 0, m.start()):
            continue
        if m.end() <= start:
            begin = m.end()
        elif m.start() >= end:
            return text[begin : m.start() + len(m.group(0).rstrip())].strip()
    return text[begin:].strip()


def find_mention(blocks: list[Block], names: list[str]) -> Evidence | None:
    """The first paragraph naming any of ``names``, with the naming sentence as the quote.

    A leading "the", "a" or "an" in a name is optional in the text; headings are skipped.
    """
    patterns = []
    bares = []
    for name in names:
        bare = re.sub(r"^(the|a|an)\s+", "", fold(name.strip()))
        if bare:
            bares.append(bare)
            patterns.append(re.escape(bare))
    if not patterns:
        return None
    rx = re.compile(r"(?<!\w)(?:" + "|".join(sorted(patterns, key=len, reverse=True)) + r")(?!\w)")
    for block in blocks:
        if block.heading:
            continue
        folded = fold(block.text)
        # a plain substring test first: the regex (lookbehind first) scans ~50x slower
        if not any(bare in folded for bare in bares):
            continue
        m = rx.search(folded)
        if m:
            return Evidence(block.number, _sentence_around(block.text, m.start(), m.end()))
    return None


class EvidenceFinder:
    """Searches one article text for quotes and mentions, remembering every answer.

    Checking an article and building it look up the same quotes; on a large article
    the search is most of the loading time, so both share one finder.
    """

    def __init__(self, text: str) -> None:
        """Split ``text`` into blocks once."""
        self.text = text
        self.blocks = split_blocks(text)
        self._quotes: dict[str, Evidence | None] = {}
        self._mentions: dict[tuple[str, ...], Evidence | None] = {}

    def quote(self, quote: str) -> Evidence | None:
        """:func:`find_quote` over this text, searched once per quote."""
        if quote not in self._quotes:
            self._quotes[quote] = find_quote(self.blocks, quote)
        return self._quotes[quote]

    def mention(self, names: list[str]) -> Evidence | None:
        """:func:`find_mention` over this text, searched once per list of names."""
        key = tuple(names)
        if key not in self._mentions:
            self._mentions[key] = find_mention(self.blocks, names)
        return self._mentions[key]
