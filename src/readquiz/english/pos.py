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
  "divided into groups", "made up of many kinds") or a word in an adjective ending
  (-ous, -ful, -ive, -able, -al, -ic, -less, -ent, -ant; a term in -ish: "stylish")
  is an adjective;
- a word in -ly ("exactly, in every detail") or "in a ... way" is an adverb.

A verb's meaning starts "to ..." (the loader warns of a ``pos: verb`` whose meaning
does not).
"""

from __future__ import annotations

import re
from functools import lru_cache

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


_NOT_A_VERB_AFTER_TO = frozenset(
    "a an the this that these those some any or and in on at from into his her its their "
    "our my your one".split()
)


def infinitive(meaning: str) -> bool:
    """Whether a meaning is a verb's: "to" and a verb ("to make a conflict less intense").

    "To a moderate degree" (somewhat) and "To or in a foreign country across the sea"
    (overseas) start with "to" but are an adverb's: a determiner or a preposition
    follows it, not a verb.
    """
    words = re.findall(r"[\w'-]+", meaning.lower())
    return len(words) > 1 and words[0] == "to" and words[1] not in _NOT_A_VERB_AFTER_TO


def infer_pos(meaning: str) -> str:
    """The part of speech a meaning's wording shows (see the module's rules)."""
    from readquiz.english.verbs import base_verb

    words = re.findall(r"[\w'-]+", meaning.lower())
    if not words:
        return "noun"
    first = words[0]
    if first == "to" and len(words) > 1:
        return "verb" if infinitive(meaning) else "adverb"
    if first in _NOUN_STARTS:
        return "noun"
    if first in _ADJECTIVE_STARTS:
        return "adjective"
    if first in _ADJECTIVE_HEADS and (
        len(words) == 1
        or words[1] in ("to", "or", "and", "enough")
        or re.match(r"\s*[\w'-]+\s*,", meaning.lower())
    ):
        return "adjective"  # "hard to find or achieve", "large, heavy and hard to move"
    if first.endswith("ly") and len(first) > 4:
        # "illegally putting extra votes ...": an adverb before a gerund is a noun's
        return "noun" if len(words) > 1 and words[1].endswith("ing") else "adverb"
    if first == "in" and re.match(r"in an? [\w-]+ (?:way|manner)\b", meaning.lower()):
        return "adverb"
    if first.endswith("ing"):
        return "noun"
    if (first.endswith("ed") and base_verb(first) is not None) or (
        first in _IRREGULAR_PARTICIPLES and len(words) > 1
    ):
        return "noun" if _modifies_a_noun(words) else "adjective"
    if first.endswith(_ADJECTIVE_ENDINGS) and (len(words) == 1 or words[1] in ("or", "and", ",")):
        return "adjective"
    return "noun"


def _modifies_a_noun(words: list[str]) -> bool:
    """Whether a meaning's opening participle stands before the noun it describes.

    "used water from homes and factories" (wastewater) is a noun's meaning: the
    participle is followed by a word that carries meaning, the head of its noun
    phrase. "checked by other experts", "divided into groups", "made up of many
    kinds", "listed as likely ..." and "tired and sleepy" go on with a function word
    or an adverb: an adjective's meaning.
    """
    from readquiz.english.words import FUNCTION_WORDS

    if len(words) < 2:
        return False
    second = words[1]
    if second in FUNCTION_WORDS or second in _PARTICLES:
        return False
    return not (second.endswith("ly") and len(second) > 4)


_PARTICLES = frozenset("up out off away apart together".split())
"""Words that go on a participle's verb ("made up of", "cut off from")."""


_SAFE_ADJECTIVE_ENDINGS = ("ous", "ful", "ive", "able", "ible", "less", "ial")
_ISH_NOUNS = frozenset(
    "rubbish anguish radish parish relish polish finish varnish gibberish horseradish".split()
)
"""Words in -ish that are nouns (verbs in -ish have meanings starting "to ...")."""
_IRREGULAR_PARTICIPLES = frozenset(
    """
made known built held given taken born seen done kept found shown grown worn
written spoken broken chosen frozen hidden stolen torn sold told brought bought
caught taught thought left lost paid laid
""".split()
)
"""Past participles not in -ed: "made up of many different kinds" (diverse) is an
adjective's meaning, as "divided into groups" is."""
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


