"""Words of the text as a vocabulary question uses them: surface forms, shapes, lures.

"Which word means “to officially force someone to leave a country”?" is answered by
the word as the article writes it ("expelled", not the dictionary's "expel"), and its
wrong choices are other words of the same paragraphs that look like it: another -ed
word beside "expelled", an -ing word beside "harvesting", a plural beside "sanctions",
a two-word noun phrase beside "civil war". A wrong word that differs in form (the one
-ed word among nouns), a name, a function word or a word of the meaning itself would
tell the student which choice is right, or be right too.

No lexicon and no tagger (the core stays headless and quick): shapes are read from
suffixes and from the words around a word (a determiner before a noun, "to" or a
modal before a bare verb). A word whose shape cannot be read has no lures, and its
question is asked as a short answer only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from readquiz.english.agreement import drop_s
from readquiz.english.pos import infinitive
from readquiz.english.verbs import base_verb

FUNCTION_WORDS = frozenset(
    """
a an the this that these those some any each every either neither no none all both
half several many much more most few fewer less least other another such own same
i me my mine we us our ours you your yours he him his she her hers it its they them
their theirs who whom whose which what whatever whoever when where why how whether
and or but nor so yet if then than because since while although though unless until
as of to in on at by for from with without within into onto upon about above below
over under between among through during before after against around across along
beyond behind near off out up down toward towards via per like unlike despite
is am are was were be been being has have had having do does did doing done
will would shall should can could may might must ought not never also just only
even still already very too quite rather really almost again ever here there now
once twice today yesterday tomorrow said says say told tell asked get got
one two three four five six seven eight nine ten eleven twelve twenty thirty forty
fifty hundred thousand million billion first second third last next
someone somebody anyone anybody everyone everybody nobody
myself yourself himself herself itself ourselves yourselves themselves
mr mrs ms dr soon ago together outside inside well back alone ahead away home old
high low long far late early less better best worse worst enough instead however
perhaps maybe yes ever often always sometimes later around abroad nearby apart
""".split()
)
"""Words no vocabulary question offers as a wrong choice: they carry no meaning to define."""

DETERMINERS = frozenset(
    """
a an the this that these those its their his her our your my some any each every no
several many few other another such all both more most
""".split()
)
"""Words before a noun: a word after one (and up to two modifiers) heads a noun phrase."""

_PREPOSITIONS = frozenset(
    """
of in on at by for from with into about among between against without over under
through across toward towards after before during since despite within around behind
beyond near upon onto like as to
""".split()
)
_NOUN_PREPOSITIONS = _PREPOSITIONS - {"to"}
"""Prepositions a noun follows. "to" is left out: as often it opens an infinitive ("to
accelerate progress", "to end cancer"), and a verb and its object read as a phrase."""
_VERB_LEADS = frozenset("to would could can will should may might must did does do".split())
_HEAD_FOLLOWS = frozenset(
    """
of in on at by for from with into about among between against without over under
through across toward towards after before during since despite within around near
to as is are was were be been has have had will would can could may might must should
who which that whose and or but
""".split()
)
"""Words that may follow the last word of a noun phrase ("the civil war in ...")."""
_NOT_ING = frozenset(
    """
thing things something anything nothing everything king ring rings spring string
wing wings sing bring swing during morning mornings evening evenings ceiling sibling
""".split()
)
_NOT_LY = frozenset("only early family july italy reply supply apply rely ally holy ugly".split())
_NOT_ED = frozenset("hundred indeed kindred".split())
_ABSTRACT = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ancy", "ency", "ship", "ism")
_ADJECTIVE = ("ous", "ful", "ive", "able", "ible", "less", "ical", "ional", "ental", "ial", "ic")
_SUPERLATIVE = re.compile(
    r"(?:([bdgmnpt])\1|strong|larg|high|low|long|great|small|old|new|young|fast|slow|deep|"
    r"wid|clos|near|lat|earli|heavi|easi|hard|weak|bright|dark|cheap|rich|poor)est$"
)
_NUMBER_WORD = re.compile(
    r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million|billion)(?:-\w+)*$"
)

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"!?.—–]")


@dataclass(frozen=True)
class Token:
    """One word of a paragraph, with what a shape is read from."""

    text: str
    index: int
    """Position among the paragraph's words."""
    capital: bool
    """Capitalised where a sentence does not begin: a name, never a lure."""
    after_break: bool
    """A comma, a full stop or a quote mark comes before it."""
    before_break: bool
    """One comes after it (or the paragraph ends)."""


