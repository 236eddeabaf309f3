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
        snakes did the Service release?" -> None; "The article puts the speed the
        X-59 is expected to fly at at 1.4 times ..." -> "a word is doubled ('at at')".
    """
    twice = doubled_word(stem)
    if twice:
        return f"a word is doubled ('{twice}')"
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


_DOUBLED = re.compile(r"\b([A-Za-z]+)\s+\1\b", re.I)
_FINE_TWICE = frozenset({"had"})
"""Words English doubles: "the team had had enough"."""


def doubled_word(text: str) -> str | None:
    """A word written twice in a row in a generated stem or statement, or None.

    "The article puts the speed the X-59 is expected to fly at at 1.4 times ..." ->
    "at at"; "the the". A ``what`` phrase, a name or a figure pasted after another
    ends in the word the next begins with; no such question is made.
    """
    for found in _DOUBLED.finditer(text):
        if found.group(1).lower() not in _FINE_TWICE:
            return found.group(0)
    return None


_TIME_NOUNS = frozenset(
    """
year week month day season spring summer fall autumn winter morning afternoon evening
night weekend century decade quarter semester term time days years weeks months
""".split()
)
_HEADLESS_NEXT = frozenset(
    "who whom which that with without in on at of from among aged under over".split()
)
_PRONOUNS = frozenset({"it", "they", "them"})
_EXPLETIVE = re.compile(
    r"^(?:(?:can|could|will|would|may|might|did|does|has|had)\s+)?"
    r"(?:take|takes|took|taken|taking|been)\b"
    r"|^(?:is|was)\s+(?:possible|likely|hard|easy)\b",
    re.I,
)
_CLAUSE_OPENERS = frozenset(
    "who whom whose which that when where while after before because since if as".split()
)


_GENERIC_NOUNS = frozenset(
    """
case cases situation situations incident incidents problem problems thing things one ones
example examples event events story stories pattern patterns result results finding
findings trend trends issue issues experience experiences effort efforts
""".split()
)


_LOCATING = frozenset("in at to into near outside inside around from".split())
_PLACE_OR_TIME_NOUNS = frozenset("city town village state country capital region area time".split())
"""Nouns of a place or time that "in the ...", "at the ..." leave unnamed."""


def unanchored_reference(what: str, pronouns: bool = True) -> str | None:
    """The words of a fact's ``what`` that point outside it, or None when it stands alone.

    A stem is read without the article's sentence around it, so "the time the same
    flight took with normal passenger jets" asks about a flight it never names (blind
    raters: vague). Pointing words need their referent in the phrase itself:

    - "the same flight", "the other team" (not "the same ... as ...", which names it);
    - a demonstrative before a noun, "that meeting", "those ships" ("those released",
      "those who ...", "those in the study" name themselves; "that" after a noun or a
      verb starts a clause: "the share of the cost that a grant will pay");
    - "it", "they" or "them" as the subject of a clause straight after the thing
      counted ("the money they raised"): "the people who said they would vote" names
      its "they", and "the time it took" is no pronoun of anything.

    - "a similar case", "similar problems": a word of no content of its own after
      "similar" (not "similar to ...", which names it; "a similar bike lane" says what).

    An event's ``did`` is checked without the pronoun rule (``pronouns=False``): "told
    them to leave" has its "them" in the sentence the question cites.

    Time words are the exception: "this year", "this week", "these days" point at the
    article's own date, which fixes them for a reader of the dated article; "that day"
    or "that year" points at a day the stem does not name, and is refused.
    """
    words: list[str] = re.findall(r"[\w’'-]+|,", what)
    lows = [w.lower() for w in words]
    for i, low in enumerate(lows):
        after = re.sub(r"[’']s?$", "", lows[i + 1]) if i + 1 < len(lows) else ""
        before = lows[i - 1] if i > 0 else ""
        if low in ("same", "other") and before == "the":
            if low == "same" and "as" in lows[i + 1 : i + 6]:
                continue
            if after in ("", ",", "of", "than"):
                continue
            return f"the {low} {words[i + 1]}"
        if low in ("this", "that", "these", "those") and after and after != ",":
            if low == "that" and before not in ("", *PREPOSITIONS) and after not in _TIME_NOUNS:
                continue  # "the cost that a grant will pay", "said that ..."
            if low in ("this", "these") and after in _TIME_NOUNS:
                continue  # "this year": the article's date fixes it
            if low in ("these", "those") and (after in _HEADLESS_NEXT or _participle(after)):
                continue  # "those released", "those who left": they name themselves
            if low == "this" and before and before not in PREPOSITIONS and i > 1:
                continue  # a "this" after a noun is no determiner here
            return f"{low} {words[i + 1]}"
        if (
            low == "the"
            and before in _LOCATING
            and after in _PLACE_OR_TIME_NOUNS
            and (lows[i + 2] if i + 2 < len(lows) else "") != "of"
            and not (i + 3 < len(words) and words[i + 2] == "," and words[i + 3][:1].isupper())
        ):
            # "arrived in the city", "the president at the time": which city, when?
            # ("the city of Galveston", "the capital, Kabul" name it)
            return f"{words[i - 1]} the {words[i + 1]}"
        if low == "similar" and after in _GENERIC_NOUNS and "to" not in lows[i + 1 : i + 4]:
            return f"{'a ' if before == 'a' else ''}similar {words[i + 1]}"
        if pronouns and low in _PRONOUNS and i > 0:
            if low == "it" and _EXPLETIVE.match(" ".join(lows[i + 1 : i + 3])):
                continue  # "the time it took to ...", "how long it has been": no referent
            earlier = lows[:i]
            if any(w in _CLAUSE_OPENERS or w in PREPOSITIONS - {"of"} for w in earlier):
                continue  # "people who said they ...": the phrase names them
            if any(base_verb(w) is not None and w != base_verb(w) for w in earlier[1:]):
                continue
            return low
    return None


def _participle(word: str) -> bool:
    from readquiz.english.inversion import is_participle

    return word.endswith("ed") or (is_participle(word) and base_verb(word) != word)
