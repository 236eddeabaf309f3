"""Subject-verb agreement and place prepositions, for statements templates build.

Two mistakes a teacher notices at once: "The protesters is against the strike" (the
verb of a statement written for one subject, used with a plural group) and "rode the
length of the street in Harbor Street" (one preposition for every kind of place).
Templates fix them with the ``plural`` and ``preposition`` attributes of an entity
view, or with the filters ``agree`` and ``at_place`` registered next to the grammar
filters (:data:`readquiz.english.phrases.FILTERS`).

Decisions (no lexicon, so they are rules about how annotations are written):

- A name is plural when it is the name of a group or organization whose head noun
  (the last word before any " of ..." or relative clause, with or without "who":
  "the residents VOA spoke with", or participle phrase: "the scientists involved in
  the new research", "the people living near the plant") is a lowercase plural ("the rally leaders",
  "the local authorities", "the supporters of the lane") or one of a few irregular
  plurals ("the police", "the people"). A group's head noun may be capitalised ("the
  Sunni Muslims"); an organization's may not, since a capitalised one is a proper
  name that takes a singular verb ("the United Nations"). Persons and places are
  singular; co-agents ("A and B") are plural.
- A place takes "on" when its ``type`` is a way or a surface (street, road, avenue,
  bridge, island, ...), "at" when it is one building or venue (building, stadium,
  velodrome, school, ...), and "in" otherwise (cities, countries, regions, parks).
"""

from __future__ import annotations

import re
from typing import Any

from readquiz.english.verbs import is_adverb

_IRREGULAR_PLURALS = frozenset({"police", "people", "children", "men", "women", "cattle"})
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ics")
"""Nouns in -s that are not plurals of one ("the press", "the census", "politics")."""

ON_TYPES = frozenset(
    {
        "street",
        "road",
        "avenue",
        "boulevard",
        "lane",
        "highway",
        "motorway",
        "freeway",
        "way",
        "drive",
        "bridge",
        "island",
        "square",
        "track",
        "route",
        "trail",
        "pier",
    }
)
"""Place types that take "on": ways and surfaces ("on Harbor Street")."""
AT_TYPES = frozenset(
    {
        "building",
        "stadium",
        "velodrome",
        "venue",
        "arena",
        "hall",
        "school",
        "library",
        "station",
        "terminal",
        "airport",
        "hospital",
        "consulate",
        "embassy",
        "pavilion",
        "mall",
        "church",
        "mosque",
        "temple",
        "museum",
        "theater",
        "theatre",
        "hotel",
        "office",
        "factory",
        "port",
        "harbor",
        "harbour",
        "university",
        "campus",
        "court",
        "prison",
        "base",
        "camp",
        "market",
        "shop",
        "store",
        "restaurant",
        "farm",
        # research and training sites: "at Johnson Space Center", "at the laboratory"
        "center",
        "centre",
        "laboratory",
        "lab",
        "facility",
        "plant",
        "institute",
        "college",
        "academy",
        "observatory",
    }
)
"""Place types that take "at": one building or venue ("at the public library")."""

# be/have/do and the present of regular verbs, for a plural subject.
_PLURAL_VERBS = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}
_S_ENDING_WORDS = frozenset(
    {
        "always",
        "sometimes",
        "perhaps",
        "thus",
        "nevertheless",
        "afterwards",
        "towards",
        "besides",
        "nonetheless",
        "unless",
    }
)
"""Words in -s that may open a verb phrase and are not verbs in the third person."""


_POSTMODIFIER = re.compile(
    r"\s+(?:of|in|at|from|for|with|on|near|to|by|under|over|who|that|which|whose|"
    r"called|named|known)\s+",
    re.IGNORECASE,
)
"""Where the head phrase of a name ends: "the musicians | in the orchestra"."""


_CLAUSE_SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she", "it"})
"""Pronouns that open a relative clause with no "who" or "that" ("the families we met")."""
_DETERMINERS = frozenset(
    "the a an some all many these those its their his her our this that".split()
)
_OPENS_OBJECT = frozenset("a an the its their his her in on at by for with to from".split())
_IRREGULAR_PARTICIPLES = frozenset(
    """
built made led held known owned run sent shown given taken grown found bought brought
kept left lost paid sold told won written chosen seen hit set put begun drawn driven
""".split()
)


def _contact_clause(words: list[str]) -> int | None:
    """Where a relative clause with no "who"/"that" begins, if one does.

    "the residents VOA spoke with" -> 2 ("VOA spoke with" qualifies "the residents");
    "the families we met" -> 2. It begins at a name or a subject pronoun that follows
    a lowercase plural noun and is itself followed by more words (its verb), so "the
    Sunni Muslims" and "the U.S. war veterans" have none.
    """
    for i in range(1, len(words) - 1):
        before, word = words[i - 1], words[i]
        low = before.lower()
        if not before.islower() or low in _DETERMINERS or not _plural_word(before):
            continue
        if word.lower() in _CLAUSE_SUBJECTS or word[:1].isupper():
            rest = words[i + 1 :]
            # the clause needs its own verb: a lowercase word after the name
            if any(w.islower() for w in rest):
                return i
    return None


def _past_participle(word: str) -> bool:
    if word in _IRREGULAR_PARTICIPLES:
        return True
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def _participle_opens(word: str, before: str, after: str) -> bool:
    """Whether ``word`` starts a participle phrase after the head noun.

    "an Arizona-based company developing the Pulsed Plasma Rocket", "a firm founded in
    1990", "the scientists involved in the research", "the people living near the
    plant", "the officials quoted by the paper", "the workers affected" (``after`` is
    the next word, the word that ends the head phrase, or "" at the end of the name):
    the participle takes an object or a preposition, or ends the name. "the newly
    elected mayor" (followed by its noun), "the building in Rome" (after a determiner)
    and "the office building in Rome" (an -ing noun before "in", after a singular
    noun) are no such.
    """
    low = after.lower()
    if not word.islower() or "-" in word or before.lower() in _DETERMINERS:
        return False
    if word.endswith("ing") and len(word) > 4:
        return (low != "in" or _plural_word(before)) and (
            low in _OPENS_OBJECT or low == "near" or after[:1].isupper()
        )
    return _past_participle(word) and (
        low in _OPENS_OBJECT or low == "near" or after[:1].isupper() or not after
    )