def tokens(text: str) -> list[Token]:
    """The words of ``text`` in order (hyphenated words whole, apostrophes kept)."""
    return list(_tokens(text))


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[Token, ...]:
    # once per text: the engine reads the same paragraphs and answers many times over
    found = list(_WORD.finditer(text))
    out: list[Token] = []
    for i, m in enumerate(found):
        before = text[found[i - 1].end() : m.start()] if i else "."
        after = text[m.end() : found[i + 1].start()] if i + 1 < len(found) else "."
        sentence_start = i == 0 or re.search(r"[.!?][\"”’')]*\s*[\"“‘(]*$", before) is not None
        word = m.group(0)
        out.append(
            Token(
                text=word,
                index=i,
                capital=word[:1].isupper() and not sentence_start,
                after_break=_CLAUSE_BREAK.search(before) is not None,
                before_break=_CLAUSE_BREAK.search(after) is not None,
            )
        )
    return tuple(out)


@lru_cache(maxsize=65536)
def _low(word: str) -> str:
    return word.lower().replace("’", "'")


def lemma(word: str) -> str:
    """A simple dictionary form: "expelled" -> "expel", "aftershocks" -> "aftershock".

    Only the regular endings (-ed through :func:`readquiz.english.verbs.base_verb`,
    plural -s, -ing with or without a dropped -e is left alone); anything else comes
    back unchanged.
    """
    low = _low(word)
    if low.endswith("ed") and low not in _NOT_ED:
        found = base_verb(low)
        if found and found != low:
            return found
    if low.endswith("s") and not low.endswith(("ss", "us", "is", "ous")) and len(low) > 3:
        return drop_s(low)
    return low


def form_class(word: str) -> str | None:
    """The ending a word's form shows, as a label; None for a word without one.

    "ing", "ed" (a past form :func:`readquiz.english.verbs.base_verb` reads), "ly",
    "plural", "abstract" (-tion, -ment, -ness, -ity ...), "adj" (-ous, -ive, -less ...).
    """
    low = _low(word)
    core = low.rsplit("-", 1)[-1]
    if len(core) < 3:
        return None
    if core.endswith("ing") and len(core) > 5 and core not in _NOT_ING:
        return "ing"
    if core.endswith("ed") and len(core) > 4 and core not in _NOT_ED and base_verb(core):
        return "ed"
    if core.endswith("ly") and len(core) > 5 and core not in _NOT_LY:
        return "ly"
    if _plural(core):
        return "plural"
    if core.endswith(_ABSTRACT) and len(core) > 6:
        return "abstract"
    if core.endswith(_ADJECTIVE) and len(core) > 5:
        return "adj"
    return None


def _plural(core: str) -> bool:
    return (
        len(core) > 3
        and core.endswith("s")
        and not core.endswith(("ss", "us", "is", "ous", "'s"))
        and drop_s(core) != core
    )


def _word_shape(word: str, fallback: str | None) -> str | None:
    return form_class(word) or fallback


def key_shape(words: Sequence[str], pos: str) -> str | None:
    """The shape of a vocabulary term as the text writes it; None when it has none.

    The ending of its last word (and of its first, for a phrase), the number of its
    words and whether it is hyphenated; a word with no telling ending is a "noun" or a
    "verb" by its meaning's part of speech (an adjective without one has no shape).
    """
    if not words:
        return None
    lows = [_low(w) for w in words]
    if any(low in FUNCTION_WORDS for low in lows):
        return None
    fallback = {"noun": "noun", "verb": "verb"}.get(pos)
    last = _word_shape(lows[-1], fallback if len(words) == 1 else "noun")
    if last is None:
        return None
    first = form_class(lows[0]) or "" if len(words) > 1 else ""
    return f"{len(words)}:{first}:{last}:{'-' in lows[-1]}"


