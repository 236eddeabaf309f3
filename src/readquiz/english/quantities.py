"""Amounts as a reader writes them, and the stem of a question asking for one.

:func:`quantity` is the one wording of a number fact: "1.8 million dollars", "more
than 200 million people", "about 20 percent", "44.9°C", "8,000 spectators", "in 1994"
style years without a comma, "1 day" for exactly one.

:func:`figure_question` asks for a number fact the way a teacher would: "How many
council members voted for the lane?" when the fact is "the number of ..." (a unit
such as "votes" is then implied by the question, never pasted after it as "(in
votes)"), else "What figure does the article give for the length of the lane (in
kilometers)?" with a unit only where the figure depends on it (a measure, not a
count).
"""

from __future__ import annotations

import re
from typing import Any

from readquiz.english.verbs import as_text, base_verb
from readquiz.english.wellformed import PREPOSITIONS

_ATTACHED = ("°C", "°F", "°")
BEFORE_UNITS = frozenset({"magnitude", "level", "category", "grade", "size"})
"""Units read before the figure: "magnitude 7.2", "category 4"."""
_SPELLED = {"%": "percent", "percent": "percent", "per cent": "percent"}
MEASURE_UNITS = frozenset(
    """
percent % °c °f ° degrees celsius fahrenheit kelvin meters metres meter metre kilometers
kilometres kilometer kilometre km m cm mm centimeters centimetres millimeters millimetres
miles mile feet foot ft inches inch yards yard nautical knots mph kph
seconds second minutes minute hours hour days day weeks week months month years year
decades decade centuries century
dollars dollar euros euro pounds pound yen yuan rupees rupee francs pesos won cents
kilograms kilogram kg grams gram tons tonnes ton tonne pounds ounces ounce
milligrams milligram micrograms microgram milliliters millilitres milliliter millilitre
liters litres liter litre gallons gallon barrels cubic square hectares acres acre
watts megawatts gigawatts kilowatts volts calories decibels
""".split()
)
"""Unit words of measures: the figure depends on the unit, so the stem names it."""


def _is_year(value: float, unit: str) -> bool:
    return (
        unit.strip().lower() in ("year", "ad", "ce")
        and float(value).is_integer()
        and (1000 <= value <= 2100)
    )


_PLURAL_UNITS = {"foot": "feet", "inch": "inches", "century": "centuries"}
_UNCHANGED_UNITS = frozenset("km m cm mm ft kg mph kph knots".split())


def plural_unit(unit: str) -> str:
    """A unit word in the plural, as the figure of any amount but one reads it.

    "gram" -> "grams", "foot" -> "feet", "square mile" -> "square miles"; a unit that
    is already plural, an abbreviation ("km", "mph") or no measure word stays:
    "(in grams)" asks for any figure, so the hint names the unit as "2 grams" does,
    never "(in gram)" because the article's figure happens to be 1.
    """
    words = unit.split(" ")
    if len(words) > 2 or (len(words) == 2 and words[0].lower() not in ("square", "cubic")):
        return unit  # "kilometers an hour", "miles per hour": the rate is written as is
    last = words[-1]
    low = last.lower()
    if low in _UNCHANGED_UNITS or low in _PLURAL_UNITS.values() or low not in MEASURE_UNITS:
        return unit
    if singular(last) != last:
        return unit
    if low in _PLURAL_UNITS:
        return " ".join([*words[:-1], _PLURAL_UNITS[low]])
    if low in ("celsius", "fahrenheit", "kelvin", "percent", "°c", "°f", "°"):
        return unit
    return " ".join([*words[:-1], last + "s"])


def singular(unit: str) -> str:
    """A regular plural unit made singular, for exactly one: "days" -> "day"."""
    from readquiz.english.agreement import drop_s

    words = unit.split(" ")
    return " ".join([*words[:-1], drop_s(words[-1])])


