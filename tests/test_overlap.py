"""Overlapping entities (``part_of``) and claims that would be true of the holder too.

tests/fixtures/engine/overlapping.yaml has rally leaders who are part of the
protesters, an army inside the government, an army spokesman and an army captain,
and a farmer who holds the army's position. Each test names the rule it proves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readquiz import resources
from readquiz.article.loader import load_article
from readquiz.article.model import Article
from readquiz.engine import generate
from readquiz.engine.views import build_views
from readquiz.questions.model import Question
from readquiz.templates.library import TemplateLibrary, load_library
from readquiz.templates.sandbox import make_environment

ARTICLE = Path(__file__).parent / "fixtures" / "engine" / "overlapping.yaml"
SEEDS = range(15)


@pytest.fixture(scope="module")
def article() -> Article:
    return load_article(ARTICLE)


@pytest.fixture(scope="module")
def library() -> TemplateLibrary:
    return load_library([resources.builtin_templates_dir()])


def questions(
    article: Article, library: TemplateLibrary, qid: str, fmt: str = "choice"
) -> list[Question]:
    out = []
    for seed in SEEDS:
        found = [
            q for q in generate(article, library, seed=seed, formats=[fmt]).questions if q.id == qid
        ]
        assert found, f"{qid} not generated with seed {seed}"
        out.append(found[0])
    return out


def all_choices(article: Article, library: TemplateLibrary, qid: str) -> set[str]:
    seen: set[str] = set()
    for q in questions(article, library, qid):
        assert q.choices is not None and q.answer in q.choices
        seen |= set(q.choices)
    return seen


def test_views_expose_part_of_as_a_list(article: Article) -> None:
    views = build_views(article)
    env = make_environment()
    render = env.from_string("{{ e.part_of | join_names }}|{{ e.part_of | length }}").render
    assert render(e=views.entities["leaders"]) == "the villagers|1"
    assert render(e=views.entities["ross"]) == "the army|1"  # a one-item list
    assert render(e=views.entities["protesters"]) == "|0"  # absent: an empty list
    assert views.entities["dunn"].part_of[0].part_of[0].name == "the government"


def test_a_whole_and_its_part_are_never_offered_against_each_other(
    article: Article, library: TemplateLibrary
) -> None:
    # The army is part of the government: "who holds this view: the dam will keep the
    # border safe?" may not offer the government as wrong, nor "... the country will
    # wait for a study?" the army. (A deed's doer is asked only when named, so "who
    # marched?" is not asked.)
    seen = all_choices(article, library, "who-holds/army-dam")
    assert "The army" in seen and "The government" not in seen
    seen = all_choices(article, library, "who-holds/government-dam")
    assert "The government" in seen and "The army" not in seen
    # Other groups stay fair choices.
    assert {"The police", "The shopkeepers", "The local students"} <= seen


def test_overlap_is_followed_transitively(article: Article, library: TemplateLibrary) -> None:
    # The spokesman is part of the army, which is part of the government: a claim of
    # the government is not a wrong description of the army's view, and the other way.
    seen = all_choices(article, library, "stance-claim/army-dam")
    assert "The country will wait for a study before deciding." not in seen
    seen = all_choices(article, library, "stance-claim/government-dam")
    assert "The dam will keep the border safe." not in seen


def test_who_holds_never_offers_a_part_of_another_holder_of_the_same_position(
    article: Article, library: TemplateLibrary
) -> None:
    # The army backs the dam as Leo Pratt does; its captain and its spokesman are part
    # of it, so "who holds this view?" must not offer them against Pratt.
    seen = all_choices(article, library, "who-holds/pratt-dam")
    assert "Leo Pratt" in seen
    assert "Eva Ross" not in seen and "Karl Dunn" not in seen
    assert "Ada Kim" in seen  # the rival position comes first


def test_claims_true_of_the_holder_too_are_never_distractors(
    article: Article, library: TemplateLibrary
) -> None:
    seen = all_choices(article, library, "stance-claim/protesters-dam")
    assert "The dam must be stopped." in seen
    assert "The police should open the bridge." not in seen  # their own, another topic
    assert "The dam will flood the valley." not in seen  # Kim: also against the dam
    assert "Everyone should join the march." not in seen  # their rally leaders'
    assert "The dam will bring water to the farms." in seen  # the other side: fair
    # Asked about the bridge, no other holder has a claim on it: claims about the dam
    # would be the only wrong choices, and not comparable ones (the question is not asked).
    for seed in SEEDS:
        qset = generate(article, library, seed=seed, formats=["choice"])
        assert "stance-claim/protesters-bridge" not in [q.id for q in qset.questions]


def test_a_false_statement_never_swaps_the_actor(
    article: Article, library: TemplateLibrary
) -> None:
    # "The police marched against the dam" is not contradicted by the article, only not
    # stated: a student answering True or "not said" is not wrong. No who-event
    # statement is made false, so none is asked (always True would be a pattern).
    for seed in SEEDS:
        qset = generate(article, library, seed=seed, formats=["truefalse"])
        assert not [q for q in qset.questions if q.template in ("who-event", "who-role")]
        # Where the article does contradict (another place), false statements exist.
    where = [
        q
        for seed in SEEDS
        for q in generate(article, library, seed=seed, formats=["truefalse"]).questions
        if q.template == "where-event"
    ]
    assert {q.answer for q in where} == {"True", "False"}