def verb_shaped(want: str, meaning: str) -> str | None:
    """The key's shape ``want`` as its meaning reads it; None when no lure can match it.

    A meaning that starts "to " is a verb's: the key is a verb whatever its ending says
    ("Envision" is no -sion noun), so its lures are verbs: bare ones (after "to" or a
    modal) or of its -ed or -ing form. A verb's -s form or phrase has no lures (the
    only words of their shape the text tells apart are nouns: "arranges" among
    "drums" and "songs" is the one verb). Any other meaning is no verb's: a bare verb
    is never its lure ("Envision is the only verb").
    """
    size, first, last, hyphen = want.split(":")
    verbal = infinitive(meaning)
    if not verbal:
        return None if last == "verb" else want
    if size != "1" or last == "plural":
        return None
    if last in ("ed", "ing"):
        return want
    return f"{size}:{first}:verb:{hyphen}"


def _noun_context(tok: Sequence[Token], start: int) -> bool:
    """Whether a determiner, preposition, possessive or figure leads to ``start``.

    Directly, or across one modifier shaped like one ("several powerful aftershocks",
    "of dry undergrowth" reads through "of"); no clause break may stand between.
    """
    j = start - 1
    for step in range(2):
        if j < 0 or tok[j + 1].after_break:
            return False
        low = _low(tok[j].text)
        if low in DETERMINERS or low in _NOUN_PREPOSITIONS or low.endswith("'s"):
            return True
        if _NUMBER_WORD.match(low) or low.isdigit():
            return True
        if step or low in FUNCTION_WORDS or form_class(low) not in ("adj", "ed", "ing"):
            if "-" not in low or step:
                return False
        j -= 1
    return False


def _heads(tok: Sequence[Token], last: int, phrase: bool = False) -> bool:
    """Whether the word at ``last`` ends its noun phrase (not a modifier, not a verb).

    After a phrase, "and" may join a verb ("my room shake and ...") and does not count.
    """
    if tok[last].before_break or last + 1 >= len(tok):
        return True
    follow = _low(tok[last + 1].text)
    return follow in _HEAD_FOLLOWS and not (phrase and follow in ("and", "or", "but"))


def _lure_shape(tok: Sequence[Token], start: int, size: int) -> str | None:
    """The shape of the words at ``start`` as a lure: its form, its place in the sentence.

    A word without a telling ending is a noun only after a determiner (or a
    preposition) and before a break or a preposition, a verb only after "to" or a
    modal; a plural needs the same noun context (so "lacks" in "North Korea lacks" is
    no plural noun), and so does a phrase.
    """
    words = [_low(t.text) for t in tok[start : start + size]]
    if any(w in FUNCTION_WORDS for w in words):
        return None
    last = form_class(words[-1])
    lead = _low(tok[start - 1].text) if start else ""
    if last == "adj" and size == 1 and lead in _VERB_LEADS and not tok[start].after_break:
        return None  # "to receive": a verb in -ive, never an adjective beside "Exponential"
    nounish = last in (None, "plural", "abstract") or size > 1
    if nounish and last != "verb":
        in_noun = _noun_context(tok, start) and _heads(tok, start + size - 1, size > 1)
    else:
        in_noun = False
    if last is None:
        if size == 1 and lead in _VERB_LEADS and not tok[start].after_break:
            if lead == "to" and _modifies_next(tok, start):
                return None  # "to satellite data", "to normal conditions": "to" + a noun
            last = "verb"
        elif in_noun and not _SUPERLATIVE.search(words[-1]):
            last = "noun"
        else:
            return None
    elif last == "plural" and not in_noun:
        return None
    if size > 1 and not in_noun:
        return None
    first = form_class(words[0]) or "" if size > 1 else ""
    return f"{size}:{first}:{last}:{'-' in words[-1]}"


def _modifies_next(tok: Sequence[Token], start: int) -> bool:
    """Whether the word at ``start`` stands before the noun that heads its phrase.

    "to satellite data from NASA", "to climate change.": the next word is a noun
    without an ending that ends the phrase, so "to" is a preposition and the word no
    verb. A plural may be a verb's object ("to inform visitors").
    """
    nxt = start + 1
    if nxt >= len(tok) or tok[start].before_break or tok[nxt].capital:
        return False
    low = _low(tok[nxt].text)
    if low in FUNCTION_WORDS or form_class(low) is not None:
        return False  # "to inform visitors", "to reopen economies": a verb and its object
    return _heads(tok, nxt)


def _lurable(token: Token) -> bool:
    low = _low(token.text)
    return (
        not token.capital
        and low not in FUNCTION_WORDS
        and not any(c.isdigit() for c in low)
        and not _NUMBER_WORD.match(low)
        and "'" not in low
        and len(low.replace("-", "")) >= 3
    )


