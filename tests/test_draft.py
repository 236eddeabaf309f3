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


def entities_of(data: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    return {e["name"]: e for e in data["entities"].values() if e["kind"] == kind}


def numbers_of(data: dict[str, Any]) -> set[tuple[float, str, str]]:
    return {(n["value"], n["unit"], n["approx"]) for n in data.get("numbers") or []}


# Each rule below mends what the small reference model gets wrong in real stories
# (the sentences come from the bundled and tuning articles); a test fails without its rule.


def test_names_that_end_like_places_are_places(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Parks\n\nSuperintendent David Hallac invites the public to the Outer Banks; Cape "
        "Hatteras National Seashore, Fort Raleigh National Historic Site, and Wright Brothers "
        "National Memorial.\n",
    )
    places = entities_of(data, "place")
    # tagged as bodies (and one as a person) by the model; the last cut after "National"
    assert {
        "the Outer Banks",
        "Cape Hatteras National Seashore",
        "Fort Raleigh National Historic Site",
        "Wright Brothers National Memorial",
    } <= set(places)
    assert "Cape Hatteras National Seashore" not in entities_of(data, "person")


def test_a_person_named_like_a_team_or_a_race_is_not_a_person(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Tour\n\nAustria’s Lena Hofbauer won the five-day Danube Women’s Tour on Sunday.\n\n"
        "“Today we raced as a team,” said Ursula Brandt, the director of Alpenrot Racing.\n",
    )
    people = entities_of(data, "person")
    assert {"Lena Hofbauer", "Ursula Brandt"} <= set(people)
    assert "Danube Women’s Tour" not in people and "Alpenrot Racing" not in people
    assert "Alpenrot Racing" in entities_of(data, "organization")


def test_a_surname_the_text_uses_alone_makes_a_full_name_a_person(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Stage\n\nFriday’s third stage, to Győr in western Hungary, ended in confusion. A "
        "crash 4 kilometers from the finish brought down about 30 riders, including de Vries, "
        "who broke her collarbone and left the race. Hungary’s Marta Szabó won the stage from "
        "a small group that had escaped the crash.\n\n"
        "The race jury then decided to give every rider the same time as Szabó.\n",
    )
    # the model tags "Marta Szabó" as a place here, and "Szabó" alone as a person
    assert "Marta Szabó" in entities_of(data, "person")
    assert "Marta Szabó" not in entities_of(data, "place")


def test_a_name_with_village_after_it_or_joined_to_one_is_a_place(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Dam\n\nOn a bend of the Mekong River in northern Laos, the 330-odd residents of "
        "Houaygno village are bracing for an exodus.\n\n"
        "“We don't trust them,” said a Houaygno rice farmer.\n\n"
        "VOA visited two of the villages to be flooded by the project, Houaygno and "
        "Khokkham, earlier this month.\n",
    )
    places = entities_of(data, "place")
    assert {"Houaygno", "Khokkham"} <= set(places)
    assert "Houaygno village" in places["Houaygno"]["aliases"]
    assert not {"Houaygno", "Khokkham"} & set(entities_of(data, "person"))


def test_a_name_and_a_noun_for_a_structure_make_a_place(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Dam\n\nVietnam's state-owned PetroVietnam Power has chosen the site for the $3 "
        "billion, 1,460-megawat Luang Prabang hydropower dam; construction is set to start.\n",
    )
    places = entities_of(data, "place")
    assert any(name.endswith("Luang Prabang hydropower dam") for name in places)
    assert "Luang Prabang" not in entities_of(data, "person")


def test_an_acronym_is_a_body_not_a_town_of_that_name(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Ice\n\nPASADENA, Calif. – A new study of glaciers worldwide using observations from "
        "two NASA satellites has helped resolve differences in estimates of how fast glaciers "
        "are disappearing.\n\n"
        "The study compares ground measurements to satellite data from NASA’s Ice, Cloud, "
        "and Land Elevation Satellite (ICESat).\n\n"
        "The UN said the ice was melting faster than ever.\n",
    )
    # "from NASA" places a single name, and the gazetteer knows a "Nasa": not in capitals
    assert "NASA" in entities_of(data, "organization")
    assert "NASA" not in entities_of(data, "place")
    # not Un, a city in India
    assert "UN" not in {n.removeprefix("the ") for n in entities_of(data, "place")}


def test_an_untagged_two_word_subject_is_proposed_as_a_person(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Stage\n\nOn Thursday the riders followed the Danube east and crossed into Slovakia. "
        "Chloé Marchand of France won the second stage in a bunch sprint in Bratislava.\n",
    )
    people = entities_of(data, "person")
    assert "Chloé Marchand" in people
    raw = draft_text_of(nlp, data)
    assert "a name the model did not tag" in raw


def draft_text_of(nlp: object, data: dict[str, Any]) -> str:
    from readquiz.article.draft import draft_text

    return draft_text(parse_source(f"{data['title']}\n\n{data['text']}"), "s.txt", nlp=nlp)


def test_a_surname_with_a_particle_joins_its_person(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Stage\n\nThe race began with a time trial in Vienna, where Sanne de Vries of the "
        "Netherlands set the fastest time.\n\n"
        "On Thursday the riders followed the Danube east and crossed into Slovakia. Chloé "
        "Marchand of France won the second stage in a bunch sprint in Bratislava, while de "
        "Vries kept the lead.\n",
    )
    people = entities_of(data, "person")
    assert "de Vries" not in people  # the model tags it alone as a body
    assert "de Vries" in people["Sanne de Vries"]["aliases"]


def test_a_country_named_only_by_its_adjective_is_a_place(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Strike\n\nAn American airstrike on Friday killed the general in the Iraqi capital "
        "of Baghdad.\n",
    )
    places = entities_of(data, "place")
    assert places["Iraq"]["quote"] in data["text"]
    assert places["Iraq"]["quote"].startswith("Iraqi")
    assert entities_of(data, "place")["Baghdad"]["within"] == "iraq"


def test_a_region_of_a_country_the_article_names_is_found_by_the_gazetteer(
    nlp: object,
) -> None:
    data = draft_of(
        nlp,
        "Fire\n\nMore than 6,000 people have left their homes in the Dunmore Valley of New "
        "South Wales, in south-eastern Australia.\n",
    )
    places = entities_of(data, "place")
    assert places["New South Wales"]["type"] == "state"
    assert data["entities"][places["New South Wales"]["within"]]["name"] == "Australia"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        # "an" of "an estimated" is no "a kilometer"
        ("Shi’ites form an estimated 20% of the population.", (20, "%", "about")),
        # a scale word and a unit, tagged as money
        ("The ice lost 571 trillion pounds of mass.", (571_000_000_000_000, "pounds", "exact")),
        ("Heat waves arrive about 12 days earlier in the year.", (12, "days", "about")),
        (
            "Of the 96 riders who started in Vienna, only 71 reached Budapest.",
            (71, "riders", "exact"),
        ),
        ("It marks the 100th anniversary of the park service.", (100, "years", "exact")),
        # a duration with the year it counts from ("since 1990") after it
        (
            "Researchers found that life expectancy has increased by about five years since 1990.",
            (5, "years", "about"),
        ),
        ("Women can expect to live to age 73.", (73, "years", "exact")),  # an age
        # a figure a verb of change ends at counts the verb's subject
        (
            "Deaths from infections, childbirth-related problems and malnutrition fell about "
            "17 percent to 13.2 million.",
            (13_200_000, "deaths", "exact"),
        ),
        # shares written in words, before "of"
        (
            "The study found that non-communicable diseases caused more than half of the "
            "global burden of disease in 2010.",
            (50, "%", "more than"),
        ),
        ("They caused one-fourth of all deaths in 2010.", (25, "%", "exact")),
        (
            "The conservation group says the number of endangered freshwater turtles is two "
            "times as high as it was four years ago.",
            (2, "times", "exact"),
        ),
        # a share a verb of change says "by"; a whole number and a half, hyphenated
        (
            "The engine, which was reduced by about one-third, burns less fuel.",
            (33.3, "%", "about"),
        ),
        (
            "The ferry from Dover to Calais takes about two-and-a-half hours.",
            (2.5, "hours", "about"),
        ),
        # multiples in words
        (
            "The new train runs at more than twice the speed of sound, the company said.",
            (2, "times the speed of sound", "more than"),
        ),
        ("The coated steel is twice as resistant to rust.", (2, "times", "exact")),
        # "a year" spent somewhere is one year; a clock time in whole hours
        (
            "It was 2007, and Patrick had just returned from a year in Iraq, where he was a "
            "convoy commander in the U.S. Army.",
            (1, "years", "exact"),
        ),
        (
            "Patrick would wake up every night around 3 a.m. as if someone had shocked him "
            "with a jolt of electricity.",
            (3, "a.m.", "about"),
        ),
    ],
)
def test_numbers_the_model_tags_awkwardly_are_read(
    nlp: object, sentence: str, number: tuple[float, str, str]
) -> None:
    assert number in numbers_of(draft_of(nlp, f"News\n\n{sentence}\n"))


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        # "up to" is at most, though the model leaves it outside the figure; and "a"
        # after it is no part of the sum
        (
            "Water may exist up to five kilometers below the surface of Mars.",
            (5, "kilometers", "at most", "up to five kilometers"),
        ),
        (
            "The water lies at depths up to 3.7 kilometers.",
            (3.7, "kilometers", "at most", "up to 3.7 kilometers"),
        ),
        (
            "A man who harms an eagle can face up to a $100,000 fine.",
            (100_000, "dollars", "at most", "up to a $100,000"),
        ),
        # a span of time in billions of years, which the model tags as money
        (
            "The flood took place up to 3.8 billion years ago, the team said.",
            (3_800_000_000, "years", "at most", "up to 3.8 billion years ago"),
        ),
        ("The rocks formed 4.5 billion years ago.", (4_500_000_000, "years", "exact", None)),
    ],
)
def test_a_hedge_outside_the_figure_and_billions_of_years_are_read(
    nlp: object, sentence: str, number: tuple[float, str, str, str | None]
) -> None:
    numbers = draft_of(nlp, f"News\n\n{sentence}\n").get("numbers") or []
    drafted = [(n["value"], n["unit"], n["approx"], n["quote"]) for n in numbers]
    value, unit, approx, quote = number
    assert [d for d in drafted if d[:3] == (value, unit, approx)], drafted
    if quote is not None:
        assert (value, unit, approx, quote) in drafted, drafted
    assert not [d for d in drafted if d[0] == 1_000_000_000], drafted  # "billion" alone