@lru_cache(maxsize=16384)
def pos_is_clear(term: str, meaning: str, declared: str | None = None) -> bool:
    """Whether a term's part of speech is certain enough to set it beside other terms.

    Declared, or told by a meaning that does not open with an -ing word: "having to do
    with cooking" (culinary), "tasting salty" (savory), "belonging to more than one
    nation" (transnational) read as a noun's gerund but are adjectives' meanings. Such
    a meaning is clear only when the term itself ends like a noun ("working together
    ..." for "collaboration", "lasting ..." for "longevity") or its form decides
    (:func:`_from_term`: "allowing a lot of freedom" for "permissive"): a term whose part of
    speech is a guess stands beside no other term ("Entree" among "Culinary" and
    "Savory" is the one noun).
    """
    from readquiz.english.words import form_class

    if declared:
        return True
    words = re.findall(r"[\w'-]+", meaning.lower())
    if not words or not words[0].endswith("ing") or words[0] in ("thing", "something"):
        return True
    last = re.findall(r"[\w'-]+", term.lower())[-1:] or [""]
    if form_class(last[0]) in ("abstract", "ing", "plural"):
        return True
    return _from_term(term, meaning) is not None  # "permissive", "homeless", "stylish"


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
    if len(words) == 1 and last.endswith("ish") and len(last) > 5 and last not in _ISH_NOUNS:
        return "adjective"  # "stylish": "following a popular way of dressing"
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


@lru_cache(maxsize=16384)
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


# --- the kind of thing a meaning names -----------------------------------------------

_REFERENTS: dict[str, str] = {
    word: kind
    for kind, words in {
        "person": """
            person people someone somebody anyone man men woman women child children
            officer officers reporter reporters officials leader leaders worker
            workers student students expert experts soldier soldiers member members
            citizen citizens player players rider riders volunteer volunteers owner
            owners farmer farmers politician politicians journalist journalists
            employee employees representative representatives doctor doctors
            patient patients victim victims fighter fighters opponent opponents
            family families crowd team teams delegation scientist scientists
            researcher researchers teacher teachers resident residents intern interns
            """,
        "event": """
            war wars attack attacks episode episodes period periods event events
            process act action actions fight fights battle battles conflict conflicts
            meeting meetings race races sprint sprints finish trip visit visits journey
            investigation change changes rise fall increase decrease shock shocks
            movement election elections ceremony disaster disasters accident
            accidents storm storms earthquake earthquakes quake quakes wave waves flood
            floods fire fires time times crisis damage harm season break travel departure
            punishment anniversary pause protest strike riot march campaign struggle
            festival game match talks rebellion
            """,
        "condition": """
            condition conditions disease diseases illness illnesses problem problems state
            disorder disorders health injury injuries pain situation
            """,
        "thing": """
            piece pieces document documents office offices building buildings stadium
            track tracks edge edges barrier barriers bush bushes plant plants tree
            trees wood water vapour vapor road roads lane lanes vehicle vehicles
            point place places area areas list lists goods food crops weapon weapons
            machine device tool object objects substance animal animals thing things
            region zone planet star mass rock stone earth soil
            """,
        "money": "money funds payment payments cash",
        "measure": "number numbers amount amounts measure rate rates level levels figure share",
        "idea": """
            information statement statements recognition power ability quality degree
            order orders plan plans rule rules law laws policy policies idea ideas
            belief beliefs words relations agreement agreements permission right rights
            term way ways method methods system complaints use
            """,
    }.items()
    for word in words.split()
}
"""Head nouns of glosses and the kind of thing they name (a small table, by design):
a meaning stands among meanings of its own kind only."""

_DETERMINER_WORDS = frozenset(
    "a an the one some any this that these those its their his her".split()
)
_STOP_HEAD = frozenset(
    "of who whom whose that which with for from in on at to by between during into under "
    "caused used given made done put meant where when , ; such as or and".split()
)
_THROUGH = frozenset("kind type sort part group term word name".split())
"""Heads whose complement says what is meant: "a kind of plant", "a term for a place"."""
_EVENT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ure", "ing", "al")
_IDEA_ENDINGS = ("ity", "ness", "ism")


def _gerund(word: str) -> bool:
    return word.endswith("ing") and len(word) > 4 and word not in _REFERENTS


def _event_shaped(term: str) -> bool:
    """Whether a term names an act by its form ("evacuation", "normalizing ties")."""
    words = term.lower().split()
    return bool(words) and (words[-1].endswith(_EVENT_ENDINGS[:-1]) or words[0].endswith("ing"))


