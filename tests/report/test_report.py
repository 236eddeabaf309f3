"""``readquiz report`` on a known class: the figures a teacher sees, as she sees them.

The class (tests/report/classroom.py) is written through the quiz's own calls; every
figure asserted here follows from its table of who answers what.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from readquiz.cli import cli
from readquiz.report.analysis import kr20
from tests.report.classroom import CLASS_SIZE, RULES, SET_FILE, fill_class, take


@pytest.fixture(scope="module")
def classroom(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory with the class of 25 (and the attempts the report leaves out)."""
    data = tmp_path_factory.mktemp("class")
    fill_class(data)
    return data


def _report(data: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["report", "--data-dir", str(data), *args])


def _line(out: str, start: str) -> str:
    """The first line of ``out`` that starts with ``start``, spaces squeezed."""
    for line in out.splitlines():
        squeezed = " ".join(line.split())
        if squeezed.startswith(start):
            return squeezed
    raise AssertionError(f"no line starts with {start!r} in:\n{out}")


def test_the_heading_says_what_was_counted(classroom: Path) -> None:
    result = _report(classroom)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Item analysis: Pakistan Stress Neutrality")
    assert (
        "25 attempts counted, each student's first finished attempt (left out: "
        "2 unfinished attempts, 1 retry, 1 repeated attempt)." in out
    )
    assert "Warning" not in out and result.stderr == ""


def test_facility_discrimination_and_band_per_question(classroom: Path) -> None:
    out = _report(classroom).stdout
    # position, right/asked, facility, D, r, band, type, paragraph, question
    assert _line(out, "1 24/25 96% +").split()[5:8] == ["poor", "stance", "2"]
    assert _line(out, "2 15/25 60% +1.00").split()[5:8] == ["very", "good", "where"]
    assert _line(out, "3 3/25 12% +").split()[5:9] == ["very", "good", "numeric", "7"]
    fourth = _line(out, "4 12/25 48%").split()
    assert fourth[3].startswith("-") and fourth[4].startswith("-") and fourth[5] == "negative"
    for position in (2, 3, 5, 6, 7, 8):
        assert _line(out, f"{position} ").split()[3].startswith("+")


def test_each_wrong_choice_is_counted(classroom: Path) -> None:
    out = _report(classroom).stdout
    answers = out.split("Answers given", 1)[1].split("By type", 1)[0]
    second = answers.split("2. Which city is the capital of Iraq?", 1)[1].split("3. ", 1)[0]
    assert _line(second, "Tehran") == "Tehran 10 40% 0/7"
    assert _line(second, "key Baghdad") == "key Baghdad 15 60% 7/0"
    assert _line(second, "Islamabad") == "Islamabad 0 0% 0/0"
    third = answers.split("3. What figure", 1)[1].split("4. ", 1)[0]
    assert _line(third, "3 days") == "3 days 20 80% 4/7"
    assert _line(third, "5 days") == "5 days 2 8% 0/0"
    # typed answers: "mediator" and "Mediator" are one wrong answer
    sixth = answers.split("6. Which word", 1)[1].split("7. ", 1)[0]
    assert _line(sixth, "mediator") == "mediator 8 32% 0/7"


def test_per_type_and_per_paragraph(classroom: Path) -> None:
    out = _report(classroom).stdout
    by_type = out.split("By type", 1)[1].split("By evidence paragraph", 1)[0]
    assert _line(by_type, "who ").startswith("who 4, 7 23/50 46%")
    by_paragraph = out.split("By evidence paragraph", 1)[1].split("Score distribution", 1)[0]
    assert _line(by_paragraph, "2 ").startswith("2 1, 2 39/50 78%")
    assert _line(by_paragraph, "7 ").startswith("7 3, 4 15/50 30% ###### The statement came")
    assert _line(by_paragraph, "10 ").startswith("10 7, 8 33/50 66%")


def test_score_distribution(classroom: Path) -> None:
    out = _report(classroom).stdout
    dist = out.split("Score distribution", 1)[1].split("To revise", 1)[0]
    counts = [_line(dist, f"{k}/8").split()[1] for k in range(9)]
    assert counts == ["0", "1", "2", "2", "3", "4", "10", "3", "0"]
    assert "Mean score 62%, median 75%." in out


def test_flags_items_to_revise(classroom: Path) -> None:
    out = _report(classroom).stdout
    flags = out.split("To revise", 1)[1]
    flagged = [line.split(".")[0] for line in flags.splitlines()[1:] if line[:1].isdigit()]
    assert flagged == ["1", "3", "4", "7"]
    assert "easy: 96% right (over 90%)" in flags
    assert "hard: 12% right (under 20%)" in flags
    assert "negative discrimination (D -0.71)" in flags
    assert "the wrong choice “3 days” drew more students (20) than the key (3)" in flags


