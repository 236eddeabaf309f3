"""``mentions``: whole words after normalisation, found without a pattern per needle."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from readquiz.engine.facts import _whole_words_in, mentions

# letters, digits, "_", an "s", spaces, punctuation, an accented letter, a non-ASCII digit
_TEXT = st.text(alphabet="as_ b.-é1's\u0663", max_size=14)


@given(_TEXT, _TEXT.filter(bool))
def test_whole_words_in_is_the_search_it_replaces(text: str, needle: str) -> None:
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"s?(?!\w)")
    assert _whole_words_in(text, needle) == (pattern.search(text) is not None)


def test_a_name_is_mentioned_as_a_whole_word_or_a_possessive() -> None:
    assert mentions("Pakistan's army said", "Pakistan")
    assert mentions("the rally in Karachi.", "Karachi")
    assert not mentions("the Pakistani army", "Pakistan")
    assert not mentions("unrest", "rest")


def test_an_acronym_is_mentioned_only_in_capitals() -> None:
    assert mentions("the US said", "US")
    assert not mentions("he told us", "US")
