"""Jinja2 filters for natural English, part of the template contract.

Course authors call these in stems: ``{{ item.did | base }}``, ``{{ name | cap }}``,
``{{ role | a_an }}``, ``{{ value | words }}``, ``{{ value | number }}``,
``{{ name | possessive }}``, ``{{ item.who | join_names }}``, and from
:mod:`readquiz.agreement` ``{{ phrase | agree(subject) }}`` and ``{{ place | at_place }}``.
Each is a plain function of one value (``agree`` takes its subject as an argument);
:data:`FILTERS` maps the filter names to them for the engine's sandbox.

Every filter accepts ``str``, ``int`` or ``float`` and never returns an empty string
for non-empty input: a value it cannot handle comes back as text, unchanged. The
module is table-driven and imports only the standard library, because a stem render
must stay cheap (inflect and lemminflect cost seconds or a slow first lookup).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

# --- base: past tense -> base form ------------------------------------------------

# "past base" pairs. Past forms that equal their base (cut, put, set, hit, ...) are
# absent: returning the word unchanged is already right for them.
_IRREGULAR_PAIRS = """
was be were be had have did do went go made make said say paid pay laid lay got get
gave give took take came come became become saw see knew know thought think told tell
found find kept keep held hold brought bring began begin ran run wrote write
stood stand heard hear meant mean met meet sat sit spoke speak led lead grew grow
lost lose fell fall sent send built build understood understand drew draw broke break
spent spend rose rise drove drive bought buy wore wear chose choose sought seek
threw throw caught catch dealt deal won win forgot forget lay lie sold sell
fought fight hid hide bit bite fled flee struck strike shook shake swore swear
stole steal slid slide sang sing rang ring sank sink swam swim drank drink
shrank shrink stank stink sprang spring flew fly blew blow withdrew withdraw
overthrew overthrow forbade forbid bade bid rode ride strode stride strove strive
shone shine shot shoot slept sleep swept sweep wept weep crept creep leapt leap
fed feed bred breed bled bleed sped speed hung hang clung cling flung fling
slung sling stung sting swung swing strung string wrung wring spun spin dug dig
stuck stick woke wake awoke awake wove weave froze freeze dove dive taught teach
bent bend lent lend felt feel left leave ate eat lit light slew slay spat spit
bound bind ground grind wound wind tore tear bore bear forgave forgive knelt kneel
dwelt dwell learnt learn burnt burn dreamt dream spelt spell spilt spill smelt smell
spoilt spoil sprang spring begot beget arose arise oversaw oversee foresaw foresee
beheld behold skied ski belied belie sunk sink shrunk shrink meant mean fought fight slunk slink
"""
_IRREGULAR: dict[str, str] = dict(
    zip(_IRREGULAR_PAIRS.split()[::2], _IRREGULAR_PAIRS.split()[1::2], strict=True)
)
# Prefixed irregulars are composed: withdrew, overcame, undertook, misled, rebuilt.
_PREFIXES = ("over", "under", "with", "fore", "out", "mis", "up", "re", "be", "un")

# Regular verbs whose base ends in -e. With it, "shared" -> "share" but "visited" ->
# "visit"; past forms not listed fall back to the spelling rules in _restore_e.
_E_BASES = frozenset(
    """
abide abuse accelerate accommodate accumulate accuse ache achieve acknowledge
acquire activate adhere administrate admire advance advertise advise advocate aggravate
agree alienate allege allocate alleviate allude amaze amuse analyse analyze announce
anticipate apologise apologize appease appreciate approve arbitrate argue arrange
articulate ascribe aspire assemble assume assure atone attribute authorise authorize
automate baffle bake balance bare base bathe battle behave believe bicycle blame
bore bounce breathe bribe bridge bristle browse bruise bubble budge bundle burgle
calculate calibrate camouflage capsize captivate capture care caricature carve cascade
cause cease cede celebrate centralise centralize challenge change charge chase
choke circle circulate cite clothe coerce coincide collaborate collapse collide
combine commemorate commence communicate commute compare compensate compete compile
complete complicate comprise compromise compute concede conceive concentrate conclude
condone configure confine confiscate conjure conserve console consolidate constitute
consume contemplate continue contribute converge converse convince cooperate coordinate
cope corroborate corrode create crackle crave crease cremate crinkle criticise criticize
crumble crusade cube cultivate cure curse cycle damage dance dare debate decease
deceive decide declare decline decorate decrease dedicate deduce define deflate
degrade delegate delete deliberate delineate demonstrate denote deplete deplore deprive
derive describe deserve designate desire despise deteriorate determine detonate
devastate deviate devise devote diagnose dictate die differentiate dilute disable
 discharge disclose discourage disguise dislike dispose dispute dissolve
