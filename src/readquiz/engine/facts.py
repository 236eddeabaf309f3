"""What the engine knows about one article, computed once per article.

Every rule of the engine asks the same questions of an article: what is each entity
called, which entities overlap (``part_of``), which places contain which, who holds
which position, which sentences the text has. :class:`Facts` answers them from
tables built once, so no question re-walks the annotations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from readquiz.engine.views import ArticleView, EntityView, GroupView, build_views
from readquiz.textmatch import drop_article, in_capitals, normalize_text

if TYPE_CHECKING:
    from readquiz.article.model import Article

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Prof|Sen|Rep|Gov|Jr|Sr|No|vs|etc)\.)$"
)


@lru_cache(maxsize=16384)
def norm(text: str) -> str:
    """Text as answers are compared (grading's normalisation)."""
    return str(normalize_text(text))


@lru_cache(maxsize=16384)
def _word_pattern(needle: str) -> re.Pattern[str] | None:
    n = norm(needle)
    if not n:
        return None
    # normalize_text drops apostrophes, so "Pakistan's" reads "pakistans": allow the "s".
    return re.compile(r"(?<!\w)" + re.escape(n) + r"s?(?!\w)")


def mentions(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs in ``haystack`` as whole words, after normalisation.

    An acronym ("WHO", "US") counts only where ``haystack`` writes it in capitals.
    """
    pattern = _word_pattern(needle)
    return (
        pattern is not None
        and pattern.search(norm(haystack)) is not None
        and in_capitals(haystack, needle)
    )


def names_of(entity: EntityView | GroupView) -> list[str]:
    """Every way an entity is named: name, aliases and the name without "the"."""
    names = [entity.name, *entity.aliases]
    bare = drop_article(entity.name)
    if bare != entity.name:
        names.append(bare)
    return names


def split_sentences(text: str) -> list[str]:
    """The sentences of a paragraph, abbreviations ("Gen.", "U.S.") not ending one."""
    out: list[str] = []
    begin = 0
    for m in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text, 0, m.start()):
            continue
        out.append(text[begin : m.start() + len(m.group(0).rstrip())].strip())
        begin = m.end()
    tail = text[begin:].strip()
    if tail:
        out.append(tail)
    return out


@dataclass(frozen=True)
class Sentence:
    """One sentence of a numbered paragraph."""

    paragraph: int
    index: int
    """Position in the paragraph, from 0."""
    text: str


@dataclass
class Facts:
    """One article's views and the relations every rule consults."""

    article: Article
    views: ArticleView
    sentences: list[Sentence]
    paragraphs: dict[int, str]
    names: dict[str, list[str]] = field(default_factory=dict)
    """Entity id -> its names (name, aliases, the name without "the")."""
    overlaps: dict[str, set[str]] = field(default_factory=dict)
    """Entity id -> entities it is part of or that are part of it (transitively)."""
    places_related: dict[str, set[str]] = field(default_factory=dict)
    """Place id -> places containing it or inside it (``within`` both ways)."""

    def sentences_of(self, paragraph: int) -> list[Sentence]:
        """The sentences of paragraph ``paragraph``, in order."""
        return [s for s in self.sentences if s.paragraph == paragraph]

    def entity(self, eid: str) -> EntityView:
        """The view of entity ``eid``."""
        return self.views.entities[eid]


def _ancestors(entity: EntityView) -> list[str]:
    out: list[str] = []
    node = entity.within
    while node is not None and node.id not in out:
        out.append(node.id)
        node = node.within
    return out


def _wholes(entity: EntityView) -> set[str]:
    out: set[str] = set()
    todo = list(entity.part_of)
    while todo:
        node = todo.pop()
        if node.id not in out:
            out.add(node.id)
            todo.extend(node.part_of)
    return out


def build_facts(article: Article) -> Facts:
    """Views and relation tables of ``article``, built in one pass over it."""
    views = build_views(article)
    sentences = [
        Sentence(p.number, i, s)
        for p in article.paragraphs
        for i, s in enumerate(split_sentences(p.text))
    ]
    facts = Facts(
        article=article,
        views=views,
        sentences=sentences,
        paragraphs={p.number: p.text for p in article.paragraphs},
    )
    entities = list(views.entities.values())
    wholes = {e.id: _wholes(e) for e in entities}
    ancestors = {e.id: _ancestors(e) for e in entities}
    for e in entities:
        facts.names[e.id] = names_of(e)
        facts.overlaps[e.id] = set(wholes[e.id])
        facts.places_related[e.id] = set(ancestors[e.id])
    for e in entities:
        for whole in wholes[e.id]:
            facts.overlaps[whole].add(e.id)
        for outer in ancestors[e.id]:
            facts.places_related[outer].add(e.id)
    return facts
