"""Rules from round 9's blind verdicts (testset8), on one small article of its own.

``fixtures/guards/signing.yaml``:

- A figure the text writes with its scale word ("more than 16 thousand engineers") is
  proved by that sentence; the evidence is not moved to another paragraph that writes
  "16,000" about something else (blind raters: the cited paragraph does not prove it).
- A month written short ("On Feb. 29, 2024") accepts the month written out.
- A name after its owner's possessive ("NASA’s Glenn Research Center") accepts the
  name alone ("Glenn Research Center").
- A typed place accepts the places around it, but not one the stem names: "Where did
  Valdoria ... sign?" is not answered by "Valdoria".
- Nor a country around a place that is no city, town or village: "Where did Lind lay a
  wreath? The Hill Cemetery" is not answered by "Valdoria" (round 10: "the United
  States" for Arlington National Cemetery, far too broad).
- A stem stands alone: an event that "arrived in the city" gets no "Where did the
  engineers arrive in the city?" nor "When ...?" (which city?), and a role "the minister
  at the time" is not asked, nor given as a key (round 10: "Who is the president at the
  time?", vague).
- A count whose ``what`` has a relative clause with its own subject reads as a question:
  "How many rockets do scientists believe can reach the moon?", never "How many rockets
  scientists believe can reach the moon?"; and its statement puts the figure in that
  clause: "scientists believe 3 rockets can reach the moon", "Ruiz chose 4 engineers
  from Corvale to tour the launch site" (round 10: "4 facilities in Cleveland Glenn
  identified to be considered ...", garbled).
- A word of the paragraph that says what the gloss says is a second right answer:
  "Which word means 'to make something stronger'?" is not typed in a paragraph that
  says "reinforce" and "strengthen" (round 9: second correct), and "Strengthen" is no
  wrong choice for it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from readquiz import resources
from readquiz.article.loader import load_article
from readquiz.article.model import Article
from readquiz.engine import generate
from readquiz.engine.views import NumberView
from readquiz.english.quantities import figure_statement, how_many
from readquiz.english.words import restated_in
from readquiz.grading import check_answer
from readquiz.questions.model import Question
from readquiz.templates.library import TemplateLibrary, load_library

SIGNING = Path(__file__).parent / "fixtures" / "guards" / "signing.yaml"
SEEDS = range(8)


@pytest.fixture(scope="module")
def article() -> Article:
    return load_article(SIGNING)


@pytest.fixture(scope="module")
def library() -> TemplateLibrary:
    return load_library([resources.builtin_templates_dir()])


def asked(article: Article, library: TemplateLibrary, qid: str, fmt: str) -> list[Question]:
    out = []
    for seed in SEEDS:
        out += [q for q in generate(article, library, seed=seed, formats=[fmt]).questions]
    found = [q for q in out if q.id == qid]
    assert found, f"{qid} is asked as {fmt}"
    return found


def test_a_figure_with_its_scale_word_is_proved_where_the_text_writes_it(
    article: Article, library: TemplateLibrary
) -> None:
    for q in asked(article, library, "number-what/engineers-in-sector", "numeric"):
        assert q.evidence.paragraph == 2, q.evidence
        assert "16 thousand" in q.evidence.quote


def test_a_month_written_short_accepts_it_written_out(
    article: Article, library: TemplateLibrary
) -> None:
    for q in asked(article, library, "when-event/announced", "short"):
        assert check_answer(q, "February 29, 2024"), q.accept
        assert check_answer(q, "Feb. 29")
        assert not check_answer(q, "March 29, 2024")


def test_a_name_after_its_owner_accepts_the_name_alone(
    article: Article, library: TemplateLibrary
) -> None:
    for q in asked(article, library, "where-event/visited", "short"):
        assert check_answer(q, "Glenn Research Center"), q.accept
        assert check_answer(q, "NASA Glenn")


def test_a_typed_place_does_not_accept_a_place_the_stem_names(
    article: Article, library: TemplateLibrary
) -> None:
    for q in asked(article, library, "where-event/signed", "short"):
        assert "Valdoria" in q.prompt
        assert not check_answer(q, "Valdoria"), q.accept
        assert check_answer(q, "Corvale")  # the city around the museum is still right


def test_a_country_is_no_answer_for_a_place_that_is_no_settlement(
    article: Article, library: TemplateLibrary
) -> None:
    for q in asked(article, library, "where-event/wreath", "short"):
        assert q.answer_text == "The Hill Cemetery"
        assert not check_answer(q, "Valdoria"), q.accept


def test_a_place_or_time_the_stem_does_not_name_is_not_asked(
    article: Article, library: TemplateLibrary
) -> None:
    asked_ids = set()
    for seed in SEEDS:
        for fmt in ("choice", "short", "truefalse"):
            asked_ids |= {
                q.id for q in generate(article, library, seed=seed, formats=[fmt]).questions
            }
    assert "where-event/wreath" in asked_ids  # the rest of the article is still asked
    assert not {"where-event/arrived", "when-event/arrived"} & asked_ids
    assert not {"who-role/berg", "role-of/berg"} & asked_ids


def test_a_role_that_does_not_stand_alone_is_no_wrong_choice(
    article: Article, library: TemplateLibrary
) -> None:
    # "Who is Joe Biden? ... The president at the time" (round 10: second correct)
    offered = False
    for seed in SEEDS:
        for q in generate(article, library, seed=seed, formats=["choice"]).questions:
            if q.template == "role-of":
                offered = True
                assert not [c for c in q.choices or [] if "at the time" in c], q.choices
    assert offered, "a role-of question is asked as a choice"


def test_a_relative_clause_with_its_own_subject_is_inverted(
    article: Article, library: TemplateLibrary
) -> None:
    for q in asked(article, library, "number-what/moon-rockets", "numeric"):
        assert q.prompt == "How many rockets do scientists believe can reach the moon?"
    assert (
        how_many("the number of goals that the team scored") == "How many goals did the team score?"
    )
    assert (
        how_many("the number of riders who started the race") == "How many riders started the race?"
    )
    assert how_many("the number of people who use dogs trained to find snakes") == (
        "How many people use dogs trained to find snakes?"
    )


def _figure(value: float, unit: str, what: str) -> NumberView:
    return NumberView(
        id="x", value=value, unit=unit, approx="exact", what=what, quote="", paragraph=1
    )


def test_a_relative_clause_with_its_own_subject_takes_the_figure_in_a_statement(
    article: Article, library: TemplateLibrary
) -> None:
    said = {q.prompt for q in asked(article, library, "number-what/moon-rockets", "truefalse")}
    said |= {
        q.prompt for q in asked(article, library, "number-what/touring-engineers", "truefalse")
    }
    for prompt in said:
        assert re.fullmatch(
            r"True or false: According to the article, (scientists believe \d+ rockets can reach"
            r" the moon|Ruiz chose \d+ engineers from Corvale to tour the launch site)\.",
            prompt,
        ), prompt
    assert (
        figure_statement(
            _figure(
                4,
                "facilities",
                "the number of facilities in Corvale that Lind identified to be leased",
            )
        )
        == "According to the article, Lind identified 4 facilities in Corvale to be leased."
    )
    assert figure_statement(_figure(5, "days", "the number of days that the race lasted")) == (
        "According to the article, the race lasted 5 days."
    )
    # the relative is the noun's subject: the figure opens the clause, as before
    assert figure_statement(_figure(30, "riders", "the number of riders who started the race")) == (
        "According to the article, 30 riders started the race."
    )


def test_a_figure_is_never_put_inside_a_head_of_two_words() -> None:
    # "the home confinement Younge was placed on": "confinement Younge was placed on
    # 180 days" cuts the head in two
    assert figure_statement(_figure(180, "days", "the home confinement Vos was placed on")) == (
        "The article gives 180 days as the home confinement Vos was placed on."
    )
    assert figure_statement(
        _figure(2, "times the speed of sound", "the speed the jet is expected to fly at")
    ) == ("According to the article, the jet is expected to fly at 2 times the speed of sound.")


def test_a_count_of_an_owners_things_asks_how_many_of_them() -> None:
    # "How many Assam's districts were affected by the flood?" is garbled
    assert how_many("the number of Valdoria's towns affected by the flood") == (
        "How many of Valdoria's towns were affected by the flood?"
    )
    assert figure_statement(
        _figure(31, "towns", "the number of Valdoria's towns affected by the flood")
    ) == ("According to the article, 31 of Valdoria's towns were affected by the flood.")


def test_a_verb_of_making_in_the_paragraph_is_a_second_right_word(
    article: Article, library: TemplateLibrary
) -> None:
    text = article.text.split("\n\n")[-1]
    assert restated_in("to make something stronger", text, "reinforce") == "strengthen"
    assert (
        restated_in("to make something wider", "They widened the road.", "broadened") == "widened"
    )
    assert restated_in("to make something stronger", "A strong wind blew.", "reinforced") is None
    for seed in SEEDS:
        typed = generate(article, library, seed=seed, formats=["short"]).questions
        assert not [q for q in typed if q.id == "vocab-term/reinforce"], "a second word is right"
    for q in asked(article, library, "vocab-term/reinforce", "choice"):
        assert "Reinforce" in (q.choices or []) and "Strengthen" not in (q.choices or []), q.choices
