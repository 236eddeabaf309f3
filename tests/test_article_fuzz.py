"""Whatever a teacher's editor leaves in an article file, checking it never crashes.

Random YAML-ish text and random edits of a good article give problems, not a crash.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readquiz.article.loader import check_article

GOOD = Path(__file__).parent / "fixtures" / "articles" / "good" / "complete.yaml"
GOOD_LINES = GOOD.read_text(encoding="utf-8").splitlines()
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
YAMLISH = st.lists(
    st.sampled_from(
        list("abkid:- \n\t[]{},#&*!|>'\"?%@`~0129.é“”\ufeff")
        + [
            "id: ",
            "title: ",
            "text: |\n  ",
            "entities:\n",
            "events:\n  - ",
            "who: ",
            "kind: ",
            "place",
            "quote: ",
            "!!python/name:os.system ",
            "&a ",
            "*a ",
            "<<: ",
            "---\n",
        ]
    ),
    max_size=120,
).map("".join)
LINES = st.sampled_from(
    [
        "",
        "  ",
        "\t",
        "---",
        "- x",
        "id: x",
        "  quote: x",
        "who: [ruiz, nobody]",
        "  within: porthaven",
        "  kind: person",
        "value: ten",
        "    type: town",
        "grade: 99",
        "text: |",
        "  ## Only a heading",
        "vocabulary: []",
        "entities: {}",
        "x: &a [*a]",
    ]
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "article.yaml"


def assert_only_problems(path: Path) -> None:
    """check_article returns an Article xor problems that each point into the file."""
    article, problems = check_article(path)
    if not problems:
        assert article is not None
        return
    assert article is None
    for problem in problems:
        assert problem.file == str(path)
        assert problem.line >= 0 and problem.col >= 0
        assert problem.message and "\n" not in problem.message
        # the loader's last-resort message means a rule let bad data through to build()
        assert not problem.message.startswith("could not load the article"), problem
    assert problems == sorted(problems, key=lambda p: (p.line, p.col))


@FUZZ
@given(text=YAMLISH)
def test_random_yamlish_text_gives_problems_not_crashes(scratch: Path, text: str) -> None:
    scratch.write_text(text, encoding="utf-8")
    assert_only_problems(scratch)


@FUZZ
@given(data=st.binary(max_size=200))
def test_random_bytes_give_problems_not_crashes(scratch: Path, data: bytes) -> None:
    scratch.write_bytes(data)
    assert_only_problems(scratch)


def _edit(lines: list[str], op: str, i: int, j: int, extra: str, ch: str) -> list[str]:
    """One edit a person might make by mistake, at line ``i`` (and ``j``)."""
    lines = list(lines)
    if not lines:
        return [extra]
    i, j = i % len(lines), j % len(lines)
    line = lines[i]
    at = j % (len(line) + 1)
    if op == "delete-line":
        del lines[i]
    elif op == "insert-line":
        lines.insert(i, extra)
    elif op == "duplicate-line":
        lines.insert(i, line)
    elif op == "move-line":
        lines.insert(j, lines.pop(i))
    elif op == "delete-char":
        lines[i] = line[:at] + line[at + 1 :]
    elif op == "insert-char":
        lines[i] = line[:at] + ch + line[at:]
    elif op == "swap-keys" and ":" in line and ":" in lines[j]:
        # give line i the key of line j and vice versa, values staying put
        (ki, vi), (kj, vj) = line.split(":", 1), lines[j].split(":", 1)
        lines[i] = f"{kj.strip().rjust(len(ki))}:{vi}"
        lines[j] = f"{ki.strip().rjust(len(kj))}:{vj}"
    elif op == "indent":
        lines[i] = "  " + line
    elif op == "dedent":
        lines[i] = line[2:] if line.startswith("  ") else line.lstrip()
    return lines


EDITS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "delete-line",
                "insert-line",
                "duplicate-line",
                "move-line",
                "delete-char",
                "insert-char",
                "swap-keys",
                "indent",
                "dedent",
            ]
        ),
        st.integers(min_value=0, max_value=200),
        st.integers(min_value=0, max_value=200),
        LINES,
        st.sampled_from(list(":-[]{}#&*!|>'\" \tx0é")),
    ),
    min_size=1,
    max_size=6,
)


@FUZZ
@given(edits=EDITS)
def test_edited_good_article_gives_problems_or_an_article(
    scratch: Path, edits: list[tuple[str, int, int, str, str]]
) -> None:
    lines = GOOD_LINES
    for edit in edits:
        lines = _edit(lines, *edit)
    scratch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert_only_problems(scratch)