def phrase_at(tok: Sequence[Token], start: int, size: int) -> str:
    """The words ``start`` .. ``start + size`` of ``tok`` as one phrase."""
    return " ".join(t.text for t in tok[start : start + size])


def find_surface(term: str, text: str) -> tuple[int, int] | None:
    """Where ``term`` stands in ``text`` as words: (first word, number of words), or None.

    The term as written ("civil war"), or with its last word inflected ("expel" ->
    "expelled", "de-escalate" -> "de-escalating", "aftershock" -> "aftershocks").
    """
    want = [_low(w) for w in _WORD.findall(term)]
    if not want:
        return None
    tok = tokens(text)
    lows = [_low(t.text) for t in tok]
    size = len(want)
    for exact in (True, False):
        for i in range(len(tok) - size + 1):
            window = lows[i : i + size]
            if window[:-1] != want[:-1]:
                continue
            if exact and window[-1] == want[-1]:
                return i, size
            if not exact and inflects(want[-1], window[-1]):
                return i, size
    return None


def inflects(base: str, word: str) -> bool:
    """Whether ``word`` is ``base`` with a regular ending ("expel" -> "expelled")."""
    if word == base or not word.startswith(base[: max(3, len(base) - 2)]):
        return False
    return lemma(word) == lemma(base) or (
        word.endswith("ing") and word[:-3] in (base, base[:-1], base + base[-1:])
    )


def surface_form(term: str, text: str) -> str:
    """The term as ``text`` writes it ("expelled" for "expel"); the term if not found."""
    found = find_surface(term, text)
    if found is None:
        return term
    start, size = found
    return phrase_at(tokens(text), start, size)


@lru_cache(maxsize=65536)
def share_stem(a: str, b: str, shortest: int = 4) -> bool:
    """Whether two words are one word's forms: one begins or ends the other.

    "expectancy" and "expect", "structural" and "structure" (a shared start of five),
    "earthquake" and "quake"; never two words shorter than ``shortest``.
    """
    a, b = _low(a), _low(b)
    if len(a) < shortest or len(b) < shortest:
        return a == b
    if a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a):
        return True
    common = len(_common_prefix(a, b))
    return common >= 5 and common >= min(len(a), len(b)) - 3


def _common_prefix(a: str, b: str) -> str:
    out = []
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        out.append(x)
    return "".join(out)


def content(text: str) -> list[str]:
    """The words of ``text`` that carry meaning (no function words), lowercased."""
    return list(_content(text))


@lru_cache(maxsize=16384)
def _content(text: str) -> tuple[str, ...]:
    # once per text: the rules ask it of the same answers and glosses again and again
    return tuple(w for w in (_low(x) for x in _WORD.findall(text)) if w not in FUNCTION_WORDS)


@dataclass(frozen=True)
class Lures:
    """Wrong words for one term: where they come from and which they are."""

    first: int
    last: int
    """The paragraphs the key and the lures lie in (a stem names them)."""
    words: tuple[str, ...]
    """The article's other vocabulary terms comparable with the key first, then words of
    those paragraphs shaped like it, nearest paragraph first."""

    @property
    def span(self) -> str:
        """How a stem names the paragraphs: "paragraph 4", "paragraphs 3–5" or "the article".

        "the article" when the words lie wider apart than :data:`REACH` either side of
        one paragraph (other terms of the article may be anywhere in it).
        """
        if self.last - self.first > 2 * REACH:
            return "the article"
        if self.first == self.last:
            return f"paragraph {self.first}"
        return f"paragraphs {self.first}–{self.last}"


PERSONISH = re.compile(r"(?:er|or|ist|ian|ee|ent|ant|man|men|ive|ary|ar|al|en|ess|people)s?$")
"""Endings of nouns for people ("reporter", "investor", "scientist", "official"): the only
lures of a term whose meaning names a person (:func:`looks_like_a_person`)."""
_THING_IN_ESS = re.compile(r"(?:cc|xc|oc|gr|dr|n)ess(?:es)?$")
"""The -ess of things, not of people: "success", "access", "excess", "process",
"progress", "address", "business"."""


