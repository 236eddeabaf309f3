"""The worksheet's credit: where the article is published, printed so a reader can type it."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from readquiz.article.loader import load_article
from readquiz.worksheet.build import Layout, render

from .conftest import FIXTURES, flat, questions

SHORT = "https://example.org/news/kestrel-bay-bridge"
LONG = (
    "https://www.example-gazette.org/news/2023/03/14/local/"
    "kestrel-bay-council-votes-to-rebuild-the-old-harbour-bridge-after-winter-storm"
    "?utm_source=print&id=8841"
)


def _page_one(tmp_path: Path, url: str | None) -> tuple[str, pypdf.PageObject]:
    text = (FIXTURES / "harbour-bridge.yaml").read_text(encoding="utf-8")
    if url is not None:
        text = text.replace("source: The Test Gazette\n", f"source: The Test Gazette\nurl: {url}\n")
    source = tmp_path / "harbour-bridge.yaml"
    source.write_text(text, encoding="utf-8")
    pdf = tmp_path / "sheet.pdf"
    with pdf.open("wb") as handle:
        render(load_article(source), questions("harbour-bridge"), handle, Layout(remake="x"))
    page = pypdf.PdfReader(pdf).pages[0]
    return page.extract_text(), page


@pytest.mark.parametrize("url", [SHORT, LONG], ids=["short", "long"])
def test_the_url_prints_unbroken_under_the_source_line(tmp_path: Path, url: str) -> None:
    text, page = _page_one(tmp_path, url)
    lines = [ln.strip() for ln in text.splitlines()]
    assert url in lines  # one line, whole: a reader can type it from paper
    at = lines.index(url)
    assert lines[at - 1] == "The Test Gazette · March 14, 2023 · Grade 7"
    assert flat(text).index(url) < flat(text).index("Name:")
    links = [a.get_object()["/A"]["/URI"] for a in page.get("/Annots", [])]
    assert url in links  # and on screen it is a link


def test_no_url_no_credit_line(tmp_path: Path) -> None:
    text, _ = _page_one(tmp_path, None)
    assert "http" not in text
    assert "The Test Gazette · March 14, 2023 · Grade 7\nName:" in text
