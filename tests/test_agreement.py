"""Plural subjects and place prepositions, as the statements of true/false questions read."""

from __future__ import annotations

from pathlib import Path

import pytest

from readquiz import resources
from readquiz.article.loader import load_article
from readquiz.engine import generate
from readquiz.engine.views import EntityView, build_views
from readquiz.english.agreement import agree, at_place, drop_s, plural_name, preposition
from readquiz.templates.library import load_library
from readquiz.templates.sandbox import make_environment

OVERLAPPING = Path(__file__).parent / "fixtures" / "engine" / "overlapping.yaml"


@pytest.mark.parametrize(
    ("name", "kind", "plural"),
    [
        ("the protesters", "group", True),
        ("the rally leaders", "group", True),
        ("the Sunni Muslims", "group", True),  # a group's capitalised head noun counts
        ("the police", "group", True),
        ("the supporters of the lane", "group", True),  # the head noun, not "lane"
        ("the residents VOA spoke with", "group", True),  # a clause with no "who"
        ("the families we met", "group", True),
        ("the people who spoke with Learning English", "group", True),
        ("the U.S. war veterans", "group", True),
        ("the Fish and Wildlife staffers", "group", True),
        ("the staff VOA spoke with", "group", False),  # no plural head noun
        ("the local authorities", "organization", True),
        ("Pakistani television channels", "organization", True),
        ("the United Nations", "organization", False),  # a proper name: singular verb
        ("the Harbor Street Residents' Association", "organization", False),
        ("the press", "group", False),
        ("the race jury", "organization", False),
        ("Ali Khan", "person", False),
        ("the Netherlands", "place", False),
    ],
)
def test_plural_names(name: str, kind: str, plural: bool) -> None:
    assert plural_name(name, kind) is plural


@pytest.mark.parametrize(
    ("phrase", "plural_form"),
    [
        ("is against", "are against"),
        ("takes no side on", "take no side on"),
        ("has mixed views on", "have mixed views on"),
        ("was evacuated", "were evacuated"),
        ("also carries the flag", "also carry the flag"),
        ("pushes for a vote", "push for a vote"),
        ("rallied to denounce the killing", "rallied to denounce the killing"),  # past: as is
    ],
)
def test_agree_makes_the_first_verb_plural_for_a_plural_subject(
    phrase: str, plural_form: str
) -> None:
    assert agree(phrase, True) == plural_form
    assert agree(phrase, False) == phrase


@pytest.mark.parametrize(
    ("place_type", "word"),
    [
        ("street", "on"),
        ("Road", "on"),
        ("avenue", "on"),
        ("building", "at"),
        ("stadium", "at"),
        ("velodrome", "at"),
        ("venue", "at"),
        ("space center", "at"),
        ("research laboratory", "at"),
        ("college", "at"),
        ("city", "in"),
        ("country", "in"),
        ("valley", "in"),
        (None, "in"),
    ],
)
def test_preposition_by_place_type(place_type: str | None, word: str) -> None:
    assert preposition(place_type) == word


def test_filters_and_view_attributes_in_a_template() -> None:
    env = make_environment()
    street = EntityView(id="s", name="Harbor Street", kind="place", type="street")
    hall = EntityView(id="h", name="the town hall", kind="place", type="building")
    city = EntityView(id="c", name="Karachi", kind="place", type="city")
    crowd = EntityView(id="p", name="the protesters", kind="group")
    render = env.from_string(
        "{{ p | at_place }}|{{ p.preposition }}|{{ 'is against' | agree(who) }}|{{ who.plural }}"
    ).render
    assert render(p=street, who=crowd) == "on Harbor Street|on|are against|True"
    assert render(p=hall, who=city) == "at the town hall|at|is against|False"
    assert at_place(city) == "in Karachi"


def test_co_agents_are_plural() -> None:
    article = load_article(Path(__file__).parent / "fixtures" / "engine" / "tempting.yaml")
    signing = next(e for e in build_views(article).events if e.id == "signing")
    assert signing.who.name == "Ana Lusk and Tomas Orr" and signing.who.plural


def test_stance_statements_agree_with_a_plural_holder() -> None:
    article = load_article(OVERLAPPING)
    library = load_library([resources.builtin_templates_dir()])
    statements = set()
    for seed in range(20):
        qset = generate(article, library, seed=seed, formats=["truefalse"], types=["stance"])
        statements |= {q.prompt for q in qset.questions if q.id == "stance-position/leaders-march"}
    assert statements
    for prompt in statements:
        assert prompt.startswith("True or false: The rally leaders ")
        assert any(f"leaders {verb} " in prompt for verb in ("are", "take", "have")), prompt


def test_a_group_named_with_a_clause_takes_a_plural_verb() -> None:
    # "The residents VOA spoke with is against ..." was a rejected stance statement:
    # the head noun is "residents", not the clause's last word.
    article = load_article(Path(__file__).parent / "fixtures" / "english" / "interviewed.yaml")
    library = load_library([resources.builtin_templates_dir()])
    prompts = set()
    for seed in range(20):
        qset = generate(article, library, seed=seed, formats=["truefalse"], types=["stance"])
        prompts |= {q.prompt for q in qset.questions if "VOA spoke with" in q.prompt}
    assert prompts
    for prompt in prompts:
        assert "VOA spoke with is " not in prompt and "with has " not in prompt, prompt
        assert any(f"spoke with {verb} " in prompt for verb in ("are", "take", "have")), prompt


def test_where_statements_use_the_places_preposition() -> None:
    article = load_article(OVERLAPPING)
    library = load_library([resources.builtin_templates_dir()])
    seen = set()
    for seed in range(20):
        qset = generate(article, library, seed=seed, formats=["truefalse"], types=["where"])
        for q in qset.questions:
            if q.id == "where-event/close":
                seen.add(q.answer)
                # A false statement names the article's other street, not a city: a
                # street and a city need not be apart, two streets are.
                place = "on Mill Road" if q.answer == "True" else "on Quay Street"
                assert q.prompt.startswith(
                    "True or false: The police closed the bridge " + place
                ), q.prompt
    assert seen == {"True", "False"}


@pytest.mark.parametrize(
    ("word", "bare"),
    [
        ("carries", "carry"),
        ("countries", "country"),
        ("pushes", "push"),
        ("inches", "inch"),
        ("goes", "go"),
        ("takes", "take"),
        ("days", "day"),
        ("Kilometers", "Kilometer"),
        ("press", "press"),
        ("status", "status"),
        ("basis", "basis"),
        ("ties", "tie"),
    ],
)
def test_drop_s_is_one_rule_for_verbs_and_nouns(word: str, bare: str) -> None:
    assert drop_s(word) == bare
