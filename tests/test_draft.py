"""`readquiz draft`: real stories in, article files out that `check` and `generate` accept."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from readquiz.article.draft import MARK, parse_source, read_source
from readquiz.article.loader import check_article
from readquiz.article.numtext import read_number
from readquiz.cli import cli
from readquiz.errors import InputError

pytest.importorskip("spacy")  # the `draft` extra, which the `test` extra installs

FIXTURES = Path(__file__).parent / "fixtures" / "draft"
LYON = FIXTURES / "lyon-river-cleanup.txt"
FERRY = FIXTURES / "harbor-notes.md"


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(scope="module")
def lyon_draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("draft") / "lyon.yaml"
    result = invoke("draft", LYON, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert f"wrote {out}:" in result.stderr
    return out


def test_a_draft_passes_check_and_generates_questions(lyon_draft: Path) -> None:
    article, problems = check_article(lyon_draft)
    assert problems == []
    assert article is not None
    checked = invoke("check", lyon_draft)
    assert checked.exit_code == 0, checked.stderr
    made = invoke("generate", lyon_draft, "--seed", "3", "--format", "json")
    assert made.exit_code == 0, made.stderr
    questions = json.loads(made.stdout)["questions"]
    assert len(questions) >= 8
    assert {q["type"] for q in questions} >= {"who", "numeric", "stance"}


def test_the_text_is_written_as_given_and_every_quote_is_cut_from_it(lyon_draft: Path) -> None:
    data = yaml.safe_load(lyon_draft.read_text(encoding="utf-8"))
    story = LYON.read_text(encoding="utf-8")
    title, body = story.split("\n\n", 1)
    assert data["title"] == title
    assert data["text"] == body
    assert "text: |\n" in lyon_draft.read_text(encoding="utf-8")
    quotes = [e["quote"] for e in data["entities"].values() if "quote" in e]
    for section in ("events", "numbers", "stances"):
        quotes += [item["quote"] for item in data.get(section) or []]
    assert len(quotes) > 8
    for quote in quotes:
        assert quote in body, quote


def test_every_proposal_is_marked_for_the_author(lyon_draft: Path) -> None:
    lines = lyon_draft.read_text(encoding="utf-8").splitlines()
    entity_keys = [ln for ln in lines if re.match(r"^  [a-z0-9-]+:", ln)]
    items = [ln for ln in lines if re.match(r"^  - id:", ln)]
    assert entity_keys and items
    for line in entity_keys + items:
        assert MARK in line, line


def test_people_places_and_numbers_are_proposed(lyon_draft: Path) -> None:
    data = yaml.safe_load(lyon_draft.read_text(encoding="utf-8"))
    entities = data["entities"]
    people = {e["name"]: e for e in entities.values() if e["kind"] == "person"}
    assert {"Claire Dumont", "Marc Lefèvre", "Hélène Roux"} <= set(people)
    assert people["Claire Dumont"]["role"] == "the city's deputy mayor"
    assert people["Marc Lefèvre"]["role"] == "the head of Clean Rivers France"
    places = {e["name"]: e for e in entities.values() if e["kind"] == "place"}
    # the gazetteer: Lyon is a city in France, and France is in the article
    assert places["Lyon"]["type"] == "city"
    assert entities[places["Lyon"]["within"]]["name"] == "France"
    assert places["France"]["type"] == "country"
    orgs = {e["name"] for e in entities.values() if e["kind"] == "organization"}
    assert "Clean Rivers France" in orgs
    numbers = {(n["value"], n["unit"], n["approx"]) for n in data["numbers"]}
    assert (1200, "volunteers", "more than") in numbers
    assert (4.5, "tonnes", "about") in numbers
    assert (37, "bicycles", "exact") in numbers
    assert (2, "scooters", "exact") in numbers  # "two scooters"
    assert (300, "shops", "about") in numbers  # "nearly 300"


def test_a_stance_with_a_plain_position_is_proposed_and_an_unclear_one_left_out(
    lyon_draft: Path,
) -> None:
    text = lyon_draft.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    stances = {s["holder"]: s for s in data["stances"]}
    assert stances["lefevre"]["position"] == "for"
    assert (
        stances["lefevre"]["quote"] == "the charity supported a ban on plastic bags along the quays"
    )
    # Dumont's "cleaner than in decades" takes no side: it waits, commented out, for the author
    assert "dumont" not in stances
    assert re.search(r"(?m)^  # - id: dumont-view\n  #   holder: dumont$", text)


def test_crlf_and_a_byte_order_mark_read_the_same_as_lf() -> None:
    assert read_source(FIXTURES / "lyon-river-cleanup-crlf-bom.txt") == read_source(LYON)


def test_markdown_title_and_headings(tmp_path: Path) -> None:
    source = read_source(FERRY)
    assert source.title == "Ferry Service to Resume After Storm Damage"
    assert source.text.startswith("The ferry between Portland")
    assert "\n\n## Repairs\n\n" in source.text
    out = tmp_path / "ferry.yaml"
    assert invoke("draft", FERRY, "-o", out).exit_code == 0
    article, problems = check_article(out)
    assert problems == [] and article is not None
    assert [b.text for b in article.blocks if b.heading] == ["Repairs", "Passengers"]
    assert len(article.paragraphs) == 3


def test_no_title_line_gives_a_guessed_title_marked_for_checking() -> None:
    source = parse_source("The council met on Monday. It voted to close the pool.\n")
    assert source.title == ""
    result = CliRunner().invoke(cli, ["draft", "-"], input="x")  # no such file "-"
    assert result.exit_code == 2


def test_draft_prints_to_stdout_without_o(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The council met on Monday.\n\nMayor Ana Ruiz said the pool would close.\n")
    result = invoke("draft", story)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# Drafted by `readquiz draft` from story.txt")
    assert f"title: {chr(34)}The council met on Monday.{chr(34)}  {MARK}" not in result.stdout


def test_a_missing_model_is_one_line_with_how_to_install_it(tmp_path: Path) -> None:
    out = tmp_path / "kept.yaml"
    out.write_text("precious\n")
    result = invoke("draft", LYON, "--model", "no_such_pipeline", "-o", out)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "no spaCy pipeline named 'no_such_pipeline' is installed" in lines[0]
    assert "pip install 'readquiz[draft]'" in lines[0]
    assert out.read_text() == "precious\n"  # a failed run never truncates the output


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = invoke("draft", FIXTURES / "latin1.txt")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"{FIXTURES / 'latin1.txt'}:1:4: not valid UTF-8 (byte 0xe9); save the file as UTF-8"
    )
    result = invoke("draft", tmp_path / "missing.txt")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"{tmp_path / 'missing.txt'}: no such file"
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n")
    with pytest.raises(InputError, match="no text to draft from"):
        read_source(empty)


def test_an_output_that_cannot_be_written_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "no-such-dir" / "a.yaml"
    result = invoke("draft", LYON, "-o", out)
    assert result.exit_code == 2
    assert result.stderr.startswith("readquiz: error: cannot write")
    assert not out.exists()


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("2,400", 2400, "exact"),
        ("five", 5, "exact"),
        ("Thirty-seven", 37, "exact"),
        ("1.2 million", 1200000, "exact"),
        ("about $1.8 million", 1800000, "about"),
        ("more than 200", 200, "more than"),
        ("nearly 300", 300, "about"),
        ("less than 10%", 10, "less than"),
        ("an estimated 20%", 20, "about"),
        ("a dozen", 12, "exact"),
    ],
)
def test_numbers_read_in_plain_units(text: str, value: float, approx: str) -> None:
    reading = read_number(text)
    assert reading is not None
    assert (reading.value, reading.approx) == (value, approx)


def test_words_that_are_not_numbers_are_not_read() -> None:
    assert read_number("several") is None
    assert read_number("5 people") is None


@pytest.fixture(scope="module")
def nlp() -> object:
    from readquiz.article.draft.analyse import load_pipeline

    return load_pipeline(None)


@pytest.mark.parametrize("article", sorted((FIXTURES.parents[2] / "articles").glob("*.yaml")))
def test_the_bundled_stories_drafted_from_their_text_pass_check(
    article: Path, nlp: object, tmp_path: Path
) -> None:
    from readquiz.article.draft import draft_text

    hand = yaml.safe_load(article.read_text(encoding="utf-8"))
    text = draft_text(parse_source(f"{hand['title']}\n\n{hand['text']}"), "s.txt", nlp=nlp)
    out = tmp_path / "draft.yaml"
    out.write_text(text, encoding="utf-8")
    loaded, problems = check_article(out)
    assert problems == []
    assert loaded is not None and loaded.text == hand["text"]
    assert len(loaded.entities) >= 10 and len(loaded.numbers) >= 3


def draft_of(nlp: object, story: str) -> dict[str, Any]:
    """The draft of ``story`` (a title line, a blank line, the text), as loaded YAML."""
    from readquiz.article.draft import draft_text

    data = yaml.safe_load(draft_text(parse_source(story), "s.txt", nlp=nlp))
    assert isinstance(data, dict)
    return data


def test_a_fraction_the_reader_cannot_read_is_left_out_not_a_crash(nlp: object) -> None:
    # "a third" is one number word that is no count: it once recursed forever
    data = draft_of(nlp, "Floods\n\nNearly a third of Bangladesh was under water on Monday.\n")
    assert data["text"] == "Nearly a third of Bangladesh was under water on Monday.\n"
    assert "Bangladesh" in {e["name"] for e in data["entities"].values()}