distribute dive divide divorce dodge dominate donate doze drape dwindle ease educate
elaborate elevate eliminate elope elude emanate embrace emerge emigrate emphasise
emphasize enable enclose encourage endorse endure energise energize enforce engage
engrave enhance enlarge enrage ensure entangle enumerate erase erode escalate escape
estimate evacuate evade evaluate evaporate evoke exacerbate examine excite
exclude excuse execute exercise exhale exile expedite expire explode explore expose
exaggerate excavate exchange fabricate face facilitate fade fake fascinate feature
figure file finance fine fire fixate flare fluctuate force forge formulate frame
fuse gaze generate glance glare glide globalise globalize graduate grade grapple
grieve gripe guide handle hate hesitate hike hire hope hose house
humble hurdle hustle idle ignite ignore illustrate imagine imitate immigrate impede
impose improve improvise inaugurate incite include incorporate increase incriminate
indicate induce infiltrate inflate influence inhale initiate injure innovate inquire
inspire instigate institute insure integrate interfere interrogate intervene
intimidate introduce invade investigate invite invoke involve irrigate irritate isolate
issue joke judge juggle juxtapose knife lace lease lecture legislate
liberalise liberalize liberate license like line liquidate litigate live locate lodge
loose lure machine manage mandate manipulate manoeuvre manufacture
massacre measure mediate merge migrate mine minimise minimize mobilise mobilize
moderate modernise modernize mortgage motivate move mumble mutate narrate navigate
necessitate negate negotiate nominate note notice nudge nurse nurture oblige observe
centre operate oppose orchestrate organise organize originate
outline outrage overcharge override overrule pace
paddle parade paraphrase participate paste pause penalise penalize perceive
perpetrate persecute persevere persuade phase phone picture pine place plague
please pledge plunge poise police polarise polarize pollute populate pose postpone
practise practice praise precede preclude predate preside presume prepare prescribe
preserve price prioritise prioritize privatise privatize probe procure produce
profile promote pronounce propagate propose prosecute protrude provide provoke prune
publicise publicize puncture purchase purge pursue puzzle quake quarantine queue quote
race raise range rate rationalise rationalize reassure rebate rebuke recede receive
recite reconcile recreate recuperate recycle reduce refinance refine refuse
regulate rehabilitate rehearse reimburse reinforce reiterate rejoice relate relegate
relocate remove renege renovate reorganise reorganize repatriate replace
reproduce rescue resemble reserve reside resolve restore restructure resume
retaliate retire reverberate reverse revise revive revoke rinse rotate rule
sabotage sanitise sanitize satirise satirize saturate save scale scare schedule
scheme score scrape scramble scribble scrutinise scrutinize secede secure seize
sense sentence separate serve settle shape share shave shelve shine
shove shuffle sideline simulate site situate size skate slice smile
smoke snare snipe snooze solve soothe sparkle specialise specialize speculate spike
splice squeeze stabilise stabilize stage stake stare starve state
sterilise sterilize stimulate stipulate store strangle stroke structure
struggle subdue subscribe subside substitute subsidise subsidize suffocate summarise
summarize supervise suppose surge surprise survive symbolise
symbolize sympathise sympathize synchronise synchronize tackle tame tape taste tease
telephone televise terminate tickle tire tolerate topple trace trade
translate tremble trickle trouble tune tumble twinkle type underline undermine
underscore unite update urge use utilise utilize vaccinate validate value vape
venture vibrate violate vote wade wage waive wane waste wave whine wipe wire
wrestle wrinkle yoke zone
advocate amputate assassinate commiserate consecrate curate
decapitate decimate denigrate deprecate derogate desecrate detonate dislocate
ejaculate emancipate encapsulate exasperate exonerate expatriate expropriate
extricate gravitate hibernate humiliate impersonate incarcerate incinerate infuriate
insinuate interpolate lacerate legitimate mitigate motivate nauseate obliterate
officiate orientate overestimate perforate permeate perpetuate predominate
procrastinate proliferate reciprocate recreate refrigerate reinstate repudiate
resonate resuscitate reverberate segregate simulate speculate stagnate subjugate
substantiate tabulate underestimate vindicate
battle bottle cripple dazzle dismantle double entitle fiddle fumble giggle grumble
hassle huddle jostle kindle mingle muffle muzzle nestle nibble ogle paddle pickle
rattle resettle ripple rumble sample scuffle shackle shuttle sizzle smuggle snuggle
startle stifle straddle stumble swindle tangle tattle throttle title topple wiggle
whistle wobble
 adore ascribe assuage balance breeze bulge cleanse confide console crave
