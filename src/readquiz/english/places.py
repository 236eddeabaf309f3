"""Prepositions before places, taken from the article's own words.

"sailed from Lisbon" is not "sailed in Lisbon": a template that pastes "in" before
every place says something the article does not. The rules:

- The event's text decides when it can: the preposition just before the place's name
  (or an alias) in the event's ``did`` or quote. A direction or relation ("from",
  "to", "into", "toward", "near", "through", "across", ...) is kept for any place put
  in that slot, so a false statement reads "sailed from Porto".
- A plain location ("in", "on", "at", or none found) follows the type of the place
  named: "on Harbor Street", "at the town hall", "in Karachi"
  (:func:`readquiz.english.agreement.preposition`). The real place keeps the text's word.
- A ``did`` that already ends in a preposition ("sailed from") takes none.

Questions follow the same words: "Where did the ship sail from?", "Near which town did
the bus crash?", "Through which country did the race pass?".
"""

from __future__ import annotations

import re
from typing import Any

from readquiz.english.verbs import as_text
from readquiz.textmatch import drop_article

LOCATIVE = frozenset({"in", "on", "at"})
DIRECTIONAL = (
    "out of",
    "away from",
    "from",
    "to",
    "into",
    "onto",
    "toward",
    "towards",
    "near",
    "across",
    "through",
    "past",
    "via",
    "outside",
    "off",
    "around",
    "along",
    "beyond",
    "behind",
    "over",
    "under",
    "above",
    "below",
)
"""Prepositions the text's own wording keeps, longest first."""
_ANY = (*DIRECTIONAL, "inside", "within", "in", "on", "at")
_LOCATIVE_OF = {"inside": "in", "within": "in"}
_TOWARD = frozenset({"to", "into", "onto", "toward", "towards"})
_FRONTED = frozenset(
    {"near", "across", "through", "past", "outside", "inside", "off", "around", "along"}
)
"""Relations asked as "Near which town ...?" rather than "Where ...?"."""
_STRANDED = frozenset({"from", "out of", "away from"})
"""Relations asked as "Where did the ship sail from?"."""


def _names(place: Any) -> list[str]:
    name = str(getattr(place, "name", place))
    names = [name, *[str(a) for a in getattr(place, "aliases", None) or []]]
    bare = drop_article(name)
    return sorted({n for n in (*names, bare) if n}, key=len, reverse=True)


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


def _ends_with_preposition(did: str) -> str | None:
    low = _fold(did)
    for prep in _ANY:
        if low == prep or low.endswith(" " + prep):
            return prep
    return None


def text_preposition(event: Any) -> str | None:
    """The preposition before the event's place in its ``did`` or quote, or None."""
    place = getattr(event, "where", None)
    if place is None:
        return None
    did = as_text(getattr(event, "did", ""))
    ending = _ends_with_preposition(did)
    if ending:
        return ending
    for text in (did, as_text(getattr(event, "quote", ""))):
        folded = _fold(text)
        for name in _names(place):
            found = re.search(r"(?<![\w])" + re.escape(_fold(name)) + r"(?![\w])", folded)
            if found is None:
                continue
            if re.match(r"'s?\b|s'", folded[found.end() :]):
                return None  # "inside Budapest's velodrome": the relation is the velodrome's
            before = folded[: found.start()].rstrip()
            for prep in _ANY:
                if before == prep or before.endswith(" " + prep):
                    return _LOCATIVE_OF.get(prep, prep)
            # "the Pakistani city of Karachi": the preposition is before the description.
            described = re.search(
                r"(?:^|\s)(" + "|".join(re.escape(p) for p in _ANY) + r")\s+(?:the\s+)?"
                r"[\w'-]+(?:\s+[\w'-]+){0,3}\s+(?:of|called)\s*$",
                before,
            )
            if described:
                return _LOCATIVE_OF.get(described.group(1), described.group(1))
            return None
    return None


def _type_preposition(place: Any) -> str:
    from readquiz.english.agreement import preposition

    if getattr(place, "kind", "place") != "place":
        return "in"
    return preposition(getattr(place, "type", None))


def place_preposition(place: Any, event: Any = None) -> str:
    """The preposition before ``place`` in a statement about ``event`` ("" for none).

    See the module's rules.
    """
    if event is None:
        return _type_preposition(place)
    did = as_text(getattr(event, "did", ""))
    if _ends_with_preposition(did):
        return ""
    found = text_preposition(event)
    if found and found not in LOCATIVE:
        return found
    real = getattr(event, "where", None)
    if found and real is not None and getattr(real, "id", None) == getattr(place, "id", object()):
        return found
    return _type_preposition(place)


def at_place(place: Any, event: Any = None) -> str:
    """The place with its preposition: "from Lisbon", "on Harbor Street", "in Karachi".

    ``{{ answer | at_place(item) }}`` in the ``say`` of a where-question takes the
    preposition from the event's own words; ``{{ answer | at_place }}`` from the
    place's ``type`` alone. Plain text takes "in".
    """
    name = getattr(place, "name", None)
    if name is None:
        return f"in {as_text(place)}"
    prep = place_preposition(place, event)
    return f"{prep} {name}" if prep else str(name)


