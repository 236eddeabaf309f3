"""Rules from the blind verdicts on testset6 (round 7), each on a small article of its own.

- A where-within question does not ask for the place its headline names: "Ohio Lab
  Licenses ..." gives away "In which state is Cleveland?".
- A role that names the person asked about ("the colleague with whom Smith co-invented
  the alloy") is no wrong choice for "Who is Tim Smith?".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readquiz import resources
from readquiz.article.loader import load_article
from readquiz.article.model import Article
from readquiz.engine import generate
from readquiz.questions.model import Question
from readquiz.templates.library import load_library

ALLOY = Path(__file__).parent / "fixtures" / "guards" / "alloy.yaml"
SEEDS = range(8)


@pytest.fixture(scope="module")
def questions() -> list[Question]:
    article: Article = load_article(ALLOY)
    library = load_library([resources.builtin_templates_dir()])
    out: list[Question] = []
    for seed in SEEDS:
        out += generate(article, library, seed=seed).questions
    return out


def test_where_within_never_asks_for_the_place_the_headline_names(
    questions: list[Question],
) -> None:
    within = [q for q in questions if q.template == "where-within"]
    asked = {q.id for q in within}
    # Reading lies in Pennsylvania, which the headline does not name: still asked
    assert "where-within/reading" in asked
    # Cleveland and Dayton lie in Ohio, which it does
    assert not asked & {"where-within/cleveland", "where-within/dayton"}, asked


def test_a_role_naming_the_person_asked_about_is_no_wrong_choice(
    questions: list[Question],
) -> None:
    smith = [q for q in questions if q.id == "role-of/smith" and q.format == "choice"]
    assert smith
    for q in smith:
        assert q.choices is not None
        assert not [c for c in q.choices if "Smith" in c], q.choices
    # the same role is still a wrong choice for someone it does not name
    ruiz = [q for q in questions if q.id == "role-of/ruiz" and q.format == "choice"]
    assert any(
        "The colleague with whom Smith co-invented the alloy" in (q.choices or []) for q in ruiz
    )
