"""Whether a question stem that question formation made is English at all.

Inversion, "How many ...?" and the templates build stems from annotated phrases, and a
phrase of an unforeseen shape comes out garbled. Blind raters rejected, among others:

- "How many male snakes among did those release?": a preposition left dangling before
  the auxiliary, and a subject that is a bare determiner ("those" of "those released");
- "When did the Service set up a team and decided to send ...?": a second finite verb
  after "did" (the first is in its base form, the second is not).

:func:`garbled` names what is wrong, or returns None; a garbled stem is not asked (the
engine moves on to another candidate or template). It checks the shape only, so a
stem it passes may still be poor English; one it refuses never is good English.
"""

from __future__ import annotations

import re

from readquiz.english.verbs import base_verb

PREPOSITIONS = frozenset(
    """
of in on at for by from with among amongst between about into onto upon across through
during against without within toward towards under over after before since beside
besides near throughout per via
""".split()
)
"""Prepositions that need an object after them ("to", "as" and "than" are not here:
"to do", "as did his father", "than did the rest" are English)."""

_AUXILIARIES = "did|does|do|was|were|is|are|has|have|had|will|would|can|could|should|must"
_DANGLING = re.compile(rf"\b(?:{'|'.join(sorted(PREPOSITIONS))})\s+(?:{_AUXILIARIES})\b", re.I)
_BARE_DEMONSTRATIVE = re.compile(rf"\b(?:{_AUXILIARIES})\s+(?:those|these)\s+([a-z]+)\b")
_DO_SUPPORT = re.compile(r"\b(?:did|does|do)\b", re.I)
_CLAUSE_END = frozenset(
    """
that which who whom whose where when while because although though if unless whether
is are was were be been being has have had will would can could may might shall should
must
""".split()
)
"""After one of these the verbs belong to another clause or verb group: "did the council
agree on rules that were written and approved" is English."""


def _second_finite_verb(stem: str) -> str | None:
    """The past-tense verb after "and" in a "did ..." clause, or None.

    "did the Service set up a team and decided" -> "decided"; "did the Fish and Wildlife
    Service ..." has no verb after "and" (a name goes on), and "did the council approve
    rules that were drafted and revised" stops at "that".
    """
    found = _DO_SUPPORT.search(stem)
    if found is None:
        return None
    words: list[str] = re.findall(r"[\w'’-]+|[,;:]", stem[found.end() :])
    for i, word in enumerate(words[:-1]):
        low = word.lower()
        if low in _CLAUSE_END or low in (",", ";", ":"):
            return None
        if low != "and":
            continue
        following = words[i + 1]
        verb = base_verb(following.lower())
        if following.islower() and verb is not None and verb != following.lower():
            return following
    return None


def garbled(stem: str) -> str | None:
    """What makes a generated question stem no English, or None when nothing does.

    Examples:
        "How many male snakes among did those release?" -> "a preposition dangles
        before the auxiliary ('among did')"; "When did the team set up camp and
        decided to stay?" -> "two finite verbs after 'did' ('decided')"; "How many
        snakes did the Service release?" -> None.
    """
    dangling = _DANGLING.search(stem)
    if dangling:
        return f"a preposition dangles before the auxiliary ('{dangling.group(0)}')"
    bare = _BARE_DEMONSTRATIVE.search(stem)
    if bare and not (bare.group(1).endswith("s") and not bare.group(1).endswith("ss")):
        # "did those release": the determiner of "those released" made a subject;
        # "did these snakes eat" has its noun.
        return f"a bare determiner is the subject ('{bare.group(0)}')"
    second = _second_finite_verb(stem)
    if second:
        return f"two finite verbs after 'did' ('{second}' is not in its base form)"
    return None
