"""Who else is right: bodies a name places an answer in, others a sentence adds.

And those the article leaves on a view's side (:mod:`readquiz.engine.alternatives`).
tests/fixtures/engine/partners.yaml has researchers "at the Northern Wildlife Agency and
the Lakeside Institute", the agency's own research center, a biologist of a trust who
is one of the researchers, a mayor who took part in a release "as well as" two
students, a center director for bringing the otters back beside a colleague whose view
is never given, and a club leader against it. Each test names the blind raters'
rejection it prevents (quality/rounds/r5-*, r6-*).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readquiz import resources
from readquiz.article.loader import load_article
from readquiz.article.model import Article
from readquiz.engine import generate
from readquiz.templates.library import TemplateLibrary, load_library

ARTICLE = Path(__file__).parent / "fixtures" / "engine" / "partners.yaml"
SEEDS = range(12)


@pytest.fixture(scope="module")
def article() -> Article:
    return load_article(ARTICLE)


@pytest.fixture(scope="module")
def library() -> TemplateLibrary:
    return load_library([resources.builtin_templates_dir()])


def choices_of(article: Article, library: TemplateLibrary, qid: str) -> set[str]:
    """Every choice a question offers over the seeds (it must be asked for each one)."""
    seen: set[str] = set()
    for seed in SEEDS:
        found = [
            q
            for q in generate(article, library, seed=seed, formats=["choice"]).questions
            if q.id == qid
        ]
        assert found, f"{qid} not generated with seed {seed}"
        assert found[0].choices is not None
        seen |= set(found[0].choices)
    return seen


def asked_ids(article: Article, library: TemplateLibrary, fmt: str) -> set[str]:
    return {q.id for q in generate(article, library, seed=1, formats=[fmt]).questions}


def test_a_part_of_the_body_a_group_is_named_after_is_right_too(
    article: Article, library: TemplateLibrary
) -> None:
    # "the researchers at the Northern Wildlife Agency and the Lakeside Institute" may
    # work at the agency's Marsh Research Center, whose name says it is the agency's
    # (r6: NASA's Goddard Space Flight Center offered against "the scientists at NASA
    # and ..."). The bodies named in the answer are out already (a name inside another).
    seen = choices_of(article, library, "who-holds/researchers-clean")
    assert "The Northern Wildlife Agency’s Marsh Research Center" not in seen
    assert not {"The Northern Wildlife Agency", "The Lakeside Institute"} & seen
    assert {"Green Valley College", "The Marden Town Council", "The Fishing Club"} <= seen


def test_a_body_that_shares_a_person_with_the_answer_is_right_too(
    article: Article, library: TemplateLibrary
) -> None:
    # Ana Ruiz is of the Otter Trust and one of the researchers.
    seen = choices_of(article, library, "who-holds/researchers-clean")
    assert "The Otter Trust" not in seen


def test_others_the_cited_sentence_adds_to_the_deed_are_right_too(
    article: Article, library: TemplateLibrary
) -> None:
    # "Also taking part in the release was Mayor Tom E. Brandt, as well as college
    # students Lee Park and Rosa Diaz" (r6: "Who took part in the event?" offering
    # Stephen Bowen). "E." is an initial, not a sentence's end.
    seen = choices_of(article, library, "who-event/release")
    assert not {"Lee Park", "Rosa Diaz"} & seen
    assert {"Maya Lund", "Ken Oduya"} & seen
    # Typed, "Lee Park" would be marked wrong: no short answer.
    assert "who-event/release" not in asked_ids(article, library, "short")
    # A sentence that adds no one leaves the others as wrong choices.
    assert "Rosa Diaz" in choices_of(article, library, "who-event/tagged") | choices_of(
        article, library, "who-event/counted"
    )


def test_who_is_for_never_offers_the_holders_colleagues(
    article: Article, library: TemplateLibrary
) -> None:
    # Sam Ortiz works at the center Maya Lund directs; the article never says he is not
    # for bringing the otters back (r6: NASA astronauts offered against NASA's
    # administrator "for studying cancer in space").
    seen = choices_of(article, library, "stance-holder/lund-otters")
    assert "Sam Ortiz" not in seen
    assert "Ken Oduya" in seen  # shown against: plainly wrong


def test_a_deed_told_with_also_has_the_articles_other_actors_right_too(
    article: Article, library: TemplateLibrary
) -> None:
    # "Also taking part in the release ... was Mayor Brandt": others took part before
    # him, and the article's other actors may be among them (r6: "Who took part in the
    # event?" offering Bill Nelson, who "united" with Becerra at the event).
    seen = choices_of(article, library, "who-event/release")
    assert not {"Sam Ortiz", "Ana Ruiz"} & seen
    assert "Sam Ortiz" in choices_of(article, library, "who-event/counted")
