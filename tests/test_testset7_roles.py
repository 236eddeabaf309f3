"""Rules from the blind verdicts on testset7 (round 8) on roles and who-questions.

- A role lure is one the article rules out for the person asked about: "Who is Butch
  Wilmore?" with "an astronaut who also received the Theodore Roosevelt award" (he
  received it too), "Who is Suni Williams?" with "the NASA astronaut launching aboard
  Starliner" (she flies it with him) were second-correct.
- The evidence of a role holds the role's words, not only an -ing word of it: "a former
  JPL intern now pursuing a doctorate" cited with "when he was pursuing a master's"
  was a wrong key.
- No wrong holder of a view may be among a group the article shows acting on it ("the
  panelists inspired students to pursue STEM careers": Bob Kline, a panelist filed
  under no group, was a wrong choice for "Who is for pursuing STEM careers?").
- "Who enacted the ESA? Congress" is world knowledge: not asked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readquiz import resources
from readquiz.article.loader import load_article
from readquiz.engine import generate
from readquiz.questions.model import Question
from readquiz.templates.library import load_library

CREW = Path(__file__).parent / "fixtures" / "guards" / "crew.yaml"
SEEDS = range(8)


@pytest.fixture(scope="module")
def questions() -> list[Question]:
    article = load_article(CREW)
    library = load_library([resources.builtin_templates_dir()])
    out: list[Question] = []
    for seed in SEEDS:
        out += generate(article, library, seed=seed).questions
    return out


def _asked(questions: list[Question], qid: str, fmt: str = "choice") -> list[Question]:
    found = [q for q in questions if q.id == qid and q.format == fmt]
    assert found, f"{qid} is asked as {fmt}"
    return found


def test_a_role_the_person_also_fits_is_no_wrong_choice(questions: list[Question]) -> None:
    award = "An astronaut who also received the Roosevelt award"
    for q in _asked(questions, "role-of/wolfe"):
        # Wolfe received the award too
        assert award not in (q.choices or []), q.choices
    for q in _asked(questions, "role-of/sand"):
        # Sand flies Starliner with Wolfe: she launches aboard it as well
        assert "The NASA astronaut launching aboard the Starliner capsule" not in (
            q.choices or []
        ), q.choices
    for q in _asked(questions, "who-role/pike"):
        assert "Ben Wolfe" not in (q.choices or []), q.choices
    assert not [q for q in questions if q.id == "who-role/pike" and q.format == "short"]
    # Lutz is "a flight director": the article does not rule out that he led the team
    for q in _asked(questions, "role-of/lutz"):
        assert "A flight director who led the launch team" not in (q.choices or []), q.choices
    for q in _asked(questions, "who-role/holt"):
        assert "Omar Lutz" not in (q.choices or []), q.choices
    # a role of the same kind the article rules out stays a wrong choice: Sand did not
    # receive the award; Wolfe is no flight director
    assert any(award in (q.choices or []) for q in _asked(questions, "role-of/sand"))
    assert any("A flight director" in (q.choices or []) for q in _asked(questions, "role-of/wolfe"))


def test_a_role_is_cited_where_its_words_are(questions: list[Question]) -> None:
    # "when he was pursuing a master's" shows no intern and no doctorate
    for q in _asked(questions, "role-of/moss"):
        assert q.evidence.paragraph == 5
        assert "intern" in q.evidence.quote and "doctorate" in q.evidence.quote, q.evidence


PANEL = Path(__file__).parent / "fixtures" / "guards" / "panel.yaml"


def test_a_person_who_may_be_among_a_group_doing_the_topic_is_no_wrong_holder() -> None:
    # "The panelists inspired the students to pursue science careers": Ben Kerr spoke
    # to the students and is placed in no group, so he may be a panelist (round 8:
    # Bob Kline for "Who is for pursuing STEM careers?", second-correct); Cleo Diaz is one.
    article = load_article(PANEL)
    library = load_library([resources.builtin_templates_dir()])
    asked = [
        q
        for seed in SEEDS
        for q in generate(article, library, seed=seed, formats=["choice"]).questions
        if q.id == "stance-holder/stone-careers"
    ]
    assert asked, "still asked, with the students as wrong choices"
    for q in asked:
        assert q.answer == "Ava Stone"
        assert not {"Ben Kerr", "Cleo Diaz"} & set(q.choices or []), q.choices


def test_who_made_a_law_is_not_asked_of_the_lawmaking_body() -> None:
    # "Who enacted the ESA ...? Congress" is world knowledge (round 8: U081, U084)
    article = load_article(PANEL)
    library = load_library([resources.builtin_templates_dir()])
    asked = {q.id for seed in SEEDS for q in generate(article, library, seed=seed).questions}
    assert "who-event/tour" in asked
    assert "who-event/enacted" not in asked
