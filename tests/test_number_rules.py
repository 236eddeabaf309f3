"""The rules of number and time questions raters asked for on fresh articles.

Each test reads what a teacher would see in the questions of a small article built to
tempt one rule (tests/fixtures/guards/quake.yaml) and fails when the rule's code is
removed (benchmarks/rule_mutations.py names each mutant).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from readquiz import resources
from readquiz.article.loader import load_article
from readquiz.article.model import Article
from readquiz.engine import generate
from readquiz.grading import parse_number
from readquiz.questions.model import Question
from readquiz.templates.library import TemplateLibrary, load_library

SEEDS = range(8)
GUARDS = Path(__file__).parent / "fixtures" / "guards"


@pytest.fixture(scope="module")
def quake() -> Article:
    return load_article(GUARDS / "quake.yaml")


@pytest.fixture(scope="module")
def library() -> TemplateLibrary:
    return load_library([resources.builtin_templates_dir()])


def asked(article: Article, library: TemplateLibrary, qid: str, fmt: str) -> list[Question]:
    out = []
    for seed in SEEDS:
        qset = generate(article, library, seed=seed, formats=[fmt])
        out += [q for q in qset.questions if q.id == qid]
    return out


def figures(q: Question) -> list[float]:
    """The figures a student reads: every choice, or the one in a statement."""
    if q.format == "choice":
        values = [parse_number(c) for c in q.choices or []]
        assert None not in values, q.choices
        return [v for v in values if v is not None]
    found = re.findall(r"\d[\d,]*(?:\.\d+)?", q.prompt)
    return [float(f.replace(",", "")) for f in found]


def test_a_magnitude_is_never_offered_above_9_5(quake: Article, library: TemplateLibrary) -> None:
    # "25.9 magnitude" and "16.6 magnitude" beside the 7.2 quake: no quake was ever
    # larger than 9.5. Nothing fits above 7.2 (9.5 is within 25% of it).
    statements = asked(quake, library, "number-what/magnitude", "truefalse")
    assert statements, "the magnitude is asked as true/false"
    for q in statements:
        assert all(v <= 9.5 for v in figures(q)), q.prompt


def test_a_persons_age_is_offered_only_near_it(quake: Article, library: TemplateLibrary) -> None:
    # "A married father aged 9 or 12": the mayor was 31; made-up ages stay within
    # 0.6-1.5 times the key (the article's own 73 years may be offered).
    choices = asked(quake, library, "number-what/mayor-age", "choice")
    assert choices, "the mayor's age is asked as a choice question"
    for q in choices:
        for value in figures(q):
            assert 18 <= value <= 47 or value == 73, q.choices


def test_wrong_figures_keep_the_keys_precision(quake: Article, library: TemplateLibrary) -> None:
    # 2.7 meters never draws "2 meters": a figure with one decimal among them all.
    choices = asked(quake, library, "number-what/waves", "choice")
    assert choices, "the wave height is asked as a choice question"
    for q in choices:
        assert all(re.search(r"\d\.\d ", c) for c in q.choices or []), q.choices


def test_a_key_whose_rank_cannot_vary_is_not_asked_as_a_choice(
    quake: Article, library: TemplateLibrary
) -> None:
    # Above 7.2 nothing fits under 9.5: every set would have the key largest, a
    # pattern a student reads without the article. Asked as a number instead.
    assert not asked(quake, library, "number-what/magnitude", "choice")
    assert asked(quake, library, "number-what/magnitude", "numeric")


def test_a_when_question_is_not_asked_of_a_span(quake: Article, library: TemplateLibrary) -> None:
    # "When did the doctors treat injured people? Since 1990": 1990 is when it
    # started, not when it happened. No when-question, in any format.
    for fmt in ("choice", "short", "truefalse"):
        assert not asked(quake, library, "when-event/treated", fmt), fmt
    assert asked(quake, library, "when-event/flew", "short")


def test_time_choices_take_the_answers_preposition(
    quake: Article, library: TemplateLibrary
) -> None:
    # "In March", "In January" and a bare "Monday": the odd one out by its form.
    choices = asked(quake, library, "when-event/aid", "choice")
    assert choices, "the aid question is asked as a choice question"
    for q in choices:
        assert all(re.match(r"(?:In|On) ", c) for c in q.choices or []), q.choices
    bare = asked(quake, library, "when-event/spoke", "choice")
    assert bare, "the Friday question is asked as a choice question"
    for q in bare:
        assert not any(re.match(r"(?:In|On|At) ", c) for c in q.choices or []), q.choices


def test_at_least_is_never_stated_as_more_than(quake: Article, library: TemplateLibrary) -> None:
    # The quote says "killing at least 93 people", annotated `more than` (the format had
    # no `at least`): "more than 93 people" keyed True is not what the article says.
    statements = asked(quake, library, "number-what/deaths", "truefalse")
    assert statements, "the death toll is asked as true/false"
    for q in statements:
        assert "more than 93" not in q.prompt, q.prompt
        if q.answer == "True":
            assert "at least 93 people" in q.prompt, q.prompt
        else:
            # Only what "at least 93" rules out is false: never "more than 130".
            assert re.search(r"fewer than \d+ people", q.prompt), q.prompt
    # nor as choices: "at least 60 people" beside "at least 93" is true as well
    assert asked(quake, library, "number-what/deaths", "choice") == []
    typed = asked(quake, library, "number-what/deaths", "numeric")
    assert typed and all(q.tolerance == 0 and q.answer == 93 for q in typed)


def test_a_bounded_count_is_not_asked_how_many(quake: Article, library: TemplateLibrary) -> None:
    # "How many people did the earthquake kill? At least 60 / At least 93 / ...": at
    # least 60 were killed too. The stem asks for the figure the article gives.
    typed = asked(quake, library, "number-what/deaths", "numeric")
    assert typed
    for q in typed:
        assert q.prompt.startswith("What figure does the article give for "), q.prompt
