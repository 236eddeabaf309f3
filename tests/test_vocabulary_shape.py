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