def test_a_name_ending_in_a_business_noun_is_a_body_not_a_person(nlp: object) -> None:
    # "Airways", "Hardware", "Machining" end bodies' names; no one's surname is one
    data = draft_of(
        nlp, "Flights Resume\n\nThe first flight landed on Monday, Northern Airways said.\n"
    )
    assert "Northern Airways" in entities_of(data, "organization")
    assert "Northern Airways" not in entities_of(data, "person")


def test_twice_that_counts_times_something_happened_is_no_multiple(nlp: object) -> None:
    data = draft_of(nlp, "Visits\n\nThe mayor visited the flooded town twice last week.\n")
    assert not [n for n in numbers_of(data) if n[1].startswith("times")]


def test_a_person_the_text_does_not_name_who_speaks_is_proposed(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Dam\n\nThe residents of Houaygno village are bracing for an exodus.\n\n"
        '"We don\'t really trust them because we heard about the dams they built before," '
        "said a Houaygno rice farmer over a lunch of noodle soup.\n",
    )
    people = entities_of(data, "person")
    assert "a Houaygno rice farmer" in people
    assert people["a Houaygno rice farmer"]["aliases"] == ["the farmer"]


def test_bodies_and_counted_groups_named_by_common_nouns(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Fire\n\n“A single ember can start a new fire a kilometer ahead of the main front,” "
        "said Dana Whitlock, a forecaster at the national weather bureau in Sydney.\n\n"
        "In Budapest, Szabó won again in front of about 8,000 spectators.\n\n"
        "Protesters gathered outside the offices of the Pakistani government.\n",
    )
    # a lower-case name is no name ("blue jersey"), unless it names a body
    assert "the national weather bureau" in entities_of(data, "organization")
    assert "the spectators" in entities_of(data, "group")  # counted, after "of"
    assert "the Pakistani government" in entities_of(data, "organization")


