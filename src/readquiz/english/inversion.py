"""Questions from statements: subject-auxiliary inversion and the verb after "who".

An event's ``did`` is a past-tense verb phrase written for its subject ("were due to
arrive", "was elected", "has said", "rallied to denounce ..."). A question about its
time or place inverts the subject and the first auxiliary, or adds "did" when there is
none:

- be (copula, passive, "be due to"): "were due to arrive" -> "were the climbers due to
  arrive" -- never "did the climbers be due to arrive";
- have + past participle: "has said" -> "has the mayor said"; "had" with an object is
  the main verb: "had a meeting" -> "did the board have a meeting";
- modals: "will vote" -> "will the council vote", "could not attend" -> "could the
  mayor not attend";
- do: "did not take sides" -> "did Pakistan not take sides";
- any other verb: "did" + its base form ("rallied" -> "did the protesters rally"), or
  "does" + base for a present ("says" -> "does the mayor say").

A question whose subject is "who" (or "which country") keeps the statement's order
but takes a singular verb: "were due to arrive" -> "Who was due to arrive?".
"""

from __future__ import annotations

from typing import Any

from readquiz.english.agreement import drop_s
from readquiz.english.verbs import as_text, base_verb, is_adverb

BE_FORMS = frozenset({"am", "is", "are", "was", "were"})
HAVE_FORMS = frozenset({"has", "have", "had"})
DO_FORMS = frozenset({"do", "does", "did"})
MODALS = frozenset({"will", "would", "can", "could", "may", "might", "shall", "should", "must"})
_NEGATIVE = {
    "isn't": "is",
    "aren't": "are",
    "wasn't": "was",
    "weren't": "were",
    "hasn't": "has",
    "haven't": "have",
    "hadn't": "had",
    "doesn't": "does",
    "don't": "do",
    "didn't": "did",
    "won't": "will",
    "wouldn't": "would",
    "can't": "can",
    "couldn't": "could",
    "shouldn't": "should",
    "mustn't": "must",
}
"""Contracted negatives, read as auxiliary + "not" so "didn't" inverts as "did ... not"."""

# Past participles that are not the regular -ed form nor the same as an irregular past
# (those are found through verbs.base_verb: said, made, told, ...).
_PARTICIPLES = frozenset(
    """
been done gone seen taken given won known shown thrown grown drawn flown blown broken
chosen spoken stolen frozen woken written driven ridden risen hidden bitten forgotten
gotten eaten fallen beaten sworn torn worn born borne shaken mistaken begun run sung
swum drunk sunk rung sprung shrunk come become overcome withdrawn undertaken overseen
forbidden forgiven arisen awoken proven sewn sown mown struck stuck hung sat stood
put set cut hit let shut spread cost hurt quit split burst bet read led fed met
""".split()
)
# After "had"/"did", these open an object, so the verb is the main verb ("had a
# meeting", "did the work"), not an auxiliary.
_OBJECT_STARTS = frozenset(
    """
a an the this that these those his her its their our my your some no any every each
nothing something everything anything little much many more most several two three
enough to
""".split()
)
_SINGULAR_AFTER_WHO = {
    "are": "is",
    "were": "was",
    "have": "has",
    "do": "does",
    "aren't": "isn't",
    "weren't": "wasn't",
    "haven't": "hasn't",
    "don't": "doesn't",
}


def _name(subject: Any) -> str:
    name = getattr(subject, "name", None)
    return name if isinstance(name, str) else as_text(subject)


def _plural(subject: Any) -> bool:
    if isinstance(subject, bool):
        return subject
    return bool(getattr(subject, "plural", False))


def is_participle(word: str) -> bool:
    """Whether ``word`` can be a past participle ("said", "elected", "been", "won")."""
    low = word.lower().strip(",.;:")
    return low in _PARTICIPLES or base_verb(low) is not None


def _agree_aux(aux: str, subject: Any) -> str:
    """An auxiliary of be/have/do agreeing with the subject it now follows."""
    if isinstance(subject, str) and not isinstance(subject, bool):
        return aux  # plain text: its number is unknown, keep what the annotator wrote
    plural = _plural(subject)
    low = aux.lower()
    pairs = {"was": "were", "is": "are", "has": "have", "does": "do"}
    if plural and low in pairs:
        return pairs[low]
    if not plural and low in {v: k for k, v in pairs.items()}:
        return {v: k for k, v in pairs.items()}[low]
    return aux