curdle deride divulge enthrone evince excise exhume glimpse
implore incense indulge infringe inscribe interchange intrigue lunge misuse obscure
paraphrase perceive peruse plunge prejudice presage prize procure rearrange recede
reconvene reduce rephrase reprise revere scathe seethe sheathe singe
snipe snore spruce stoke surmise swipe teethe tinge tithe tweeze unnerve upstage
writhe avenge revenge outrage intertwine enshrine guillotine
headline streamline decline incline recline opine chime mime prime rhyme time
homogenise dine combine confine divine refine undermine discipline destine fume
tone clone hone stone condone dethrone welcome
    assume consume resume presume perfume exhume subsume plume
""".split()
)

# Regular verbs not ending in -e whose past the spelling rules would misread:
# unstressed final syllables ("pilot-ed", "develop-ed") and digraph-free stems.
_PLAIN_BASES = frozenset(
    """
focus bias bus pilot pivot orphan gossip worship kidnap develop envelop gallop wallop
murmur ruin riot diet quiet visit edit exhibit limit credit deposit inhabit inherit
merit profit prohibit audit benefit vomit exit posit solicit elicit forfeit target
budget market interpret pocket rocket ticket blanket bracket covet rivet ferret
shepherd hazard coward reckon beckon summon mention question pardon
abandon poison reason imprison season ration station fashion petition caution auction
sanction function envision commission position condition lesson open happen listen
threaten strengthen weaken frighten awaken lessen fasten harden widen sharpen deepen
sicken darken heighten lighten tighten shorten broaden soften worsen ransom
blossom fathom bottom accustom honor honour favor favour color colour labor labour
anchor mentor monitor sponsor censor author tailor harbor harbour armor rumor savor
endeavor doctor factor motor tutor answer offer suffer order consider enter gather
deliver cover discover recover remember number alter filter center register
trigger bother murder hamper temper usher weather ponder wonder wander render surrender
tender border power lower tower shower cower empower flower lever sever waver hover
shiver quiver glimmer shimmer simmer stammer hammer clamor linger finger whisper
pester foster muster bluster fester cluster plaster master canvas travel cancel label
model level channel signal total pedal equal dial marshal counsel quarrel tunnel pencil
stencil peril devil cavil imperil jewel shovel unravel funnel panel fuel duel spiral
rival initial gambol parcel chisel swivel snorkel
""".split()
)

# Stems with a doubled final consonant that keep it: "called" -> "call" (but a doubled
# l also follows a stressed or British single l: "controlled" -> "control").
_KEEP_DOUBLE = frozenset("l s f z".split())
_DOUBLED_L_BASES = frozenset(
    """
control patrol compel expel propel repel dispel excel rebel annul
extol travel cancel label model level channel signal total
pedal equal dial marshal counsel quarrel tunnel pencil stencil jewel shovel unravel
funnel panel fuel duel spiral rival initial gambol parcel chisel swivel snorkel
""".split()
)

# Past forms ending in -eed (the rest are bases: need, proceed, succeed, exceed).
_EED_PAST = frozenset("agreed disagreed freed decreed guaranteed refereed teed emceed peed".split())
_VOWELS = "aeiou"
_DIGRAPHS = ("ai", "ea", "ee", "oa", "oo", "ou", "oi", "ei", "au", "aw", "ui", "ie", "ue")
_ADVERBS = frozenset(
    """
