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
from readquiz.english.names import is_proper_name
from readquiz.textmatch import drop_article, in_capitals, normalize_text, sentence_breaks

if TYPE_CHECKING:
    from readquiz.article.model import Article


@lru_cache(maxsize=16384)
def norm(text: str) -> str:
    """Text as answers are compared (grading's normalisation)."""
    return str(normalize_text(text))


def _word_char(c: str) -> bool:
    r"""Whether ``c`` is a word character (what ``\w`` matches in a ``str`` pattern)."""
    return c.isalnum() or c == "_"


def _whole_words_in(text: str, n: str) -> bool:
    r"""Whether ``n`` occurs in ``text`` with no word character either side.

    One "s" may follow: normalize_text drops apostrophes, so "Pakistan's" reads
    "pakistans". (The search ``(?<!\w)n s?(?!\w)``, without compiling a pattern for
    each of the hundreds of names and phrases an article asks about.)
    """
    size = len(text)
    at = text.find(n)
    while at >= 0:
        end = at + len(n)
        if (at == 0 or not _word_char(text[at - 1])) and (
            end == size
            or not _word_char(text[end])
            or (text[end] == "s" and (end + 1 == size or not _word_char(text[end + 1])))
        ):
            return True
        at = text.find(n, at + 1)
    return False


