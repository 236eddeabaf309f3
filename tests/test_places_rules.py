"""Where, when and number rules from round 8's blind verdicts (testset7, tuning2).

On one small article of its own (``fixtures/guards/stays.yaml``):

- A typed event place accepts every place the article puts it in ("Where did Park open
  a new school? Orlo": "Norway" too), cited or not.
- A stay ("lived in Japan for several years") is never made false with another place:
  the article does not say she never lived in Finland.
- A time whose cited text names another time ("In 2012, Park called her old students
  at Christmas") is not typed: "At Christmas" is right too.
- A precise figure (1,463 books) is offered among figures as precise, never among
  round ones (1,100; 2,000) where it is the one that stands out.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from readquiz import resources
from readquiz.article.loader import load_article
from readquiz.article.model import Article
from readquiz.engine import generate
from readquiz.grading import check_answer, parse_number
from readquiz.questions.model import Question
from readquiz.templates.library import TemplateLibrary, load_library

STAYS = Path(__file__).parent / "fixtures" / "guards" / "stays.yaml"
SEEDS = range(10)


@pytest.fixture(scope="module")
def article() -> Article:
    return load_article(STAYS)


@pytest.fixture(scope="module")
def library() -> TemplateLibrary:
    return load_library([resources.builtin_templates_dir()])


def asked(article: Article, library: TemplateLibrary, qid: str, fmt: str) -> list[Question]:
    out = []
    for seed in SEEDS:
        out += [q for q in generate(article, library, seed=seed, formats=[fmt]).questions]
    return [q for q in out if q.id == qid]


def test_a_typed_place_accepts_the_country_it_lies_in(
    article: Article, library: TemplateLibrary
) -> None:
    typed = asked(article, library, "where-event/opened", "short")
    assert typed, "where Park opened the school is typed"
    for q in typed:
        assert q.answer_text == "Orlo"
        # cited: "She opened a new school in Orlo in 2014." -- no Norway in it
        assert check_answer(q, "Norway") and check_answer(q, "in Norway")
        assert not check_answer(q, "Japan")


def test_a_stay_is_never_made_false_with_another_place(
    article: Article, library: TemplateLibrary
) -> None:
    assert not asked(article, library, "where-event/lived", "truefalse")
    assert asked(article, library, "where-event/lived", "choice")
    # a birth is in one place only: "Park was born in Finland" is false
    born = asked(article, library, "where-event/born", "truefalse")
    assert any(q.answer == "False" for q in born), [q.prompt for q in born]


def test_a_time_beside_another_time_is_not_typed(
    article: Article, library: TemplateLibrary
) -> None:
    assert not asked(article, library, "when-event/called", "short")
    assert asked(article, library, "when-event/called", "choice")
    # the school's year stands alone in its sentence: typed
    assert asked(article, library, "when-event/opened", "short")


def test_a_precise_figure_is_offered_among_figures_as_precise(
    article: Article, library: TemplateLibrary
) -> None:
    choices = asked(article, library, "number-what/books", "choice")
    assert choices, "the library's books are asked as a choice question"
    for q in choices:
        values = [parse_number(c) for c in q.choices or []]
        # four significant digits each, none a round hundred or a multiple of five
        for value in values:
            assert value is not None and 1000 <= value < 10000 or 100 <= (value or 0) < 1000
            assert int(value or 0) % 5 != 0, q.choices
    statements = asked(article, library, "number-what/books", "truefalse")
    for q in statements:
        for figure in re.findall(r"\d[\d,]*", q.prompt):
            assert int(figure.replace(",", "")) % 5 != 0, q.prompt


def test_a_place_asked_by_its_type_accepts_no_place_around_it(library: TemplateLibrary) -> None:
    # "Outside which building did the merchants collect signatures? The ferry
    # terminal": Harbor Street, where the terminal is, is no building.
    harbor = load_article(
        Path(__file__).parent.parent / "articles" / "harbor-street-bike-lane.yaml"
    )
    typed = [
        q
        for seed in SEEDS
        for q in generate(harbor, library, seed=seed, formats=["short"]).questions
        if q.template == "where-event" and q.answer_text == "The ferry terminal"
    ]
    assert typed and all(q.prompt.startswith("Outside which building") for q in typed)
    for q in typed:
        assert not check_answer(q, "Harbor Street") and not check_answer(q, "Harlow Bay")