def looks_like_a_person(word: str) -> bool:
    """Whether a noun ends like a word for people (:data:`PERSONISH`).

    "reporter", "scientist", "actress", "princess"; not the -ess of a thing
    (:data:`_THING_IN_ESS`): "Mayor", "Success" and "Mayor-elect" as the words that may
    mean "refugee" offered a thing among people.
    """
    if _THING_IN_ESS.search(word):
        return False
    return PERSONISH.search(word) is not None


WANT_LURES = 3
"""A word choice offers four words: the key and three lures, or it is a short answer."""
REACH = 2
"""How many paragraphs either side of the term's own the lures may come from."""
SHORTEST_LURE = 5
"""Letters a wrong word (its simple form) has at least: "Day", "Map", "Pair", "Part" beside
"Altitude" are everyday words no reader takes for a term (blind raters: implausible)."""


def comparable_register(word: str, key: str) -> bool:
    """Whether a single word of the text reads as a rival of the key word in register.

    Its simple form (:func:`lemma`) has :data:`SHORTEST_LURE` letters or more, and at
    least half as many as the key's: "Altitude" stands among "Atmosphere" and
    "Pollution", not among "Day", "Map" and "Pair"; "Manufacturer" not beside "Past"
    and "Lot". Phrases are left to their shape.
    """
    if " " in word.strip() or " " in key.strip():
        return True
    ours, theirs = lemma(word).replace("-", ""), lemma(key).replace("-", "")
    return len(ours) >= SHORTEST_LURE and 2 * len(ours) >= len(theirs)


KIND_FORMS = frozenset(("ed", "ing", "ly", "verb", "abstract", "adj"))
"""Endings that say what kind of word the key is, so the text's words of the same
ending are rivals: a verb's form, an adjective's, an act's or a state's (-tion, -ity)."""


def form_tells_kind(want: str) -> bool:
    """Whether the text's words shaped like a key of shape ``want`` are of its kind.

    A single word whose ending (:data:`KIND_FORMS`) says it: "Plummeted" among
    "Reached" and "Recorded", "Collaboration" among "Government" and "Mission". A
    plain noun, a plural or a phrase names its kind by its meaning, which the text's
    words do not share: "Thrust" (a force) among "Amount", "Technology" and
    "Company", "Doe" (a deer) among "Car" and "Trunk", "Impostor syndrome" (a
    feeling) among "Clean water" and "Route wastewater" (blind raters: no other
    choice could be a force, a deer, a feeling).
    """
    size, _, last, _ = want.split(":")
    return size == "1" and last in KIND_FORMS


def _shape_agrees(want: str, pos: str) -> bool:
    """Whether a key's shape says what its part of speech says (an -ic noun does not)."""
    last = want.split(":")[2]
    if last == "adj":
        return pos == "adjective"
    if last in ("abstract", "plural", "noun"):
        return pos in ("noun", "phrase")
    return True


def _term_fits(want: str, theirs: str | None, verbal: bool) -> bool:
    """Whether another term of shape ``theirs`` may stand beside a key of shape ``want``.

    The same number of words, and the same form where a student would see it: both
    plural or neither; both in -ed, -ing or -ly or neither (a verb bare beside a bare
    one). Their endings may differ otherwise ("Altitude" beside "Collaboration"): both
    are annotated words of the article, of one part of speech.
    """
    if theirs is None:
        return False
    size, _, last, _ = want.split(":")
    t_size, _, t_last, _ = theirs.split(":")
    if size != t_size or (last == "plural") != (t_last == "plural"):
        return False
    forms = ("ed", "ing", "ly")
    if verbal and (last == "verb") != (t_last == "verb"):
        return False
    return not (last in forms or t_last in forms) or last == t_last