def test_words_that_only_look_like_figures_are_not_numbers(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Quake\n\n“If I can just give back half of what this community gave me, my life is "
        "complete.”\n\nA bell tower in one of our oldest churches has collapsed.\n",
    )
    # half of no thing counted is no share; "one of" is a word, not a figure
    assert numbers_of(data) == set()


def test_names_the_model_cuts_at_a_hyphen_or_reads_as_the_wrong_kind(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Korea\n\nThe party congress has tried to show support for the policies of North "
        "Korean leader Kim Jong Un.\n\n"
        "Kim said he is willing to consider normalizing ties with countries that have been "
        "hostile to North Korea in the past.\n\n"
        "The United Nations placed strong new sanctions on North Korea in March for its "
        "latest nuclear test in January.\n\n"
        "Another expert, Bong Young-shik from the Asan Institute for Policy Studies in Seoul, "
        "doubts the commitment made by Kim Jong-Un at the congress.\n",
    )
    people = entities_of(data, "person")
    assert "Bong Young-shik" in people  # not cut at the hyphen
    # a word of a person's full name alone is the person, though a town is called "Kim"
    assert "Kim" in people["Kim Jong Un"]["aliases"]
    assert "Kim" not in entities_of(data, "place")
    # a name written with "the" is no person's
    assert "the United Nations" in entities_of(data, "organization")
    assert not any("United Nations" in name for name in people)


