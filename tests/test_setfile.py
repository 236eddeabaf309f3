"""The question-set file as a teacher uses it: generate, edit, check, use with --set.

Run as a user runs it (exit status, stdout, stderr, the files on disk). Every bad
fixture in tests/fixtures/sets/bad/ states the exact lines `readquiz check` prints.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pypdf
import pytest
import yaml
from click.testing import CliRunner, Result

from readquiz.cli import cli
from readquiz.errors import InputError
from readquiz.questions.setfile import check_set, load_set, text_hash

ROOT = Path(__file__).parents[1]
SETS = Path("tests/fixtures/sets")
"""Relative to the repository: messages name files as the teacher typed them."""
ARTICLE = SETS / "chess-cup.yaml"
EVERY_FORMAT = SETS / "good" / "every-format.yaml"
SAMPLE = "pakistan-soleimani-rally"
_EXPECT = re.compile(r"^# expect: (.+)$", re.M)
JSON_EXPECT = {
    "json-syntax-error.json": [
        "5:51: JSON syntax error: Expecting property name enclosed in double quotes"
    ]
}


@pytest.fixture(autouse=True)
def _in_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("READQUIZ_TEMPLATES", raising=False)


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def bad_fixtures() -> list[Path]:
    return sorted((SETS / "bad").iterdir())


def expected(path: Path) -> list[str]:
    if path.name in JSON_EXPECT:
        return [f"{path}:{line}" for line in JSON_EXPECT[path.name]]
    return [f"{path}:{line}" for line in _EXPECT.findall(path.read_text(encoding="utf-8"))]


# ---------------------------------------------------------------- generate -o


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_generate_writes_a_set_that_checks_clean_and_loads_as_generated(
    tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"set.{fmt}"
    result = invoke("generate", SAMPLE, "--seed", "7", "--format", fmt, "-o", target)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Wrote {target} ({_count(target)} questions, seed 7)\n"
    text = target.read_text(encoding="utf-8")
    data = yaml.safe_load(text) if fmt == "yaml" else json.loads(text)
    assert data["version"] == 1 and data["seed"] == 7
    assert data["article"]["id"] == SAMPLE and data["article"]["path"] is None  # bundled
    assert data["article"]["hash"].startswith("sha256:")

    checked = invoke("check", target)
    assert checked.exit_code == 0, checked.stderr
    assert checked.stdout.splitlines()[-1].startswith("1 question set, ")

    # the set, read back, is the set that was generated: same questions, same order
    stdout = invoke("generate", SAMPLE, "--seed", "7", "--format", "json")
    assert load_set(target).qset.to_dict() == {
        k: v for k, v in json.loads(stdout.stdout).items() if k in ("article", "seed", "questions")
    } | {"article": {"id": SAMPLE, "title": data["article"]["title"]}}


def _count(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    return len(data["questions"])


def test_the_format_follows_the_extension_of_o(tmp_path: Path) -> None:
    target = tmp_path / "set.yml"
    assert invoke("generate", SAMPLE, "--seed", "1", "-o", target).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# A readquiz question set.")


def test_a_format_that_contradicts_the_extension_is_refused(tmp_path: Path) -> None:
    result = invoke("generate", SAMPLE, "--format", "yaml", "-o", tmp_path / "set.json")
    assert result.exit_code == 2
    assert result.stderr == (
        f"readquiz: error: -o {tmp_path / 'set.json'} looks like json but --format is yaml; "
        f"name the file {tmp_path / 'set.yaml'}\n"
    )
    assert not (tmp_path / "set.json").exists()


def test_an_article_outside_the_bundle_is_named_by_a_path_relative_to_the_set(
    tmp_path: Path,
) -> None:
    target = tmp_path / "sets" / "chess.yaml"
    target.parent.mkdir()
    assert invoke("generate", ARTICLE, "--seed", "2", "-o", target).exit_code == 0
    ref = yaml.safe_load(target.read_text(encoding="utf-8"))["article"]
    assert Path(os.path.normpath(target.parent / ref["path"])) == (ROOT / ARTICLE).resolve()
    assert ref["hash"] == text_hash(load_set(target).article.text)
    assert invoke("check", target).exit_code == 0


def test_a_failed_generate_leaves_the_existing_set_untouched(tmp_path: Path) -> None:
    target = tmp_path / "set.yaml"
    target.write_text("the teacher's edited set\n", encoding="utf-8")
    result = invoke("generate", tmp_path / "missing.yaml", "-o", target)
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1
    assert target.read_text(encoding="utf-8") == "the teacher's edited set\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["set.yaml"]  # no temp file left


# ---------------------------------------------------------------- check


@pytest.mark.parametrize("path", bad_fixtures(), ids=lambda p: p.name)
def test_check_reports_exactly_the_expected_lines(path: Path) -> None:
    lines = expected(path)
    assert lines, f"{path.name} states no '# expect:' line"
    result = invoke("check", path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == lines
    assert result.stdout.splitlines()[-1].endswith(f"{len(lines)} problem" + "s" * (len(lines) > 1))


@pytest.mark.parametrize("path", bad_fixtures(), ids=lambda p: p.name)
def test_a_bad_set_stops_every_command_with_the_same_lines(path: Path, tmp_path: Path) -> None:
    commands: tuple[list[str | Path], ...] = (
        ["export", "--set", path, "--to", "gift", "-o", tmp_path / "out.txt"],
        ["worksheet", "--set", path, "-o", tmp_path / "out.pdf"],
        ["quiz", "--set", path, "--data-dir", tmp_path / "data"],
    )
    for command in commands:
        result = invoke(*command)
        assert result.exit_code == 2, command
        assert result.stderr.splitlines() == expected(path), command
        assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []  # nothing written, not even a data directory


def test_a_hand_written_set_is_first_class() -> None:
    loaded, problems = check_set(EVERY_FORMAT)
    assert problems == [] and loaded is not None
    qs = {q.id: q for q in loaded.qset.questions}
    assert [q.format for q in loaded.qset.questions] == [
        "choice",
        "truefalse",
        "short",
        "numeric",
        "open",
    ]
    # the defaults a teacher may leave out are filled in
    score = qs["score"]
    assert score.type == "custom" and score.template is None and score.points == 2
    assert score.evidence.paragraph == 1  # found from the quote
    assert score.explanation == "Paragraph 1: “beating Hillview 3:1 in the final”"
    assert qs["tickets"].choices == ["True", "False"] and qs["tickets"].answer == "True"
    assert qs["coach"].accept == ["Haddad", "Coach Haddad", "Omar ~ Haddad"]
    assert qs["crowd"].answer == 250 and qs["crowd"].tolerance == 25.0
    assert qs["crowd"].explanation == "Paragraph 2 says: “About 250 people watched the match.”"
    assert loaded.qset.seed == 0 and loaded.article.id == "chess-cup-final"


def test_the_committed_generated_set_still_checks_clean() -> None:
    result = invoke("check", SETS / "good" / "generated.yaml", SETS / "good" / "every-format.yaml")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("2 question sets, ")


def test_every_bundled_article_gives_sets_that_check_clean(tmp_path: Path) -> None:
    from readquiz import resources

    for path in resources.bundled_articles():
        target = tmp_path / f"{path.stem}.json"
        assert invoke("generate", path.stem, "--seed", "3", "-o", target).exit_code == 0
        loaded, problems = check_set(target)
        assert problems == [], problems[:3]
        assert loaded is not None and len(loaded.qset.questions) == _count(target)


def test_an_edited_set_is_used_exactly_as_written(tmp_path: Path) -> None:
    """Reorder, delete, reword: the worksheet and the export follow the file."""
    data = yaml.safe_load(EVERY_FORMAT.read_text(encoding="utf-8"))
    data["article"]["path"] = str((ROOT / ARTICLE).resolve())
    questions = data["questions"]
    questions.reverse()
    del questions[0]  # the open question
    questions[0]["prompt"] = "About how many people came to watch the final?"
    edited = tmp_path / "edited.yaml"
    edited.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    assert load_set(edited).qset.questions[0].prompt.startswith("About how many people came")
    pdf = tmp_path / "w.pdf"
    result = invoke("worksheet", "--set", edited, "-o", pdf)
    assert result.exit_code == 0, result.output
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    text = " ".join(text.split())
    assert "1. About how many people came to watch the final?" in text
    assert "Where does the coach keep his notes" not in text  # deleted
    assert f"readquiz worksheet --set {edited}" in text  # the key's remake command


def test_set_refuses_options_that_choose_questions(tmp_path: Path) -> None:
    result = invoke("export", "--set", EVERY_FORMAT, "--to", "gift", "--count", "3")
    assert result.exit_code == 2
    assert result.stderr == (
        "readquiz: error: --count cannot be used with --set: a set file is used exactly "
        "as written (edit the file, or generate a new set)\n"
    )
    result = invoke("worksheet", SAMPLE, "--set", EVERY_FORMAT)
    assert result.exit_code == 2
    assert result.stderr.startswith("readquiz: error: give ARTICLE or --set, not both")


def test_a_missing_set_file_is_one_line(tmp_path: Path) -> None:
    result = invoke("export", "--set", tmp_path / "nope.yaml", "--to", "moodle")
    assert result.exit_code == 2
    assert result.stderr == f"{tmp_path / 'nope.yaml'}: no such file\n"


def test_load_set_raises_one_input_error_with_every_problem() -> None:
    with pytest.raises(InputError) as caught:
        load_set(SETS / "bad" / "unknown-key.yaml")
    assert [str(p) for p in caught.value.problems] == expected(SETS / "bad" / "unknown-key.yaml")


def test_the_quiz_asks_the_set_as_written_without_its_open_questions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from readquiz.tui.app import QuizApp

    apps: list[QuizApp] = []
    monkeypatch.setattr(QuizApp, "run", lambda self, *a, **k: apps.append(self))
    monkeypatch.setattr("readquiz.cli.quiz.terminal_problem", lambda: None)  # no tty here
    result = invoke("quiz", "--set", EVERY_FORMAT, "--data-dir", tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "readquiz: warning: the quiz leaves out 1 open question "
        "(they need a teacher to grade them)\n"
    )
    [app] = apps
    asked = app.run_state.qset.questions
    assert [q.id for q in asked] == ["score", "tickets", "coach", "crowd"]
    assert asked[0].choices == ["3:1", "2:2", "1:3", "4 = 0"]