def mentions(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs in ``haystack`` as whole words, after normalisation.

    An acronym ("WHO", "US") counts only where ``haystack`` writes it in capitals.
    """
    n = norm(needle)
    return bool(n) and _whole_words_in(norm(haystack), n) and in_capitals(haystack, needle)


def names_of(entity: EntityView | GroupView) -> list[str]:
    """Every way an entity is named: name, aliases and the name without "the"."""
    names = [entity.name, *entity.aliases]
    bare = drop_article(entity.name)
    if bare != entity.name:
        names.append(bare)
    return names


def split_sentences(text: str) -> list[str]:
    """The sentences of a paragraph, abbreviations ("Gen.", "U.S.") not ending one.

    Nor an initial: "Dr. W. Kimryn Rathmell" is one name in one sentence.
    """
    out: list[str] = []
    begin = 0
    for m in sentence_breaks(text):
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
    wholes: dict[str, set[str]] = field(default_factory=dict)
    """Entity id -> the entities it is part of (transitively; ``part_of`` and
    :func:`named_wholes`)."""
    named_wholes: dict[str, set[str]] = field(default_factory=dict)
    """Entity id -> the bodies and groups its own name says it is part of."""
    voices: set[str] = field(default_factory=set)
    """Ids of the article's voices (:func:`voices_of`): who may be a wrong choice for
    "Who holds this view?"."""

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


_ACRONYM = re.compile(r"^[A-Z][A-Z.&]+$")


def _whole_names(entity: EntityView) -> list[str]:
    """The names by which another name can say it is part of ``entity``.

    Its name (with and without "the") and acronyms ("NOAA"); never a short alias that
    is a common word ("the Service" is not inside "the National Park Service").
    """
    bare = drop_article(entity.name)
    return [entity.name, bare] + [a for a in entity.aliases if _ACRONYM.match(drop_article(a))]


def named_wholes(entities: list[EntityView]) -> dict[str, set[str]]:
    """Entity id -> the bodies and groups its own name says it is part of.

    "NASA’s Goddard Space Flight Center" is part of NASA, "the scientists at NASA and
    the National Snow and Ice Data Center" part of both, even when the annotator wrote
    no ``part_of``: the name itself says so. Places and persons contain nothing here.
    """
    out: dict[str, set[str]] = {e.id: set() for e in entities}
    wholes = [e for e in entities if e.kind in ("organization", "group") and is_proper_name(e.name)]
    for e in entities:
        if e.kind == "place":
            continue
        for whole in wholes:
            if whole is e or any(mentions(whole.name, n) for n in names_of(e)):
                continue  # itself, or a whole named after its part
            if any(_names_as_whole(e.name, n) for n in _whole_names(whole)):
                out[e.id].add(whole.id)
    return out


def _names_as_whole(name: str, whole: str) -> bool:
    """Whether ``name`` places itself in ``whole``.

    "NASA’s Goddard ...", "scientists at NASA", "members of the union"; not "the
    residents VOA spoke with".
    """
    if not mentions(name, whole):
        return False
    bare = re.escape(drop_article(whole))
    possessive = rf"\b(?:the\s+)?{bare}['’]s?\s"
    # "at NASA", "at NASA and the National Snow and Ice Data Center"
    placed = rf"\b(?:at|of|from|in)\s+(?:\S+\s+){{0,6}}?(?:(?:and|or)\s+)?(?:the\s+)?{bare}\b"
    return any(re.search(p, name, re.I) is not None for p in (possessive, placed))


def _wholes(entity: EntityView, named: dict[str, set[str]], views: ArticleView) -> set[str]:
    out: set[str] = set()
    todo = [node.id for node in entity.part_of] + sorted(named.get(entity.id, ()))
    while todo:
        node = todo.pop()
        if node not in out and node != entity.id:
            out.add(node)
            todo.extend(p.id for p in views.entities[node].part_of)
            todo.extend(sorted(named.get(node, ())))
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
    named = named_wholes(entities)
    facts.named_wholes = named
    wholes = {e.id: _wholes(e, named, views) for e in entities}
    ancestors = {e.id: _ancestors(e) for e in entities}
    for e in entities:
        facts.names[e.id] = names_of(e)
        facts.overlaps[e.id] = set(wholes[e.id])
        facts.wholes[e.id] = set(wholes[e.id])
        facts.places_related[e.id] = set(ancestors[e.id])
    for e in entities:
        for whole in wholes[e.id]:
            facts.overlaps[whole].add(e.id)
        for outer in ancestors[e.id]:
            facts.places_related[outer].add(e.id)
    facts.voices = voices_of(facts)
    return facts


def voices_of(facts: Facts) -> set[str]:
    """The people, groups and bodies the article lets hold or voice a view.

    A holder or voice of an annotated stance; the actor of an event that is an act of
    saying ("said that ..."); the speaker of a quotation or the subject of "said",
    "told" or "according to" in the text (:func:`readquiz.english.voices.speaks_in`);
    or, at least, an entity with an annotated role; and a body one of these is part of
    (it speaks through its people). A name the text only mentions
    ("One t-shirt features ... Michael Jordan and Scottie Pippen") is no voice, and
    neither is a document (:func:`readquiz.english.voices.names_a_document`): "Who is
    for buying used clothing?" with Michael Jordan, Eminem and Scottie Pippen among the
    choices has one possible answer (blind raters: implausible).
    """
    from readquiz.english.answers import surname
    from readquiz.english.verbs import is_speech_act
    from readquiz.english.voices import names_a_document, speaks_in

    views = facts.views
    out: set[str] = set()
    for stance in views.stances:
        out.add(stance.holder.id)
        if stance.voiced_by is not None:
            out.add(stance.voiced_by.id)
    for event in views.events:
        if is_speech_act(event.did):
            members = event.who.members if isinstance(event.who, GroupView) else [event.who]
            out |= {m.id for m in members if m.id}
    texts = [s.text for s in facts.sentences]
    for eid, entity in views.entities.items():
        if entity.kind == "place" or eid in out:
            continue
        if entity.role:
            out.add(eid)
            continue
        names = list(facts.names.get(eid, names_of(entity)))
        last = surname(entity.name) if entity.kind == "person" else None
        if last:
            names.append(last)
        if any(speaks_in(text, names) for text in texts):
            out.add(eid)
    # a body speaks through its people: the weather bureau of its quoted forecaster
    for eid in list(out):
        out |= {w for w in facts.wholes.get(eid, set()) if views.entities[w].kind != "place"}
    return {
        eid
        for eid in out
        if views.entities[eid].kind != "place" and not names_a_document(views.entities[eid].name)
    }
