"""The `url` and `distractors` keys: optional, validated, kept on the loaded article."""

from __future__ import annotations

from pathlib import Path

from readquiz.article.loader import load_article

TEXT = """id: river-town-bridge
title: River Town Votes to Rebuild Old Bridge
source: Test Wire
url: https://example.org/news/river-town-bridge?ref=rss
text: |
  The council of River Town voted on Tuesday to rebuild the old stone bridge.
entities:
  council:
    name: the council of River Town
    kind: organization
  river-town:
    name: River Town
    kind: place
    type: town
distractors:
  place: [Hill Town, Lakeside]
  organization: [the county board]
"""


def test_url_and_distractors_load(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(TEXT, encoding="utf-8")
    article = load_article(path)
    assert article.url == "https://example.org/news/river-town-bridge?ref=rss"
    assert article.source == "Test Wire"
    assert article.distractors == {
        "place": ["Hill Town", "Lakeside"],
        "organization": ["the county board"],
    }


def test_both_are_optional(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    lines = [
        ln
        for ln in TEXT.splitlines()
        if not ln.startswith(("url:", "distractors:", "  place: [", "  organization: ["))
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    article = load_article(path)
    assert article.url is None and article.distractors == {}
