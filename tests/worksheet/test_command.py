"""`readquiz worksheet` as a teacher runs it: files, messages, errors, exit codes."""

from __future__ import annotations

import importlib
import io
import os
from pathlib import Path
from typing import Any

import pypdf
import pytest
import yaml
from click.testing import CliRunner, Result

from readquiz import cli as cli_module
from readquiz.article.model import Article
from readquiz.cli.options import Selection
from readquiz.questions.model import QuestionSet
from readquiz.worksheet import build
from readquiz.worksheet.progress import ProgressBar, progress_for

from .conftest import FIXTURES, _body, article, flat, questions

Calls = list[Selection]


@pytest.fixture
def fixed_set(monkeypatch: pytest.MonkeyPatch) -> Calls:
    """The command with the fixture article and question set in place of the engine."""
    calls: Calls = []

    def fake(opts: object, selection: Selection) -> tuple[Article, QuestionSet]:
        calls.append(selection)
        return article("harbour-bridge"), questions("harbour-bridge")

    # By module object: the name readquiz.cli.worksheet is also the click command
    # until the module has been imported once, so a dotted path resolves by luck.
    command = importlib.import_module("readquiz.cli.worksheet")
    monkeypatch.setattr(command, "build_question_set", fake)
    return calls


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli_module.cli, ["worksheet", *args], catch_exceptions=False)


def pdf_text(path: Path) -> str:
    return flat(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages))


def test_default_file_is_named_after_the_article_in_the_current_directory(
    fixed_set: Calls, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke()
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Wrote harbour-bridge-worksheet.pdf (1 version, 10 questions, 5 pages, seed 7)\n"
    )
    assert result.stderr == ""  # no progress bar when stderr is not a terminal
    assert fixed_set == [Selection(count=10)]
    text = pdf_text(tmp_path / "harbour-bridge-worksheet.pdf")
    assert "Town Votes to Rebuild the Old Harbour Bridge" in text
    assert "Answer key · Version A" in text
    assert [p.name for p in tmp_path.iterdir()] == ["harbour-bridge-worksheet.pdf"]