also then later again never first once still just already soon even often twice
thereby further finally jointly subsequently eventually reportedly allegedly
""".split()
)


def _restore_e(stem: str) -> bool:
    """Whether a regular past's stem dropped a final -e (spelling rules, no lexicon).

    A stressed final single consonant doubles before -ed (stop -> stopped), so a
    stem ending vowel + single consonant without doubling usually lost an -e
    (shape-d, vote-d); the unstressed endings (-en, -er, -et, -it, -on, -or, -el)
    are the common exceptions.
    """
    last = stem[-1]
    if len(stem) <= 2:  # us-ed, ow-ed, ey-ed: use, owe, eye
        return True
    if last in "aeio":  # echo-ed, veto-ed, radio-ed
        return False
    if last in "vcu":  # no English verb ends in -v, -c (traffic-ked) or -u
        return True
    if last == "z":
        return not stem.endswith("tz")
    if last == "s":
        return stem[-2] != "s"
    if last == "g":
        return not stem.endswith("ng")
    if last in "hwxy" or stem[-2] not in _VOWELS + "y":
        return False
    # "qu" and "gu" spell a consonant: quot-ed, guid-ed, acquir-ed.
    body = re.sub(r"(?<=[qg])u", "", stem)
    if len(body) >= 3 and body[-3:-1] in _DIGRAPHS:
        return False
    vowel = stem[-2]
    if vowel == "e":
        return False  # open-ed, answer-ed, target-ed, travel-ed
    if vowel == "i":
        return last not in "tn" or (last == "n" and body[-3] not in _VOWELS)
    if vowel == "o":
        return last not in "nrm" and not stem.endswith("lop")
    if vowel == "a":
        return last not in "l"
    return True


def _past_to_base(word: str) -> str | None:
    """Base form of one lowercase past-tense verb, or None if it is not one."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 3 and rest in _IRREGULAR:
            return prefix + _IRREGULAR[rest]
    if len(word) < 4 or not word.endswith("ed") or not word[:-2].isalpha():
        return None
    if word.endswith("eed"):
        return word[:-1] if word in _EED_PAST else None
    if word.endswith("ied"):  # died, tied, lied keep -ie; rallied -> rally
        return word[:-1] if len(word) <= 4 else word[:-3] + "y"
    stem = word[:-2]
    if stem + "e" in _E_BASES:
        return stem + "e"
    if stem in _PLAIN_BASES:
        return stem
    last = stem[-1]
    if len(stem) >= 3 and last == stem[-2] and last not in _VOWELS:
        if stem[:-1] in _DOUBLED_L_BASES:
            return stem[:-1]
        if last in _KEEP_DOUBLE or len(stem) <= 3:  # call, pass, staff; add, err
            return stem
        return stem[:-1]
    return stem + "e" if _restore_e(stem) else stem


