"""One vocabulary: the same mistake reads the same in an article and in a template."""

from __future__ import annotations

import re
from pathlib import Path

from readquiz.article.loader import check_article
from readquiz.templates.library import check_library

FIXTURES = Path(__file__).parent / "fixtures"


def _article_message(name: str) -> str:
    (problem,) = check_article(FIXTURES / "articles" / "bad" / f"{name}.yaml")[1]
    return problem.message


def _template_message(name: str) -> str:
    (problem,) = check_library([FIXTURES / "templates" / "bad" / name])[1]
    return re.sub(r"^template '[^']*': ", "", problem.message)


def test_a_bad_id_reads_the_same_in_an_article_and_a_template() -> None:
    article = _article_message("bad-id")
    template = _template_message("bad-id")
    assert article == (
        "'Sample Article' is not a valid id: ids are lowercase slugs like 'karachi' or "
        "'border-length' (try 'sample-article')"
    )
    assert template == article.replace("Sample Article", "Where Event").replace(
        "sample-article", "where-event"
    )


def test_a_missing_key_lists_what_the_item_needs_in_both() -> None:
    assert _article_message("event-missing-did") == (
        "missing key 'did': an event needs id, who, did and quote"
    )
    assert _template_message("missing-from") == (
        "missing key 'from': a template needs id, type, from, ask and answer"
    )


def test_an_unknown_value_lists_the_choices_the_same_way_in_both() -> None:
    assert _article_message("unknown-kind") == (
        "unknown kind 'crowd' (use one of: person, group, organization, place)"
    )
    assert _template_message("unknown-format") == (
        "unknown format 'choise' (use one of: choice, short, numeric, truefalse, open)"
    )


def test_an_unknown_key_suggests_the_key_meant_in_both() -> None:
    assert _article_message("entity-typo-nmae") == "unknown key 'nmae' (did you mean 'name'?)"
    assert _template_message("unknown-key") == "unknown key 'qestion' (did you mean 'description'?)"
