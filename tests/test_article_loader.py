"""Loading and checking article files, as a teacher writing one would meet it.

Every broken input is a real file under ``fixtures/articles/bad/`` that states what
``readquiz check`` must say about it in its first lines::

    # expect: LINE:COL: part of the message
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import NoReturn

import pytest
from click.testing import CliRunner

from readquiz import yamlsource
from readquiz.article.loader import check_article, check_articles, load_article
from readquiz.cli import cli
from readquiz.errors import ArticleError, Problem
from readquiz.yamlsource import MAX_BYTES

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
GOOD = FIXTURES / "good" / "complete.yaml"
BAD = sorted((FIXTURES / "bad").glob("*.yaml"))
_EXPECT = re.compile(r"# expect: (\d+):(\d+): (.+)")
# an empty file cannot carry a comment, so its expectation lives here
_NO_ROOM_FOR_COMMENTS = {
    "empty.yaml": [(1, 1, "the file is empty; an article needs id, title and text")],
}
PWNED = Path("/tmp/readquiz-fixture-pwned")
"""The file the payload of python-object-apply.yaml would create if it ever ran."""


def expectations(path: Path) -> list[tuple[int, int, str]]:
    """The ``# expect:`` lines at the top of a bad fixture."""
    if path.name in _NO_ROOM_FOR_COMMENTS:
        return _NO_ROOM_FOR_COMMENTS[path.name]
    found = []
    # latin-1 reads any bytes, so the header of the non-UTF-8 fixture is readable too
    for line in path.read_bytes().decode("latin-1").splitlines():
        match = _EXPECT.fullmatch(line.strip())
        if not match:
            break
        found.append((int(match[1]), int(match[2]), match[3]))
    return found


def test_complete_article_loads() -> None:
    article = load_article(GOOD)

    assert article.id == "harbour-festival"
    assert article.title == "Harbour Town Holds “Record” Festival"
    assert article.published == dt.date(2021, 6, 14)
    assert article.grade == 7
    assert [p.number for p in article.paragraphs] == [1, 2, 3]
    assert [b.text for b in article.blocks if b.heading] == ["A Record Year"]
    assert article.entities["porthaven"].within == "cornwall"
    assert article.events[1].who == ["ruiz", "council"]
    assert article.numbers[1].value == 6.0 and article.numbers[1].approx == "more than"
    assert article.stances[0].voiced_by == "ruiz"
    assert [article.term_id(t) for t in article.vocabulary] == ["organizers", "residents"]
    assert article.path == str(GOOD)


def test_evidence_is_the_quote_or_the_first_paragraph_naming_the_entity() -> None:
    article = load_article(GOOD)

    assert article.evidence("crowd").paragraph == 1
    assert article.evidence("crowd").quote == "About 12,000 people"
    # no quote: the first sentence naming "Mayor Ana Ruiz" / "Ruiz" / "Ana Ruiz"
    assert article.evidence("ruiz").paragraph == 2
    assert article.evidence("ruiz").quote.startswith("Mayor Ana Ruiz opened the festival")


def test_check_article_of_a_clean_file_returns_the_article_and_no_problems() -> None:
    article, problems = check_article(GOOD)

    assert problems == []
    assert article is not None and article.id == "harbour-festival"


def test_every_bad_fixture_states_what_it_expects() -> None:
    assert len(BAD) >= 40
    for path in BAD:
        assert expectations(path), f"{path.name} has no '# expect:' line"


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_article_reports_exactly_the_expected_problems(path: Path) -> None:
    article, problems = check_article(path)

    assert article is None
    got = [(p.line, p.col, p.message) for p in problems]
    expected = expectations(path)
    assert len(got) == len(expected), "\n".join(str(p) for p in problems)
    for (line, col, message), (want_line, want_col, want_text) in zip(got, expected, strict=True):
        assert (line, col) == (want_line, want_col), message
        assert want_text in message
    for problem in problems:
        assert problem.file == str(path)
        text = str(problem)
        assert "\n" not in text
        assert text.startswith(f"{path}:{problem.line}:{problem.col}: ")


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_load_article_raises_with_every_problem(path: Path) -> None:
    with pytest.raises(ArticleError) as caught:
        load_article(path)

    assert caught.value.problems == check_article(path)[1]
    assert caught.value.lines() == [str(p) for p in caught.value.problems]