def _split_lead(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Leading adverbs ("also", "quickly") and the rest of the phrase."""
    start = 0
    while start < len(tokens) - 1 and is_adverb(tokens[start]):
        start += 1
    return tokens[:start], tokens[start:]


def _expand_negative(tokens: list[str]) -> list[str]:
    if tokens and tokens[0].lower().replace("’", "'") in _NEGATIVE:
        return [_NEGATIVE[tokens[0].lower().replace("’", "'")], "not", *tokens[1:]]
    return tokens


def _next_content(tokens: list[str], start: int) -> str:
    """The first word at or after ``start`` that is not "not" or an adverb."""
    for token in tokens[start:]:
        if token.lower() != "not" and not is_adverb(token):
            return token
    return ""


def _is_auxiliary(tokens: list[str]) -> bool:
    """Whether the phrase's first word is an auxiliary that inverts with the subject."""
    head = tokens[0].lower()
    if head in BE_FORMS or head in MODALS:
        return True
    following = _next_content(tokens, 1).lower()
    if head in HAVE_FORMS:
        # "had said" is the perfect; "had a meeting", "had to leave" use "have" itself.
        return bool(following) and following not in _OBJECT_STARTS and is_participle(following)
    if head in DO_FORMS:
        # "did not take sides": auxiliary; "did the work": the main verb "do".
        return len(tokens) > 1 and (
            tokens[1].lower() == "not" or following.lower() not in _OBJECT_STARTS
        )
    return False


def _join(words: list[str]) -> str:
    return " ".join(w for w in words if w)


_CLAUSE_OPENERS = frozenset(
    """
that which who whom whose where when while because although though if unless whether
""".split()
)
"""Words after which a verb is no longer the main verb's: a relative or that-clause
("measures that aim to ensure ... are safely built and deployed")."""


def _and_base(tokens: list[str]) -> list[str]:
    """A second past verb after "and" made base too, while it is the main verb's.

    "visited the villages and spoke with residents" -> "... visit the villages and
    speak with residents". A verb after "and" inside a relative or that-clause, or
    after "is", "are", "was", "were", "have" or a modal, stays: "agreed on measures
    that aim to ensure that AI systems are safely built and deployed" -> "agree on
    measures ... built and deployed".
    """
    out = list(tokens)
    for i in range(len(out) - 1):
        low = out[i].lower().strip(",.;:")
        if low in _CLAUSE_OPENERS or low in BE_FORMS or low in HAVE_FORMS or low in MODALS:
            break
        if low not in ("and", "but", "or"):
            continue  # "went to university but felt isolated" -> "... but feel isolated"
        word = out[i + 1]
        core = word.rstrip(",.;:")
        verb = base_verb(core)
        if verb is not None and verb.lower() != core.lower():
            out[i + 1] = verb + word[len(core) :]
    return out


def invert(did: str | int | float, subject: Any = "") -> str:
    """The phrase with ``subject`` inverted after its auxiliary, for a wh-question.

    ``{{ item.did | invert(item.who) }}``: "were due to arrive" with the climbers ->
    "were the climbers due to arrive"; "rallied to denounce" with the protesters ->
    "did the protesters rally to denounce"; "also gathered" -> "did they also gather".
    See the module's rules. Leading adverbs move after the subject.

    Args:
        did: a verb phrase without its subject.
        subject: an entity view (its ``name`` and ``plural`` are used) or text.

    Returns:
        Auxiliary, subject, rest of the phrase -- without the wh-word or "?".
    """
    text = as_text(did).strip()
    name = _name(subject)
    if not text:
        return name or as_text(did)
    lead, rest = _split_lead(text.split())
    rest = _expand_negative(rest)
    if _is_auxiliary(rest):
        aux = _agree_aux(rest[0], subject)
        return _join([aux, name, *lead, *rest[1:]])
    head = rest[0]
    core = head.rstrip(",.;:")
    past = base_verb(core)
    if past is not None:
        tail = _and_base(rest[1:])
        return _join(["did", name, *lead, past + head[len(core) :], *tail])
    low = core.lower()
    if low.endswith("s") and not low.endswith("ss") and len(low) > 2 and core.isalpha():
        aux = "do" if _plural(subject) else "does"
        bare = "have" if low == "has" else drop_s(core)  # "does Collins have", not "ha"
        return _join([aux, name, *lead, bare + head[len(core) :], *rest[1:]])
    # Past forms equal to their base (set, put, cut, hit) and bare bases; a second
    # past verb after "and" takes its base form too ("set up a team and decide ...").
    return _join(["did", name, *lead, rest[0], *_and_base(rest[1:])])


def who_form(did: str | int | float) -> str:
    """The phrase as it reads after "Who": its first verb singular.

    ``Who {{ item.did | who_form }}?``: "were due to arrive" -> "was due to arrive",
    "have left" -> "has left"; a past tense ("rallied") is the same for any subject.
    """
    text = as_text(did)
    tokens = text.split(" ")
    for i, token in enumerate(tokens):
        if not token or is_adverb(token):
            continue
        low = token.lower().replace("’", "'")
        if low in _SINGULAR_AFTER_WHO:
            tokens[i] = _SINGULAR_AFTER_WHO[low]
        break
    return " ".join(tokens)