def test_options_reach_the_question_set_and_the_pdf(fixed_set: Calls, tmp_path: Path) -> None:
    target = tmp_path / "class-set.pdf"
    result = invoke(
        "harbour-bridge",
        "-o",
        str(target),
        "--versions",
        "3",
        "--seed",
        "7",
        "--count",
        "5",
        "--types",
        "who,where",
        "--formats",
        "choice",
        "--paper",
        "a4",
        "--no-key",
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Wrote {target} (3 versions, 10 questions, ")
    assert fixed_set[0] == Selection(
        article="harbour-bridge", seed=7, count=5, types=("who", "where"), formats=("choice",)
    )
    reader = pypdf.PdfReader(target)
    assert round(float(reader.pages[0].mediabox.height)) == 842
    text = pdf_text(target)
    assert "Version C · Page 1 of" in text
    assert "Answer key" not in text


def test_the_key_tells_how_to_make_the_worksheet_again(fixed_set: Calls, tmp_path: Path) -> None:
    target = tmp_path / "w.pdf"
    assert invoke("-o", str(target), "--versions", "2", "--paper", "a4").exit_code == 0
    assert (
        "Seed 7 — to print this worksheet again: readquiz worksheet harbour-bridge "
        "--seed 7 --count 10 --versions 2 --paper a4"
    ) in pdf_text(target)


def test_missing_directory_is_a_one_line_error(fixed_set: Calls, tmp_path: Path) -> None:
    target = tmp_path / "nope" / "w.pdf"
    result = invoke("-o", str(target))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"readquiz: error: cannot write {target}: directory {target.parent} does not exist\n"
    )


def test_unwritable_directory_is_a_one_line_error(fixed_set: Calls, tmp_path: Path) -> None:
    # root may write into a read-only folder, but not into /sys
    folder = Path("/sys") if os.geteuid() == 0 else tmp_path / "locked"
    if folder != Path("/sys"):
        folder.mkdir()
        folder.chmod(0o500)
    try:
        result = invoke("-o", str(folder / "w.pdf"))
    finally:
        if folder != Path("/sys"):
            folder.chmod(0o700)
    assert result.exit_code == 2
    assert result.stderr == (
        f"readquiz: error: cannot write {folder / 'w.pdf'}: permission denied\n"
    )
    assert not (folder / "w.pdf").exists()


def test_a_failed_run_keeps_the_old_file_and_leaves_no_partial_file(
    fixed_set: Calls, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "w.pdf"
    target.write_bytes(b"last week's worksheet")

    def broken(article: Article, qset: QuestionSet, out: io.BufferedWriter, *a: Any) -> None:
        out.write(b"%PDF-1.4 half a worksheet")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(build, "render", broken)
    result = invoke("-o", str(target))
    assert result.exit_code == 3
    assert result.stderr.startswith("readquiz: error: internal error: RuntimeError: disk on fire")
    assert target.read_bytes() == b"last week's worksheet"
    assert [p.name for p in tmp_path.iterdir()] == ["w.pdf"]


def test_an_existing_file_is_replaced_keeping_its_permissions(
    fixed_set: Calls, tmp_path: Path
) -> None:
    target = tmp_path / "w.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    assert invoke("-o", str(target)).exit_code == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o640


def test_progress_bar_only_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert progress_for(60, "pages laid out", io.StringIO()) is None
    screen = Terminal()
    bar = progress_for(60, "pages laid out", screen)
    assert isinstance(bar, ProgressBar)
    for _ in range(30):
        bar.step()
    assert screen.getvalue().endswith("] 30/60 pages laid out")
    assert "[" + "#" * 15 + " " * 15 + "]" in screen.getvalue()


def test_letters_the_font_lacks_are_named_in_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = yaml.safe_load((FIXTURES / "harbour-bridge.yaml").read_text("utf-8"))
    data["text"] += "\n\nIn Urdu: کراچی بڑا شہر ہے۔ In Japanese: 東京.\n"
    art = Article.build(data)
    monkeypatch.setattr(
        importlib.import_module("readquiz.cli.worksheet"),
        "build_question_set",
        lambda *a, **k: (art, questions("harbour-bridge")),
    )
    result = invoke("-o", str(tmp_path / "w.pdf"))
    assert result.exit_code == 0
    last = max(b.number for b in art.blocks)
    assert result.stderr == (
        f"readquiz: warning: no worksheet font has 東 (U+6771, first in paragraph {last}); "
        "it prints as □\n"
        f"readquiz: warning: no worksheet font has 京 (U+4EAC, first in paragraph {last}); "
        "it prints as □\n"
    )
    assert (tmp_path / "w.pdf").exists()


def test_a_bad_article_fails_with_the_same_lines_as_check(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        (FIXTURES / "harbour-bridge.yaml")
        .read_text("utf-8")
        .replace("grade: 7", "grade: 7\ncolour: blue"),
        "utf-8",
    )
    checked = CliRunner().invoke(cli_module.cli, ["check", str(broken)])
    result = invoke(str(broken), "-o", str(tmp_path / "w.pdf"))
    assert result.exit_code == 2
    assert result.stderr
    assert result.stderr.splitlines()[0] in checked.output
    assert result.stderr.startswith(f"{broken}:")
    assert not (tmp_path / "w.pdf").exists()


def test_bundled_sample_worksheet_end_to_end(tmp_path: Path) -> None:
    from readquiz.cli.options import Options, build_question_set

    target = tmp_path / "sample.pdf"
    result = invoke("--seed", "5", "--versions", "2", "-o", str(target))
    assert result.exit_code == 0, result.output
    sample, qset = build_question_set(Options(), Selection(seed=5, count=10))
    assert qset.questions, "the engine made no questions from the sample"
    assert result.stdout.startswith(f"Wrote {target} (2 versions, {len(qset.questions)} questions")
    text = pdf_text(target)
    assert flat(sample.title) in text
    # A paragraph may run on over a page break: read the pages without their furniture.
    bodies = flat(
        " ".join(
            _body(p.extract_text())
            for p in pypdf.PdfReader(target).pages
            if p.extract_text().strip()
        )
    )
    for paragraph in sample.paragraphs:
        assert flat(paragraph.text) in bodies
    for q in qset.questions:
        assert text.count(flat(q.prompt)) >= 2  # once in each version
    assert "Version B · Page 1 of" in text
    assert "Answer key · Version B" in text
    assert "Seed 5 — to print this worksheet again: readquiz worksheet" in text
