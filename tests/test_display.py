"""The answer in words: what every front end prints (readquiz.questions.display)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from readquiz.cli import cli
from readquiz.questions.display import amount_words, answer_words, range_words
from readquiz.questions.model import Evidence, Question


def numeric(
    value: float, unit: str | None, approx: str | None, tolerance: float | None
) -> Question:
    return Question(
        id="n/x",
        type="numeric",
        format="numeric",
        prompt="How much?",
        choices=None,
        answer=value,
        accept=[],
        unit=unit,
        approx=approx,
        tolerance=tolerance,
        evidence=Evidence(1, "q"),
        explanation="",
        template=None,
    )


@pytest.mark.parametrize(
    ("value", "unit", "approx", "tolerance", "words", "band"),
    [
        (1800000, "dollars", "exact", 0.0, "1.8 million dollars", None),
        (
            25000000,
            "dollars",
            "about",
            2500000.0,
            "about 25 million dollars",
            "22.5 million to 27.5 million dollars",
        ),
        (
            200000000,
            "people",
            "more than",
            20000000.0,
            "more than 200 million people",
            "180 million to 220 million people",
        ),
        (20, "%", "about", 2.0, "about 20 percent", "18 to 22 percent"),
        (46.3, "°C", "exact", 0.2315, "46.3°C", "46.07°C to 46.53°C"),
        (8000, "spectators", "about", 800.0, "about 8,000 spectators", "7,200 to 8,800 spectators"),
        (1, "days", None, None, "1 day", None),
        (1994, "year", "exact", 0.0, "1994", None),
    ],
)
def test_a_number_answer_reads_as_a_reader_writes_it(
    value: float,
    unit: str,
    approx: str,
    tolerance: float | None,
    words: str,
    band: str | None,
) -> None:
    q = numeric(value, unit, approx, tolerance)
    assert answer_words(q) == words
    assert range_words(q) == band


def test_the_grid_amount_leaves_the_approximation_to_the_entry() -> None:
    assert amount_words(numeric(25000000, "dollars", "about", 2500000.0)) == "25 million dollars"


def test_other_answers_are_their_text() -> None:
    q = numeric(1, None, None, None)
    short = Question(**{**q.__dict__, "format": "short", "answer": "Tuesday  night"})
    assert answer_words(short) == "Tuesday night"
    tf = Question(**{**q.__dict__, "format": "truefalse", "answer": "True"})
    assert answer_words(tf) == "True" and range_words(tf) is None


def test_generate_json_and_text_say_the_answer_in_words() -> None:
    args = ["generate", "pakistan-soleimani-rally", "--seed", "5", "--types", "numeric"]
    runner = CliRunner()
    data = json.loads(
        runner.invoke(cli, [*args, "--formats", "numeric", "--format", "json"]).stdout
    )
    texts = {q["answer"]: q["answer_text"] for q in data["questions"]}
    assert texts[200000000] == "more than 200 million people"
    assert texts[20] == "about 20 percent"
    text = runner.invoke(cli, [*args, "--formats", "numeric"]).stdout
    # a bound is graded on the figure as stated, never on a band the article rules out
    assert (
        "Answer: more than 200 million people  (accept 200 million people, the figure as stated)"
        in text
    )
    assert "200000000" not in text
