"""Numbers as a reader writes them, count stems, accepted typed answers, part of speech."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from readquiz import resources
from readquiz.article.loader import load_article
from readquiz.engine.views import EntityView, GroupView
from readquiz.english.answers import entity_forms, name_forms, surname, time_forms
from readquiz.english.pos import infer_pos
from readquiz.english.quantities import figure_question, figure_statement, quantity

W = "What figure does the article give for "


def fact(what: str, unit: str, value: float = 5, approx: str = "exact") -> SimpleNamespace:
    return SimpleNamespace(what=what, unit=unit, value=value, approx=approx)


# --- numbers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit", "approx", "words"),
    [
        (1800000, "dollars", "exact", "1.8 million dollars"),
        (200000000, "people", "more than", "more than 200 million people"),
        (20, "%", "about", "about 20 percent"),
        (44.9, "°C", "exact", "44.9°C"),
        (8000, "spectators", "about", "about 8,000 spectators"),
        (1, "days", "exact", "1 day"),
        (1994, "year", "exact", "1994"),
        (1100, "signatures", "more than", "more than 1,100 signatures"),
    ],
)
def test_quantities_read_as_a_reader_writes_them(
    value: float, unit: str, approx: str, words: str
) -> None:
    assert quantity(value, unit, approx) == words


@pytest.mark.parametrize(
    ("what", "unit", "stem"),
    [
        # harbor-street-bike-lane: "(in votes)" after a count of council members
        (
            "the number of council members who voted for the lane",
            "votes",
            "How many council members voted for the lane?",
        ),
        ("the number of days the race lasted", "days", "How many days did the race last?"),
        (
            "the number of riders brought down by the crash",
            "riders",
            "How many riders were brought down by the crash?",
        ),
        (
            "the number of homes the fire has destroyed",
            "homes",
            "How many homes has the fire destroyed?",
        ),
        (
            "the number of parking spaces the town will remove from the street",
            "parking spaces",
            "How many parking spaces will the town remove from the street?",
        ),
        ("how many people attended the rally", "people", "How many people attended the rally?"),
        (
            "the length of the planned bike lane",
            "kilometers",
            W + "the length of the planned bike lane (in kilometers)?",
        ),
        (
            "the temperature record set in 1994",
            "°C",
            W + "the temperature record set in 1994 (in degrees Celsius)?",
        ),
        (
            "the share of the cost that a state grant will pay",
            "%",
            W + "the share of the cost that a state grant will pay (as a percentage)?",
        ),
        # an embedded question of another shape, asked in question order
        (
            "how many times higher the number of endangered turtles is than four years ago",
            "times",
            "How many times higher is the number of endangered turtles than four years ago?",
        ),
        # an age is in years: no "(in years)" tail
        (
            "Collins's age when he finally reached America",
            "years",
            W + "Collins's age when he finally reached America?",
        ),
        (
            "the length of the study period",
            "years",
            W + "the length of the study period (in years)?",
        ),
        # a count that is not asked "how many": no unit pasted after it
        (
            "the size of the crowd in the velodrome",
            "spectators",
            W + "the size of the crowd in the velodrome?",
        ),
        (
            "the number of parking spaces on the street today",
            "parking spaces",
            W + "the number of parking spaces on the street today?",
        ),
    ],
)
def test_figure_questions_read_naturally(what: str, unit: str, stem: str) -> None:
    assert figure_question(fact(what, unit)) == stem


def test_figure_statements() -> None:
    votes = fact("the number of council members who voted for the lane", "votes", 5)
    assert (
        figure_statement(votes) == "According to the article, 5 council members voted for the lane."
    )
    lane = fact("the length of the planned bike lane", "kilometers", 1.6)
    assert (
        figure_statement(lane)
        == "The article puts the length of the planned bike lane at 1.6 kilometers."
    )
    days = fact("the number of days the race lasted", "days", 5)
    assert figure_statement(days) == "According to the article, the race lasted 5 days."


@pytest.mark.parametrize(
    ("what", "unit", "value", "approx", "statement"),
    [
        # The noun is the object of its clause: the figure goes where it belongs.
        (
            "the number of people the earthquake killed, as reported",
            "people",
            93,
            "at least",
            "According to the article, the earthquake killed at least 93 people, as reported.",
        ),
        (
            "how many times higher the number of endangered turtles is than four years ago",
            "times",
            2,
            "exact",
            "According to the article, the number of endangered turtles is 2 times higher "
            "than four years ago.",
        ),
        (
            "the number of national committees the UN has set up",
            "national committees",
            50,
            "more than",
            "According to the article, the UN has set up more than 50 national committees.",
        ),
        # A unit that heads the phrase is not said twice.
        (
            "the magnitude of the earthquake",
            "magnitude",
            7.2,
            "exact",
            "The article puts the magnitude of the earthquake at 7.2.",
        ),
        (
            "how many years ago the bridge was built, roughly",
            "years",
            3,
            "exact",
            "According to the article, the bridge was built 3 years ago, roughly.",
        ),
        # Another embedded question makes no statement (and so no true/false).
        ("how much the river rose overnight", "meters", 3, "exact", ""),
    ],
)
def test_figure_statements_are_plain_sentences(
    what: str, unit: str, value: float, approx: str, statement: str
) -> None:
    assert figure_statement(fact(what, unit, value, approx)) == statement


def test_no_bundled_stem_pastes_a_count_unit() -> None:
    from readquiz.engine import generate
    from readquiz.templates.library import load_library

    library = load_library([resources.builtin_templates_dir()])
    for path in resources.bundled_articles():
        article = load_article(path)
        counts = {n.unit for n in article.numbers if n.unit.split()[-1] not in ("%", "°C")}
        for q in generate(article, library, seed=1, types=["numeric"]).questions:
            for unit in counts:
                if unit in ("votes", "people", "riders", "spectators", "parking spaces"):
                    assert f"(in {unit})" not in q.prompt, q.prompt


# --- accepted typed answers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "last"),
    [
        ("Lena Hofbauer", "Hofbauer"),
        ("Sanne de Vries", "de Vries"),
        ("Major-General Asif Ghafoor", "Ghafoor"),
        ("Martin Luther King Jr.", "King"),
        ("Shah Mahmood Qureshi", "Qureshi"),
        ("Madonna", None),
    ],
)
def test_surname(name: str, last: str | None) -> None:
    assert surname(name) == last


def test_name_forms_accept_surname_alias_and_bare_name() -> None:
    assert name_forms("Major-General Asif Ghafoor", "person", ["Ghafoor"]) == [
        "Major-General Asif Ghafoor",
        "Ghafoor",
        "Asif Ghafoor",
    ]
    assert name_forms("the protesters", "group") == ["the protesters", "protesters"]
    assert "Smith" not in name_forms("Mary Smith", "person", taken=["John Smith"])
    assert "Smith" in name_forms("Mary Smith", "person", taken=["Ana Lusk"])


def test_co_agents_are_accepted_named_together() -> None:
    lusk = EntityView(id="l", name="Ana Lusk", kind="person", aliases=["Mayor Ana Lusk"])
    orr = EntityView(id="o", name="Tomas Orr", kind="person")
    both = GroupView(members=[lusk, orr], name="Ana Lusk and Tomas Orr", kind="person")
    assert "Lusk and Orr" in entity_forms(both)


@pytest.mark.parametrize(
    ("when", "forms"),
    [
        ("Tuesday night", ["Tuesday"]),
        ("in 2021", ["2021"]),
        ("at noon on Tuesday", ["noon on Tuesday", "Tuesday"]),
        ("early on Tuesday morning", ["Tuesday morning", "Tuesday"]),
        ("Monday afternoon", ["Monday"]),
        ("on Tuesday", ["Tuesday"]),
        ("in March 2021", ["March 2021", "2021"]),
        ("Sunday", []),
        ("last spring", []),
        ("at 7 pm on August 25", ["7 pm on August 25", "7 pm", "August 25"]),
        ("At 11:00 a.m. on Friday", ["11:00 a.m. on Friday", "11:00 a.m.", "Friday"]),
        # one end of a span is half the answer
        ("August 25–28", []),
        ("from Monday to Friday", ["Monday to Friday"]),
    ],
)
def test_time_forms(when: str, forms: list[str]) -> None:
    assert time_forms(when) == forms


# --- part of speech -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("meaning", "pos"),
    [
        ("to make a conflict less intense", "verb"),
        ("to say publicly that something is wrong", "verb"),
        ("someone who helps opponents settle a conflict", "noun"),
        ("barriers put up to stop people from passing", "noun"),
        ("guessing about something without firm evidence", "noun"),
        ("the amount of water vapour in the air", "noun"),
        ("not clear or exact", "adjective"),
        ("so dry that it catches fire very easily", "adjective"),
        ("stopped from spreading any further", "adjective"),
        ("divided into groups with different opinions", "adjective"),
        ("exactly, in every detail", "adverb"),
    ],
)
def test_part_of_speech_is_inferred_from_the_meaning(meaning: str, pos: str) -> None:
    assert infer_pos(meaning) == pos


def test_a_description_of_a_person_has_no_surname() -> None:
    assert surname("the head of Britain's vaccination effort") is None
    assert surname("Lena Hofbauer") == "Hofbauer"


# --- a calendar year is asked as a year ------------------------------------------------


def test_a_year_is_asked_in_what_year() -> None:
    from readquiz.english.years import year_question, year_statement

    ended = fact("the year the Korean War ended", "year", 1953)
    plans = fact(
        "the year the U.S. space agency plans to send another explorer to Titan", "year", 2028
    )
    assert year_question(ended) == "In what year did the Korean War end?"
    assert year_question(plans) == (
        "In what year does the U.S. space agency plan to send another explorer to Titan?"
    )
    assert year_statement(ended, fact("", "year", 1950)) == (
        "According to the article, the Korean War ended in 1950."
    )
    # another shape, or no calendar year: the figure's own stem is used
    assert year_question(fact("the year of the first vote", "year", 1990)) == ""
    assert year_question(fact("the year the Korean War ended", "years", 3)) == ""


def test_the_numeric_template_asks_a_year_in_what_year(tmp_path) -> None:
    from readquiz import resources
    from readquiz.article.loader import load_article
    from readquiz.engine import generate
    from readquiz.templates.library import load_library

    article = tmp_path / "war.yaml"
    article.write_text(
        "id: war\n"
        "title: The war\n"
        "text: |\n"
        "  The Korean War ended in 1953. The city was rebuilt in 1960.\n"
        "numbers:\n"
        "  - id: war-end\n"
        "    value: 1953\n"
        "    unit: year\n"
        "    what: the year the Korean War ended\n"
        "    quote: The Korean War ended in 1953\n"
        "  - id: rebuilt\n"
        "    value: 1960\n"
        "    unit: year\n"
        "    what: the year the city was rebuilt\n"
        "    quote: The city was rebuilt in 1960\n",
        encoding="utf-8",
    )
    library = load_library([resources.builtin_templates_dir()])
    prompts = [
        q.prompt
        for fmt in ("choice", "numeric", "truefalse")
        for q in generate(load_article(article), library, seed=1, count=50, formats=[fmt]).questions
    ]
    assert "In what year did the Korean War end?" in prompts
    assert any(
        p.startswith("True or false: According to the article, the city was rebuilt in ")
        for p in prompts
    )
    assert not any("What figure" in p or "The article puts the year" in p for p in prompts)


def test_a_capitalised_name_in_a_years_clause_is_no_verb() -> None:
    from readquiz.english.years import year_question

    un = fact("the year the United Nations made its statement", "year", 2018)
    assert year_question(un) == "In what year did the United Nations make its statement?"


# --- stems from round 8's verdicts (testset7) ---------------------------------------------


@pytest.mark.parametrize(
    ("what", "unit", "question", "statement"),
    [
        # "How many countries where did Pew ask ...?" (ungrammatical)
        (
            "the number of countries where Pew asked people questions",
            "countries",
            "In how many countries did Pew ask people questions?",
            "The article puts the number of countries where Pew asked people questions at 3.",
        ),
        # "... captured 2 Key deer and restrained." (the second verb lost its object)
        (
            "the number of Key deer the two residents captured and restrained",
            "deer",
            "How many Key deer did the two residents capture and restrain?",
            "According to the article, the two residents captured and restrained 3 Key deer.",
        ),
        # "Elham has 3 times already failed the TOEFL" (word order)
        (
            "the number of times Elham has already failed the TOEFL",
            "times",
            "How many times has Elham already failed the TOEFL?",
            "According to the article, Elham has already failed the TOEFL 3 times.",
        ),
        # "In what year did NASA have last used the S-band?"
        (
            "the year NASA had last used the S-band",
            "year",
            "In what year had NASA last used the S-band?",
            "According to the article, NASA had last used the S-band in 1981.",
        ),
    ],
)
def test_round_8_stems_read_as_english(what: str, unit: str, question: str, statement: str) -> None:
    value = 1981 if unit == "year" else 3
    assert figure_question(fact(what, unit, value)) == question
    assert figure_statement(fact(what, unit, value)) == statement
