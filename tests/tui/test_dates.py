"""A date reads the same on the quiz screen and on the worksheet of one article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf

from readquiz.attempts.store import ResultsStore
from readquiz.english.dates import format_date
from readquiz.tui.app import make_app
from readquiz.worksheet.build import Layout, render
from tests.worksheet.conftest import article, questions


def test_a_date_reads_as_a_teacher_writes_it() -> None:
    assert format_date(dt.date(2020, 1, 5)) == "January 5, 2020"
    assert format_date(dt.date(2024, 12, 31)) == "December 31, 2024"


async def test_the_quiz_and_the_worksheet_print_the_same_date(tmp_path: Path) -> None:
    art, qset = article("harbour-bridge"), questions("harbour-bridge")
    assert art.published == dt.date(2023, 3, 14)
    pdf = tmp_path / "sheet.pdf"
    with pdf.open("wb") as handle:
        render(art, qset, handle, Layout(remake="readquiz worksheet harbour-bridge"))
    sheet = pypdf.PdfReader(pdf).pages[0].extract_text()

    app = make_app(art, qset, ResultsStore(tmp_path / "data"), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f2")  # the article, from the start screen
        await pilot.pause()
        byline = str(app.screen.query_one(".article-byline").render())
    assert byline == "The Test Gazette · March 14, 2023"
    assert "The Test Gazette · March 14, 2023 · Grade 7" in sheet
    assert "2023-03-14" not in byline + sheet