def where_question(event: Any) -> str:
    """A where-question about ``event``, with the relation the text gives.

    ``{{ item | where_question }}`` -> "Where did the protesters rally?", "Where did
    the ship sail from?", "Near which town did the bus crash?".
    """
    from readquiz.english.inversion import invert

    did = as_text(getattr(event, "did", "")).strip()
    ending = _ends_with_preposition(did)
    if ending and ending not in _STRANDED:
        # "arrived in" asks "Where did they arrive?", not "... arrive in?".
        did = did[: len(did) - len(ending)].rstrip()
    clause = invert(did, getattr(event, "who", ""))
    if ending:
        return f"Where {clause}{' ' + ending if ending in _STRANDED else ''}?"
    prep = text_preposition(event)
    if prep in _STRANDED:
        return f"Where {clause} {prep}?"
    if prep in _FRONTED:
        place_type = getattr(getattr(event, "where", None), "type", None) or "place"
        return f"{prep.capitalize()} which {place_type} {clause}?"
    return f"Where {clause}?"


_INFINITIVE = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that)\b)[a-z]")


_REPORTED = re.compile(r",?\s+that\s+")


def did_at(event: Any, place: Any = None) -> str:
    """The event's ``did`` with ``place`` and its preposition where English puts them.

    ``{{ item | did_at(answer) }}``: at the end ("rallied to denounce the killing in
    Karachi"), except that a destination goes before a purpose clause: "drove south to
    Ridgefield to find shelter", not "drove south to find shelter to Ridgefield"; and
    before a reported clause: "told reporters in Phnom Penh that the dam ...".
    """
    did = " ".join(as_text(getattr(event, "did", event)).split())
    if place is None:
        place = getattr(event, "where", None)
    if place is None:
        return did or as_text(event)
    phrase = at_place(place, event)
    prep = phrase.split(" ", 1)[0].lower() if " " in phrase else ""
    reported = _REPORTED.search(did)
    if reported:
        # "told reporters in Phnom Penh that he is worried ...": at the end the place
        # would be the reported clause's ("... will ruin tourism in Sihanoukville").
        return f"{did[: reported.start()]} {phrase}{did[reported.start() :]}"
    if prep in _TOWARD:
        purpose = _INFINITIVE.search(did)
        if purpose and purpose.start() > 0:
            return f"{did[: purpose.start()]} {phrase}{did[purpose.start() :]}"
    return f"{did} {phrase}"


def _named_in(place: Any, text: str) -> bool:
    folded = _fold(text)
    return any(re.search(rf"(?<!\w){re.escape(_fold(n))}(?!\w)", folded) for n in _names(place))


def name_the_place(phrase: str, places: list[Any], *texts: str) -> str:
    """``phrase`` with "the state's" (any place type's) naming the place it means.

    An annotation may say "reported that 20th century fashion is the most popular in
    the state's used-clothing market" where the text says "Utah's": the stem "Who
    reported that ... in the state's used-clothing market?" then points at a state it
    never names (blind raters: vague). "the <type>'s" becomes "<Name>'s" when one
    place of that ``type`` is meant: the only one of its type named in the first of
    ``texts`` that names any (the item's quote, then its paragraph), else the only one
    of its type in the article. The phrase is kept as written when it names such a
    place itself ("Montana ... the state's gun laws"), when the text uses the same
    words ("the country's main language"), or when no one place is meant.

    Args:
        phrase: a ``did``, ``what`` or ``claim`` as the annotation writes it.
        places: every place of the article (views with ``name``, ``aliases``, ``type``).
        texts: where the item is evidenced, nearest first.
    """

    def replace(match: re.Match[str]) -> str:
        kind = match.group(2).lower()
        same = [p for p in places if (getattr(p, "type", None) or "").lower() == kind]
        if not same or any(_named_in(p, phrase) for p in same):
            return match.group(0)
        if any(f"the {kind}'s" in _fold(t) for t in texts):
            return match.group(0)
        meant = None
        for text in texts:
            named = [p for p in same if _named_in(p, text)]
            if named:
                meant = named[0] if len(named) == 1 else None
                break
        else:
            meant = same[0] if len(same) == 1 else None
        if meant is None:
            return match.group(0)
        name = str(meant.name)
        if match.group(1) == "The" and name[:4] == "the ":
            name = "The " + name[4:]
        # "the United States' economy", "Texas' coast": a name ending in s takes the
        # apostrophe alone
        return name + (match.group(3)[0] if name.endswith("s") else match.group(3))

    return re.sub(r"\b([Tt]he) ([a-z]+)(['’]s)(?!\w)", replace, phrase)


_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][\w.'’]*(?:,?\s+[A-Z][\w.'’]*){0,5})\s*(?:\([^)]{1,20}\)\s*)?"
    r"(?:--|[-–—])\s+\S"
)


def dateline(paragraph: str) -> str:
    """The place a news story's first paragraph opens with, or "" when it has none.

    "Tallahassee, Florida – The federally threatened ..." -> "Tallahassee, Florida";
    "MOFFET FIELD, Calif. -- NASA's Kepler ..." -> "MOFFET FIELD, Calif."; capitalised
    words only, at most six, before a dash. "Sea ice at both the top ..." has none.
    """
    match = _DATELINE.match(paragraph)
    return match.group("place") if match else ""
