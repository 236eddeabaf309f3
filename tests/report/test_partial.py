"""The analysis of a question set whose questions were partly unanswered.

Students took the first six questions of the eight-question set and finished after
answering four; nobody was asked questions 7 and 8. The report analyses all eight.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from readquiz.attempts.state import QuizRun
from readquiz.attempts.store import ResultsStore
from readquiz.cli import cli
from readquiz.questions.model import QuestionSet
from readquiz.report.analysis import analyse
from readquiz.report.responses import NO_ANSWER
from tests.report.classroom import SET_FILE, class_set, student_answer


def _partial_class(data: Path) -> None:
    article, full = class_set()
    six = QuestionSet(full.article_id, full.article_title, full.seed, full.questions[:6])
    store = ResultsStore(data)
    for i in range(8, 16):
        run = QuizRun(article, six, store, mode="test", student=f"s{i}")
        for position, q in enumerate(six.questions[:4]):
            run.answer(q, student_answer(i, position, q))
        run.finish()
    store.close()


def test_unanswered_and_unasked_questions(tmp_path: Path) -> None:
    _partial_class(tmp_path)
    store = ResultsStore(tmp_path)
    attempts = store.attempts()
    store.close()
    _, full = class_set()
    report = analyse(attempts, article_id=full.article_id, qset=full)
    assert report.attempts == 8
    asked = [(it.asked, it.right, it.omitted) for it in report.items]
    assert asked[4:] == [(8, 0, 8), (8, 0, 8), (0, 0, 0), (0, 0, 0)]
    fifth = report.items[4]
    assert fifth.facility == 0.0
    assert [(o.text, o.count) for o in fifth.options][-1] == (NO_ANSWER, 8)
    # never asked: no figures, no flags, and nothing divided by zero
    for item in report.items[6:]:
        assert (item.facility, item.discrimination, item.point_biserial) == (None, None, None)
        assert item.flags == [] and item.band == ""
    # the score is over the six questions each student was asked
    assert report.distribution.labels == [f"{k}/6" for k in range(7)]
    paragraph_10 = next(g for g in report.by_paragraph if g.label == "10")
    assert (paragraph_10.responses, paragraph_10.facility) == (0, None)


def test_the_table_and_the_pdf_show_them(tmp_path: Path) -> None:
    from pypdf import PdfReader

    _partial_class(tmp_path)
    result = CliRunner().invoke(
        cli, ["report", "--data-dir", str(tmp_path), "--set", str(SET_FILE)]
    )
    assert result.exit_code == 0, result.output
    questions = result.stdout.split("Answers given", 1)[0].strip()
    assert " ".join(questions.splitlines()[-1].split()[:5]) == "8 0/0 - - -"
    assert "   no counted attempt was asked it" in result.stdout
    assert "(no answer)  8  100%" in result.stdout
    pdf = tmp_path / "partial.pdf"
    made = CliRunner().invoke(
        cli, ["report", "--data-dir", str(tmp_path), "--set", str(SET_FILE), "-o", str(pdf)]
    )
    assert made.exit_code == 0, made.output
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "No counted attempt was asked this question." in text
    assert "(no answer)" in text