def find_lures(
    surface: str,
    term: str,
    meaning: str,
    pos: str,
    paragraph: int,
    paragraphs: dict[int, str],
    banned: Iterable[str] = (),
    person: bool = False,
    terms: Sequence[tuple[str, int]] = (),
) -> Lures:
    """Words near the term's paragraph of the term's shape that are not right.

    Args:
        surface: the term as the text writes it ("expelled").
        term: the vocabulary item's term ("expel").
        meaning: its gloss; a word of it is never a lure (it would be right, or tell).
        pos: the term's part of speech (:func:`readquiz.english.pos.part_of_speech`).
        paragraph: the number of the paragraph the term is cited in.
        paragraphs: number -> text of every paragraph.
        banned: words never offered (other terms whose meaning overlaps this one's).
        person: the meaning names a person or people: only words that look like one
            ("reporters", "commander", "scientist") are offered, or "refugee" among
            "state", "story" and "world" is the one person.
        terms: the article's other vocabulary terms that may stand beside this one (of
            its part of speech, meaning nothing like it), each as the text writes it
            with its paragraph: offered first when of the key's form
            (:func:`_term_fits`). The text's own words fill what they leave short, of
            the key's shape and register (:func:`comparable_register`).

    Returns:
        The smallest window of paragraphs around ``paragraph`` holding
        :data:`WANT_LURES` lures, with them; or the term's own paragraph and no lures
        (then no choice question is made).
    """
    alone = Lures(paragraph, paragraph, ())
    found = find_surface(surface, paragraphs.get(paragraph, ""))
    if found is None:
        return alone
    start, size = found
    key = tokens(paragraphs[paragraph])[start : start + size]
    if not all(_lurable(t) for t in key):
        return alone  # a name among words ("Red List"), or a word no lure looks like
    want = key_shape([t.text for t in key], pos)
    if want is None or (
        want.endswith(":noun:False") and not _heads(tokens(paragraphs[paragraph]), start + size - 1)
    ):
        return alone  # "freshwater turtles": a modifier, not a noun the lures could match
    want = verb_shaped(want, meaning)
    if want is None:
        return alone
    avoid = [_low(w) for w in [*_WORD.findall(term), *_WORD.findall(surface), *content(meaning)]]
    avoid += made_forms(meaning)  # "Strengthen" is no wrong word for "to make ... stronger"
    avoid += [_low(w) for b in banned for w in _WORD.findall(b)]
    picked: list[str] = []
    seen: set[str] = {lemma(surface)}
    window = (paragraph, paragraph)
    for other, number in terms:
        if len(picked) == WANT_LURES:
            break  # enough of the article's own terms
        spot = find_surface(other, paragraphs.get(number, ""))
        if spot is None:
            continue
        theirs = tokens(paragraphs[number])[spot[0] : spot[0] + spot[1]]
        if not all(_lurable(t) for t in theirs):
            continue
        word = " ".join(t.text for t in theirs)
        key_form = " ".join(lemma(w) for w in word.split())
        parts = _low(word).split()
        if key_form in seen or any(share_stem(p, a) for p in parts for a in avoid):
            continue
        if not comparable_register(word, surface):
            continue  # "Key" beside "Refuge"
        shape = key_shape([t.text for t in theirs], pos)
        if not _term_fits(want, shape, infinitive(meaning)):
            continue
        seen.add(key_form)
        picked.append(word)
        window = (min(window[0], number), max(window[1], number))
    if not _shape_agrees(want, pos) or not (person or form_tells_kind(want)):
        # "rhetoric" (a noun) ends like an adjective: the text's words of its shape
        # would be adjectives ("Political", "Legislative"); "thrust" (a force) has
        # no telling ending: the text's nouns would be "Amount" and "Company". Only
        # terms stand beside them
        return Lures(window[0], window[1], tuple(picked)) if len(picked) >= 3 else alone
    for reach in range(REACH + 1):
        for number in sorted({paragraph - reach, paragraph + reach}):
            if number not in paragraphs:
                continue
            for word in _shaped_like(paragraphs[number], size, want):
                key_form = " ".join(lemma(w) for w in word.split())
                parts = _low(word).split()
                if key_form in seen or any(share_stem(p, a) for p in parts for a in avoid):
                    continue
                if person and not looks_like_a_person(parts[-1]):
                    continue
                if not comparable_register(word, surface):
                    continue
                seen.add(key_form)
                picked.append(word)
                window = (min(window[0], number), max(window[1], number))
        if len(picked) >= WANT_LURES:
            return Lures(window[0], window[1], tuple(picked))
    return alone


def _shaped_like(text: str, size: int, want: str) -> list[str]:
    """The words (or phrases of ``size`` words) of ``text`` of shape ``want``."""
    tok = tokens(text)
    out: list[str] = []
    for i in range(len(tok) - size + 1):
        words = tok[i : i + size]
        if not all(_lurable(t) for t in words) or any(t.after_break for t in words[1:]):
            continue
        if _lure_shape(tok, i, size) == want:
            out.append(phrase_at(tok, i, size))
    return out