def _match_case(model: str, word: str) -> str:
    """``word`` in the letter case of ``model`` (Rallied -> Rally, FLED -> FLEE)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def base_verb(word: str) -> str | None:
    """Base form of a single past-tense verb, or None when ``word`` is not one.

    Args:
        word: one word, any letter case ("rallied", "Fled").

    Returns:
        The base form in the same case ("rally", "Flee"), or None.
    """
    found = _past_to_base(word.lower())
    return None if found is None else _match_case(word, found)


def base(phrase: str | int | float) -> str:
    """Past-tense verb phrase -> the base form of its first verb, rest unchanged.

    "rallied to denounce the killing" -> "rally to denounce the killing",
    "was elected" -> "be elected", "also gathered" -> "also gather" (leading
    adverbs are kept), "did not take sides" -> "not take sides" (so that
    "Why did Pakistan {{ did | base }}?" reads right). A phrase whose first word is
    not a past-tense verb is returned unchanged.
    """
    text = _text(phrase)
    tokens = text.split(" ")
    start = 0
    while start < len(tokens) - 1 and _is_adverb(tokens[start]):
        start += 1
    head = tokens[start]
    core = head.rstrip(",.;:!?")
    if core.lower() == "did" and start + 1 < len(tokens) and tokens[start + 1] == "not":
        return " ".join(tokens[:start] + tokens[start + 1 :])
    converted = base_verb(core) if core else None
    if converted is None:
        return text
    tokens[start] = converted + head[len(core) :]
    return " ".join(tokens)


def _is_adverb(token: str) -> bool:
    """Whether a leading token is an adverb to skip ("also", "quickly")."""
    low = token.lower()
    return low in _ADVERBS or (low.endswith("ly") and len(low) > 4 and low.isalpha())


# --- cap, a_an --------------------------------------------------------------------


def cap(phrase: str | int | float) -> str:
    """Capitalise the first letter only: "the protesters" -> "The protesters".

    Leading quote marks or brackets are skipped; the rest is left exactly as is.
    """
    text = _text(phrase)
    for i, char in enumerate(text):
        if char.isalnum():
            return text[:i] + char.upper() + text[i + 1 :]
    return text


_SILENT_H = ("hour", "honest", "honor", "honour", "heir", "herb")
_VOWEL_LETTERS = "AEFHILMNORSX"  # letters whose names begin with a vowel sound
_LETTER_ACRONYMS = frozenset(["NAACP", "NYPD", "LAPD", "UNHCR", "USSR", "MSNBC"])


def _starts_with_vowel_sound(word: str) -> bool:
    """Whether ``word`` (the first word of a phrase) is spoken vowel-first."""
    if word[:1].isdigit():
        digits = re.match(r"[\d,]+", word)
        group = (digits.group() if digits else word).split(",")[0]
        if "," not in word and len(group) > 3:  # 1100 -> "one thousand"
            group = group[: len(group) % 3 or 3]
        return group.startswith("8") or group in ("11", "18")
    letters = word.replace(".", "")
    if re.fullmatch(r"[A-Z](?:-.*)?", word):  # X-ray, U-turn, F-16
        return word[0] in _VOWEL_LETTERS
    is_acronym = len(letters) >= 2 and letters.isupper() and letters.isalpha()
    if is_acronym and (
        "." in word
        or len(letters) <= 3
        or letters in _LETTER_ACRONYMS
        or not any(c in "AEIOU" for c in letters[1:3])
    ):
        return letters[0] in _VOWEL_LETTERS
    low = word.lower()
    if low.startswith(_SILENT_H):
        return True
    if low.startswith(("one", "once", "eu", "ewe", "uni", "unanim", "ukr")):
        # "uni-" is "you-" except in un- + i words: unidentified, uninvited.
        return low.startswith(("unid", "unim", "unin"))
    if low.startswith("u"):
        # u + consonant + vowel is "you": usual, Ukrainian, utility; not un- words.
        you = re.match(r"u[bcdfgklmprstvz][aeiouy]", low) and not low.startswith("uzb")
        return not you
    return low[:1] in _VOWELS


def a_an(phrase: str | int | float) -> str:
    """Prefix "a" or "an" by sound: "an hour", "a university", "an FBI agent".

    Numbers are read aloud ("an 8-year-old", "an 11-day", "a 100-mile");
    acronyms of three letters or fewer, or with dots, are spelled ("a U.S.
    official", "an NGO"), longer ones read as words ("a NATO summit"). A phrase
    already starting with a/an/the is left as is.
    """
    text = _text(phrase)
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if not first or first.lower() in ("a", "an", "the"):
        return text
    word = first.lstrip("\"'“‘(")
    article = "an" if word and _starts_with_vowel_sound(word) else "a"
    return f"{article} {text}"


# --- words, number ----------------------------------------------------------------

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _below_thousand(n: int) -> str:
    """Words for 0 < n < 1000, US style without "and": "one hundred twenty-one"."""
    parts = []
    if n >= 100:
        parts.append(f"{_ONES[n // 100]} hundred")
        n %= 100
    if n >= 20:
        parts.append(_TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else ""))
    elif n:
        parts.append(_ONES[n])
    return " ".join(parts)


def _integer_words(n: int) -> str:
    """Words for a non-negative integer below 10**15."""
    if n == 0:
        return "zero"
    parts = []
    for size, name in _SCALES:
        if n >= size:
            parts.append(f"{_below_thousand(n // size)} {name}")
            n %= size
    if n:
        parts.append(_below_thousand(n))
    return " ".join(parts)


def _to_decimal(value: str | int | float) -> Decimal | None:
    """The value as an exact Decimal ("1,200" and "−3" accepted), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        # repr is the shortest text that round-trips: 2.5, not 2.5000000000000001.
        value = repr(value)
    text = str(value).strip().replace(",", "").replace("\u2212", "-")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def words(value: str | int | float) -> str:
    """A number in words: 21 -> "twenty-one", 2.5 -> "two point five".

    Negatives read "minus four"; decimals are read digit by digit after "point";
    900.0 is "nine hundred". Anything that is not a number, or has more than
    fifteen digits, comes back unchanged.
    """
    number = _to_decimal(value)
    if number is None or abs(number) >= 10**15:
        return _text(value)
    sign = "minus " if number < 0 else ""
    number = abs(number)
    whole = int(number)
    fraction = number - whole
    text = sign + _integer_words(whole)
    if fraction:
        digits = format(fraction.normalize(), "f").split(".")[1]
        text += " point " + " ".join(_ONES[int(d)] for d in digits)
    return text


def _plain(number: Decimal) -> str:
    """Decimal as plain digits without exponent or trailing zeros: 2.50 -> "2.5"."""
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def number(value: str | int | float) -> str:
    """A number for reading: 1200 -> "1,200", 200000000 -> "200 million".

    The rule: from a million up, a number that is an exact multiple of 0.01 million
    (billion, trillion) is written with that word and at most two decimals
    ("1.5 million", "2 billion", "1.25 billion"); every other number is written in
    digits grouped by commas ("1,234,567", "2.5", "0.75", "-3").
    """
    parsed = _to_decimal(value)
    if parsed is None:
        return _text(value)
    sign = "-" if parsed < 0 else ""
    magnitude = abs(parsed)
    for size, name in _SCALES[:3]:
        scaled = magnitude / size
        if scaled >= 1 and scaled * 100 == int(scaled * 100):
            return f"{sign}{_plain(scaled)} {name}"
    whole = int(magnitude)
    fraction = _plain(magnitude - whole)
    return f"{sign}{whole:,}" + (fraction[1:] if fraction != "0" else "")


# --- possessive, join_names -------------------------------------------------------

_PRONOUNS = {
    "he": "his",
    "she": "her",
    "it": "its",
    "they": "their",
    "we": "our",
    "you": "your",
    "i": "my",
    "who": "whose",
}


def possessive(phrase: str | int | float) -> str:
    """The possessive form: "Pakistan's", "the protesters'", "James's".

    The rule: a phrase ending in -s takes a bare apostrophe when it is a plural:
    a lowercase noun ("the protesters'") or a capitalised name led by "the"
    ("the United States'", "the Philippines'"). Singular -s names ("James's",
    "Hamas's"), nouns in -ss, -us, -is ("the virus's", "Congress's") and acronyms
    ("the US's") take 's, as does everything else. Pronouns use their own form
    ("it" -> "its"); a phrase already possessive is left as is.
    """
    text = _text(phrase)
    stripped = text.rstrip()
    if not stripped:
        return text
    last = stripped.split()[-1]
    if stripped.lower() in _PRONOUNS:
        return _match_case(stripped, _PRONOUNS[stripped.lower()])
    if stripped.endswith(("'s", "’s", "s'", "s’")):
        return text
    apostrophe_only = False
    if last.endswith("s") and not last.endswith(("ss", "'", "’")) and len(last) > 1:
        letters = last.replace(".", "")
        is_acronym = letters.isupper()
        if last[0].isupper():
            led_by_the = stripped.split()[0].lower() == "the"
            apostrophe_only = led_by_the and not is_acronym
        else:
            apostrophe_only = not last.endswith(("us", "is"))
    return stripped + ("'" if apostrophe_only else "'s")


def _name_of(item: Any) -> str:
    """An entity's name (object attribute or mapping key), else its text."""
    if isinstance(item, Mapping) and "name" in item:
        return str(item["name"])
    name = getattr(item, "name", None)
    return str(name) if isinstance(name, str) else _text(item)


def join_names(items: Iterable[Any] | str | int | float) -> str:
    """Names joined for a sentence: ["A", "B", "C"] -> "A, B and C".

    Entities (anything with a ``name``) are named; a single string is returned as
    is. No serial comma, as in news style: "A and B", "A, B and C".
    """
    if isinstance(items, str | int | float) or isinstance(items, Mapping) or hasattr(items, "name"):
        return _name_of(items)
    names = [_name_of(item) for item in items]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _text(value: Any) -> str:
    """Any filter input as text: 900.0 -> "900", 2.5 -> "2.5", None -> ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _agreement_filters() -> dict[str, Callable[..., str]]:
    # agreement imports this module's adverb test lazily, so there is no import loop
    from readquiz.agreement import agree, at_place

    return {"agree": agree, "at_place": at_place}


FILTERS: dict[str, Callable[..., str]] = {
    "base": base,
    "cap": cap,
    "a_an": a_an,
    "words": words,
    "number": number,
    "possessive": possessive,
    "join_names": join_names,
    "and_list": join_names,
    **_agreement_filters(),
}
"""Filter name -> function, registered by the engine in its sandboxed environment."""
