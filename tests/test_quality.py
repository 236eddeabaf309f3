"""The quality rules, re-checked on every bundled article from its annotations.

These checks do not reuse the engine's rule code: they read the article's own
entities, events and stances and test the generated questions as a teacher would,
over several seeds and every format. A new article in articles/ is covered as soon
as it lands.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from readquiz import resources
from readquiz.article.loader import load_article
from readquiz.article.model import Article
from readquiz.engine import generate
from readquiz.grading import numeric_tolerance, parse_number
from readquiz.questions.model import Question
from readquiz.templates.library import load_library
from readquiz.textmatch import fold, normalize_text

QUALITY_SETS = Path(__file__).parents[1] / "quality"
ARTICLES = [
    *resources.bundled_articles(),
    *sorted((QUALITY_SETS / "tuning").glob("*.yaml")),
    *sorted((QUALITY_SETS / "testset").glob("*.yaml")),
    *sorted((QUALITY_SETS / "testset2").glob("*.yaml")),
    *sorted((QUALITY_SETS / "testset3").glob("*.yaml")),
    *sorted((QUALITY_SETS / "testset4").glob("*.yaml")),
    *sorted((QUALITY_SETS / "testset5").glob("*.yaml")),
    *sorted((QUALITY_SETS / "testset6").glob("*.yaml")),
    *sorted((QUALITY_SETS / "tuning2").glob("*.yaml")),
    *sorted((QUALITY_SETS / "testset7").glob("*.yaml")),
    *sorted((QUALITY_SETS / "testset8").glob("*.yaml")),
    *sorted((QUALITY_SETS / "testset9").glob("*.yaml")),
]
"""The bundled articles and the real articles of the blind-rating sets (quality/)."""
SEEDS = (0, 1, 7, 2024)
FORMAT_SETS = (None, ["choice"], ["short"], ["numeric"], ["truefalse"], ["open"])


@cache
def _article(path: Path) -> Article:
    return load_article(path)


@cache
def _library() -> Any:
    return load_library([resources.builtin_templates_dir()])


@cache
def _questions(path: Path, seed: int, formats: tuple[str, ...] | None) -> list[Question]:
    qset = generate(
        _article(path), _library(), seed=seed, formats=list(formats) if formats else None
    )
    return qset.questions


def all_questions(path: Path) -> list[Question]:
    out = []
    for seed in SEEDS:
        for formats in FORMAT_SETS:
            out += _questions(path, seed, tuple(formats) if formats else None)
    return out


def mentions(text: str, phrase: str) -> bool:
    needle = normalize_text(phrase)
    return (
        bool(needle)
        and re.search(r"(?<!\w)" + re.escape(needle) + r"s?(?!\w)", normalize_text(text))
        is not None
    )


def entity_by_display(article: Article, text: str) -> tuple[str, Any] | None:
    """The article entity a choice or answer names (display capitalises the first letter)."""
    for eid, entity in article.entities.items():
        if normalize_text(entity.name) == normalize_text(text):
            return eid, entity
    return None


def ancestors(article: Article, eid: str) -> list[str]:
    out: list[str] = []
    node = article.entities[eid].within
    while node and node not in out:
        out.append(node)
        node = article.entities[node].within
    return out


def related(article: Article, eid: str) -> set[str]:
    """Places that contain ``eid`` or lie inside it."""
    inside = {other for other in article.entities if eid in ancestors(article, other)}
    return set(ancestors(article, eid)) | inside


def item_of(article: Article, question: Question) -> Any:
    item_id = question.id.split("/", 1)[1]
    for group in (article.events, article.numbers, article.stances):
        for item in group:
            if item.id == item_id:
                return item
    if item_id in article.entities:
        return article.entities[item_id]
    return next((t for t in article.vocabulary if article.term_id(t) == item_id), None)


@pytest.fixture(params=ARTICLES, ids=[p.stem for p in ARTICLES])
def path(request: pytest.FixtureRequest) -> Path:
    return request.param


def test_there_are_articles_to_check() -> None:
    assert len(ARTICLES) >= 1


def test_every_question_has_evidence_in_its_paragraph(path: Path) -> None:
    article = _article(path)
    paragraphs = {p.number: p.text for p in article.paragraphs}
    for q in all_questions(path):
        assert q.evidence.paragraph in paragraphs, q.id
        assert fold(q.evidence.quote) in fold(paragraphs[q.evidence.paragraph]), q.id
        assert q.explanation.strip(), q.id


def test_no_stem_contains_its_answer(path: Path) -> None:
    article = _article(path)
    for q in all_questions(path):
        if q.format == "truefalse":
            continue
        if q.format == "numeric":
            assert not mentions(q.prompt, str(q.answer)), q.prompt
            continue
        answer = str(q.answer)
        if answer in ("For", "Against", "Neutral", "Mixed"):
            continue  # positions are everyday words, not names
        assert not mentions(q.prompt, answer), (q.id, q.prompt)
        found = entity_by_display(article, answer)
        if found:
            for alias in found[1].aliases:
                assert not mentions(q.prompt, alias), (q.id, q.prompt, alias)


def test_choices_are_three_to_five_distinct_with_the_answer_once(path: Path) -> None:
    for q in all_questions(path):
        if q.format == "truefalse":
            assert q.choices == ["True", "False"] and q.answer in q.choices
            assert q.prompt.startswith("True or false: ")
            continue
        if q.format != "choice":
            assert q.choices is None, q.id
            continue
        assert q.choices is not None and 3 <= len(q.choices) <= 5, q.id
        normalised = [normalize_text(c) for c in q.choices]
        assert len(set(normalised)) == len(normalised), q.choices
        assert q.choices.count(str(q.answer)) == 1, (q.id, q.choices)


def test_no_place_choice_contains_or_lies_inside_the_answer(path: Path) -> None:
    article = _article(path)
    for q in all_questions(path):
        if q.format != "choice":
            continue
        found = entity_by_display(article, str(q.answer))
        if not found or found[1].kind != "place":
            continue
        bad = related(article, found[0])
        item = item_of(article, q)
        if item is not None and getattr(item, "kind", None) == "place":
            bad |= related(article, q.id.split("/", 1)[1])
        for choice in q.choices or []:
            other = entity_by_display(article, choice)
            if other and choice != q.answer:
                assert other[0] not in bad, (q.id, choice)


def test_event_questions_never_offer_a_co_agent_or_the_actors_other_place(path: Path) -> None:
    article = _article(path)
    for q in all_questions(path):
        item = item_of(article, q)
        if q.format != "choice" or item is None or not hasattr(item, "did"):
            continue
        agents = {item.who} if isinstance(item.who, str) else set(item.who)
        wrong = set(agents)
        if item.where and normalize_text(article.entities[item.where].name) == normalize_text(
            str(q.answer)
        ):
            for other in article.events:
                others = {other.who} if isinstance(other.who, str) else set(other.who)
                if other.id != item.id and other.where and agents & others:
                    wrong.add(other.where)
        for choice in q.choices or []:
            if choice == q.answer:
                continue
            for eid in wrong:
                assert not mentions(choice, article.entities[eid].name), (q.id, choice)


def test_stance_questions_never_offer_a_second_holder_or_claim(path: Path) -> None:
    article = _article(path)
    for q in all_questions(path):
        item = item_of(article, q)
        if q.format != "choice" or item is None or not hasattr(item, "claim"):
            continue
        same_side = [
            s for s in article.stances if s.topic == item.topic and s.position == item.position
        ]
        wrong_names = set()
        wrong_claims = {s.claim for s in article.stances if s.holder == item.holder}
        for s in same_side:
            wrong_names.add(article.entities[s.holder].name)
            wrong_claims.add(s.claim)
            if s.voiced_by:
                wrong_names.add(article.entities[s.voiced_by].name)
        if item.voiced_by:
            wrong_names |= {
                article.entities[item.voiced_by].name,
                article.entities[item.holder].name,
            }
        for choice in q.choices or []:
            if choice == q.answer:
                continue
            assert normalize_text(choice) not in {normalize_text(n) for n in wrong_names}, (
                q.id,
                choice,
            )
            assert choice not in wrong_claims, (q.id, choice)


_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?(?: (?:million|billion|trillion))?")


def _is_year(value: float, unit: str) -> bool:
    return value == int(value) and 1000 <= value <= 2100 and unit.lower() in ("", "year", "years")


def test_number_choices_share_the_answers_form_and_are_far_apart(path: Path) -> None:
    article = _article(path)
    facts = {n.id: n for n in article.numbers}
    checked = 0
    for q in all_questions(path):
        fact = facts.get(q.id.split("/", 1)[1])
        if fact is None or q.format != "choice":
            continue
        checked += 1
        # One unit read singular after exactly 1 ("1 day") is the same form.
        forms = {
            re.sub(r"ie$", "y", re.sub(r"s$", "", _NUMBER.sub("#", c))) for c in q.choices or []
        }
        assert len(forms) == 1, q.choices
        parsed = [parse_number(c) for c in q.choices or []]
        values = [v for v in parsed if v is not None]
        assert len(values) == len(parsed), q.choices
        tol = numeric_tolerance(fact.value, fact.approx)
        for i, a in enumerate(values):
            if fact.unit == "%":
                assert 0 <= a <= 100, q.choices
            if a != fact.value:
                # No side rule for "more than"/"less than": the stem asks for the
                # figure the article gives, and choices on one side only would make
                # the answer always the smallest (or largest) choice.
                assert abs(a - fact.value) > tol, q.choices
            for b in values[i + 1 :]:
                if _is_year(fact.value, fact.unit):
                    # years are near one another by nature ("1953" beside "1958"):
                    # distinct years, not a quarter of their size apart
                    assert abs(a - b) >= 1, q.choices
                    continue
                assert abs(a - b) >= 0.25 * max(abs(a), abs(b)) - 1e-9, q.choices
    if article.numbers and path in resources.bundled_articles():
        # not vacuous: the bundled articles ask numbers as choices (a fresh article's
        # figures may all be bounds or at the edge of their range, never choices)
        assert checked


def test_the_answers_rank_among_number_choices_gives_nothing_away(path: Path) -> None:
    # "More than X" with only larger choices made the answer always the smallest:
    # over many seeds, the answer of every number fact must not always sit at the
    # same end of the choices (smallest or largest).
    article = _article(path)
    for fact in article.numbers:
        ends = set()
        for seed in range(30):
            qset = generate(article, _library(), seed=seed, types=["numeric"], formats=["choice"])
            q = next((q for q in qset.questions if q.id.endswith("/" + fact.id)), None)
            if q is None:
                break
            values = sorted(v for v in map(parse_number, q.choices or []) if v is not None)
            key = parse_number(str(q.answer))
            assert key is not None, q.answer
            rank = values.index(key)
            ends.add("low" if rank == 0 else "high" if rank == len(values) - 1 else "mid")
        assert not ends or len(ends) >= 2, (fact.id, fact.approx, ends)


def test_no_two_questions_share_a_prompt(path: Path) -> None:
    for seed in SEEDS:
        prompts = [normalize_text(q.prompt) for q in _questions(path, seed, None)]
        assert len(prompts) == len(set(prompts))


def test_the_sample_has_three_questions_of_each_core_type() -> None:
    sample = resources.bundled_article(resources.SAMPLE_ARTICLE_ID)
    assert sample is not None
    for seed in SEEDS:
        types = [q.type for q in _questions(sample, seed, None)]
        for kind in ("who", "where", "numeric", "stance"):
            assert types.count(kind) >= 3, (seed, kind)


def _names(article: Article, eid: str) -> list[str]:
    entity = article.entities[eid]
    return [entity.name, *entity.aliases]


def test_a_claim_stands_only_among_claims_on_its_topic_that_name_no_holder(path: Path) -> None:
    # "Which statement best describes Conde's view?" with three choices opening "The
    # opposition says ..." has one choice about Conde: obvious.
    from readquiz.engine.alternatives import topics_overlap

    article = _article(path)
    claims = {normalize_text(s.claim): s for s in article.stances}
    for q in all_questions(path):
        if not q.id.startswith("stance-claim/") or q.format != "choice":
            continue
        item = item_of(article, q)
        assert not any(mentions(q.answer_text, n) for n in _names(article, item.holder)), q.id
        for choice in q.choices or []:
            other = claims.get(normalize_text(choice))
            if choice == q.answer or other is None:
                continue
            assert topics_overlap(other.topic, item.topic), (q.id, choice)
            assert not any(mentions(choice, n) for n in _names(article, other.holder)), choice


def test_vocabulary_choices_are_of_the_answers_part_of_speech(path: Path) -> None:
    from readquiz.english.pos import part_of_speech

    article = _article(path)
    by_text = {}
    for t in article.vocabulary:
        by_text[normalize_text(t.meaning)] = by_text[normalize_text(t.term)] = t
    for q in all_questions(path):
        if not q.id.startswith("vocab-meaning/") or q.format != "choice":
            continue
        want = part_of_speech(item_of(article, q).term, item_of(article, q).meaning)
        for choice in q.choices or []:
            term = by_text[normalize_text(choice)]
            assert part_of_speech(term.term, term.meaning) == want, (q.id, choice)


def test_a_vocabulary_stem_says_phrase_for_a_term_of_two_words(path: Path) -> None:
    article = _article(path)
    for q in all_questions(path):
        if q.id.startswith("vocab-term/"):
            multi = " " in item_of(article, q).term
            assert (" which phrase " if multi else " which word ") in q.prompt, q.prompt


_SPAN = re.compile(r"^In (?:the article|paragraphs? (\d+)(?:–(\d+))?), which (?:word|phrase) means")


_LY_NOUNS = frozenset(
    "family ally supply reply rally belly assembly anomaly monopoly july italy".split()
)
"""Words in -ly that are no adverbs: their -ly is not an ending a choice must share."""


_ED_WORDS = frozenset("bed red shed wed hundred indeed kindred sacred naked wicked".split())


def _ending(word: str) -> str:
    low = word.lower()
    for end in ("ing", "ed", "ly"):
        # "fly", "ugly": a short word ending in -ly is no -ly adverb
        if low.endswith(end) and not (end == "ly" and (low in _LY_NOUNS or len(low) <= 5)):
            if end == "ed" and ((low.endswith("eed") and len(low) <= 5) or low in _ED_WORDS):
                continue  # "speed", "need", "hundred": no -ed form ("agreed" is one)
            if end == "ing" and not re.search(r"[aeiouy]", low[: -len(end)]):
                continue  # "bring", "thing", "spring": no -ing form ("going" is one)
            return end
    return ""


def _only_as_a_name(word: str, paragraphs: list[str]) -> bool:
    """Whether ``word`` is written only capitalised inside sentences (a name)."""
    found = False
    for text in paragraphs:
        for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.I):
            found = True
            before = text[: m.start()].rstrip(" “\"‘'(")
            if m.group(0)[0].islower() or not before or before[-1] in ".!?":
                return False
    return found


def test_a_word_choice_offers_words_of_the_named_paragraphs_shaped_like_the_key(
    path: Path,
) -> None:
    # The key is the word as the text writes it; every choice is a word of the
    # paragraphs the stem names ("the article" when the article's other terms lie far
    # apart), never a name, with the key's number of words and its -ing, -ed or -ly
    # ending: a word that differs in form is ruled out by its form.
    article = _article(path)
    texts = {p.number: p.text for p in article.paragraphs}
    for q in all_questions(path):
        if not q.id.startswith("vocab-term/"):
            continue
        span = _SPAN.match(q.prompt)
        assert span, q.prompt
        if span.group(1) is None:  # "In the article, ...": the article's other terms
            first, last = 1, max(texts)
        else:
            first = int(span.group(1))
            last = int(span.group(2) or first)
        assert first <= q.evidence.paragraph <= last, (q.prompt, q.evidence)
        assert mentions(q.evidence.quote, q.answer_text), (q.answer_text, q.evidence.quote)
        if q.format != "choice":
            continue
        # four choices, or three when a term the key's sentence uses alike is left out
        assert len(q.choices or []) in (3, 4), q.choices
        text = " ".join(texts[n] for n in range(first, last + 1) if n in texts)
        for choice in q.choices or []:
            assert mentions(text, choice), (q.prompt, choice)
            assert len(choice.split()) == len(q.answer_text.split()), q.choices
            assert _ending(choice.split()[-1]) == _ending(q.answer_text.split()[-1]), q.choices
            if choice != q.answer_text:
                assert not _only_as_a_name(choice, [texts[n] for n in range(first, last + 1)]), (
                    q.prompt,
                    choice,
                )


_HEDGED = re.compile(
    r"(more than|less than|fewer than|at least|at most|nearly) (" + _NUMBER.pattern + ")"
)
_NOTE_HEDGE = re.compile(r"\((at least|at most|more than|less than)\b")


def test_a_false_statement_of_a_hedged_figure_is_one_the_article_rules_out(path: Path) -> None:
    # "more than 150,000 stars" makes "more than 100,000 stars" true, and does not rule
    # out "more than 200,000 stars" either: only "fewer than 100,000 stars" is false.
    # "less than 10%" likewise is contradicted only by "more than 15 percent".
    article = _article(path)
    for q in all_questions(path):
        if q.type != "numeric" or q.format != "truefalse" or q.answer != "False":
            continue
        fact = item_of(article, q)
        note = _NOTE_HEDGE.search(fact.what)
        bound = fact.approx if fact.approx not in ("exact", "about") else None
        bound = bound or (note.group(1) if note else None)
        found = _HEDGED.search(q.prompt)
        if bound is None:
            continue
        limit = re.search(r"\b(?:upper|lower) limit on .* at ([\d,.]+(?: \w+)?)", q.prompt)
        if limit:
            # "The article puts the upper limit on ... at 350 milligrams": a rule's limit
            # is one figure (quantities.limit_word), and any other one is false
            value = parse_number(limit.group(1))
            assert value is not None and value != fact.value, q.prompt
            continue
        assert found is not None, q.prompt
        hedge, value = found.group(1), parse_number(found.group(2))
        assert value is not None
        if bound in ("more than", "at least"):
            assert hedge in ("less than", "fewer than") and value < fact.value, q.prompt
        else:
            assert hedge == "more than" and value > fact.value, q.prompt


def test_number_stems_and_statements_read_as_english(path: Path) -> None:
    for q in all_questions(path):
        if q.type != "numeric":
            continue
        assert not re.search(r"\bHow many (the|these|those|its|their)\b", q.prompt), q.prompt
        assert not re.search(
            r"\b\d(?:[\d,.]*\d)? (the|these|those|its|their|\w+['’]s) ", q.prompt
        ), q.prompt
        # A note of the annotation ("(at least this many)") is never pasted mid-stem.
        assert not re.search(r"\((?!in |as a percentage)[^)]*\)", q.prompt), q.prompt
        assert not re.search(r", [^,]* at [\d,.]+\.$", q.prompt), q.prompt
        for choice in q.choices or []:
            assert not re.match(r"(?:\w+ )*1 times\b", choice), (q.id, choice)


def test_time_choices_share_their_form_and_no_two_share_a_day(path: Path) -> None:
    days = "monday tuesday wednesday thursday friday saturday sunday".split()
    for q in all_questions(path):
        if q.type != "when" or q.format != "choice":
            continue
        choices = q.choices or []
        opens_on = {c.lower().startswith("on ") for c in choices if c.split()[-1].lower() in days}
        assert len(opens_on) <= 1, q.choices
        for day in days:
            assert sum(day in normalize_text(c).split() for c in choices) <= 1, q.choices


_CONTENT_STOP = frozenset(
    "the a an and or but of to in on at for with from by as is was were are be been that "
    "this these those it its their his her they he she said says will would has have had "
    "not who which what when where also than more about into over after".split()
)


def _content(text: str) -> set[str]:
    return {w for w in normalize_text(text).split() if len(w) > 3 and w not in _CONTENT_STOP}


def test_no_headline_or_own_title_gives_the_answer_away(path: Path) -> None:
    # "NASA's Kepler Confirms Its First Planet ..." answers "Who confirmed its first
    # planet ...?"; "According to the article, who is President Bush?" answers itself.
    article = _article(path)
    for q in all_questions(path):
        item = item_of(article, q)
        if q.format in ("choice", "short") and q.type in ("who", "where"):
            if entity_by_display(article, q.answer_text) and mentions(article.title, q.answer_text):
                assert len(_content(article.title) & _content(q.prompt)) < 2, (q.id, q.prompt)
        if q.id.startswith(("role-of/", "who-role/")) and item.role:
            words = [w for w in normalize_text(item.role).split()]
            cut = next((i for i, w in enumerate(words) if w in ("of", "who", "at", "in")), None)
            head = words[: cut if cut is not None else len(words)][-1]
            assert head not in normalize_text(item.name).split(), q.id
        if q.type == "numeric" and float(item.value) in (1e3, 1e6, 1e9, 1e12):
            scale = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}
            assert scale[float(item.value)] not in q.prompt.lower(), q.prompt


def test_a_where_answer_is_cited_as_the_place_of_the_event(path: Path) -> None:
    # "Assam Chief Minister Sarbanda Sonowal told reporters" does not say where he spoke.
    article = _article(path)
    for q in all_questions(path):
        if not q.id.startswith("where-event/") or q.format == "truefalse":
            continue
        place = article.entities[item_of(article, q).where]
        names = [re.sub(r"^(the|a|an) ", "", n, flags=re.I) for n in [place.name, *place.aliases]]
        ok = False
        for name in names:
            for found in re.finditer(re.escape(name), q.evidence.quote, re.I):
                before = q.evidence.quote[: found.start()].lower()
                after = q.evidence.quote[found.end() :]
                led = re.search(
                    r"\b(in|at|on|to|from|near|into|inside|across|through)\s+(\S+\s+){0,3}$", before
                )
                ok = ok or bool(led) or not re.match(r"(['’]s)?\s+[A-Z]", after)
        assert ok, (q.id, q.evidence.quote)


def test_a_where_within_question_cites_the_containment(path: Path) -> None:
    from readquiz.engine.evidence import states_within

    article = _article(path)
    for q in all_questions(path):
        if q.id.startswith("where-within/"):
            item = item_of(article, q)
            outer = article.entities[item.within]
            assert states_within(
                q.evidence.quote, [item.name, *item.aliases], [outer.name, *outer.aliases]
            ), (q.id, q.evidence.quote)


def test_stance_evidence_is_the_whole_sentence(path: Path) -> None:
    # "the Cambodian and Vietnamese governments" shows no position; "despite challenges
    # from ... the Cambodian and Vietnamese governments" does.
    article = _article(path)
    paragraphs = {p.number: p.text for p in article.paragraphs}
    for q in all_questions(path):
        item = item_of(article, q)
        if q.type != "stance" or not hasattr(item, "claim"):
            continue
        quote = q.evidence.quote.rstrip()
        paragraph = paragraphs[q.evidence.paragraph]
        at = paragraph.find(quote)
        if at < 0 or q.template == "stance-explain":
            continue
        assert at == 0 or re.search(r"[.!?][”\"’']?\s+$", paragraph[:at]), (q.id, quote)


def test_a_when_answer_is_cited_in_full_and_as_this_events_time(path: Path) -> None:
    # "in the first half of 2016" is not proved by a "2016"; "results released last week"
    # gives when the results came out, not when the party took the lead.
    from readquiz.engine.evidence import exact_time

    article = _article(path)
    for q in all_questions(path):
        if not q.id.startswith("when-event/"):
            continue
        item = item_of(article, q)
        quote = normalize_text(q.evidence.quote)
        for word in exact_time(item.when) or []:
            assert mentions(quote, word), (q.id, word, q.evidence.quote)
        when = normalize_text(item.when).split()
        while when and when[0] in ("on", "in", "at"):
            when = when[1:]
        found = re.search(r"(\w+) (?:(?:on|in|at|the) )*" + re.escape(" ".join(when)), quote)
        if found and found.group(1).endswith("ed"):
            assert found.group(1) in normalize_text(item.did).split(), (q.id, q.evidence.quote)


def test_stance_stems_and_statements_read_as_english(path: Path) -> None:
    article = _article(path)
    for q in all_questions(path):
        assert not re.search(r"\b(for|against) (whether|if)\b", q.prompt, re.I), q.prompt
        assert not re.search(r"\b(with|of|for|to|from|by|about|at|in|on)['’]s?\b", q.prompt), (
            q.prompt
        )
        item = item_of(article, q)
        if q.template in ("stance-position", "stance-holder"):
            assert not re.match(r"(the )?importance\b", item.topic), q.prompt


def test_a_compound_act_is_asked_with_both_verbs_in_the_base_form(path: Path) -> None:
    # "When did VOA visit the villages and spoke with residents?" is ungrammatical.
    from readquiz.english.verbs import base_verb

    for q in all_questions(path):
        asked = re.match(r"(?:When|Where|How many [\w -]+?) did (.*)", q.prompt)
        if not asked:
            continue
        # Every "and" of the main clause ("the Fish and Wildlife Service set up a team
        # and decided" has two), up to a clause of its own ("rules that were drafted").
        main = re.split(
            r"\b(?:that|which|who|where|when|is|are|was|were|has|have|had)\b|,", asked.group(1)
        )[0]
        for word in re.findall(r"\band ([a-z]\w*)", main):
            verb = base_verb(word)
            assert verb is None or verb == word.lower(), q.prompt


def test_no_preposition_dangles_before_an_auxiliary(path: Path) -> None:
    # "How many male snakes among did those release?" is not English. (A statement may
    # end a relative clause in one: "The residents VOA spoke with are ...".)
    for q in all_questions(path):
        assert q.format == "truefalse" or not re.search(
            r"\b(?:of|in|on|at|for|by|from|with|among|between|about|into|across|through)"
            r" (?:did|does|do|was|were|is|are|has|have|had)\b",
            q.prompt,
        ), q.prompt


def test_a_place_goes_before_a_reported_clause(path: Path) -> None:
    # "told reporters that the dam will ruin tourism in Sihanoukville" puts the place in
    # what he said; "told reporters in Sihanoukville that ..." is what the article denies.
    article = _article(path)
    for q in all_questions(path):
        if not q.id.startswith("where-event/") or q.format != "truefalse":
            continue
        did = item_of(article, q).did
        if " that " in f" {did} ":
            head = did.split(" that ", 1)[0]
            # the place may hold a comma of its own ("in Washington, DC")
            assert re.search(re.escape(head) + r" \w+ .*? that ", q.prompt), q.prompt


def test_a_small_set_asks_each_cited_sentence_once(path: Path) -> None:
    # Two facts one sentence tells ("challenges from the Cambodian and Vietnamese
    # governments") are one claim to a reader: a set does not ask it twice while the
    # article has other sentences to ask about.
    for seed in SEEDS:
        cited = {
            (q.evidence.paragraph, normalize_text(q.evidence.quote))
            for q in _questions(path, seed, None)
        }
        want = min(8, len(cited) // 2)
        picked = generate(_article(path), _library(), seed=seed, count=want).questions
        seen = [(q.evidence.paragraph, normalize_text(q.evidence.quote)) for q in picked]
        assert len(seen) == len(set(seen)), [q.id for q in picked]
