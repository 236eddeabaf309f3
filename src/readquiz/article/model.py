"""The article format: strict models of the annotated YAML file, and the loaded Article.

Every field carries a docstring: these models document the file format and generate
its JSON Schema (``readquiz schema article``). Loading and validation with
``file:line:col`` problems live in :mod:`readquiz.article.loader`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from readquiz.article.evidence import Block, EvidenceFinder
from readquiz.article.kinds import ID_PATTERN, EntityKind, Position
from readquiz.questions.model import Approx, Evidence
from readquiz.textmatch import slug


def _no_items() -> list[Any]:
    """An empty list: the default of a list field.

    Not ``default_factory=list``: pydantic reads a factory's signature, and a builtin's
    is parsed from text with the tokenizer, whose regular expression then compiles:
    10-20 ms of the quiz's first screen, once per process (measured).
    """
    return []


def _no_entries() -> dict[Any, Any]:
    """An empty dict: the default of a mapping field (see :func:`_no_items`)."""
    return {}


class _Strict(BaseModel):
    """Unknown keys are errors; numbers are never parsed from strings."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=False)


class Entity(_Strict):
    """A person, group, organization or place the article names."""

    name: str = Field(min_length=1)
    """As it should read mid-sentence; groups and bodies carry their article ("the protesters")."""
    kind: EntityKind
    """person | group | organization | place."""
    aliases: list[str] = Field(default_factory=_no_items)
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
    """exact | about | more than | less than | at least | at most."""
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
    url: str | None = None
    """Where the article is published: an http:// or https:// address, printed unbroken."""
    published: dt.date | None = Field(default=None, strict=False)
    """ISO date (2020-01-05)."""
    grade: int | None = Field(default=None, ge=1, le=16)
    """Reading grade level."""
    text: str
    """Paragraphs separated by blank lines; a paragraph starting "## " is a section heading."""
    entities: dict[str, Entity] = Field(default_factory=_no_entries)
    """Entity id -> entity."""
    events: list[Event] = Field(default_factory=_no_items)
    numbers: list[NumberFact] = Field(default_factory=_no_items)
    stances: list[Stance] = Field(default_factory=_no_items)
    vocabulary: list[Term] = Field(default_factory=_no_items)
    distractors: dict[EntityKind, list[str]] = Field(default_factory=_no_entries)
    """Extra wrong choices by kind (person, group, organization, place), for an article
    with too few of its own: plausible names a student who did not read closely might
    pick. Used before any gazetteer; never a name of an entity of the article."""


class Article(ArticleFile):
    """A loaded, validated article: the file plus its paragraphs and evidence.

    Validated as an :class:`ArticleFile` and then made from its fields: the same
    fields need no second validator, whose schema pydantic would build at import.
    """

    model_config = ConfigDict(defer_build=True)

    _path: str = PrivateAttr(default="")
    _blocks: list[Block] = PrivateAttr(default_factory=_no_items)
    _evidence: dict[str, Evidence] = PrivateAttr(default_factory=_no_entries)

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
        checked = ArticleFile.model_validate(data)
        article = cls.model_construct(
            checked.model_fields_set,
            **{name: getattr(checked, name) for name in ArticleFile.model_fields},
        )
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
