"""Evidence that proves the answer: the cited quote holds the name, place, date or figure.

An annotation's quote often holds the event but not its answer ("clashed with police
..." for "When did the protesters clash with police?", whose answer "Sunday" sits
earlier in the sentence). :func:`prove` widens the quote to its sentence, then to the
sentences beside it in the same paragraph, then looks for a sentence elsewhere that
holds both the event and the answer. When nothing in the article holds them, the
question is not asked: a key the cited text does not prove is a wrong key.
"""

from __future__ import annotations

import re

from readquiz.engine.facts import Facts, Sentence, mentions, norm
from readquiz.engine.kinds import time_words
from readquiz.questions.model import Evidence
from readquiz.textmatch import drop_article

_STOP = frozenset(
    "the a an and or but of to in on at for with from by as is was were are be been "
    "that this these those it its their his her they he she said says will would has "
    "have had not who which what when where also than more about into over after".split()
)


def holds(text: str, needles: list[list[str]]) -> bool:
    """Whether ``text`` names one word of every group of ``needles``."""
    return all(any(mentions(text, n) for n in group if norm(n)) for group in needles)


def content_words(text: str, *, shortest: int = 4) -> set[str]:
    """The words of ``text`` that carry its content (``shortest`` letters or more)."""
    return {w for w in norm(text).split() if len(w) >= shortest and w not in _STOP}


_content_words = content_words

_PLACE_PREPOSITIONS = (
    "in inside within at on to into onto from near across through toward towards off "
    "outside around along over past via"
).split()
_TIME_LEADS = frozenset("on in at during last this next early late since by".split())
_TIME_PLAIN = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december on in at the of".split()
)


def located(text: str, names: list[str]) -> bool:
    """Whether ``text`` gives one of ``names`` as a place, not only as a word of a title.

    "told reporters in Phnom Penh Thursday" and "packed the town hall" give the place;
    "Assam Chief Minister Sarbanda Sonowal told reporters" does not say where he spoke.
    A name counts where a preposition leads to it, or where no capitalised word
    follows it as the head it modifies.
    """
    lead = "|".join(_PLACE_PREPOSITIONS)
    for name in names:
        bare = drop_article(name.strip())
        if not bare:
            continue
        for found in re.finditer(rf"(?<!\w){re.escape(bare)}(?!\w)", text, re.I):
            before = text[: found.start()]
            if re.search(rf"(?i)(?<!\w)(?:{lead})\s+(?:\S+\s+){{0,3}}$", before):
                return True
            after = text[found.end() :]
            if not re.match(r"(?:['’]s)?\s+[A-Z]", after):
                return True
    return False


_NOT_BETWEEN = (
    r"(?:over|with|to|from|for|by|against|and|or|on|at|into|toward|towards|than|after|"
    r"before|about)\b"
)
"""Words that, between two place names, make them two things, not one in the other."""


def states_within(text: str, inner: list[str], outer: list[str]) -> bool:
    """Whether ``text`` says that a place lies in another.

    "Győr in western Hungary", "Port Alden, the capital of Valdoria", "Pakistan's
    largest city of Karachi", "Karachi, Pakistan"; not "negotiate with Laos" beside a
    dam's name.
    """
    folded = norm(text)
    for a in (norm(n) for n in inner):
        for b in (norm(n) for n in outer):
            if not a or not b:
                continue
            ia, ib = re.escape(a), re.escape(b)
            patterns = (
                rf"(?<!\w){ia} (?:\w+ ){{0,4}}(?:in|of) (?:\w+ ){{0,2}}{ib}s?(?!\w)",
                # "Pakistan's largest city of Karachi", not "Laos over postponing a dam".
                rf"(?<!\w){ib}s? (?:(?!{_NOT_BETWEEN})\w+ ){{0,3}}{ia}(?!\w)",
                rf"(?<!\w){ia} {ib}(?!\w)",
            )
            if any(re.search(p, folded) for p in patterns):
                return True
    return False


def exact_time(when: str) -> list[str] | None:
    """The words a time must be cited by, when a month or day alone would not prove it.

    "in the first half of 2016" -> ["first", "half", "2016"]; "at noon on Tuesday" ->
    ["noon", "tuesday"]; "Tuesday" -> None (the day alone proves it); "Tuesday night"
    -> None ("on Tuesday" is the same day).
    """
    words = norm(when).split()
    while words and words[0] in _TIME_LEADS:
        words = words[1:]
    if not words or all(w in _TIME_PLAIN or w.isdigit() for w in words):
        return None
    if (
        len(words) == 2
        and words[0] in _TIME_PLAIN
        and words[1] in ("morning", "afternoon", "evening", "night")
    ):
        return None
    return [w for w in words if w not in ("on", "in", "at", "the", "of", "a")]