def test_a_first_name_the_text_uses_alone_makes_a_possessive_name_a_person(nlp: object) -> None:
    data = draft_of(
        nlp,
        "App\n\nTyler Skluzacek's father, Patrick, could not sleep through the night.\n\n"
        '"I didn\'t like it," Tyler says. "I really did not know what was going on."\n\n'
        "Then the group tried to raise more money from investors, and they were surprised "
        "when they took in over $25,000 using the online site Kickstarter.\n",
    )
    assert "Tyler Skluzacek" in entities_of(data, "person")
    assert "Tyler" not in entities_of(data, "place")  # a town in Texas, not this story's
    # "the online site Kickstarter": a name after a noun for a thing is no person
    assert "Kickstarter" in entities_of(data, "organization")
    assert "Kickstarter" not in entities_of(data, "person")


def test_places_the_model_reads_as_people_bodies_or_titles(nlp: object) -> None:
    story = (
        "Quake\n\nThe 7.2-magnitude quake was centered near Bohol Island, where authorities "
        "say the majority of the casualties occurred.\n\n"
        "\"In Bohol, which was supposedly the quake's epicenter, a 400 year-old church "
        'collapsed, also."\n\n'
        "The quake was centered 56 kilometers above Bohol Island, which is popular with "
        'tourists for its so-called "Chocolate Hills."\n\n'
        "Earthquakes are common in the Philippines, which lies along the Pacific ``Rim of "
        "Fire.''\n\n"
        "Mike Cohen is the head of global health research at the University of North "
        "Carolina at Chapel Hill.\n"
    )
    data = draft_of(nlp, story)
    places = entities_of(data, "place")
    # the first word of a place's name alone is that place, not a person
    assert "Bohol" in places["Bohol Island"]["aliases"]
    assert "Bohol" not in entities_of(data, "person")
    assert "Chocolate Hills" in places  # tagged as a title, named like a place
    # after "along", a place; quote marks are no part of its name, the quote keeps them
    assert places["the Pacific Rim of Fire"]["quote"] == "Pacific ``Rim of Fire"
    assert "Chapel Hill" in places  # the place a body is "at"


def test_plural_nouns_for_people_who_act_or_speak_are_groups(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Study\n\nResearchers found that life expectancy has increased by about five years "
        "since 1990. On average, men worldwide can expect to live 67 years. Women can expect "
        "to live to age 73.\n\n"
        "But environmentalists say the endangered species list is just the beginning.\n\n"
        "The quake collapsed buildings, buckled roads, and sent frightened residents rushing "
        "out of their homes and businesses.\n\n"
        "The quake was centered near Bohol Island, where authorities say the majority of the "
        "casualties occurred. Bohol Island is popular with tourists.\n\n"
        "By the spring of 2016, Tyler and his team were testing the app with volunteers.\n",
    )
    groups = entities_of(data, "group")
    # subjects that find or speak, by their ending; people a verb makes act or takes in
    for name in ("the researchers", "the environmentalists", "the residents", "the volunteers"):
        assert name in groups, name
    # everyone is no group; "popular with tourists" is no action
    assert not {"the men", "the women", "the tourists"} & set(groups)
    # the body that governs, though named without "the"
    assert entities_of(data, "organization")["the authorities"]["aliases"] == ["authorities"]


