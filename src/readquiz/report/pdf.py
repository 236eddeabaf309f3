"""The report as a PDF with charts, drawn with reportlab's own graphics. A leaf.

Only ``readquiz report --format pdf`` imports this module (and so reportlab). Each
question's facility is a bar with the question's text beside it, the thresholds of
the flags (20% and 90%) marked on every bar; then the answers given to each question,
facility per type and per evidence paragraph (bar charts), the score distribution
(a bar chart) and the items to revise.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from readquiz.report.analysis import EASY, HARD, Group, Item, Report, percent, signed
from readquiz.worksheet.fonts import BOLD, arabic_runs, printable, register_fonts

BAR_W = 105.0
BAR_H = 10.0
OK = colors.HexColor("#3a6ea5")
FLAGGED = colors.HexColor("#c0392b")
TRACK = colors.HexColor("#e6e6e6")
MARK = colors.HexColor("#555555")
MISREAD = 0.5
"""A paragraph (or type) under this facility is drawn red."""
WRONG = colors.HexColor("#d68910")


def _styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=11.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9, textColor=MARK),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=15, leading=19),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=10
        ),
        "warn": ParagraphStyle(
            "warn",
            parent=base,
            backColor=colors.HexColor("#fff3cd"),
            borderPadding=4,
            spaceBefore=4,
            spaceAfter=6,
        ),
        "flag": ParagraphStyle("flag", parent=base, textColor=FLAGGED, leftIndent=10),
        "negative": ParagraphStyle("negative", parent=base, textColor=FLAGGED),
    }


def _text(text: str) -> str:
    """Article or question text made safe for a Paragraph (XML markup) and the fonts."""
    return arabic_runs(escape(printable(" ".join(text.split()))))


def _bar(
    share: float | None,
    colour: colors.Color = OK,
    label: str | None = None,
    *,
    marks: bool = True,
) -> Drawing:
    """A horizontal bar for a share 0..1 and its label; ``marks``: the 20% and 90% lines."""
    font = register_fonts()
    d = Drawing(BAR_W + 62, BAR_H + 2)
    d.add(Rect(0, 1, BAR_W, BAR_H, fillColor=TRACK, strokeColor=None))
    if share is not None:
        d.add(Rect(0, 1, BAR_W * share, BAR_H, fillColor=colour, strokeColor=None))
    if marks:
        for mark in (HARD, EASY):
            x = BAR_W * mark
            d.add(Line(x, 0, x, BAR_H + 2, strokeColor=MARK, strokeWidth=0.5))
    text = label if label is not None else percent(share)
    d.add(String(BAR_W + 4, 3, text, fontSize=8, fontName=font))
    return d


def _item_table(report: Report, st: dict[str, ParagraphStyle]) -> Table:
    rows: list[list[object]] = [
        [
            Paragraph("<b>#</b>", st["body"]),
            Paragraph("<b>Question</b>", st["body"]),
            Paragraph("<b>Facility (share right)</b>", st["body"]),
            Paragraph("<b>D</b>", st["body"]),
        ]
    ]
    for it in report.items:
        q = it.question
        about = f"{q.id} · {q.type}, {q.format} · paragraph {q.evidence.paragraph}"
        facility_flag = it.facility is not None and not HARD <= it.facility <= EASY
        rows.append(
            [
                Paragraph(str(it.position), st["body"]),
                [
                    Paragraph(_text(q.prompt), st["body"]),
                    Paragraph(escape(about), st["small"]),
                ],
                _bar(
                    it.facility,
                    FLAGGED if facility_flag else OK,
                    f"{percent(it.facility)} ({it.right}/{it.asked})",
                ),
                Paragraph(
                    f"{signed(it.discrimination)}<br/><font size=7>{escape(it.band)}</font>",
                    st["negative"] if it.band == "negative" else st["body"],
                ),
            ]
        )
    table = Table(rows, colWidths=[0.7 * cm, 8.6 * cm, 6.2 * cm, 2.0 * cm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, TRACK),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _answers(item: Item, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    head = Paragraph(f"<b>{item.position}.</b> {_text(item.question.prompt)}", st["body"])
    if not item.asked:
        return [head, Paragraph("No counted attempt was asked this question.", st["small"])]
    rows: list[list[object]] = []
    key_count = next((o.count for o in item.options if o.key), 0)
    for o in item.options:
        share = o.count / item.asked
        text = ("✓ " if o.key else "") + o.text
        colour = OK if o.key else (FLAGGED if o.count > key_count else WRONG)
        label = f"{o.count} ({percent(share)})"
        rows.append([Paragraph(_text(text), st["body"]), _bar(share, colour, label, marks=False)])
    table = Table(rows, colWidths=[10.5 * cm, 6.5 * cm])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, -1), 12)])
    )
    return [KeepTogether([head, table, Spacer(1, 4)])]


def _chart(labels: list[str], values: list[float], top: float, unit: str) -> Drawing:
    d = Drawing(17 * cm, 5 * cm)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 30
    chart.width, chart.height = 17 * cm - 60, 5 * cm - 45
    chart.data = [values]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = register_fonts()
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = top / 5 if top > 5 else 1
    chart.valueAxis.labels.fontName = register_fonts()
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d" + unit.replace("%", "%%")
    chart.bars[0].fillColor = OK
    chart.barLabelFormat = "%d" + unit.replace("%", "%%")
    chart.barLabels.fontName = register_fonts()
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    d.add(chart)
    return d


def _misread(group: Group) -> bool:
    """Under half the answers right: a part of the text the class misread."""
    return group.facility is not None and group.facility < MISREAD


def _group_charts(groups: list[Group], prefix: str) -> Drawing:
    labels = [f"{prefix}{g.label}" for g in groups]
    values = [100 * (g.facility or 0.0) for g in groups]
    drawing = _chart(labels, values, 100, "%")
    chart = drawing.contents[0]
    for i, g in enumerate(groups):
        if _misread(g):
            chart.bars[(0, i)].fillColor = FLAGGED
    return drawing


def _paragraph_table(groups: list[Group], st: dict[str, ParagraphStyle]) -> Table:
    rows: list[list[object]] = []
    for g in groups:
        opening = _text(g.text[:160] + ("…" if len(g.text) > 160 else "")) if g.text else ""
        qs = ", ".join(str(p) for p in g.questions)
        rows.append(
            [
                Paragraph(f"<b>¶{g.label}</b>", st["body"]),
                [Paragraph(opening, st["small"]), Paragraph(f"questions {qs}", st["small"])],
                _bar(g.facility, FLAGGED if _misread(g) else OK),
            ]
        )
    table = Table(rows, colWidths=[1.3 * cm, 9.7 * cm, 6.2 * cm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _story(report: Report, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    from readquiz.report.text import heading

    lines = heading(report)
    story: list[Flowable] = [Paragraph(_text(lines[0]), st["title"])]
    story += [
        Paragraph(_text(line), st["body"]) for line in lines[1:] if not line.startswith("Warning")
    ]
    story += [Paragraph("<b>Warning:</b> " + _text(w), st["warn"]) for w in report.warnings]
    story += [
        Paragraph("Questions", st["h2"]),
        Paragraph(
            "The bar is the share of students who answered right; the thin marks stand at "
            f"{percent(HARD)} and {percent(EASY)}, the limits of the flags. D is the "
            "discrimination: the share right in the upper 27% of the class minus the share "
            "right in the lower 27% (Ebel's bands: 0.40 and over very good, 0.30 good, "
            "0.20 marginal, under 0.20 poor).",
            st["small"],
        ),
        _item_table(report, st),
        CondPageBreak(6 * cm),
        Paragraph("To revise", st["h2"]),
    ]
    if not report.flagged:
        story.append(Paragraph("No question is flagged.", st["body"]))
    for it in report.flagged:
        story.append(Paragraph(f"<b>{it.position}.</b> {_text(it.question.prompt)}", st["body"]))
        story += [Paragraph("– " + _text(flag), st["flag"]) for flag in it.flags]
    story += [
        CondPageBreak(9 * cm),
        Paragraph("By evidence paragraph: which parts of the text the class misread", st["h2"]),
        _group_charts(report.by_paragraph, "¶"),
        _paragraph_table(report.by_paragraph, st),
        CondPageBreak(7 * cm),
        Paragraph("By question type", st["h2"]),
        _group_charts(report.by_type, ""),
        CondPageBreak(7 * cm),
        Paragraph("Score distribution", st["h2"]),
    ]
    dist = report.distribution
    top = max([*dist.counts, 1])
    story.append(_chart(dist.labels, [float(n) for n in dist.counts], float(top), ""))
    story.append(Paragraph("Answers given to each question", st["h2"]))
    for it in report.items:
        story += _answers(it, st)
    return story


def render_pdf(report: Report) -> bytes:
    """The report as PDF bytes (reproducible: reportlab's invariant mode)."""
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=letter,
        leftMargin=1.8 * cm,
        rightMargin=1.8 * cm,
        topMargin=1.6 * cm,
        bottomMargin=1.6 * cm,
        title=f"Item analysis: {report.article_title or report.article_id}",
        author="readquiz",
        invariant=1,
    )
    footer = f"readquiz report · {report.article_id} · {report.attempts} attempts"

    def on_page(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(register_fonts(), 7.5)
        canvas.setFillColor(MARK)
        canvas.drawString(document.leftMargin, 0.9 * cm, printable(footer))
        canvas.drawRightString(
            document.pagesize[0] - document.rightMargin, 0.9 * cm, f"page {document.page}"
        )
        canvas.restoreState()

    doc.build(_story(report, _styles()), onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()
