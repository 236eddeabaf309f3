"""Where-within and when rules from the blind verdicts on fresh articles (rounds 5-7).

On one small article of its own (``fixtures/guards/river-survey.yaml``):

- No where-within question asks where a country, a U.S. state or a famous area lies
  ("True or false: Silicon Valley is in California." -- world knowledge), nor about a
  place lying in the region the story's dateline names ("Tallahassee, Florida – ...":
  "Marianna is in Florida" is guessed).
- A where-within statement made false names a rival of the same country ("Enterprise
  is in Florida"), never a state of another one ("Enterprise is in Bihar").
- A typed time relative to the article's date accepts the year or month it is ("Last
  year" in a 2017 article: "2016"); in an article of no date it is not typed at all.
- A time's wrong choices have a year when the key has one, and none when it has none
  ("In August 2016" among "In May", "In October").
- A typed event place accepts every place the article puts it in ("the agency's
  headquarters": "Tallahassee", "Florida"), named in the cited text or not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readquiz import resources
from readquiz.article.loader import load_article
from readquiz.article.model import Article
from readquiz.engine import generate
from readquiz.english.dates import dated_forms, relative_step
from readquiz.english.places import dateline
from readquiz.grading import check_answer
from readquiz.questions.model import Question
from readquiz.templates.library import TemplateLibrary, load_library

RIVERS = Path(__file__).parent / "fixtures" / "guards" / "river-survey.yaml"
SEEDS = range(12)


@pytest.fixture(scope="module")
def article() -> Article:
    return load_article(RIVERS)


@pytest.fixture(scope="module")
def library() -> TemplateLibrary:
    return load_library([resources.builtin_templates_dir()])


def _all(article: Article, library: TemplateLibrary, formats: list[str]) -> list[Question]:
    out: list[Question] = []
    for seed in SEEDS:
        out += generate(article, library, seed=seed, formats=formats).questions
    return out


def test_where_a_well_known_area_or_the_datelines_region_lies_is_never_asked(
    article: Article, library: TemplateLibrary
) -> None:
    asked = {
        q.id
        for q in _all(article, library, ["choice", "short", "truefalse"])
        if q.template == "where-within"
    }
    # a small town of another state, and a state of India, are still asked
    assert {"where-within/enterprise", "where-within/bihar"} <= asked, asked
    # Silicon Valley (a famous region), Florida and the other states (U.S. states) and
    # Marianna (in Florida, which the dateline names) are not
    assert not asked & {
        "where-within/silicon-valley",
        "where-within/florida",
        "where-within/georgia",
        "where-within/marianna",
    }, asked


def test_a_false_where_within_names_a_rival_of_the_same_country(
    article: Article, library: TemplateLibrary
) -> None:
    statements = {
        q.prompt
        for q in _all(article, library, ["truefalse"])
        if q.id == "where-within/enterprise" and q.answer == "False"
    }
    assert statements, "no false statement about Enterprise"
    assert not [s for s in statements if "Bihar" in s], statements
    assert statements <= {
        f"True or false: Enterprise is in {state}."
        for state in ("Florida", "California", "Georgia")
    }, statements


def test_a_relative_time_accepts_the_year_or_month_it_is(
    article: Article, library: TemplateLibrary
) -> None:
    short = {q.id: q for q in _all(article, library, ["short"]) if q.template == "when-event"}
    award = short["when-event/field-award"]
    assert award.answer_text == "Last year"
    assert "2016" in award.accept
    assert check_answer(award, "2016") and check_answer(award, "in 2016")
    assert not check_answer(award, "2015")
    joined = short["when-event/orr-joined"]
    assert {"March 2017", "March"} <= set(joined.accept), joined.accept
    assert check_answer(joined, "March") and not check_answer(joined, "April")


def test_a_relative_time_is_not_typed_in_an_article_of_no_date(
    article: Article, library: TemplateLibrary
) -> None:
    undated = article.model_copy(update={"published": None})
    asked = {
        (q.id, q.format)
        for seed in SEEDS
        for q in generate(undated, library, seed=seed, formats=["short"]).questions
        if q.template == "when-event"
    }
    ids = {i for i, _ in asked}
    assert "when-event/first-team" in ids  # "In May" names its month: still typed
    assert not ids & {"when-event/field-award", "when-event/orr-joined"}, asked


def test_a_times_wrong_choices_have_a_year_only_beside_a_key_with_one(
    article: Article, library: TemplateLibrary
) -> None:
    choices = [
        q
        for q in _all(article, library, ["choice"])
        if q.template == "when-event"
        and q.id in ("when-event/first-team", "when-event/second-team")
    ]
    assert choices
    for q in choices:
        assert q.choices is not None
        assert "In August 2016" not in q.choices, q.choices


@pytest.mark.parametrize(
    ("when", "forms"),
    [
        ("last year", ["2016"]),
        ("Earlier this month", ["April 2017", "April"]),
        ("last month", ["March 2017", "March"]),
        ("next year", ["2018"]),
        ("about one year ago", ["2016"]),
        ("four years ago", ["2013"]),
        ("in 2016", []),
        ("last week", []),
        ("last spring", []),
        ("Tuesday", []),
    ],
)
def test_dated_forms(when: str, forms: list[str]) -> None:
    import datetime as dt

    assert dated_forms(when, dt.date(2017, 4, 12)) == forms
    assert dated_forms(when, None) == []
    assert (relative_step(when) is not None) == bool(forms)


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Tallahassee, Florida – The federally threatened ...", "Tallahassee, Florida"),
        ("MOFFET FIELD, Calif. -- NASA's Kepler mission ...", "MOFFET FIELD, Calif."),
        ("WASHINGTON (VOA) — Lawmakers ...", "WASHINGTON"),
        ("Sea ice at both the top and bottom of the planet ...", ""),
        ("Rayen Kang, 17, from the First Fine Art & Design Studio ...", ""),
    ],
)
def test_dateline(paragraph: str, place: str) -> None:
    assert dateline(paragraph) == place


def test_a_typed_place_accepts_every_place_the_article_puts_around_it(
    article: Article, library: TemplateLibrary
) -> None:
    short = {q.id: q for q in _all(article, library, ["short"]) if q.template == "where-event"}
    presented = short["where-event/presented"]
    # cited: "... at the agency's headquarters in Tallahassee."
    assert presented.answer_text == "The agency's headquarters"
    assert check_answer(presented, "Tallahassee") and check_answer(presented, "in Tallahassee")
    # Florida holds Tallahassee too, though the cited text does not name it: the
    # headquarters are there, so it is right ("Kennedy Space Center" for its
    # auditorium: blind raters, marked wrong)
    assert check_answer(presented, "Florida")
    # but the country answers nothing: "Where did James Parks dig the first graves?"
    # accepting "the United States" (blind raters, round 10: far too broad)
    assert not check_answer(presented, "the United States")
    # another town of Florida is no place around the headquarters
    assert not check_answer(presented, "Marianna")
