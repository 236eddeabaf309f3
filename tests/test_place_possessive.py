"""An annotation's "the state's" names the state the text means, or stays as written."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from readquiz import resources
from readquiz.article.loader import load_article
from readquiz.engine import generate
from readquiz.english.places import name_the_place
from readquiz.templates.library import load_library

REPORT = Path(__file__).parent / "fixtures" / "english" / "state-report.yaml"


def _place(name: str, type_: str) -> SimpleNamespace:
    return SimpleNamespace(name=name, aliases=[], type=type_)


def test_a_stem_names_the_state_the_text_names() -> None:
    # Blind raters: "Who reported that ... in the state's used-clothing market?" is
    # vague, the stem names no state; the text says "Oregon's".
    article = load_article(REPORT)
    library = load_library([resources.builtin_templates_dir()])
    stems = set()
    for seed in range(10):
        qset = generate(article, library, seed=seed, types=["who"])
        stems |= {q.prompt for q in qset.questions if "used-clothing" in q.prompt}
    assert stems
    for stem in stems:
        assert "the state's" not in stem, stem
        assert "in Oregon's used-clothing market" in stem, stem


def test_the_phrase_stays_when_no_one_place_is_meant() -> None:
    idaho, oregon = _place("Idaho", "state"), _place("Oregon", "state")
    places = [idaho, oregon, _place("Mexico", "country")]
    # the text's own words: "the country's main language"
    assert (
        name_the_place("speaking the country's language", places, "speaking the country’s language")
        == "speaking the country's language"
    )
    # the phrase names the state itself
    said = "said Idaho is dry and the state's farms need rain"
    assert name_the_place(said, places, "Idaho is dry") == said
    # two states in the article and none in the evidence: which one is unknown
    assert name_the_place("the state's farms", places, "Farms need rain.") == "the state's farms"
    # the only country of the article
    assert name_the_place("the country's farms", places, "Farms need rain.") == "Mexico's farms"


def test_a_name_ending_in_s_keeps_its_article_and_takes_the_apostrophe_alone() -> None:
    # Blind raters (testset6): "benefits United States's economy" is ungrammatical
    places = [_place("the United States", "country"), _place("Texas", "state")]
    said = name_the_place("benefits the country's economy", places, "Jobs grew.")
    assert said == "benefits the United States' economy"
    assert name_the_place("the state's coast", places, "Storms hit.") == "Texas' coast"