def _noun_gloss(term: str, words: list[str]) -> tuple[str | None, str | None]:
    """(kind, number) of a noun's gloss from its first noun phrase."""
    i = 0
    while i < len(words) and (
        words[i] in _DETERMINER_WORDS or (words[i].endswith("ly") and len(words[i]) > 4)
    ):
        i += 1
    lead, words = words[:i], words[i:]
    if not words:
        return None, None
    if _gerund(words[0]):
        if _event_shaped(term):
            return "event", None  # "harvesting": gathering crops ...
        if not (len(words) > 1 and words[1] in _REFERENTS and _ends_head(words, 1)):
            return None, None  # "freshwater": living in water ... (a gerund or an adjective?)
    found: str | None = None
    head: str | None = None
    last: str | None = None
    possessor = False
    stop = len(words)
    for j, word in enumerate(words):
        if word in _STOP_HEAD and not (word in (",", "and", "or") and found is None):
            stop = j
            break
        if word.endswith(("'s", "’s")):
            found, head, last, possessor = None, None, None, True  # the head follows
            continue
        last = word
        if word in _REFERENTS:
            found, head = _REFERENTS[word], word
    number = None
    head = head or last
    if head is not None and head.endswith("s") and not head.endswith(("ss", "us", "is")):
        number = "many"
    elif head in ("people", "children", "men", "women", "police"):
        number = "many"
    elif not possessor and lead[:1] and lead[0] in ("a", "an", "one"):
        number = "one"
    elif head in ("someone", "somebody", "anyone", "person"):
        number = "one"
    if last in _THROUGH and stop < len(words) and words[stop] in ("of", "for"):
        inner, inner_number = _noun_gloss("", words[stop + 1 :])
        return inner, (number if last in ("kind", "type", "sort", "group") else inner_number)
    if found is None and last is not None:
        if last.endswith(_EVENT_ENDINGS) and len(last) > 5:
            found = "event"
        elif last.endswith(_IDEA_ENDINGS):
            found = "idea"
    return found, number


def _ends_head(words: list[str], i: int) -> bool:
    return i + 1 >= len(words) or words[i + 1] in _STOP_HEAD


@lru_cache(maxsize=16384)
def referent(term: str, meaning: str, declared: str | None = None) -> str | None:
    """The kind of thing a vocabulary meaning names, or None when it cannot be read.

    A verb's meaning is an "action", an adjective's a "quality", an adverb's a
    "manner". A noun's is read from the head of its first noun phrase
    (:data:`_REFERENTS`): "a person who ..." and "an officer who ..." name a person;
    "a war between ..." and "sudden periods of fear" an event; "a kind of plant" and "a
    military term for a safe place" are read through "of" and "for"; a head ending like
    an act (-tion, -ment, -ing) is an event, like a quality (-ity, -ness) an idea; a
    gerund ("moving people away") is an event when the term looks like one
    ("evacuation"). A head the table does not know gives None: such a meaning is
    compared with nothing.
    """
    pos = part_of_speech(term, meaning, declared)
    if pos in ("verb", "adjective", "adverb"):
        return {"verb": "action", "adjective": "quality", "adverb": "manner"}[pos]
    return _noun_gloss(term, _gloss_words(meaning))[0]


def gloss_number(term: str, meaning: str, declared: str | None = None) -> str | None:
    """Whether a noun's meaning names one thing ("one"), several ("many"), or neither.

    "a person who ..." is one, "people who ..." and "sudden periods of ..." many; a
    mass or an unclear meaning is read from the term's own form ("sovereignty" is one,
    "sanctions" many); one that is not a noun's gives None. "investors"
    among "a person on whom something is tried out" is told apart by its plural alone.
    """
    if part_of_speech(term, meaning, declared) != "noun":
        return None
    number = _noun_gloss(term, _gloss_words(meaning))[1]
    last = term.lower().split()[-1] if term.split() else ""
    if number is None and last.isalpha():
        # "sovereignty" (a country's complete power ...) is one by its own form
        plural = last.endswith("s") and not last.endswith(("ss", "us", "is", "ics"))
        number = "many" if plural else "one"
    return number


def describes_people(surface: str, text: str) -> bool:
    """Whether the word ``surface`` stands before a word for people in ``text``.

    "helps underrepresented students": the adjective describes people, so its
    wrong meanings must be ones that could (blind raters: "Checked by other experts
    before being published" and "Large, heavy and hard to move" "do not describe
    students at all"). Up to three words are read after it, to a clause break or a
    function word ("underrepresented minority students"); a word for people is a
    person's head noun in :data:`_REFERENTS`.
    """
    from readquiz.english.words import FUNCTION_WORDS, find_surface, tokens

    found = find_surface(surface, text)
    if found is None:
        return False
    start, size = found
    tok = tokens(text)
    for t in tok[start + size : start + size + 3]:
        low = t.text.lower()
        if t.after_break or low in FUNCTION_WORDS:
            return False
        if _REFERENTS.get(low) == "person":
            return True
    return False


def _gloss_words(meaning: str) -> list[str]:
    return re.findall(r"[\w'’-]+|[,;]", meaning.lower())