def test_people_named_by_a_role_and_places_the_model_splits_or_calls_people(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Roles\n\nThe U.S. Surgeon General said the pandemic has created new pressure. "
        "Then in August 2024, a federal judge ruled that Google had violated trade laws. "
        "FAA Administrator Mike Whitaker said such aircraft are new.\n\n"
        "Ingenuity landed in Jezero Crater in 2021. The orchestra played its January "
        "concert in Washington, D.C. last year.\n",
    )
    people, places = entities_of(data, "person"), entities_of(data, "place")
    # tagged as a body; as no one at all; as a person; as two places
    assert {"the U.S. Surgeon General", "a federal judge", "Mike Whitaker"} <= set(people)
    assert {"Jezero Crater", "Washington, D.C."} <= set(places)
    assert "Washington" not in places and "D.C." not in places
    organizations = entities_of(data, "organization")
    assert "FAA Administrator" not in organizations
    assert "the U.S. Surgeon General" not in organizations


def test_a_city_and_its_state_stay_two_places(nlp: object) -> None:
    data = draft_of(nlp, "Ice\n\nThe team met in Pasadena, Calif., on Monday.\n")
    assert "Pasadena" in entities_of(data, "place")


def test_ages_ranges_repeats_list_counts_and_numbered_things(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Music\n\nWhen he was 10, he spent a year living in Syria with his family. This can "
        "take him anywhere from two weeks to two months to finish. We’ve shown that for the "
        "last 15 years we’ve been doing it.\n\n"
        "“And every 30 minutes, that line will move down.” It has partnered with cattle "
        "ranches in the states of Kansas, New Mexico and Colorado. The experimental "
        "helicopter took its last flight, number 72, in January.\n",
    )
    numbers = numbers_of(data)
    assert {
        (10, "years", "exact"),
        (2, "weeks", "exact"),
        (2, "months", "exact"),
        (30, "minutes", "exact"),
        (3, "states", "exact"),
        (72, "flights", "exact"),
    } <= numbers
    quotes = {n["quote"] for n in data["numbers"]}
    assert "the states of Kansas, New Mexico and Colorado" in quotes
    # a span counted back or ahead is a figure (3 of the 8 such spans in the sets are)
    assert (15, "years", "exact") in numbers
    assert any(q.startswith("the last 15 years") for q in quotes)


def test_names_of_things_and_counts_of_kinds_are_no_people_places_or_figures(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Things\n\nThe talks were canceled over concerns about the fast-spreading Omicron "
        "variant. Aurora Innovation said its trucks will drive alone. Cows wear collars that "
        "use the Global Positioning System.\n\n"
        "Two kinds of lutes are among the instruments. The study looked at two aspects of "
        "identity and four aspects of culture. More than 11,000 kinds of plants are at risk.\n",
    )
    people = entities_of(data, "person")
    assert "Omicron" not in entities_of(data, "place") and "Omicron" not in people
    assert "Aurora Innovation" not in people and "Global Positioning System" not in people
    assert "Aurora Innovation" in entities_of(data, "organization")
    numbers = numbers_of(data)
    assert not {n for n in numbers if n[0] == 2}
    assert (4, "aspects", "exact") in numbers
    assert any(n[0] == 11000 for n in numbers)


def test_ranks_ranges_halves_bounds_and_ages_after_a_name(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Lake\n\nThe lake is now the third largest in the state. Heart disease remains the "
        "second leading cause of death in the county. Adult pike can reach between three "
        "and four feet in length. After the storm, the basement held two and a half feet of "
        "water, and the ice shrank below 20,000 square miles.\n\n"
        "Their daughters, Ruth, 8, and Ada, 5, watched from the dock. Over the past three "
        "years the town held seven public hearing sessions. The plan should pay for itself "
        "in the next 30 years. Its two flood and six tornado events also led to 12 deaths.\n",
    )
    numbers = numbers_of(data)
    assert {(3, "rank", "exact"), (2, "rank", "exact")} <= numbers
    # both ends of a range, each as the bound it is
    assert {(3, "feet", "at least"), (4, "feet", "at most")} <= numbers
    assert (2.5, "feet", "exact") in numbers
    assert (20000, "square miles", "less than") in numbers
    assert {(8, "years old", "exact"), (5, "years old", "exact")} <= numbers
    # "over" before "the past three years" is a preposition, no hedge
    assert {(3, "years", "exact"), (30, "years", "exact")} <= numbers
    # adjectives between a figure and the plural noun it counts, where the parse lost it
    assert (7, "hearing sessions", "exact") in numbers
    assert (6, "tornado events", "exact") in numbers
    quotes = {n["quote"] for n in data["numbers"]}
    assert {"third largest", "Ruth, 8", "two and a half feet", "the past three years"} <= quotes