def test_python_tag_is_refused_and_never_run() -> None:
    PWNED.unlink(missing_ok=True)

    _, problems = check_article(FIXTURES / "bad" / "python-object-apply.yaml")

    assert "!!python/object/apply:os.system is not allowed" in problems[0].message
    assert not PWNED.exists()


def big_article(target_bytes: int, people: int) -> str:
    """An article of about ``target_bytes`` with ``people`` people and places.

    Each has an event, and is named and quoted in paragraphs spread over the whole text.
    """
    paragraphs = []
    for i in range(target_bytes // 520):
        paragraphs.append(
            f"Paragraph {i} tells how Person{i} Name{i} visited City{i} on day {i}. "
            + "The weather was fine and the streets were full of music and stalls. " * 6
        )
    every = max(1, len(paragraphs) // people)
    lines = ["id: big", "title: A Very Long Article", "text: |"]
    for paragraph in paragraphs:
        lines += [f"  {paragraph}", ""]
    lines.append("entities:")
    chosen = range(0, len(paragraphs), every)
    for i in chosen:
        lines += [f"  p{i}:", f"    name: Person{i} Name{i}", "    kind: person"]
        lines += [
            f"  c{i}:",
            f"    name: City{i}",
            "    kind: place",
            f"    quote: visited City{i} on day {i}",
        ]
    lines.append("events:")
    for i in chosen:
        lines += [
            f"  - id: e{i}",
            f"    who: p{i}",
            "    did: visited",
            f"    where: c{i}",
            f"    quote: Paragraph {i} tells how",
        ]
    return "\n".join(lines) + "\n"


def test_article_just_under_the_size_limit_loads_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    text = big_article(int(0.9 * MAX_BYTES), people=300)
    path.write_text(text, encoding="utf-8")
    assert 0.8 * MAX_BYTES < path.stat().st_size < MAX_BYTES

    article = load_article(path)

    assert len(article.entities) >= 600 and len(article.events) >= 300
    assert article.evidence("p0").paragraph == 1
    last = max(int(k[1:]) for k in article.entities if k.startswith("p"))
    assert article.evidence(f"p{last}").paragraph == last + 1


def test_multi_megabyte_article_is_refused_unparsed_with_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.yaml"
    path.write_text(big_article(3 * MAX_BYTES, people=10), encoding="utf-8")

    def parsed(*args: object, **kwargs: object) -> NoReturn:
        raise AssertionError("a file over the limit was parsed")

    # Refused from its size alone, before a byte of it is parsed (so at once, whatever its size).
    monkeypatch.setattr(yamlsource, "parse_yaml", parsed)
    article, problems = check_article(path)

    assert article is None
    assert len(problems) == 1
    assert f"the limit is {MAX_BYTES:,} bytes" in problems[0].message
    assert str(problems[0]).startswith(f"{path}: the file is ")


def test_missing_file_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    article, problems = check_article(tmp_path / "nowhere.yaml")

    assert article is None
    assert [p.message for p in problems] == ["no such file"]


def test_check_articles_reports_each_file() -> None:
    bad = FIXTURES / "bad" / "unknown-who.yaml"

    result = check_articles([GOOD, bad])

    assert list(result) == [GOOD, bad]
    assert result[GOOD] == []
    assert [p.line for p in result[bad]] == [expectations(bad)[0][0]]


CLI_FIXTURES = [
    FIXTURES / "bad" / name
    for name in (
        "several-problems.yaml",
        "syntax-tab.yaml",
        "not-utf8.yaml",
        "empty.yaml",
        "unknown-who.yaml",
        "missing-root-keys.yaml",
    )
]


@pytest.mark.parametrize("path", CLI_FIXTURES, ids=[p.stem for p in CLI_FIXTURES])
def test_generate_prints_each_problem_on_one_line_and_exits_2(path: Path) -> None:
    # needs the `generate` command (readquiz.cli.generate), written separately
    result = CliRunner().invoke(cli, ["generate", str(path)])

    expected: list[Problem] = check_article(path)[1]
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.splitlines() == [str(p) for p in expected]
    assert "Traceback" not in result.stderr
