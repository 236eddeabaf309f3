"""The part of speech of a vocabulary meaning, so wrong meanings match the right one.

"What does “denounce” mean?" with choices "to say publicly that something is wrong",
"barriers put up to stop people", "not clear or exact" gives the key away by its form
alone. A vocabulary item's ``pos`` (noun, verb, adjective, adverb, phrase) says which
form its meaning takes; when the article leaves it out it is inferred from the meaning
as a student sees it:

- "to ..." is a verb ("to make a conflict less intense");
- a determiner or a pronoun-like noun ("a ...", "the ...", "someone who ...",
  "people ...", "money ..."), a gerund ("moving people away ...", "guessing ...") or
  any other noun phrase is a noun;
- "not ...", "so ...", "very ...", a past participle ("stopped from spreading",
  "divided into groups") or a word in an adjective ending (-ous, -ful, -ive, -able,
  -al, -ic, -less, -ent, -ant) is an adjective;
- a word in -ly ("exactly, in every detail") or "in a ... way" is an adverb.

A verb's meaning starts "to ..." (the loader warns of a ``pos: verb`` whose meaning
does not).
"""

from __future__ import annotations

import re

PARTS_OF_SPEECH = ("noun", "verb", "adjective", "adverb", "phrase")
"""The values of a vocabulary item's ``pos``."""

_NOUN_STARTS = frozenset(
    """
a an the one some any someone somebody something anyone anything people person money
place places thing things time way group kind type part piece amount number
""".split()
)
_ADJECTIVE_STARTS = frozenset("not so very too quite less more fully rather".split())
_ADJECTIVE_ENDINGS = ("ous", "ful", "ive", "able", "ible", "al", "ic", "less", "ent", "ant", "ary")


def infer_pos(meaning: str) -> str:
    """The part of speech a meaning's wording shows (see the module's rules)."""
    from readquiz.english.verbs import base_verb

    words = re.findall(r"[\w'-]+", meaning.lower())
    if not words:
        return "noun"
    first = words[0]
    if first == "to" and len(words) > 1:
        return "verb"
    if first in _NOUN_STARTS:
        return "noun"
    if first in _ADJECTIVE_STARTS:
        return "adjective"
    if first in _ADJECTIVE_HEADS and (len(words) == 1 or words[1] in ("to", "or", "and", "enough")):
        return "adjective"  # "hard to find or achieve"
    if first.endswith("ly") and len(first) > 4:
        # "illegally putting extra votes ...": an adverb before a gerund is a noun's
        return "noun" if len(words) > 1 and words[1].endswith("ing") else "adverb"
    if first == "in" and re.match(r"in an? [\w-]+ (?:way|manner)\b", meaning.lower()):
        return "adverb"
    if first.endswith("ing"):
        return "noun"
    if first.endswith("ed") and base_verb(first) is not None:
        return "adjective"
    if first.endswith(_ADJECTIVE_ENDINGS) and (len(words) == 1 or words[1] in ("or", "and", ",")):
        return "adjective"
    return "noun"


_SAFE_ADJECTIVE_ENDINGS = ("ous", "ful", "ive", "able", "ible", "less", "ial")
_VERB_OBJECT_STARTS = frozenset(
    "higher lower more less the a an up down out over someone something".split()
)
_ADJECTIVE_HEADS = frozenset(
    """
hard easy difficult likely unlikely able unable full free clear strong weak ready open
close large small big great deep high low long short good bad important possible
impossible necessary available certain sure aware afraid dangerous safe rich poor
""".split()
)


def _from_term(term: str, meaning: str) -> str | None:
    """The part of speech the term's own form shows, or None.

    "devastated", "densely populated" (a participle: adjective), "exactly" (adverb),
    "elusive" (an adjective ending), "outranks" beside "ranks higher than" (a verb).
    """
    words = re.findall(r"[\w'-]+", term.lower())
    mean = re.findall(r"[\w'-]+", meaning.lower())
    if not words:
        return None
    last = words[-1]
    if mean and mean[0] in _NOUN_STARTS:
        return None  # "a ..." is a noun's meaning whatever the term looks like
    if len(last) > 4 and last.endswith("ed"):
        return "adjective"
    if len(words) == 1 and len(last) > 4 and last.endswith("ly"):
        return "adverb"
    if len(words) == 1 and last.endswith(_SAFE_ADJECTIVE_ENDINGS) and len(last) > 5:
        return "adjective"
    if (
        len(words) == 1
        and last.endswith("s")
        and not last.endswith(("ss", "us", "is"))
        and len(mean) > 1
        and mean[0].endswith("s")
        and not mean[0].endswith("ss")
        and mean[1] in _VERB_OBJECT_STARTS
    ):
        return "verb"  # "outranks": "ranks higher than ..."
    return None


def part_of_speech(term: str, meaning: str, declared: str | None = None) -> str:
    """A vocabulary item's part of speech: ``declared`` (the article's ``pos``) if given.

    Args:
        term: the word or phrase; its form decides when the meaning does not show
            it ("devastated", "elusive", "outranks").
        meaning: its definition as the article gives it.
        declared: the article's ``pos``, or None.

    Returns:
        One of :data:`PARTS_OF_SPEECH`.
    """
    if declared:
        return declared
    if infer_pos(meaning) == "verb":
        return "verb"
    return _from_term(term, meaning) or infer_pos(meaning)
