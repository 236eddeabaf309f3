"""The worksheet benchmark: a 30-version class set of the bundled sample.

readquiz's worksheet (bubbles, ruled lines, per-version footers, odd-page starts, keys)
against plain reportlab setting the same text (article, 12 questions with their
choices, one key page per version) with DejaVu Sans in a SimpleDocTemplate. Both run
as whole fresh processes, as a teacher would run them. The issue's budget: about 2x.

Called by ``benchmarks/run.py``; run on its own with
``.venv/bin/python benchmarks/worksheet_bench.py`` to print the ratios.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from timing import PY, side_by_side, whole_process

VERSIONS = 30
COUNT = 12
SEED = 1
Row = tuple[str, float, float, str]

READQUIZ_SCRIPT = """
import sys
from pathlib import Path
from readquiz.article.loader import load_article
from readquiz.questions.model import QuestionSet
from readquiz.worksheet.build import Layout, render
article = load_article(Path(sys.argv[1]))
qset = QuestionSet.from_json(Path(sys.argv[2]).read_text("utf-8"))
with open(sys.argv[3], "wb") as out:
    render(article, qset, out, Layout(versions=int(sys.argv[4]), remake="bench"))
"""

BASELINE_SCRIPT = """
import json, sys
from xml.sax.saxutils import escape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
pdfmetrics.registerFont(TTFont("DejaVuSans", sys.argv[2]))
body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10.5, leading=14)
text = json.load(open(sys.argv[1], encoding="utf-8"))
story = []
for version in text["versions"]:
    story.append(Paragraph(escape(text["title"]), body))
    story += [Paragraph(escape(b), body) for b in text["blocks"]]
    for n, (prompt, choices) in enumerate(version["questions"], start=1):
        story.append(Paragraph(f"{n}. " + escape(prompt), body))
        story += [Paragraph(f"{'ABCDE'[i]}. " + escape(c), body) for i, c in enumerate(choices)]
    story.append(PageBreak())
for version in text["versions"]:
    story += [Paragraph(escape(line), body) for line in version["key"]]
    story.append(PageBreak())
SimpleDocTemplate(sys.argv[3], invariant=1, initialFontName="DejaVuSans").build(story)
"""


def _question_set() -> tuple[Path, object, bool]:
    """The sample article's path, a 12-question set, and whether the engine made it."""
    from readquiz import resources
    from readquiz.cli import options
    from readquiz.questions.model import Evidence, Question, QuestionSet

    path = resources.bundled_article(resources.SAMPLE_ARTICLE_ID)
    if path is None:
        raise SystemExit("the bundled sample article is missing")
    try:
        article, qset = options.build_question_set(
            options.Options(), options.Selection(seed=SEED, count=COUNT)
        )
        if qset.questions:
            return path, qset, True
    except Exception:  # noqa: BLE001 - the engine may not have landed; fall back below
        article = options.load_article(None)
    # Synthetic four-choice questions of realistic length, from the article's text.
    paragraphs = [p.text for p in article.paragraphs]
    questions = []
    for i in range(COUNT):
        words = paragraphs[i % len(paragraphs)].split()
        choices = [" ".join(words[j * 4 : j * 4 + 4]) or f"choice {j}" for j in range(4)]
        questions.append(
            Question(
                id=f"bench/{i}",
                type="who",
                format="choice",
                prompt="Which phrase opens paragraph " + str(i % len(paragraphs) + 1) + "?",
                choices=choices,
                answer=choices[0],
                accept=[],
                unit=None,
                approx=None,
                tolerance=None,
                evidence=Evidence(i % len(paragraphs) + 1, choices[0]),
                explanation="",
                template="bench",
            )
        )
    return path, QuestionSet(article.id, article.title, SEED, questions), False


def _baseline_text(article_path: Path, qset: object) -> dict[str, object]:
    """The same words readquiz sets, for the plain-reportlab baseline."""
    from readquiz.article.loader import load_article
    from readquiz.questions.model import LETTERS
    from readquiz.worksheet.versions import make_versions

    article = load_article(article_path)
    versions = []
    for version in make_versions(qset, VERSIONS):  # type: ignore[arg-type]
        key = [f"Answer key, version {version.label}"]
        for n, q in enumerate(version.questions, start=1):
            letter = LETTERS[q.answer_index] + " " if q.answer_index is not None else ""
            key += [
                f"{n}. {letter}{q.answer_text}",
                f"Paragraph {q.evidence.paragraph}: {q.evidence.quote}",
            ]
        versions.append(
            {
                "questions": [(q.prompt, q.choices or []) for q in version.questions],
                "key": key,
            }
        )
    return {
        "title": article.title,
        "blocks": [b.text for b in article.blocks],
        "versions": versions,
    }


def run(repeat: int = 3) -> list[Row]:
    """Time the class set through readquiz and through plain reportlab.

    Returns:
        Rows of (label, readquiz seconds, baseline seconds, what the baseline is).
    """
    from readquiz import resources

    article_path, qset, from_engine = _question_set()
    font = resources.fonts_dir() / "DejaVuSans.ttf"
    baseline_what = "plain reportlab + DejaVuSans, same text, whole process"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        qset_file = folder / "qset.json"
        qset_file.write_text(qset.to_json(), "utf-8")  # type: ignore[attr-defined]
        text_file = folder / "text.json"
        text_file.write_text(json.dumps(_baseline_text(article_path, qset)), "utf-8")
        ours, base = side_by_side(
            [
                PY,
                "-c",
                READQUIZ_SCRIPT,
                str(article_path),
                str(qset_file),
                str(folder / "r.pdf"),
                str(VERSIONS),
            ],
            [PY, "-c", BASELINE_SCRIPT, str(text_file), str(font), str(folder / "b.pdf")],
            repeat,
        )
        source = "engine" if from_engine else "synthetic questions"
        rows: list[Row] = [
            (f"worksheet, {VERSIONS} versions x {COUNT} q ({source})", ours, base, baseline_what)
        ]
        if from_engine:
            cli = whole_process(
                [
                    PY,
                    "-m",
                    "readquiz",
                    "worksheet",
                    "--versions",
                    str(VERSIONS),
                    "--count",
                    str(COUNT),
                    "--seed",
                    str(SEED),
                    "-o",
                    str(folder / "c.pdf"),
                ],
                repeat,
            )
            rows.append(
                (f"readquiz worksheet --versions {VERSIONS} (CLI)", cli, base, baseline_what)
            )
    return rows


def main() -> None:
    """Print each row with its ratio."""
    for label, ours, base, what in run():
        print(
            f"{label}: readquiz {ours:.3f}s, baseline {base:.3f}s, "
            f"ratio {ours / base:.2f}x ({what})"
        )


if __name__ == "__main__":
    main()