def quantity(value: int | float, unit: str, approx: str | None = None) -> str:
    """``value`` with its unit and approximation, as a reader writes it.

    Examples: (1800000, "dollars", "exact") -> "1.8 million dollars";
    (20, "%", "about") -> "about 20 percent"; (44.9, "°C", None) -> "44.9°C";
    (8000, "spectators", "about") -> "about 8,000 spectators"; (1, "days") -> "1 day".
    """
    from readquiz.english.phrases import number

    unit = unit.strip()
    amount = str(int(value)) if _is_year(value, unit) else str(number(value))
    if _is_year(value, unit):
        body = amount  # a calendar year: "1994", never "1,994 year"
    elif unit in _ATTACHED:
        body = f"{amount}{unit}"
    elif unit.lower() in BEFORE_UNITS:
        body = f"{unit} {amount}"  # "magnitude 7.2", not "7.2 magnitude"
    elif unit.lower() in _SPELLED:
        body = f"{amount} {_SPELLED[unit.lower()]}"
    elif not unit:
        body = amount
    else:
        body = f"{amount} {singular(unit) if value == 1 else plural_unit(unit)}"
    return body if approx in (None, "", "exact") else f"{approx} {body}"


def is_measure(unit: str) -> bool:
    """Whether the unit is a measure (kilometers, dollars, %) rather than a count."""
    words = unit.strip().lower().split()
    return bool(words) and (words[-1] in MEASURE_UNITS or unit.strip() in _ATTACHED)


_RELATIVE = re.compile(r"^(?P<noun>.+?)\s+(?:who|that|which)\s+(?P<rest>.+)$")
_AUX = frozenset(
    """
is are was were has have had will would can could may might shall should must did does do
""".split()
)
_SUBJECT_START = frozenset(
    "the a an this that these those his her its their our my your he she it they we".split()
)
_PASSIVE_NEXT = frozenset(
    """
by in at on during from down up out off over into near when since after statewide
nationwide worldwide countrywide
""".split()
)
_NOT_NOUN_END = frozenset({"of", "in", "on", "at", "for", "by", "from", "with", "to"})


_DETERMINER_SUBJECTS = frozenset(
    "the a an this that these those his her its their our my your".split()
)