def head_phrase(name: str) -> tuple[str, str]:
    """A name's head phrase and what follows it.

    "the musicians in the orchestra" -> ("the musicians", " in the orchestra");
    "the residents VOA spoke with" -> ("the residents", " VOA spoke with");
    "the scientists involved in the research" -> ("the scientists", " involved in
    the research"); "a company developing the rocket" -> ("a company", " developing
    the rocket"); "the staff" -> ("the staff", "").
    """
    name = name.strip()
    found = _POSTMODIFIER.search(name)
    head = name if found is None else name[: found.start()]
    stop = "" if found is None else found.group(0).split()[0]
    words = head.split(" ")
    clause = _contact_clause(words)
    if clause is not None:
        words = words[:clause]
    else:
        for i in range(1, len(words)):
            after = words[i + 1] if i + 1 < len(words) else stop
            if _participle_opens(words[i].strip(",;:"), words[i - 1], after):
                words = words[:i]
                break
    head = " ".join(words)
    return head, name[len(head) :]


def _plural_word(word: str) -> bool:
    """A lowercase word that reads as a regular or irregular plural noun."""
    low = word.strip(".,;:'’\"").lower()
    if low in _IRREGULAR_PLURALS:
        return True
    return low.endswith("s") and not low.endswith(_NOT_PLURAL_ENDINGS) and len(low) > 2


def plural_name(name: str, kind: str) -> bool:
    """Whether an entity called ``name`` of ``kind`` takes a plural verb (see above)."""
    if kind not in ("group", "organization"):
        return False
    words = head_phrase(name)[0].split()
    if not words:
        return False
    head = words[-1].strip(".,;:'’\"")
    if head.lower() in _IRREGULAR_PLURALS:
        return True
    if kind == "organization" and head[:1].isupper():
        return False
    return _plural_word(head)


def _is_plural(subject: Any) -> bool:
    if isinstance(subject, bool):
        return subject
    return bool(getattr(subject, "plural", False))


_ES_O = frozenset("goes does echoes vetoes heroes potatoes tomatoes torpedoes".split())
"""Words in -oes that drop "es" ("goes" -> "go"); any other drops "s" ("shoes")."""


def drop_s(word: str) -> str:
    """``word`` without its regular -s ending: the one rule for verbs and nouns alike.

    "carries" -> "carry", "countries" -> "country", "pushes" -> "push", "inches" ->
    "inch", "goes" -> "go", "takes" -> "take", "days" -> "day", "sizes" -> "size",
    "shoes" -> "shoe". A word with no such ending ("press", "status", "basis", "is")
    comes back unchanged; case is kept. Units (:func:`readquiz.english.quantities.singular`)
    and verbs (:func:`readquiz.english.inversion.invert`) both use it.
    """
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + ("Y" if word[-3:].isupper() else "y")
    if low.endswith(("ches", "shes", "sses", "xes", "zzes")) or low in _ES_O:
        return word[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _plural_verb(word: str) -> str:
    low = word.lower()
    out = _PLURAL_VERBS.get(low) or drop_s(low)
    if out == low and low not in _PLURAL_VERBS:
        return word
    return out.capitalize() if word[:1].isupper() else out


def agree(phrase: str | int | float, subject: Any = False) -> str:
    """A verb phrase written for one subject, made to agree with ``subject``.

    ``{{ answer.phrase | agree(item.holder) }}`` turns "is against" into "are
    against" and "takes no side on" into "take no side on" when the holder is plural
    ("the protesters"); "has left" becomes "have left", "was" "were". A phrase written
    for a plural subject ("were due to arrive") put after a singular one (a wrong
    choice in a true/false statement) takes the singular of be/have/do: "was due to
    arrive". Leading adverbs are kept ("also takes" -> "also take"); a past-tense
    phrase ("rallied") comes back unchanged.

    Args:
        phrase: the verb phrase (for a singular subject, or a be/have/do form of any).
        subject: an entity view (its ``plural`` decides) or a bool.
    """
    text = str(phrase)
    if not _is_plural(subject):
        from readquiz.english.inversion import who_form

        return who_form(text)
    tokens = text.split(" ")
    for i, token in enumerate(tokens):
        if not token:
            continue
        if is_adverb(token) or token.lower() in _S_ENDING_WORDS:
            continue
        if token.lower() in _PLURAL_VERBS or (token.endswith("s") and token.isalpha()):
            tokens[i] = _plural_verb(token)
        break
    return " ".join(tokens)


def preposition(place_type: str | None) -> str:
    """Return "on", "at" or "in" for a place of this ``type`` (see the module's rules)."""
    word = (place_type or "").strip().lower()
    last = word.split()[-1] if word else ""
    if last in ON_TYPES:
        return "on"
    if last in AT_TYPES:
        return "at"
    return "in"


def at_place(place: Any) -> str:
    """The place with its preposition: "on Harbor Street", "at the town hall", "in Karachi".

    ``{{ answer | at_place }}`` in a ``say`` of a where-question; an entity view's
    ``preposition`` decides, and plain text takes "in".
    """
    name = getattr(place, "name", None)
    if name is None:
        return f"in {place}"
    return f"{getattr(place, 'preposition', 'in')} {name}"