def test_a_year_standing_alone_is_proposed_once_a_date_or_span_of_years_is_not(
    nlp: object,
) -> None:
    data = draft_of(
        nlp,
        "Bridge\n\nThe bridge has been closed to trucks since 1987. In 2019, the county "
        "said repairs would cost too much. It reopened on March 3, 2021, and traffic "
        "between 1990 and 2005 had doubled.\n\n"
        "Engineers inspected it again in 2019. Fans of the 1972 Miami Dolphins still cross "
        "it. Traffic is 30% above the 1991 to 2010 average.\n",
    )
    years = sorted((n["value"], n["quote"]) for n in data["numbers"] if n["unit"] == "year")
    assert years == [(1972, "1972"), (1987, "since 1987"), (2019, "In 2019")]


def test_a_dollar_figure_used_as_an_adjective_is_no_sum(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Storms\n\nThe region saw a billion-dollar flood in May. That is above the average "
        "of 3.4 billion-dollar weather events a year.\n",
    )
    assert not any(n["unit"] in ("dollar", "dollars") for n in data["numbers"])
    assert (3.4, "weather events", "exact") in numbers_of(data)


def test_places_named_with_a_feature_word_and_towns_written_before_their_state(
    nlp: object,
) -> None:
    data = draft_of(
        nlp,
        "Turtles\n\nVolunteers released the turtles at the Conservancy’s Blackwater Creek "
        "Preserve on Monday. Crews drove to Little Pine National Preserve in Harlow, "
        "Georgia, and on to the Tamarack Wildlife Refuge. Boats headed to the Outer Keys, "
        "where they were needed. NASA's Kepler mission was announced at NASA Headquarters. "
        "The family evacuated to Enterprise, Alabama.\n",
    )
    places = entities_of(data, "place")
    # a body's possessive is no part of the place; a trailing "in" is no part of a name
    assert {
        "Blackwater Creek Preserve",
        "Little Pine National Preserve",
        "the Outer Keys",
        "NASA Headquarters",
        "Enterprise",
    } <= set(places)
    assert places["Enterprise"]["type"] == "city"
    assert "the Outer Keys" not in entities_of(data, "person")
    assert "NASA" not in places


def test_a_title_the_model_cuts_a_possessive_name_and_a_name_said_to_be_someone(
    nlp: object,
) -> None:
    data = draft_of(
        nlp,
        "Pledge\n\nOfficials praised progress toward President Biden and First Lady Jill "
        "Biden’s Cancer Moonshot initiative.\n\n"
        "Jen Mason is the owner of a used bookshop in Lewes, Delaware. Mason said sales rose.\n",
    )
    people = entities_of(data, "person")
    assert "Jill Biden" in people
    assert "First Lady Jill Biden" in people["Jill Biden"]["aliases"]
    assert not any("Moonshot" in name for name in people)
    assert "Jen Mason" in people
    assert "Mason" not in entities_of(data, "place")


def test_storms_diseases_plural_nouns_and_cut_body_names_are_no_people(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Storm\n\nWhen Hurricane Nadine reached the coast, Nadine flooded the harbor. He "
        'said, "Dolphins have very sensitive hearing, and the blasts can harm it." The pill '
        "treats COVID-19 patients. Millions watched the launch on Thursday.\n\n"
        "Staff from the Joseph W. Jones Ecological Research Center counted the snakes. "
        "Sarah Jones said the count went well.\n",
    )
    people = entities_of(data, "person")
    assert "Sarah Jones" in people
    for junk in ("Nadine", "Dolphins", "COVID-19", "Joseph W. Jones Ecological"):
        assert junk not in people, junk
    names = {_name.casefold() for _name in (e["name"] for e in data["entities"].values())}
    assert not names & {"millions", "thursday"}