def test_csv_has_one_row_per_question(classroom: Path) -> None:
    result = _report(classroom, "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["position"] for r in rows] == [str(i) for i in range(1, 9)]
    second = rows[1]
    assert (second["id"], second["asked"], second["right"], second["facility"]) == (
        "where-role/baghdad",
        "25",
        "15",
        "0.60",
    )
    assert second["discrimination"] == "1.00" and second["band"] == "very good"
    assert second["answers"] == "Islamabad (0); Karachi (0); Tehran (10); key: Baghdad (15)"
    assert rows[3]["discrimination"].startswith("-") and "negative" in rows[3]["flags"]
    assert rows[0]["flags"].startswith("easy: 96% right")


def test_a_small_class_gets_a_plain_warning(tmp_path: Path) -> None:
    fill_class(tmp_path, size=6, extras=False)
    result = _report(tmp_path)
    assert result.exit_code == 0
    warning = (
        "only 6 attempts counted: with fewer than about 20 these figures are unstable; "
        "one student moves a facility by 17 points. Read them as hints, not verdicts."
    )
    assert f"Warning: {warning}" in result.stdout
    assert result.stderr == f"readquiz: warning: {warning}\n"
    csv_result = _report(tmp_path, "--format", "csv")
    assert csv_result.stderr == f"readquiz: warning: {warning}\n"
    assert "Warning" not in csv_result.stdout


def test_set_file_and_article_id_select_the_same_attempts(classroom: Path) -> None:
    by_set = _report(classroom, "--set", str(SET_FILE))
    by_id = _report(classroom, "pakistan-soleimani-rally")
    assert by_set.exit_code == by_id.exit_code == 0
    assert by_set.stdout == by_id.stdout == _report(classroom).stdout


def test_db_reads_a_copied_results_file(classroom: Path, tmp_path: Path) -> None:
    copy = tmp_path / "class-3b.db"
    copy.write_bytes((classroom / "readquiz.db").read_bytes())
    result = CliRunner().invoke(cli, ["report", "--db", str(copy), "--format", "csv"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 9


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["-o", "report.docx"],
            "-o report.docx: give a file name ending in .pdf, .csv or .txt "
            "(or --format pdf|csv|table with a matching name)",
        ),
        (
            ["--format", "pdf", "-o", "report.csv"],
            "-o report.csv: a pdf report is written to a file ending in .pdf "
            "(for example report.pdf)",
        ),
        (
            ["some-other-article"],
            "no attempts on 'some-other-article' in ",
        ),
    ],
)
def test_bad_usage_is_one_line_on_stderr(
    classroom: Path, args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = _report(classroom, *args)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and result.stdout == ""
    assert message in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_nothing_to_report(tmp_path: Path) -> None:
    empty = _report(tmp_path / "none")
    assert empty.exit_code == 2
    assert empty.stderr.startswith("readquiz: error: ")
    assert "no quiz attempts yet" in empty.stderr
    assert not (tmp_path / "none").exists()
    missing = CliRunner().invoke(cli, ["report", "--db", str(tmp_path / "x.db")])
    assert missing.exit_code == 2 and "no such results database" in missing.stderr


def test_only_unfinished_attempts_is_not_a_report(tmp_path: Path) -> None:
    from readquiz.attempts.store import ResultsStore

    store = ResultsStore(tmp_path)
    take(store, 3, upto=2, finish=False)
    store.close()
    result = _report(tmp_path)
    assert result.exit_code == 2
    assert result.stderr == (
        "readquiz: error: no finished attempt on pakistan-soleimani-rally to analyse yet "
        "(1 unfinished)\n"
    )


def test_several_articles_need_a_choice(classroom: Path, tmp_path: Path) -> None:
    from readquiz.attempts.store import ResultsStore

    data = tmp_path / "two"
    data.mkdir()
    (data / "readquiz.db").write_bytes((classroom / "readquiz.db").read_bytes())
    store = ResultsStore(data)
    store.start_attempt(
        article_id="harbor-street-bike-lane",
        article_path="",
        questions_json="{}",
        total=1,
        seed=1,
        mode="test",
    )
    store.close()
    result = _report(data)
    assert result.exit_code == 2
    assert "has attempts on 2 articles (pakistan-soleimani-rally, harbor-street-bike-lane)" in (
        result.stderr
    )
    assert "readquiz report pakistan-soleimani-rally" in result.stderr


def test_reliability_kr20_on_a_worked_example() -> None:
    # four students, three questions in a perfect staircase: totals 3, 2, 1, 0
    # (variance 1.25); shares right 0.75, 0.5, 0.25 (sum of p*q 0.625);
    # KR-20 = 3/2 * (1 - 0.625/1.25) = 0.75
    staircase = [
        [True, True, True],
        [True, True, False],
        [True, False, False],
        [False, False, False],
    ]
    assert kr20(staircase) == pytest.approx(0.75)
    assert kr20([[True, False], [True, False]]) is None  # no spread of scores
    assert kr20([[True, True, False]]) is None  # one student


def test_the_heading_gives_the_reliability(classroom: Path) -> None:
    # worked out from the class's table of who answers right (tests/report/classroom.py)
    marks = [[rule(i) for rule, _ in RULES] for i in range(CLASS_SIZE)]
    expected = kr20(marks)
    assert expected is not None
    out = _report(classroom).stdout
    line = _line(out, "Reliability (KR-20)")
    assert line.startswith(
        f"Reliability (KR-20) {expected:.2f} over 25 students asked every question"
    )
    assert ("under 0.70" in line) == (expected < 0.70)
