"""Question stems and statements read as a careful teacher expects (issue 9, language).

Every rule has unit cases taken from real phrases -- the bundled articles' events, the
docs' examples, the stems raters rejected -- and an end-to-end check on the questions
`generate` makes from tests/fixtures/english/expedition.yaml and the bundled articles.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from readquiz import resources
from readquiz.article.loader import load_article
from readquiz.engine import generate
from readquiz.engine.distractors import meanings_comparable
from readquiz.engine.views import EntityView, EventView, GroupView, TermView, build_views
from readquiz.english.inversion import invert, who_form
from readquiz.english.places import at_place, did_at, where_question
from readquiz.english.punctuation import as_question, as_statement, clause
from readquiz.english.roles import with_article
from readquiz.english.wh import wh
from readquiz.english.words import find_lures
from readquiz.questions.model import Question
from readquiz.templates.library import load_library

EXPEDITION = Path(__file__).parent / "fixtures" / "english" / "expedition.yaml"
ARTICLES = [*resources.bundled_articles(), EXPEDITION]
SEEDS = (0, 1, 7)
FORMATS = (None, ("choice",), ("short",), ("truefalse",), ("numeric",), ("open",))

CLIMBERS = EntityView(id="climbers", name="the climbers", kind="group")
MAYOR = EntityView(id="ortiz", name="Lena Ortiz", kind="person")
COUNCIL = EntityView(id="council", name="the council of River Town", kind="organization")


@cache
def _questions(path: Path, seed: int, formats: tuple[str, ...] | None) -> list[Question]:
    library = load_library([resources.builtin_templates_dir()])
    qset = generate(load_article(path), library, seed=seed, formats=list(formats or []) or None)
    return qset.questions


def every_question(path: Path) -> list[Question]:
    return [q for seed in SEEDS for fmts in FORMATS for q in _questions(path, seed, fmts)]


def prompts_of(path: Path, template: str) -> set[str]:
    return {q.prompt for q in every_question(path) if q.template == template}


# --- auxiliaries, passives, copulas -------------------------------------------------


@pytest.mark.parametrize(
    ("did", "subject", "inverted"),
    [
        ("were due to arrive", CLIMBERS, "were the climbers due to arrive"),
        ("was elected", MAYOR, "was Lena Ortiz elected"),
        ("was not allowed to land", MAYOR, "was Lena Ortiz not allowed to land"),
        ("has said the plan is good", MAYOR, "has Lena Ortiz said the plan is good"),
        ("had already left", CLIMBERS, "had the climbers already left"),
        ("had a meeting", COUNCIL, "did the council of River Town have a meeting"),
        ("had to leave", CLIMBERS, "did the climbers have to leave"),
        ("will vote on the plan", COUNCIL, "will the council of River Town vote on the plan"),
        ("could not attend", MAYOR, "could Lena Ortiz not attend"),
        ("did not take sides", MAYOR, "did Lena Ortiz not take sides"),
        ("didn't attend", MAYOR, "did Lena Ortiz not attend"),
        ("did the work", MAYOR, "did Lena Ortiz do the work"),
        ("is the mayor of River Town", MAYOR, "is Lena Ortiz the mayor of River Town"),
        ("says the bridge is safe", MAYOR, "does Lena Ortiz say the bridge is safe"),
        # bundled articles and docs: a plain past takes "did" + the base form
        (
            "voted to rebuild the old stone bridge",
            COUNCIL,
            "did the council of River Town vote to rebuild the old stone bridge",
        ),
        (
            "rallied to denounce the killing",
            CLIMBERS,
            "did the climbers rally to denounce the killing",
        ),
        ("also gathered", CLIMBERS, "did the climbers also gather"),
        ("set the fastest time", MAYOR, "did Lena Ortiz set the fastest time"),
        ("broke her collarbone", MAYOR, "did Lena Ortiz break her collarbone"),
        ("went door to door", CLIMBERS, "did the climbers go door to door"),
    ],
)
def test_invert_puts_the_subject_after_the_auxiliary(
    did: str, subject: object, inverted: str
) -> None:
    assert invert(did, subject) == inverted


def test_invert_never_says_did_be() -> None:
    for did in ("were due to arrive", "was elected", "is expected to win", "are planning a march"):
        assert "did" not in invert(did, CLIMBERS).split()


def test_when_stems_invert_auxiliaries_end_to_end() -> None:
    when = prompts_of(EXPEDITION, "when-event")
    assert "When were the climbers due to arrive?" in when
    assert "When was Ines Duarte elected head of the trust?" in when
    assert not any(" did " in p and " be " in f" {p} " for p in when)


@pytest.mark.parametrize(
    ("did", "after_who"),
    [
        ("were due to arrive", "was due to arrive"),
        ("have left their homes", "has left their homes"),
        ("are planning a march", "is planning a march"),
        ("rallied to denounce the killing", "rallied to denounce the killing"),
        ("was elected", "was elected"),
    ],
)
def test_who_takes_a_singular_verb(did: str, after_who: str) -> None:
    assert who_form(did) == after_who


# --- wh-word by the answer's kind ---------------------------------------------------

NEPAL = EntityView(id="nepal", name="Nepal", kind="place", type="country")
STORM = EntityView(id="storm", name="the storm", kind="organization")
ROVER = EntityView(id="r", name="Perseverance", kind="organization", role="NASA's Mars rover")


@pytest.mark.parametrize(
    ("entity", "word"),
    [
        (MAYOR, "who"),
        (CLIMBERS, "who"),
        (COUNCIL, "who"),
        (NEPAL, "which country"),
        (EntityView(id="x", name="Somewhere", kind="place"), "what place"),
        (STORM, "what"),
        (ROVER, "what"),
        # the role's head noun is the noun before its participle phrase, not the last
        # word of it ("... developing the Pulsed Plasma Rocket" is no rocket)
        (
            EntityView(
                id="howe",
                name="Howe Industries",
                kind="organization",
                role="an Arizona-based company developing the Pulsed Plasma Rocket",
            ),
            "who",
        ),
        (
            EntityView(
                id="c", name="Cassini", kind="organization", role="a spacecraft built by NASA"
            ),
            "what",
        ),
        # a website reports and holds views through its people
        (
            EntityView(
                id="aa",
                name="Android Authority",
                kind="organization",
                role="an online technology website",
            ),
            "who",
        ),
        (
            GroupView(members=[MAYOR, COUNCIL], name="Lena Ortiz and the council", kind="group"),
            "who",
        ),
        # co-agent places of one type: its plural ("'places' for countries is loose")
        (
            GroupView(
                members=[NEPAL, EntityView(id="peru", name="Peru", kind="place", type="country")],
                name="Nepal and Peru",
                kind="place",
            ),
            "which countries",
        ),
        (
            GroupView(
                members=[NEPAL, EntityView(id="x", name="Lima", kind="place", type="city")],
                name="Nepal and Lima",
                kind="place",
            ),
            "which places",
        ),
    ],
)
def test_wh_word_follows_the_kind(entity: object, word: str) -> None:
    assert wh(entity) == word


def test_no_who_question_asks_for_a_place_or_a_thing() -> None:
    who = prompts_of(EXPEDITION, "who-event")
    assert "Which country announced that the pass would stay shut for a week?" in who
    # "What destroyed 14 tents at the camp?" -- the storm: not asked, a doer the verb
    # tells is not named (the "what" itself: test_wh_word_follows_the_kind).
    assert not any(p.startswith("Who") and ("Nepal" in p or "storm" in p) for p in who)
    for path in ARTICLES:
        article = load_article(path)
        places = {e.name.casefold() for e in article.entities.values() if e.kind == "place"}
        for q in every_question(path):
            if q.prompt.startswith("Who ") and q.format in ("choice", "short"):
                assert str(q.answer).casefold() not in places, (path.name, q.prompt)


# --- role phrases with their article ------------------------------------------------


@pytest.mark.parametrize(
    ("role", "with_it"),
    [
        ("board member", "a board member"),
        ("engineer", "an engineer"),
        ("mayor of Lisbon", "the mayor of Lisbon"),
        ("chief of the state fire service", "the chief of the state fire service"),
        ("member of the board", "a member of the board"),
        ("the mayor of the town", "the mayor of the town"),
        ("a French sprinter", "a French sprinter"),
        ("Pakistan's foreign minister", "Pakistan's foreign minister"),
        ("the town's fire chief", "the town's fire chief"),
    ],
)
def test_roles_carry_an_article(role: str, with_it: str) -> None:
    assert with_article(role) == with_it


def test_role_stems_and_statements_carry_the_article() -> None:
    assert "Who is a board member of the Alpine Trust?" in prompts_of(EXPEDITION, "who-role")
    assert "Who is the head of the Alpine Trust?" in prompts_of(EXPEDITION, "who-role")
    statements = prompts_of(EXPEDITION, "role-of") | prompts_of(EXPEDITION, "who-role")
    assert statements
    for prompt in statements:
        assert not re.search(r"\bis (?:board member|head of)\b", prompt), prompt


# --- prepositions from the text ----------------------------------------------------

LISBON = EntityView(id="lisbon", name="Lisbon", kind="place", type="city")
PORTO = EntityView(id="porto", name="Porto", kind="place", type="city")
STREET = EntityView(id="st", name="Harbor Street", kind="place", type="street")
RIDGEFIELD = EntityView(id="rf", name="Ridgefield", kind="place", type="town")
SHIP = EntityView(id="ship", name="the ship", kind="organization")


def event(did: str, quote: str, where: EntityView, who: EntityView = SHIP) -> EventView:
    return EventView(
        id="e", who=who, did=did, where=where, when=None, order=None, quote=quote, paragraph=1
    )


def test_a_direction_in_the_text_is_kept_for_every_place() -> None:
    sail = event("sailed", "The ship sailed from Lisbon in March", LISBON)
    assert where_question(sail) == "Where did the ship sail from?"
    assert at_place(LISBON, sail) == "from Lisbon"
    assert at_place(PORTO, sail) == "from Porto"  # a false statement keeps the relation


def test_a_plain_location_follows_each_places_type() -> None:
    ride = event("rode the length of the street", "rode on Harbor Street", STREET)
    assert at_place(STREET, ride) == "on Harbor Street"
    assert at_place(PORTO, ride) == "in Porto"


def test_relations_are_asked_with_their_preposition() -> None:
    crash = event("crashed", "the bus crashed near the Portuguese city of Lisbon", LISBON)
    assert where_question(crash) == "Near which city did the ship crash?"
    arrive = event("arrived in", "arrived in Lisbon", LISBON)
    assert where_question(arrive) == "Where did the ship arrive?"
    assert at_place(LISBON, arrive) == "Lisbon"  # the did has its preposition already


def test_a_destination_goes_before_a_purpose_clause() -> None:
    # dunmore-valley-fire: "Most drove south to Ridgefield"
    drive = event("drove south to find shelter", "Most drove south to Ridgefield", RIDGEFIELD)
    assert did_at(drive, RIDGEFIELD) == "drove south to Ridgefield to find shelter"


def test_a_possessor_is_not_the_place_of_the_preposition() -> None:
    # danube-womens-tour: "inside Budapest’s Millenáris velodrome"
    budapest = EntityView(id="b", name="Budapest", kind="place", type="city")
    win = event(
        "won the overall title",
        "crossing the line inside Budapest’s Millenáris velodrome",
        budapest,
    )
    assert where_question(win) == "Where did the ship win the overall title?"
    assert at_place(budapest, win) == "in Budapest"


def test_where_questions_and_statements_end_to_end() -> None:
    assert "Where did the supply ship sail from?" in prompts_of(EXPEDITION, "where-event")
    statements = {q.prompt for q in every_question(EXPEDITION) if q.id == "where-event/sail"}
    statements = {p for p in statements if p.startswith("True or false")}
    assert statements
    assert all(" sailed from " in p and " in " not in p for p in statements), statements


# --- final punctuation -------------------------------------------------------------


def test_quoted_view_questions_end_with_a_question_mark() -> None:
    stem = "who holds this view: “The jury followed the sport's rules exactly.”"
    assert (
        as_question(stem) == "who holds this view: “The jury followed the sport's rules exactly”?"
    )
    assert clause("The jury followed the rules.") == "The jury followed the rules"
    assert as_question("Who won?") == "Who won?"
    assert as_statement("The council voted") == "The council voted."
    assert as_statement("She said “Go!”") == "She said “Go!”"


def test_a_stem_ending_in_an_abbreviation_keeps_its_period() -> None:
    stem = "What is Mike Whitaker's position on operating air taxis across the U.S."
    assert as_question(stem) == (
        "What is Mike Whitaker's position on operating air taxis across the U.S.?"
    )
    assert as_question("Where is the office in Washington, D.C") == (
        "Where is the office in Washington, D.C.?"
    )
    assert as_question("Who founded Acme Inc.") == "Who founded Acme Inc.?"
    assert as_question(as_question("across the U.S.")) == "across the U.S.?"
    assert as_statement("The firm moved to the U.S.") == "The firm moved to the U.S."
    assert as_question("Who said so.") == "Who said so?"
    assert as_question("Who visited example.com.") == "Who visited example.com?"


INSTRUCTION = re.compile(r"^(?:Explain|Describe|Cite|Summarise|Summarize|Name|List)\b")


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_every_question_ends_with_a_question_mark_and_every_statement_with_a_period(
    path: Path,
) -> None:
    for q in every_question(path):
        if q.format == "truefalse" or INSTRUCTION.match(q.prompt):
            assert q.prompt.endswith("."), q.prompt
            assert not q.prompt.endswith(("..", "?.", ".”.")), q.prompt
        else:
            assert q.prompt.endswith("?"), q.prompt
            assert not q.prompt.endswith((".?", "??", ".”?")), q.prompt
        assert "  " not in q.prompt and " ?" not in q.prompt and " ." not in q.prompt, q.prompt
        assert q.prompt[:1].isupper(), q.prompt


# --- statements read as English for every kind --------------------------------------


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_true_false_statements_read_as_english(path: Path) -> None:
    statements = [q.prompt for q in every_question(path) if q.format == "truefalse"]
    assert statements
    for prompt in statements:
        body = prompt.removeprefix("True or false: ")
        assert body[:1].isupper(), prompt
        # a plural verb after one person, a singular after "the climbers", no "is board member"
        assert not re.search(r"\b(?:[A-Z][a-zé]+ [A-Z][a-zé]+) (?:were|have|are)\b", body), prompt
        assert not re.search(r"\bthe climbers (?:was|has|is)\b", body), prompt
        assert not re.search(
            r"\bis (?!the |a |an |[A-Z]|for |against |in |on |at )"
            r"[a-z]+ (?:member|rider|official)\b",
            body,
        ), prompt
        assert not re.search(r"\b(?:in|on|at) (?:in|on|at|from|to)\b", body), prompt


def test_a_false_who_statement_agrees_with_its_subject() -> None:
    library = load_library([resources.builtin_templates_dir()])
    say = next(t for t in library.templates if t.id == "who-event")
    views = build_views(load_article(EXPEDITION))
    arrive = next(e for e in views.events if e.id == "arrive")
    for answer, verb in [(arrive.who, "were"), (views.entities["lindgren"], "was")]:
        statement = say.render("say", item=arrive, article=views, answer=answer)
        assert statement.endswith(f" {verb} due to arrive."), statement


# --- vocabulary lures: a verb's meaning among verbs ---------------------------------

_VERB_PARAGRAPHS = {
    1: (
        "Envision a city where drones deliver parcels. The mayor wants to expand the "
        "network, and planners will approve the routes before officials can inspect the "
        "towers. The decision affects the region and its population, and the expansion "
        "needs a new commission."
    )
}


def test_a_verb_meaning_offers_only_verbs_as_wrong_words() -> None:
    # "Which word means “to picture something in the mind …”?" with "Envision" among
    # "decision", "expansion" and "commission": the -sion ending is no noun's here.
    lures = find_lures(
        "Envision",
        "envision",
        "to picture something in the mind that could happen in the future",
        "verb",
        1,
        _VERB_PARAGRAPHS,
    )
    assert set(lures.words) == {"expand", "approve", "inspect"}, lures


def test_a_meaning_not_a_verbs_offers_no_bare_verb_and_a_verb_s_form_no_nouns() -> None:
    # Bare verbs (after "to" or a modal) are lures only of a "to ..." meaning; "affects"
    # has no -s verbs nearby the text tells from the plural nouns, so no lures.
    bare = find_lures("expand", "expand", "the act of growing", "verb", 1, _VERB_PARAGRAPHS)
    assert bare.words == (), bare
    s_form = find_lures("affects", "affect", "to change something", "verb", 1, _VERB_PARAGRAPHS)
    assert s_form.words == (), s_form


def test_a_meaning_choice_offers_to_meanings_only_beside_a_to_meaning() -> None:
    # "What does “arranges” mean?" with "Writes down what each instrument will play"
    # among three "To ..." meanings: the form alone gives the key away.
    def term(word: str, meaning: str) -> TermView:
        return TermView(id=word, term=word, meaning=meaning, quote="", paragraph=1)

    arranges = term("arranges", "writes down what each instrument in a band will play")
    compose = term("compose", "to write a piece of music")
    perform = term("perform", "to play music for an audience")
    assert not meanings_comparable(arranges, compose)
    assert not meanings_comparable(compose, arranges)
    assert meanings_comparable(compose, perform)


def test_only_the_main_verb_after_and_takes_its_base_form_in_an_inverted_stem() -> None:
    did = "agreed on measures that aim to ensure that AI systems are safely built and deployed"
    assert invert(did, "the gathering") == (
        "did the gathering agree on measures that aim to ensure that AI systems are"
        " safely built and deployed"
    )
    assert invert("visited the villages and spoke with residents", "the mayor") == (
        "did the mayor visit the villages and speak with residents"
    )


def test_a_past_form_equal_to_its_base_still_makes_the_verb_after_and_base() -> None:
    # Blind raters (testset5): "When did the U.S. Fish and Wildlife Service set up an
    # Incident Command team and decided to send ...?" mixes verb forms.
    did = "set up an Incident Command team and decided to send three task forces to Florida"
    assert invert(did, "the Service") == (
        "did the Service set up an Incident Command team and decide to send three task"
        " forces to Florida"
    )
    assert (
        invert("put out the fire and left", "the crew") == "did the crew put out the fire and leave"
    )
    assert invert("cut taxes and raised fees", "the council") == (
        "did the council cut taxes and raise fees"
    )


_PHRASE_PARAGRAPHS = {
    1: "Astronauts did experiments aboard the orbital laboratory for the benefit of all.",
    2: "We continue to make progress to end cancer as we know it. We all know someone"
    " who has battled this terrible disease.",
    3: "Becerra wants to accelerate progress. The moon rock in orbit is near the"
    " research team of the health group.",
}


def test_a_verb_and_its_object_are_no_noun_phrase_lure() -> None:
    # Blind raters (testset5): "which phrase means 'a science lab that circles the
    # Earth'?" among "Know someone", "Accelerate progress", "Make moonshot": after
    # "to" a word opens an infinitive, and "someone" is a pronoun.
    # The text's phrases of a noun phrase's shape (never offered beside a term: a
    # phrase's kind is in its meaning, tests/test_rule_guards.py) are noun phrases.
    from readquiz.english.words import _shaped_like

    found = [w for t in _PHRASE_PARAGRAPHS.values() for w in _shaped_like(t, 2, "2::noun:False")]
    assert {"moon rock", "research team", "health group"} <= set(found), found
    assert not [w for w in found if w.split()[0].lower() in ("know", "accelerate", "make")], found
    lures = find_lures(
        "orbital laboratory",
        "orbital laboratory",
        "a science lab that circles the Earth in space",
        "noun",
        1,
        _PHRASE_PARAGRAPHS,
    )
    assert lures.words == (), lures


def test_a_meaning_holding_anothers_word_inside_a_longer_one_is_right_for_it_too() -> None:
    # Blind raters (testset5): "What does 'threatened' mean?" with "In danger, at risk of
    # dying out" (the meaning of 'imperiled') beside "Officially listed as likely to
    # become endangered": both are right (second-correct).
    from readquiz.english.words import meanings_overlap

    assert meanings_overlap(
        "officially listed as likely to become endangered in the near future",
        "in danger, at risk of dying out",
    )
    assert not meanings_overlap("in danger, at risk of dying out", "an important point in progress")


def test_a_second_verb_after_but_takes_the_base_form_too() -> None:
    # "Where did Erika Flores first go to university but felt isolated?" (ungrammatical)
    assert invert("first went to university but felt isolated", "Erika Flores") == (
        "did Erika Flores first go to university but feel isolated"
    )


def test_an_event_about_a_similar_case_is_not_asked() -> None:
    # "Where did the Pew researchers find a similar case?" -- similar to what? (vague)
    from readquiz.english.wellformed import unanchored_reference

    assert unanchored_reference("found a similar case", pronouns=False) == "a similar case"
    assert unanchored_reference("went to see a similar bike lane", pronouns=False) is None
    assert unanchored_reference("found a case similar to Norway's", pronouns=False) is None
    assert unanchored_reference("told them to leave", pronouns=False) is None
    # "Where did the Union troops arrive in the city?", "the president at the time"
    assert unanchored_reference("arrived in the city", pronouns=False) == "in the city"
    assert unanchored_reference("the president at the time", pronouns=False) == "at the time"
    assert unanchored_reference("arrived in the city of Galveston", pronouns=False) is None
    assert unanchored_reference("moved to the capital, Kabul", pronouns=False) is None


def test_a_thing_in_ess_is_no_lure_of_a_word_for_a_person() -> None:
    # "Which word means 'a person who has been forced to leave their country ...'?"
    # offered "Success" among "Mayor" and "Mayor-elect": -ess ends "actress" and
    # "princess", not "success", "access", "process" or "business".
    paragraphs = {
        1: "Collins is a former refugee from Liberia. They spoke of his success. A reporter,"
        " a teacher and an officer from the city heard of his access to the business.",
    }
    lures = find_lures(
        "refugee",
        "refugee",
        "a person who has been forced to leave their country",
        "noun",
        1,
        paragraphs,
        person=True,
    )
    assert set(lures.words) == {"reporter", "teacher", "officer"}, lures