def test_a_name_said_to_be_a_site_and_an_untagged_name_before_a_dam_are_places(
    nlp: object,
) -> None:
    data = draft_of(
        nlp,
        "River\n\nSok Chea, a guide from Ban Pdei, a dolphin ecotourism site, told reporters "
        "he was worried. Fishermen say the Pak Lay dam could harm downstream fisheries.\n",
    )
    places = entities_of(data, "place")
    assert {"Ban Pdei", "the Pak Lay dam"} <= set(places)
    assert "Ban Pdei" not in entities_of(data, "person")


def test_an_acronym_defined_after_a_name_is_that_name(nlp: object) -> None:
    data = draft_of(
        nlp,
        "Birds\n\nVolunteers counted cranes at the Tamarack Wildlife Refuge (TWR) on Monday. "
        "The count at TWR rose for a third year.\n",
    )
    places = entities_of(data, "place")
    assert "TWR" in places["the Tamarack Wildlife Refuge"]["aliases"]
    assert not [e for e in data["entities"].values() if e["name"] == "TWR"]


def test_a_short_name_in_brackets_after_a_name_is_that_name(nlp: object) -> None:
    # the model runs the name across the bracket ("... Engineers (Corps"): the name
    # stops before it, and a short name made of the name's own words is an alias
    data = draft_of(
        nlp,
        "Water\n\nThe U.S. Army Corps of Engineers (Corps) and the U.S. Fish and Wildlife "
        "Service (Service) agreed on the plan. The Service began consulting with the Corps "
        "in 2010.\n",
    )
    bodies = entities_of(data, "organization")
    assert bodies["the U.S. Army Corps of Engineers"]["aliases"] == ["Corps"]
    assert bodies["the U.S. Fish and Wildlife Service"]["aliases"] == ["Service"]
    assert not [e for e in data["entities"].values() if "(" in e["name"] or ")" in e["name"]]


def test_a_designation_of_a_name_digits_and_a_letter_is_one_name(nlp: object) -> None:
    # "LHS 1140 b" is a planet's name, not the body "LHS" and the figure 1140
    data = draft_of(
        nlp, "Planet\n\nThe planet LHS 1140 b may be covered in ice, astronomers said.\n"
    )
    names = [e["name"] for e in data["entities"].values()]
    assert "LHS 1140 b" in names and "LHS" not in names
    assert not [n for n in data.get("numbers") or [] if n["value"] == 1140]


def test_a_figure_with_a_capitalised_unit_is_part_of_a_name(nlp: object) -> None:
    # "One-Mile Bridge" is a bridge's name, not a length of 1 "Mile Bridges"
    data = draft_of(
        nlp, "Bridge\n\nThe Tamiami Trail One-Mile Bridge opened in 2013, the agency said.\n"
    )
    assert not [n for n in data.get("numbers") or [] if "Mile" in n["unit"]], data


def test_a_law_is_no_body_or_person(nlp: object) -> None:
    # the model tags "Florida Statute" (and at times "the ... Act") as a body
    data = draft_of(
        nlp,
        "Eagle\n\nHe was charged under the Migratory Bird Treaty Act and a Florida Statute, "
        "the agency said.\n",
    )
    names = [e["name"] for e in data["entities"].values()]
    assert not [n for n in names if n.endswith(("Act", "Statute"))], names


@pytest.mark.parametrize(
    "sentence",
    [
        "The planet LHS 1140 b sits about 48 light years away from Earth.",
        "It sits about 48 light years away from Earth.",
    ],
)
def test_light_years_are_a_distance(nlp: object, sentence: str) -> None:
    # the model tags them as a date, or cuts "about 48 light" from "years"
    data = draft_of(nlp, f"Planet\n\n{sentence}\n")
    assert (48, "light years", "about") in numbers_of(data), data.get("numbers")


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("LHS 1140 b could be our best bet to one day indirectly confirm liquid water.", False),
        ("They hope to one day walk on Mars, the team said.", False),
        ("One day, the river rose over its banks.", False),
        ("The festival lasted one day, the organisers said.", True),
        ("The council cut the stay to one day.", True),
    ],
)
def test_one_day_before_a_verb_is_some_day_no_span(
    nlp: object, sentence: str, counted: bool
) -> None:
    data = draft_of(nlp, f"News\n\n{sentence}\n")
    assert ((1, "days", "exact") in numbers_of(data)) is counted, data.get("numbers")
