"""The question word an answer's kind takes: who, what, which country, where, when.

Raters reject "Who ...?" asked of a place or a thing. The rules:

- persons and groups: "who";
- organizations: "who" (a council, a jury, a company acts through people), except one
  whose head noun names a thing (the head of its name or of its role: "the wildfire",
  "the Perseverance rover", "the report"): "what";
- places as the subject of a deed: "which" + the place's ``type`` ("Which country
  declared ...?"), or "what place" without a type; co-agent places of one type take
  its plural ("Which countries developed ...?"), of several types "which places";
- co-agents ("A and B"): "who" when any of them is a person, group or organization.

"Where" and "when" are fixed by the template (the answer is a place, a time).
"""

from __future__ import annotations

import re
from typing import Any

THING_NOUNS = frozenset(
    """
fire wildfire blaze bushfire storm hurricane typhoon cyclone tornado flood drought
earthquake quake tsunami eruption volcano heatwave wave virus disease outbreak pandemic
epidemic report study survey law bill act plan policy rule ruling decision program
programme project scheme system app software satellite telescope rover
probe spacecraft spaceship rocket capsule lander orbiter mission shuttle station ship
boat ferry vessel tanker submarine plane aircraft jet airliner helicopter drone train
car truck bus vehicle engine machine robot device camera instrument sensor computer
model vaccine drug medicine treatment test experiment trial contract deal agreement
treaty measure budget strike attack explosion blast crash accident collision
""".split()
)
"""Head nouns of names that are things, not agents ("the storm", "NASA's rover").

A website, a newspaper or a network reports and holds views through its people, as a
company does: "Who noted ...?" of "Android Authority, an online technology website"."""


def head_noun(phrase: str) -> str:
    """The head noun of a noun phrase, lowercased: "the rally leaders" -> "leaders".

    The last word of its head phrase (:func:`readquiz.english.agreement.head_phrase`):
    "the chief of the fire service" -> "chief", "a rover that landed on Mars" ->
    "rover", "a company developing the rocket" -> "company".
    """
    from readquiz.english.agreement import head_phrase

    words = re.findall(r"[\w'’-]+", head_phrase(phrase)[0])
    return words[-1].lower().strip("'’") if words else ""


def is_thing(entity: Any) -> bool:
    """Whether an organization or group is a thing rather than an agent (see the rules)."""
    heads = [head_noun(str(getattr(entity, "name", entity)))]
    role = getattr(entity, "role", None)
    if role:
        heads.append(head_noun(str(role)))
    return any(h in THING_NOUNS or h.rstrip("s") in THING_NOUNS for h in heads if h)


def wh(entity: Any) -> str:
    """The question word for ``entity`` as the subject of a question (see the rules).

    ``{{ item.who | wh | cap }} {{ item.did | who_form }}?`` -> "Who rallied ...?",
    "Which country declared ...?", "What destroyed the homes?".
    """
    members = list(getattr(entity, "members", None) or [entity])
    kinds = [str(getattr(m, "kind", "person")) for m in members]
    if any(k in ("person", "group") for k in kinds):
        return "who"
    if any(k == "organization" for k in kinds):
        return "what" if all(is_thing(m) for m in members) else "who"
    if len(members) == 1:
        place_type = getattr(members[0], "type", None)
        return f"which {place_type}" if place_type else "what place"
    types = {str(getattr(m, "type", None) or "") for m in members}
    if len(types) == 1 and "" not in types:
        # "Which countries developed their own vaccines?", not "Which places ...?" of
        # China and Russia (blind raters: "'places' for countries is loose")
        return f"which {_plural(types.pop())}"
    return "which places"


def _plural(noun: str) -> str:
    """A place type's plural: "country" -> "countries", "state" -> "states"."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    return noun + "s"