def continues_name(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` goes on a name, so no clause or subject starts there.

    "Junior Duck Stamp entries submitted ...": "Duck" follows the capitalised "Junior"
    and "Stamp" follows "Duck"; a noun that ends in a capitalised word before another
    one ("Junior" | "Duck Stamp entries") is a name cut in two, never a noun and the
    subject of its clause ("Duck Stamp entries submitted 574 Junior").
    """
    return 0 < i < len(tokens) and tokens[i][:1].isupper() and tokens[i - 1][:1].isupper()


def _name_run(tokens: list[str]) -> int:
    """How many capitalised words open ``tokens`` ("Junior Duck Stamp entries" -> 3)."""
    run = 0
    while run < len(tokens) and tokens[run][:1].isupper():
        run += 1
    return run


def _verb_like(word: str) -> bool:
    low = word.lower().strip(",")
    return low in _AUX or base_verb(low) is not None


def _subject_split(tokens: list[str]) -> int | None:
    """Where the verb starts in "the race lasted ..." (after a short subject), or None."""
    if not tokens or (tokens[0].lower() not in _SUBJECT_START and not tokens[0][:1].isupper()):
        return None
    if tokens[0].lower() in _DETERMINER_SUBJECTS and len(tokens) > 1 and _verb_like(tokens[1]):
        return None  # "those released": a reduced relative, not a subject and its verb
    return _verb_at(tokens, 6)


def _verb_at(tokens: list[str], upto: int, also: frozenset[str] = frozenset()) -> int | None:
    """Where the verb after a short subject starts (before ``upto``), or None.

    A preposition first means no subject and verb: "male snakes among ...". Words in
    ``also`` count as verbs too.
    """
    for i in range(1, min(len(tokens), upto)):
        word = tokens[i].lower().strip(",")
        if word in _NOT_NOUN_END:
            return None
        if word in also or word in _AUX or base_verb(word) is not None:
            return i
    return None


BOUNDS = frozenset("more than|less than|at least|at most|fewer than|over|under|up to".split("|"))
"""Hedges that bound a figure on one side: "at least 93" is true of 130 as well."""

_NOTE = re.compile(r"\s*\((?P<note>[^()]*)\)")
_HEDGES = ("at least", "at most", "more than", "less than", "fewer than", "nearly", "almost")
_DETERMINERS = frozenset("the these those its their his her our this that".split())


def note_free(what: str) -> tuple[str, str | None]:
    """A fact's ``what`` without a note in brackets, and the hedge such a note gives.

    "the death toll of the floods (at least this many)" -> ("the death toll of the
    floods", "at least"): a note pasted mid-stem or mid-statement reads as garbage.
    """
    hedge = None
    for found in _NOTE.finditer(what):
        note = found.group("note").strip().lower()
        hedge = next((h for h in _HEDGES if note.startswith(h)), hedge)
    return " ".join(_NOTE.sub("", what).split()), hedge


def _of_determined(noun: str) -> str:
    """A determined noun after "How many" or a figure: "of the new candidates"."""
    first = noun.split()[0].lower() if noun.split() else ""
    owned = first.endswith(("'s", "’s", "s'", "s’"))  # "42 of Assam's districts"
    return f"of {noun}" if first in _DETERMINERS or owned else noun


_PRESENT_OPINION = frozenset(
    """
believe believes think thinks expect expects estimate estimates say says know knows
suspect suspects predict predicts fear fears
""".split()
)
"""Verbs of a present view: "scientists believe", "officials estimate"."""


def _own_subject(rest: list[str]) -> int | None:
    """Where the verb of a relative clause with its own subject starts, or None.

    The one test of whether a count's relative is the object of its clause:
    "scientists believe affect Earth" -> 1 and "the race lasted" -> 2 (the relative
    word stands for the object: "that the race lasted"); "started the race" and "use
    dogs trained to ..." (the relative is the subject) -> None.
    """
    from readquiz.english.inversion import is_participle

    if not rest or rest[0].lower() in _AUX or base_verb(rest[0]) or is_participle(rest[0]):
        return None
    first = rest[0].lower()
    if first not in _SUBJECT_START and not rest[0][:1].isupper() and not first.endswith("s"):
        return None  # "who use dogs trained to ...": a verb of the relative, not a subject
    return _verb_at(rest, 4, _PRESENT_OPINION)


def _object_clause(rest: list[str]) -> str | None:
    """The clause after a relative that is not its subject, inverted, or None.

    "scientists believe affect Earth" -> "do scientists believe affect Earth"; "the
    race lasted" -> "did the race last"; "started the race" (the relative is its
    subject) -> None.
    """
    from readquiz.english.inversion import invert

    i = _own_subject(rest)
    if i is None:
        return None
    word = rest[i].lower().strip(",")
    if word in _PRESENT_OPINION:
        aux = "does" if word.endswith("s") else "do"
        verb = word[:-1] if word.endswith("s") else word
        return " ".join([aux, *rest[:i], verb, *rest[i + 1 :]])
    return invert(" ".join(rest[i:]), " ".join(rest[:i]))


def how_many(what: str) -> str | None:
    """A count's question: "the number of riders who started the race" -> "How many ...?".

    "the number of riders who started the race" -> "How many riders started the race?";
    "the number of days the race lasted" -> "How many days did the race last?"
    and "the number of riders brought down by the crash" -> "How many riders were
    brought down by the crash?". None when the phrase has another shape.
    """
    from readquiz.english.inversion import invert, is_participle

    text = note_free(what)[0]
    found = re.match(r"^(?:the\s+)?(?:number|count)\s+of\s+(.+)$", text, re.I)
    clause = found is None
    if not found:
        found = re.match(r"^how\s+many\s+(.+)$", text, re.I)
    if not found:
        return None
    body = found.group(1)
    relative = _RELATIVE.match(body)
    if relative and relative.group("noun").split()[-1].lower() in _NOT_NOUN_END:
        return None  # "the number of days by which ...": no plain question word order
    if relative and len(relative.group("noun").split()) <= 4:
        counted = _of_determined(relative.group("noun"))
        inverted = _object_clause(relative.group("rest").split())
        if inverted:
            # "energy fields that scientists believe affect Earth": the relative is
            # not the clause's subject, so the question inverts it ("How many energy
            # fields do scientists believe affect Earth?")
            return f"How many {counted} {inverted}?"
        return f"How many {counted} {relative.group('rest')}?"
    tokens = body.split()
    # a name before the noun counts as one word: "Junior Duck Stamp entries"
    longest = 3 + max(0, _name_run(tokens) - 1)
    for size in range(1, min(longest + 1, len(tokens))):
        noun, rest = tokens[:size], tokens[size:]
        if any(w.lower() in _NOT_NOUN_END or w.lower() in PREPOSITIONS for w in noun):
            return None  # "male snakes among ...": no noun ends in a preposition
        if continues_name(tokens, size):
            continue  # "Junior" | "Duck Stamp entries": a name is not cut in two
        if noun[-1].lower() in ("when", "why", "whose", "whom", "how"):
            return None  # "the number of days when ...": no plain question word order
        if noun[-1].lower() == "where" and size > 1:
            # "the number of countries where Pew asked people questions" -> "In how
            # many countries did Pew ask people questions?"
            verb_at = _subject_split(rest)
            if verb_at is None:
                return None
            inverted = invert(" ".join(rest[verb_at:]), " ".join(rest[:verb_at]))
            return f"In how many {' '.join(noun[:-1])} {inverted}?"
        if len(rest) > 1 and rest[0].lower() not in _AUX and is_participle(rest[0]):
            # A participle straight after the noun, then its agent or place: the
            # passive "riders brought down by the crash", "people killed in the attack".
            if rest[1].lower() in _PASSIVE_NEXT:
                return f"How many {_of_determined(' '.join(noun))} were {' '.join(rest)}?"
        if clause and rest and (rest[0].lower() in _AUX or base_verb(rest[0]) is not None):
            # "how many people attended the rally": the noun is the subject.
            return f"How many {_of_determined(' '.join(noun))} {' '.join(rest)}?"
        verb_at = _subject_split(rest)
        if verb_at is not None:
            subject = " ".join(rest[:verb_at])
            inverted = invert(" ".join(rest[verb_at:]), subject)
            return f"How many {_of_determined(' '.join(noun))} {inverted}?"
    return None


_AGE_WORDS = re.compile(r"\b(?:age|aged|old)\b", re.IGNORECASE)


def implies_its_unit(what: str, unit: str) -> bool:
    """Whether ``what`` already says its unit: an age is in years.

    "What figure does the article give for Collins's age when he reached America (in
    years)?" reads as a form; without the tail it reads as a question.
    """
    return unit.strip().lower() in ("years", "year") and _AGE_WORDS.search(what) is not None


_UPPER_BOUNDS = frozenset({"less than", "at most", "fewer than", "under", "up to", "no more than"})
_LOWER_BOUNDS = frozenset({"more than", "at least", "over", "no fewer than", "no less than"})
_RULE = re.compile(
    r"\b(?:(?:had|has|have|need|needs|needed|ought) to|must|could|can|may|might|should|"
    r"allowed|permitted|required)\b",
    re.I,
)
_NAMES_A_LIMIT = re.compile(
    r"\b(?:most|least|fewest|maximum|minimum|limit|cap|ceiling|threshold|\w+est)\b", re.I
)


def limit_word(what: str, approx: str) -> str | None:
    """The limit a bounded figure is ("upper limit", "lower limit"), or None for no rule.

    "the amount of fat a recipe had to contain" given as "less than 12 grams" is a
    maximum, not the amount every recipe had to contain: "What figure does the article
    give for the amount of fat a recipe had to contain?" misstates it, "What upper
    limit does the article give for ...?" asks what the article gives. Only a ``what``
    that states a rule or a possibility ("had to", "must", "could", "allowed") has a
    limit: "more than 200 million people" for the population of Pakistan is an
    estimate, and "What lower limit does the article give for the population of
    Pakistan?" would make it a rule. A ``what`` that names its limit already ("the most
    calories a recipe could have") needs no second one.
    """
    approx = approx.strip().lower()
    if approx not in _UPPER_BOUNDS and approx not in _LOWER_BOUNDS:
        return None
    if re.match(r"^how\s", what, re.I):
        return None  # "What upper limit ... for how many times longer ...": no
    if not _RULE.search(what) or _NAMES_A_LIMIT.search(what):
        return None
    return "upper limit" if approx in _UPPER_BOUNDS else "lower limit"


def figure_question(fact: Any) -> str:
    """The stem asking for a number fact (see the module's rules).

    ``ask: "{{ item | figure_question }}"``.
    """
    from readquiz.english.years import year_question

    if year := year_question(fact):
        return year  # "In what year did the Korean War end?"
    what, note = note_free(as_text(getattr(fact, "what", "")))
    unit = as_text(getattr(fact, "unit", "")).strip()
    approx = as_text(getattr(fact, "approx", "") or "").strip().lower()
    # "How many people did the quake kill? At least 60 / At least 93 / At least 130":
    # at least 60 were killed too. A bound is asked as the figure the article gives.
    bounded = approx in BOUNDS or (approx in ("", "exact") and note in BOUNDS)
    asked = None if bounded else how_many(what) or _embedded_how_many(what)
    if asked:
        return asked
    if unit == "%" or unit.lower() in ("percent", "per cent"):
        suffix = " (as a percentage)"
    elif (
        is_measure(unit)
        and unit.lower() not in what.lower()
        and not re.match(r"^(?:the\s+)?number\s+of\b", what, re.I)
        and not implies_its_unit(what, unit)
    ):
        suffix = f" (in {_unit_words(unit)})"
    else:
        suffix = ""
    asked_for = limit_word(what, approx if bounded and approx in BOUNDS else note or approx)
    return f"What {asked_for or 'figure'} does the article give for {what}{suffix}?"


def _unit_words(unit: str) -> str:
    named = {"°C": "degrees Celsius", "°F": "degrees Fahrenheit", "°": "degrees"}
    return named.get(unit, plural_unit(unit))


def _subject_clause(what: str) -> tuple[str, str] | None:
    """(noun, verb phrase) of a fact whose noun is the subject, or None.

    "the number of riders who started the race" -> ("riders", "started the race");
    "the number of riders brought down by the crash" -> ("riders", "were brought down
    by the crash").
    """
    asked = how_many(what)
    if not asked:
        return None
    body = asked[len("How many ") : -1]
    body = body[len("of ") :] if body.startswith("of ") else body  # "of Assam's districts"
    text = note_free(what)[0]
    relative = re.search(r"\s(?:who|that|which)\s", text)
    passive = re.match(r"^(.+?) were (.+)$", body)
    if relative and not re.match(r"^how\s", text, re.I):
        if _own_subject(text[relative.end() :].split()) is not None:
            # "energy fields that scientists believe affect Earth": the noun is the
            # object of the relative's clause (:func:`object_clause`), never its subject
            # ("4 energy fields scientists believe affect Earth")
            return None
        noun = text[: relative.start()].split(" of ", 1)[-1]
        return noun, text[relative.end() :]
    if passive and passive.group(1) + " " + passive.group(2) in text:
        return passive.group(1), "were " + passive.group(2)
    if re.match(r"^how\s+many\s", text, re.I) and body.lower() in text.lower():
        words = body.split()
        for size in range(1, len(words)):
            if words[size].lower() in _AUX or base_verb(words[size]) is not None:
                return " ".join(words[:size]), " ".join(words[size:])
    return None


_MODALS = frozenset("will would can could may might shall should must do does did".split())
_PARTICLES = frozenset("up down out off on in through over away back about for to with".split())
_CLAUSE_STOP = frozenset({*_NOT_NOUN_END, "who", "whom", "whose", "that", "which", "where"})


def _verb_group(tokens: list[str], start: int) -> int:
    """Where the verb group that starts at ``tokens[start]`` ends (exclusive).

    "will remove", "has set", "was celebrating", "is", "killed": an auxiliary takes the
    auxiliaries, participles or (after a modal) the bare verb that follow it.
    """
    from readquiz.english.inversion import is_participle

    end = start + 1
    while end < len(tokens):
        word = tokens[end].lower().strip(",")
        previous = tokens[end - 1].lower().strip(",")
        if previous not in _AUX or tokens[end - 1].endswith(","):
            break
        if word in _AUX or word in ("not", "been", "being") or previous in _MODALS:
            end += 1
        elif is_participle(word) or word.endswith("ing"):
            end += 1
        else:
            break
    return end


_CONJUNCTIONS = frozenset({"and", "or", "nor", "&"})
CATENATIVES = frozenset(
    """
plan want hope expect need try decide aim intend agree promise seek fail manage begin
start continue attempt offer refuse prepare choose wish vow pledge threaten arrange
""".split()
)
"""Verbs whose object is an infinitive's ("planned to use 20 trucks"): when the
infinitive has no object of its own, the count is its object and goes after it, never
between the two ("planned 20 trucks to use"); "tried 5 times to reach the summit"
stays."""


def _catenative(tokens: list[str], end: int) -> int:
    """The end of the verb group with an infinitive it takes: "planned" -> "planned to use"."""
    if end + 1 >= len(tokens) or tokens[end].lower() != "to":
        return end
    verb = tokens[end - 1].lower().strip(",")
    lemma = base_verb(verb) or (verb[:-1] if verb.endswith("s") else verb)
    following = tokens[end + 1]
    if lemma not in CATENATIVES or not following.islower() or following in _SUBJECT_START:
        return end
    after = tokens[end + 2] if end + 2 < len(tokens) else ""
    if after and (after.lower() in _SUBJECT_START or after[:1].isupper()):
        return end  # "tried to reach the summit": the infinitive has its own object
    return end + 2


def object_clause(what: str) -> tuple[str, str, str] | None:
    """A count whose noun is the object of its clause, read as (noun, before, after).

    "the number of people the earthquake killed, as reported" -> ("people", "the
    earthquake killed", ", as reported"); "how many times higher the number of schools
    is than after the last quake" -> ("times higher", "the number of schools is",
    "than after the last quake"); "the number of countries the race passed through"
    -> ("countries", "the race passed through", ""). The figure and its noun go
    between the two: "the earthquake killed at least 93 people, as reported". A
    relative word before the clause's own subject changes nothing: "the number of
    facilities in Cleveland that Glenn identified to be considered" -> ("facilities in
    Cleveland", "Glenn identified", " to be considered"). None when the phrase has
    another shape (a relative clause whose subject is the noun, a prepositional phrase).
    """
    text = note_free(what)[0]
    found = re.match(r"^(?:the\s+)?(?:number|count)\s+of\s+(.+)$", text, re.I) or re.match(
        r"^how\s+many\s+(.+)$", text, re.I
    )
    if not found:
        return None
    relative = _RELATIVE.match(found.group(1))
    if relative:
        # "facilities in Cleveland that Glenn identified ...": the relative word says
        # where the noun ends, so a preposition inside it is the noun's own
        noun = relative.group("noun").split()
        clause = relative.group("rest").split()
        verb = _own_subject(clause)
        if verb is None or len(noun) > 4 or noun[-1].lower() in _NOT_NOUN_END:
            return None  # "riders who started the race": the noun is the subject
        return _around_the_count(noun, clause, verb)
    tokens = found.group(1).split()
    subject = next(
        (
            i
            for i, w in enumerate(tokens)
            if i > 0
            and (w.lower() in _SUBJECT_START or w[:1].isupper())
            and not continues_name(tokens, i)
        ),
        None,
    )
    if subject is None or subject > 4:
        return None
    noun = tokens[:subject]
    if any(w.lower().strip(",") in _CLAUSE_STOP for w in noun) or noun[-1].endswith(","):
        return None
    if noun[-1].lower() in _CONJUNCTIONS or any(w.lower() in PREPOSITIONS for w in noun):
        # "Fish and | Wildlife staffers ...": a name goes on, no subject starts; "male
        # snakes among | those released": a noun ends in no preposition
        return None
    rest = tokens[subject + 1 :]
    aux = next((i for i, w in enumerate(rest) if w.lower().strip(",") in _AUX), None)
    past = next((i for i, w in enumerate(rest) if base_verb(w.strip(",")) is not None), None)
    verb = aux if aux is not None else past
    if verb is None or verb > 5:
        return None
    return _around_the_count(noun, tokens[subject:], verb + 1)


def _around_the_count(noun: list[str], tokens: list[str], verb: int) -> tuple[str, str, str]:
    """(noun, before, after) of a clause whose verb starts at ``tokens[verb]``.

    The count and its noun go after the verb group ("the earthquake killed | 93
    people"), after an infinitive the verb takes ("planned to use | 20 trucks"), after
    verbs joined by "and" ("captured and restrained | 3 Key deer") and after a particle
    that ends the clause ("passed through | 3 countries").
    """
    end = _catenative(tokens, _verb_group(tokens, verb))
    while (
        end + 1 < len(tokens)
        and tokens[end].lower() in ("and", "or")
        and base_verb(tokens[end + 1].strip(",")) is not None
    ):
        end = _verb_group(tokens, end + 1)  # "captured and restrained 3 Key deer"
    if noun[-1].lower() == "times" and len(noun) == 1 and tokens[end : end + 1] != ["to"]:
        # "Elham has already failed the TOEFL 3 times": a count of times ends its clause
        # ("the team tried 5 times to reach the summit" keeps it before the infinitive)
        return "times", " ".join(tokens).rstrip(","), ""
    if tokens[end - 1].endswith(","):
        head, tail = " ".join(tokens[:end])[:-1], ", " + " ".join(tokens[end:])
        return " ".join(noun), head, tail.rstrip(", ")
    after = tokens[end:]
    lead = 0
    while lead < len(after) and after[lead].lower().strip(",") in _PARTICLES:
        lead += 1
    if lead and (lead == len(after) or after[lead - 1].endswith(",")):
        end += lead  # "passed through 3 countries", "has set up 50 committees"
    before = " ".join(tokens[:end])
    tail = " ".join(tokens[end:])
    if tail and not tail.startswith(","):
        tail = " " + tail
    return " ".join(noun), before.rstrip(","), tail


def _embedded_how_many(what: str) -> str | None:
    """A "how many ..." phrase of another shape asked as a question.

    "how many times higher the number of X is than Y" -> "How many times higher is
    the number of X than Y?", where "What figure does the article give for how many
    times higher ...?" would be garbled. None for another shape.
    """
    from readquiz.english.inversion import invert

    clause = object_clause(what) if re.match(r"^how\s+many\s", what, re.I) else None
    if clause is None:
        return None
    noun, before, after = clause
    words = before.split()
    aux = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _AUX), None)
    past = next((i for i, w in enumerate(words) if i > 0 and base_verb(w) is not None), None)
    verb = aux if aux is not None else past  # "is", not "endangered", in "the number of ..."
    if verb is None:
        return None
    inverted = invert(" ".join(words[verb:]), " ".join(words[:verb]))
    return f"How many {noun} {inverted}{after}?"


_STRANDABLE = frozenset({*PREPOSITIONS, "to"})
_RELATIVE_WORDS = frozenset("who whom whose which that where when while".split())
_GRADED_HEAD = re.compile(
    r"(?:est|maximum|minimum|average|typical|usual|top|peak|total|combined|most|least)$", re.I
)


def stranded_preposition(what: str) -> bool:
    """Whether ``what`` ends in a preposition that wants the figure as its object.

    "the speed the X-59 is expected to fly at", "the age women can expect to live to,
    on average": "The article puts ... at at 1.4 times ..." doubles it.
    """
    words = note_free(what)[0].split()
    before_comma = next((w for w in words if w.endswith(",")), None)
    last = (before_comma or (words[-1] if words else "")).rstrip(",").lower()
    return last in _STRANDABLE


def stranded_clause(what: str) -> tuple[str, str] | None:
    """The clause of a ``what`` whose preposition wants the figure, and what follows it.

    "the speed the X-59 is expected to fly at" -> ("the X-59 is expected to fly at",
    ""); "the speed in kilometers per hour the X-59 is expected to fly at" -> the same
    (its unit is the figure's); "the age women can expect to live to, on average" ->
    ("women can expect to live to", ", on average"). The figure goes after the
    preposition: "the X-59 is expected to fly at 1.4 times the speed of sound". None
    when the head is more than one plain noun ("the greatest length an indigo snake
    can grow to": "an indigo snake can grow to 9 feet" would drop "greatest"), or the
    rest is no subject and its verb.
    """
    text = note_free(what)[0]
    if not stranded_preposition(text):
        return None
    head, _, tail = text.partition(",")
    tokens = head.split()
    if len(tokens) < 4 or tokens[0].lower() not in ("the", "a", "an"):
        return None
    if _GRADED_HEAD.search(tokens[1]) or tokens[1][:1].isupper():
        return None
    start = 2
    if tokens[start].lower() in ("in", "per"):  # "the speed in kilometers per hour ..."
        start += 1
        while start < len(tokens) and not (
            tokens[start].lower() in _DETERMINER_SUBJECTS or tokens[start][:1].isupper()
        ):
            start += 1
    clause = tokens[start:]
    if len(clause) < 3 or clause[0].lower() in _STRANDABLE or not clause[0].isalpha():
        return None  # "the number of aspects ...": a noun goes on, no clause starts
    if clause[0].lower() in _DETERMINER_SUBJECTS and _verb_like(clause[1]):
        return None  # "the level those released ...": no subject
    if (
        start == 2
        and clause[0].lower() not in _SUBJECT_START
        and not clause[0][:1].isupper()
        and (clause[1].lower() in _SUBJECT_START or clause[1][:1].isupper())
    ):
        # "the home confinement Younge was placed on": the head goes on to
        # "confinement" and the subject starts after it, never "confinement Younge was
        # placed on 180 days"
        return None
    if any(w.lower().strip(",") in _RELATIVE_WORDS for w in clause):
        return None
    if _verb_like(clause[0]) or not any(_verb_like(w) for w in clause[1:-1]):
        return None
    return " ".join(clause), ("," + tail if tail.strip() else "")


def figure_statement(fact: Any, answer: Any = None) -> str:
    """A statement giving ``answer`` (a number fact's view) as the figure of ``fact``.

    ``say: "{{ item | figure_statement(answer) }}"`` -> "According to the article,
    about 30 riders were brought down by the crash." when the fact reads as a subject
    and its verb; "According to the article, the earthquake killed at least 93
    people." when its noun is the object of a clause (:func:`object_clause`); else
    "The article puts the length of the lane at 2.5 kilometers." (a unit that heads
    ``what``, "the magnitude of ...", is not repeated after the figure); a rule's bound
    gives "The article puts the upper limit on the amount of fat a recipe had to contain
    at 12 grams." (:func:`limit_word`). An embedded
    question of another shape ("how many times higher ...") gives "": no statement,
    so no true/false question is made of it.
    """
    from readquiz.english.years import year_statement

    if year := year_statement(fact, answer):
        return year  # "According to the article, the Korean War ended in 1953."
    given = answer if answer is not None else fact
    what, hedge = note_free(as_text(getattr(fact, "what", "")))
    value = getattr(given, "value", 0)
    unit = as_text(getattr(given, "unit", ""))
    approx = getattr(given, "approx", None)
    if hedge and approx in (None, "", "exact"):
        approx = hedge  # "(at least this many)" is the figure's hedge
    limit = limit_word(what, as_text(getattr(fact, "approx", "") or "") or hedge or "")
    if limit:
        # "The article puts the upper limit on the amount of fat a recipe had to contain
        # at 12 grams.", never "... the amount of fat a recipe had to contain at more
        # than 16 grams" (a maximum is no amount a recipe had to contain). Any other
        # figure than the limit is false.
        counted = re.match(r"^(?:the\s+)?number\s+of\s", what, re.I)
        return (
            f"The article puts the {limit} on {what} at {quantity(value, '' if counted else unit)}."
        )
    parts = _subject_clause(what)
    if parts and value != 1 and not is_measure(unit):
        noun, verb = parts
        # "According to the article, ..." so the sentence never opens with a digit.
        amount = quantity(value, "", approx)
        return f"According to the article, {amount} {_of_determined(noun)} {verb}."
    clause = object_clause(what)
    if clause and value != 1:
        # "According to the article, the earthquake killed at least 93 people.", never
        # "The article puts how many times higher ... at 2 times."
        noun, before, after = clause
        return f"According to the article, {before} {quantity(value, '', approx)} {noun}{after}."
    stranded = stranded_clause(what)
    if stranded:
        # "According to the article, the X-59 is expected to fly at 1.4 times the speed
        # of sound.", never "The article puts the speed the X-59 is expected to fly at
        # at 1.4 times ..."
        said, aside = stranded
        return f"According to the article, {said} {quantity(value, unit, approx)}{aside}."
    if re.match(r"^how\s", what, re.I):
        return ""  # an embedded question reads as no statement: no true/false is made
    if re.match(r"^(?:the\s+)?number\s+of\s", what, re.I) or (
        re.match(rf"^(?:the\s+)?{re.escape(unit.lower())}\s+of\s", what, re.I)
        and not _is_year(value, unit)  # "the year of the team ... at 1996", never "1,996"
    ):
        unit = ""  # "the number of council members ... at 5", not "at 5 votes"; "the
        # magnitude of the earthquake at 5.3", not "at 5.3 magnitude"
    amount = quantity(value, unit, approx)
    if "," in what or stranded_preposition(what):
        # "the number of disasters in 2011, the most in a single year": the figure
        # cannot follow the aside ("... in a single year at 16").
        return f"The article gives {amount} as {what}."
    if amount.startswith(("at least", "at most")):
        return f"The article gives {what} as {amount}."
    return f"The article puts {what} at {amount}."
