"""`readquiz generate` end to end: the JSON contract, text for teachers, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from readquiz.cli import cli

SAMPLE = "pakistan-soleimani-rally"
QUESTION_KEYS = {
    "id",
    "type",
    "format",
    "prompt",
    "choices",
    "answer",
    "answer_text",
    "accept",
    "unit",
    "approx",
    "tolerance",
    "evidence",
    "explanation",
    "template",
    "points",
}


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, ["generate", *args], catch_exceptions=False)


def as_json(*args: str) -> dict[str, Any]:
    result = invoke(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_json_has_every_key_of_the_contract() -> None:
    data = as_json(SAMPLE, "--seed", "7")
    # the contract grows only by added keys: the set format's version, the article's
    # hash (question-set file, docs/question-set.md) and each question's points
    assert set(data) == {"version", "article", "seed", "questions"}
    assert data["version"] == 1
    assert set(data["article"]) == {"id", "title", "hash", "path"}
    assert data["article"]["path"] is None  # a bundled article is found by its id
    assert data["article"]["id"] == SAMPLE and data["article"]["hash"].startswith("sha256:")
    assert data["seed"] == 7
    assert data["questions"]
    for q in data["questions"]:
        assert set(q) == QUESTION_KEYS
        assert set(q["evidence"]) == {"paragraph", "quote"}
        assert q["id"] == f"{q['template']}/{q['id'].split('/', 1)[1]}"
        if q["format"] == "numeric":
            assert isinstance(q["answer"], int | float) and q["unit"] and q["approx"]
            assert isinstance(q["tolerance"], float)
        else:
            assert q["unit"] is None and q["tolerance"] is None
        if q["format"] in ("choice", "truefalse"):
            assert q["answer"] in q["choices"]


def test_same_seed_gives_the_same_bytes_in_two_processes() -> None:
    command = [
        sys.executable,
        "-m",
        "readquiz",
        "generate",
        SAMPLE,
        "--seed",
        "11",
        "--format",
        "json",
    ]
    first = subprocess.run(command, capture_output=True, check=True)
    second = subprocess.run(command, capture_output=True, check=True)
    assert first.stdout == second.stdout
    assert first.stderr == b""
    assert json.loads(first.stdout)["seed"] == 11


def test_without_seed_the_seed_used_is_reported_and_reproduces_the_set() -> None:
    drawn = as_json(SAMPLE)
    again = as_json(SAMPLE, "--seed", str(drawn["seed"]))
    assert drawn == again


def test_count_types_and_formats_select_the_questions() -> None:
    data = as_json(SAMPLE, "--seed", "3", "--count", "8", "--types", "who,where,numeric,stance")
    types = [q["type"] for q in data["questions"]]
    assert sorted(types) == sorted(["who", "where", "numeric", "stance"] * 2)
    short = as_json(SAMPLE, "--seed", "3", "--formats", "short", "--types", "where")
    assert short["questions"]
    assert {(q["format"], q["type"]) for q in short["questions"]} == {("short", "where")}


def test_text_output_reads_for_a_teacher() -> None:
    result = invoke(SAMPLE, "--seed", "5", "--count", "6")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Pakistan Stress Neutrality")
    assert lines[1] == f"Article: {SAMPLE} · seed 5 · 6 questions"
    assert sum(line.startswith("   Evidence: paragraph ") for line in lines) == 6
    assert any(line.startswith("1. [") for line in lines)
    assert result.stderr == ""


def test_text_output_marks_the_right_choice_and_names_the_unit() -> None:
    result = invoke(SAMPLE, "--seed", "5", "--types", "numeric", "--formats", "numeric")
    # in words, what is graded too: never "900 kilometers (more than; within ±90)"
    assert (
        "Answer: more than 900 kilometers  (accept 900 kilometers, the figure as stated)"
        in result.stdout
    )
    choice = invoke(SAMPLE, "--seed", "5", "--types", "where", "--formats", "choice")
    marked = [line for line in choice.stdout.splitlines() if line.startswith("   * ")]
    answers = [line for line in choice.stdout.splitlines() if line.startswith("   Answer: ")]
    assert marked and len(marked) == len(answers)
    for mark, answer in zip(marked, answers, strict=True):
        assert mark.split(") ", 1)[1] == answer.split(") ", 1)[1]


def test_a_decimal_tolerance_reads_without_float_noise(tmp_path: Path) -> None:
    # 0.5% of 46.3 is 0.23149999999999998 in binary floating point.
    article = tmp_path / "heat.yaml"
    article.write_text(
        "id: heat\ntitle: Heat\ntext: |\n  The station measured 46.3°C on Monday.\n"
        "numbers:\n  - id: record\n    value: 46.3\n    unit: °C\n"
        "    what: the temperature the station measured\n    quote: measured 46.3°C\n",
        encoding="utf-8",
    )
    text = invoke(str(article), "--seed", "1", "--formats", "numeric")
    assert text.exit_code == 0, text.output
    # The unit reads as in the choices: attached, not "46.3 °C".
    assert "Answer: 46.3°C  (accept 46.07°C to 46.53°C)" in text.stdout
    data = as_json(str(article), "--seed", "1", "--formats", "numeric")
    assert [q["tolerance"] for q in data["questions"]] == [0.2315]


def test_a_bad_article_path_is_one_error_line_and_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["generate", str(tmp_path / "missing.yaml")])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("readquiz: error: ")
    assert "Traceback" not in result.stderr


def test_a_broken_article_file_is_reported_with_its_place(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "id: bad\ntitle: Bad\ntext: |\n  One paragraph.\nentities: [\n", encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["generate", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{bad}:")
    assert "Traceback" not in result.stderr