GENERIC_HEADS = frozenset(
    """
person people someone somebody thing things something way ways kind kinds type types
part parts group groups number amount time times place places piece form sort
""".split()
)
"""Head words many glosses share without meaning one thing ("a person who ...")."""


def gloss_words(meaning: str) -> list[str]:
    """The words of a gloss that say what it means: no function words, no generic heads."""
    return [w for w in _content(meaning) if w not in GENERIC_HEADS and len(w) >= 4]


@lru_cache(maxsize=16384)
def meanings_overlap(a: str, b: str) -> bool:
    """Whether two glosses say much the same: they share a word (or a word's stem).

    "a kind of plant or animal" and "living things, such as plants and animals";
    "frightening episodes ... in fear" and "sudden periods of strong fear": each is
    right for the other's term too. A word of five letters or more inside another
    counts ("likely to become endangered" and "in danger, at risk of dying out": both
    are right for "threatened", blind raters on testset5).
    """
    return any(share_stem(x, y) or _inside(x, y) for x in gloss_words(a) for y in gloss_words(b))


def _inside(a: str, b: str) -> bool:
    """Whether the shorter word (five letters or more) stands inside the longer: en-danger-ed."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 5 and short in long


_CAUSATIVE = re.compile(
    r"^to make (?:(?:something|someone|it|them|things|people|(?:a|an|the) [a-z]+) )?"
    r"(?:more )?(?P<quality>[a-z]+)$"
)
"""A gloss that says "to make something X": "to make something stronger"."""
_QUALITY_NOUNS = {
    "strong": "strength",
    "long": "length",
    "wide": "width",
    "deep": "depth",
    "broad": "breadth",
    "high": "height",
    "warm": "warmth",
}
"""Adjectives whose verb of making is built on their noun: strong -> strength-en."""


def made_forms(meaning: str) -> tuple[str, ...]:
    """The stems of the verbs that say what a gloss "to make something X" says.

    "to make something stronger" -> ("stronger", "strong", "strength"): "strengthen"
    means it as "reinforce" does; "to make something wider" -> ("wider", "wide",
    "width"). Nothing for a gloss of another shape.
    """
    found = _CAUSATIVE.match(" ".join(meaning.lower().split()))
    if not found:
        return ()
    quality = found.group("quality")
    forms = [quality]
    if quality.endswith("ier") and len(quality) > 5:
        forms.append(quality[:-3] + "y")  # "heavier" -> "heavy"
    elif quality.endswith("er") and len(quality) > 4:
        bare = quality[:-2]
        forms += [bare, bare + "e"]  # "stronger" -> "strong", "wider" -> "wide"
        if len(bare) > 2 and bare[-1] == bare[-2]:
            forms.append(bare[:-1])  # "bigger" -> "big"
    forms += [_QUALITY_NOUNS[f] for f in list(forms) if f in _QUALITY_NOUNS]
    return tuple(dict.fromkeys(forms))


def _makes(word: str, forms: Sequence[str]) -> bool:
    """Whether ``word`` is a verb of making built on one of ``forms``: "strengthened"."""
    for ending in ("ening", "ened", "ens", "en", "ning", "ned", "ns", "n"):
        if word.endswith(ending) and word[: -len(ending)] in forms:
            return True  # "strengthen", "widen", "deepens"
    return word.startswith(("en", "em")) and lemma(word[2:]) in forms  # "enlarged"


def restated_in(meaning: str, text: str, surface: str) -> str | None:
    """A word of ``text`` (not the term) that is the gloss's one word, or None.

    "an earthquake" is the gloss of "temblor"; a paragraph that also says "quake"
    has a second word a student may type for it. So has a paragraph saying
    "strengthen" for "reinforce", "to make something stronger" (:func:`made_forms`).
    """
    own = {_low(w) for w in _WORD.findall(surface)}
    made = made_forms(meaning)
    if made:
        for tok in tokens(text):
            low = _low(tok.text)
            if low not in own and _makes(low, made):
                return tok.text
    words = gloss_words(meaning)
    if len(words) != 1:
        return None
    for tok in tokens(text):
        low = _low(tok.text)
        if low not in own and share_stem(low, words[0], shortest=4) and len(low) >= 4:
            return tok.text
    return None