def time_of_other_verb(text: str, when: str, did: str) -> bool:
    """Whether ``when`` in ``text`` follows a participle that is not the event's own verb.

    "results released last week showed ..." -> True for "last week" and "took a lead".
    """
    folded = norm(text).split()
    phrase = norm(when).split()
    while phrase and phrase[0] in ("on", "in", "at"):
        phrase = phrase[1:]
    if not phrase:
        return False
    own = set(norm(did).split())
    for i in range(len(folded) - len(phrase) + 1):
        if folded[i : i + len(phrase)] != phrase:
            continue
        j = i - 1
        while j >= 0 and folded[j] in ("on", "in", "at", "the", "early", "late"):
            j -= 1
        if j >= 0 and folded[j].endswith("ed") and folded[j] not in own:
            return True
    return False


_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def said_inside_quotes(text: str, when: str) -> bool:
    """Whether every mention of ``when`` in ``text`` lies inside a quotation.

    "“In 2016, we saw what some people are calling a regime shift,” said Walt Meier":
    2016 is when the shift was seen, inside what he said, not when he said it. A time
    the text does not mention (or mentions outside quotation marks too) is not.
    """
    phrase = re.sub(r"^(?:on|in|at|during)\s+", "", " ".join(when.split()), flags=re.I)
    needles = [phrase, *time_words(when)] if phrase else time_words(when)
    spans = [m.span() for m in _QUOTED.finditer(text)]
    found = False
    for needle in needles:
        for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text, re.I):
            found = True
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                return False
    return found


def whole_sentences(facts: Facts, evidence: Evidence) -> Evidence:
    """The evidence widened to the sentence(s) its quote lies in.

    Left as cited when the quote is not found within one sentence.
    """
    folded = norm(evidence.quote)
    sentences = [s for s in facts.sentences_of(evidence.paragraph) if folded in norm(s.text)]
    if not sentences:
        return evidence
    paragraph = facts.paragraphs.get(evidence.paragraph, "")
    text = _span(paragraph, sentences[0], sentences[-1])
    return Evidence(evidence.paragraph, text) if text else evidence


def _span(paragraph: str, first: Sentence, last: Sentence) -> str | None:
    start = paragraph.find(first.text)
    end = paragraph.find(last.text, max(start, 0))
    if start < 0 or end < 0:
        return None
    return paragraph[start : end + len(last.text)]


def prove(facts: Facts, evidence: Evidence, needles: list[list[str]]) -> Evidence | None:
    """Evidence for ``evidence``'s fact that holds every group of ``needles``, or None.

    Tried in order: the quote itself; the sentence(s) it lies in; that span with the
    sentence before or after it (a fact told over two sentences cites both, as one
    quote of the paragraph); a sentence anywhere in the article sharing at least two
    content words with the quote (the same event) and holding the answer.
    """
    if not needles or holds(evidence.quote, needles):
        return evidence
    paragraph = facts.paragraphs.get(evidence.paragraph, "")
    sentences = facts.sentences_of(evidence.paragraph)
    folded = norm(evidence.quote)
    inside = [s for s in sentences if folded and folded in norm(s.text)]
    if not inside:
        # A quote that spans sentences: the sentences that share words with it.
        words = _content_words(evidence.quote)
        inside = [s for s in sentences if words & _content_words(s.text)][:2]
    if inside:
        first, last = inside[0], inside[-1]
        spans = [(first, last)]
        if first.index > 0:
            spans.append((sentences[first.index - 1], last))
        if last.index + 1 < len(sentences):
            spans.append((first, sentences[last.index + 1]))
        for a, b in spans:
            text = _span(paragraph, a, b)
            if text and holds(text, needles):
                return Evidence(evidence.paragraph, text)
    anchor = _content_words(evidence.quote)
    need = min(2, len(anchor))
    if need == 0:
        return None
    for sentence in facts.sentences:
        if len(anchor & _content_words(sentence.text)) >= need and holds(sentence.text, needles):
            return Evidence(sentence.paragraph, sentence.text)
    return None
