"""Wrong words of a word-choice question have the key's part of speech."""

from __future__ import annotations

from pathlib import Path

import pytest

from readquiz.article.loader import load_article
from readquiz.engine.views import build_views
from readquiz.english.pos import part_of_speech

STYLISH = Path(__file__).parent / "fixtures" / "english" / "stylish.yaml"
NOUNS = {"people", "clothes", "environment", "shop", "owner", "customers", "shirt", "wall"}
NOUNS |= {"students", "parents", "tourists", "store", "weekend", "lewes"}


@pytest.mark.parametrize(
    ("term", "meaning"),
    [
        ("stylish", "following a popular way of dressing or presenting oneself"),
        ("diverse", "made up of many different kinds of people or things"),
        ("foolish", "showing a lack of good sense"),
    ],
)
def test_adjectives_with_noun_like_meanings(term: str, meaning: str) -> None:
    assert part_of_speech(term, meaning) == "adjective"


@pytest.mark.parametrize(
    ("term", "meaning", "pos"),
    [
        ("rubbish", "waste material", "noun"),
        ("finish", "to end something", "verb"),
        ("made", "to have created something", "verb"),
    ],
)
def test_other_words_keep_their_part_of_speech(term: str, meaning: str, pos: str) -> None:
    assert part_of_speech(term, meaning) == pos


def test_an_adjectives_wrong_words_are_not_nouns() -> None:
    # Blind raters (R165): "which word means 'following a popular way of dressing'?"
    # with "Airplane" and "People" beside "Stylish" has one possible choice.
    terms = build_views(load_article(STYLISH)).vocabulary
    assert terms
    for term in terms:
        assert not {w.lower() for w in term.lures} & NOUNS, (term.term, term.lures)


def test_a_term_whose_meaning_repeats_its_own_word_is_not_asked(tmp_path: Path) -> None:
    # Pre-rater on a fresh article (T005): "which phrase means 'a picture of what is
    # shown on a device's screen'?" -- the student looks for "screen" (obvious).
    from readquiz import resources
    from readquiz.engine import generate
    from readquiz.templates.library import load_library

    article = tmp_path / "wallet.yaml"
    article.write_text(
        "id: wallet\n"
        "title: A new wallet app\n"
        "text: |\n"
        "  Users can add a card by doing a screen capture of it. The app is convenient,\n"
        "  and its makers say it is secure. Banks have verified the idea.\n"
        "vocabulary:\n"
        "  - term: screen capture\n"
        "    meaning: a picture of what is shown on a device's screen\n"
        "    quote: by doing a screen capture of it\n"
        "  - term: convenient\n"
        "    meaning: easy to use and saving time\n"
        "    quote: The app is convenient\n"
        "  - term: secure\n"
        "    meaning: safe from attack or theft\n"
        "    quote: it is secure\n"
        "  - term: verified\n"
        "    meaning: shown to be true or real\n"
        "    quote: Banks have verified the idea\n",
        encoding="utf-8",
    )
    library = load_library([resources.builtin_templates_dir()])
    questions = [
        q
        for seed in (1, 2, 3)
        for fmt in ("choice", "short")
        for q in generate(
            load_article(article), library, seed=seed, count=50, formats=[fmt]
        ).questions
    ]
    asked = {q.id.split("/")[1] for q in questions}
    assert "convenient" in asked or "secure" in asked  # the others are asked
    assert "screen-capture" not in asked


def test_a_verb_in_ive_after_to_is_no_adjective_beside_an_adjective() -> None:
    # "Which word means 'growing faster and faster as it gets bigger'?" with
    # "Receive" beside "Exponential", "Available" and "Possible": the one verb.
    from readquiz.english.words import find_lures

    text = (
        "Growth has been exponential. The update made it possible for students to receive"
        " a letter, made the program available to more schools and made it competitive."
    )
    meaning = "growing faster and faster as it gets bigger"
    lures = find_lures("exponential", "exponential", meaning, "adjective", 1, {1: text})
    assert {w.lower() for w in lures.words} == {"possible", "available", "competitive"}, lures


def test_a_word_between_to_and_its_noun_is_no_verb_beside_a_verb() -> None:
    # "Which word means 'to narrow down the range of possible values of something'?"
    # with "Satellite" ("to satellite data") beside "Constrain", "Inform" and
    # "Estimate": the one noun.
    from readquiz.english.words import find_lures

    meaning = "to narrow down the range of possible values of something"
    satellite = {
        1: "The team added ground measurements to satellite data to constrain the losses.",
        2: "Lasers help to inform the team, to measure the ice, to record the losses and"
        " to track changes linked to climate change.",
    }
    lures = find_lures("constrain", "constrain", meaning, "verb", 1, satellite)
    assert "track" in {w.lower() for w in lures.words}, "a verb before its plural object stays"
    assert not {"satellite", "climate"} & {w.lower() for w in lures.words}, lures
