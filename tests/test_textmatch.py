"""One folding for loading, the engine and grading: quote marks, dashes, diacritics, articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readquiz.article.evidence import find_mention, find_quote, split_blocks
from readquiz.article.loader import check_article
from readquiz.grading import check_answer
from readquiz.questions.model import Evidence, Question
from readquiz.textmatch import drop_article, fold, normalize_text, same_text, squash_spaces


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("The U.S.", "us"),
        ("  Karachi. ", "karachi"),
        ("Pakistan’s", "pakistans"),
        ("Pakistan's", "pakistans"),
        ("São Paulo", "sao paulo"),
        ("“Death to America!”", "death to america"),
        ("1,200", "1200"),
        ("2.5 km", "2.5 km"),
        ("U.S.-Iran tensions", "us iran tensions"),
        ("an airstrike", "airstrike"),
        ("a", "a"),
        # the marks grading's own table lacked: reversed quotes and primes
        ("Pakistan‛s", "pakistans"),
        ("‟Death to America″", "death to america"),
        ("O′Brien", "obrien"),
        # dashes and the minus sign separate words as a hyphen does
        ("U.S.–Iran tensions", "us iran tensions"),
        ("U.S.—Iran", "us iran"),
        ("Győr", "gyor"),
        ("ﬁeld", "field"),
    ],
)
def test_normalize_text(text: str, folded: str) -> None:
    assert normalize_text(text) == folded


@given(st.text())
def test_fold_keeps_every_index(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_fold_folds_marks_dashes_diacritics_and_case_only() -> None:
    assert fold("‘Győr’ – “São” ‟x″ ‛y′") == "'gyor' - \"sao\" \"x\" 'y'"
    assert fold("Straße") == "straße"  # ß folds to two letters: only its case is folded


def test_drop_article_and_squash_spaces() -> None:
    assert drop_article("The protesters") == "protesters"
    assert drop_article("an army") == "army"
    assert drop_article("the") == "the"
    assert drop_article("Theresa May") == "Theresa May"
    assert squash_spaces("  the \n protesters\t ") == "the protesters"
    assert same_text("The U.S.", "us")


def test_a_quote_with_other_marks_dashes_and_diacritics_is_found_as_it_reads() -> None:
    blocks = split_blocks("The riders crossed Győr’s bridge – “quickly”, said O′Brien.")
    found = find_quote(blocks, 'gyor\'s  bridge - "quickly"')
    assert found == Evidence(1, "Győr’s bridge – “quickly”")


def test_a_name_is_found_with_or_without_its_article() -> None:
    blocks = split_blocks("## Heading\n\nPolice met protesters.\n\nLater, Győr fell quiet.")
    assert find_mention(blocks, ["The Protesters"]) == Evidence(1, "Police met protesters.")
    assert find_mention(blocks, ["Gyor"]) == Evidence(2, "Later, Győr fell quiet.")


def test_an_article_loads_with_a_quote_typed_with_other_marks(tmp_path: Path) -> None:
    path = tmp_path / "marks.yaml"
    path.write_text(
        "id: marks\ntitle: Marks\ntext: |\n"
        "  The mayor of Győr said the bridge “will reopen” on Monday – at last.\n"
        "entities:\n  mayor:\n    name: the mayor\n    kind: person\n"
        "events:\n  - id: reopen\n    who: mayor\n    did: said the bridge would reopen\n"
        '    quote: "Gyor said the bridge \\"will reopen\\" on Monday - at last"\n',
        encoding="utf-8",
    )
    article, problems = check_article(path)
    assert problems == []
    assert article is not None
    assert (
        article.evidence("reopen").quote == "Győr said the bridge “will reopen” on Monday – at last"
    )


def _short(answer: str) -> Question:
    return Question(
        id="q", type="who", format="short", prompt="Who?", choices=None, answer=answer,
        accept=[], unit=None, approx=None, tolerance=None, evidence=Evidence(1, "x"),
        explanation="", template="t",
    )  # fmt: skip


def test_grading_folds_as_loading_does() -> None:
    assert check_answer(_short("O’Brien"), "O′Brien")
    assert check_answer(_short("Győr"), "gyor")
    assert check_answer(_short("the Red Cross"), "Red Cross")


def test_an_acronym_is_a_name_only_in_capitals() -> None:
    from readquiz.engine.facts import mentions
    from readquiz.textmatch import in_capitals, is_acronym

    assert [is_acronym(n) for n in ("WHO", "U.S.", "UN", "Ana", "A", "New York")] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]
    assert in_capitals("the WHO said", "WHO") and not in_capitals("those who are", "WHO")
    # an alias written with its article is the same acronym
    assert is_acronym("the WHO") and not is_acronym("the Who Said")
    assert in_capitals("the WHO said", "the WHO") and not in_capitals("those who are", "the WHO")
    # the engine's one test of "this sentence names that entity" follows it
    assert mentions("The WHO warned of a new variant.", "WHO")
    assert not mentions("Those who are at risk should wait.", "WHO")
    assert not mentions("Let us go home.", "US")
    assert mentions("Those who are at risk should wait.", "who")  # a plain word folds
