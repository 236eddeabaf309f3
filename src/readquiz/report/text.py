"""The report as plain text for a terminal: aligned tables and bars of ``#``. Headless."""

from __future__ import annotations

from readquiz.cli.table import format_table
from readquiz.report.analysis import Group, Report, percent, reliability_line, signed

BAR_WIDTH = 20
PROMPT_WIDTH = 60


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _bar(share: float | None, width: int = BAR_WIDTH) -> str:
    return "" if share is None else "#" * round(share * width)


def heading(report: Report) -> list[str]:
    """Title, what was counted and what was left out, and the small-class warning."""
    title = f"Item analysis: {report.article_title or report.article_id}"
    if report.article_title:
        title += f" ({report.article_id})"
    left = [
        f"{n} {what}{'s' if n != 1 else ''}"
        for what, n in (
            ("unfinished attempt", report.left_out["unfinished"]),
            ("retry", report.left_out["retry"]),
            ("repeated attempt", report.left_out["repeat"]),
        )
        if n
    ]
    counted = (
        f"{report.attempts} attempt{'s' if report.attempts != 1 else ''} counted, "
        "each student's first finished attempt"
    )
    if left:
        counted += f" (left out: {', '.join(left)})"
    lines = [title, counted + "."]
    dist = report.distribution
    if dist.mean is not None and dist.median is not None:
        lines.append(f"Mean score {dist.mean:.0f}%, median {dist.median:.0f}%.")
    if report.attempts:
        lines.append(reliability_line(report))
    lines += [f"Warning: {w}" for w in report.warnings]
    return lines


def _items(report: Report) -> list[str]:
    headers = ["#", "right", "facility", "D", "r", "band", "type", "para", "question"]
    rows = [
        [
            str(it.position),
            f"{it.right}/{it.asked}",
            percent(it.facility),
            signed(it.discrimination),
            signed(it.point_biserial),
            it.band,
            it.question.type,
            str(it.question.evidence.paragraph),
            _short(it.question.prompt, PROMPT_WIDTH),
        ]
        for it in report.items
    ]
    return format_table(headers, rows)


def _answers(report: Report) -> list[str]:
    lines: list[str] = []
    for it in report.items:
        lines.append(f"{it.position}. {_short(it.question.prompt, 76)}")
        if not it.asked:
            lines.append("   no counted attempt was asked it")
            continue
        rows = [
            [
                "key" if o.key else "",
                _short(o.text, 50),
                str(o.count),
                percent(o.count / it.asked),
                f"{o.upper}/{o.lower}",
            ]
            for o in it.options
        ]
        lines += [
            "   " + line for line in format_table(["", "answer", "n", "", "upper/lower"], rows)
        ]
    return lines


def _groups(groups: list[Group], first: str, *, quote: bool = False) -> list[str]:
    headers = [first, "questions", "right", "facility", ""]
    if quote:
        headers.append("opening")
    rows = []
    for g in groups:
        row = [
            g.label,
            ", ".join(str(p) for p in g.questions),
            f"{g.right}/{g.responses}",
            percent(g.facility),
            _bar(g.facility).ljust(BAR_WIDTH),
        ]
        if quote:
            row.append(_short(g.text, 40) if g.text else "")
        rows.append(row)
    return format_table(headers, rows)


def _distribution(report: Report) -> list[str]:
    dist = report.distribution
    if not dist.counts:
        return ["no scores"]
    rows = [[label, str(n), "#" * n] for label, n in zip(dist.labels, dist.counts, strict=True)]
    return format_table(["score", "students", ""], rows)


def _flags(report: Report) -> list[str]:
    if not report.flagged:
        return ["No item is flagged."]
    lines = []
    for it in report.flagged:
        lines.append(f"{it.position}. {_short(it.question.prompt, 76)} ({it.question.id})")
        lines += [f"   - {flag}" for flag in it.flags]
    return lines


def render(report: Report) -> str:
    """The whole report as text, its sections separated by blank lines."""
    sections = [
        (
            "Questions (facility: share right; D: upper minus lower 27%; r: point-biserial)",
            _items(report),
        ),
        (
            "Answers given (upper/lower: how many of the upper and lower 27% gave it)",
            _answers(report),
        ),
        ("By type", _groups(report.by_type, "type")),
        (
            "By evidence paragraph (how well the class read the paragraphs questions cite)",
            _groups(report.by_paragraph, "para", quote=True),
        ),
        ("Score distribution", _distribution(report)),
        (
            "To revise (facility under 20% or over 90%, negative D, a distractor above the key)",
            _flags(report),
        ),
    ]
    out = heading(report)
    for title, body in sections:
        out += ["", title, *body]
    return "\n".join(line.rstrip() for line in out) + "\n"
