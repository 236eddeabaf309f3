"""``readquiz report [--set SET | ARTICLE] [--format pdf|csv|table] [-o FILE] [--db PATH]``.

The item analysis of a class's attempts: per question its facility, discrimination
and the answers given; per type and per evidence paragraph; the score distribution;
the items to revise. Table and CSV go to stdout (or ``-o``); the PDF to ``-o`` (default
``<article id>-report.pdf``). Only the PDF imports reportlab.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from readquiz.attempts.store import ResultsStore
from readquiz.cli.options import Options, data_dir, echo_problems
from readquiz.errors import NotFoundError, ReadquizError, warning

if TYPE_CHECKING:
    from readquiz.article.model import Article
    from readquiz.questions.model import QuestionSet
    from readquiz.report.analysis import Report

SUFFIXES = {"table": ".txt", "csv": ".csv", "pdf": ".pdf"}
"""The file name each format is written under with ``-o``."""


def _format_for(fmt: str | None, output: Path | None) -> str:
    """--format, else the one -o's extension names, else table; a mismatch is refused."""
    if output is None:
        if fmt == "pdf":
            return fmt
        return fmt or "table"
    by_suffix = {suffix: name for name, suffix in SUFFIXES.items()}
    named = by_suffix.get(output.suffix.lower())
    chosen = fmt or named
    if chosen is None:
        raise ReadquizError(
            f"-o {output}: give a file name ending in .pdf, .csv or .txt "
            f"(or --format pdf|csv|table with a matching name)"
        )
    if named != chosen:
        suggestion = output.with_suffix(SUFFIXES[chosen]) if output.name else None
        hint = f" (for example {suggestion})" if suggestion is not None else ""
        raise ReadquizError(
            f"-o {output}: a {chosen} report is written to a file ending in "
            f"{SUFFIXES[chosen]}{hint}"
        )
    return chosen


def _open_store(opts: Options, db: Path | None) -> ResultsStore:
    if db is None:
        return ResultsStore(data_dir(opts), create=False)
    if not db.is_file():
        raise NotFoundError(f"--db {db}: no such results database (a readquiz.db file)")
    return ResultsStore(db.parent, create=False, name=db.name)


def _article_id(arg: str | None, known: list[str], db: Path) -> tuple[str, Article | None]:
    """Which article to analyse: ARTICLE as an id in the store, a path, a bundled id."""
    from readquiz.cli.options import load_article

    if arg is None:
        if not known:
            raise ReadquizError(f"{db}: no quiz attempts yet, so nothing to report")
        if len(known) > 1:
            raise ReadquizError(
                f"{db} has attempts on {len(known)} articles ({', '.join(known)}): "
                "name one, e.g. readquiz report " + known[0]
            )
        return known[0], None
    if arg in known and not Path(arg).exists():
        return arg, None
    try:
        article = load_article(arg)
    except NotFoundError:
        listed = ", ".join(known) if known else "none yet"
        raise ReadquizError(
            f"no attempts on {arg!r} in {db} (articles with attempts: {listed})"
        ) from None
    return article.id, article


def _paragraphs(article: Article | None, attempt_paths: list[str]) -> dict[int, str]:
    """Paragraph texts from the article, else from the file the attempts were taken on."""
    if article is None:
        from readquiz.article.loader import load_article
        from readquiz.errors import InputError

        for path in dict.fromkeys(attempt_paths):
            if path and Path(path).is_file():
                try:
                    article = load_article(Path(path))
                    break
                except InputError:
                    continue
    if article is None:
        return {}
    return {b.number: b.text for b in article.paragraphs}


def build(
    opts: Options,
    *,
    article: str | None = None,
    set_path: Path | None = None,
    db: Path | None = None,
) -> Report:
    """Read the store and analyse the attempts on the article (or on the set's questions)."""
    from readquiz.report.analysis import analyse

    qset: QuestionSet | None = None
    loaded: Article | None = None
    if set_path is not None:
        if article is not None:
            raise ReadquizError(
                f"give ARTICLE or --set, not both (the set {set_path} names its own article)"
            )
        from readquiz.questions.setfile import load_set

        found = load_set(set_path)
        qset, loaded = found.qset, found.article
    store = _open_store(opts, db)
    try:
        known = store.articles()
        if loaded is not None:
            article_id = loaded.id
        else:
            article_id, loaded = _article_id(article, known, store.path)
        attempts = store.attempts(article_id)
    finally:
        store.close()
    if not attempts:
        raise ReadquizError(f"no attempts on {article_id} in {store.path} yet")
    report = analyse(
        attempts,
        article_id=article_id,
        article_title=loaded.title if loaded is not None else "",
        qset=qset,
        paragraphs=_paragraphs(loaded, [a.article_path for a in attempts]),
    )
    if not report.attempts:
        unfinished = report.left_out["unfinished"]
        raise ReadquizError(
            f"no finished attempt on {article_id} to analyse yet"
            + (f" ({unfinished} unfinished)" if unfinished else "")
        )
    return report


def run(
    opts: Options,
    *,
    article: str | None = None,
    set_path: Path | None = None,
    fmt: str | None = None,
    output: Path | None = None,
    db: Path | None = None,
) -> int:
    """Print or write the report.

    Returns:
        0; bad input raises a ReadquizError that cli.py reports with exit status 2.
    """
    fmt = _format_for(fmt, output)
    report = build(opts, article=article, set_path=set_path, db=db)
    echo_problems(warning("", 0, 0, w) for w in report.warnings)
    if fmt == "pdf":
        from readquiz.report.pdf import render_pdf

        data = render_pdf(report)
        target = output if output is not None else Path(f"{report.article_id}-report.pdf")
    else:
        if fmt == "csv":
            from readquiz.report.csvfile import render
        else:
            from readquiz.report.text import render
        text = render(report)
        if output is None:
            click.echo(text, nl=False)
            return 0
        data, target = text.encode("utf-8"), output
    from readquiz.output import atomic_output

    with atomic_output(target) as handle:
        handle.write(data)
    n = len(report.items)
    click.echo(
        f"Wrote {target} ({fmt} report, {n} question{'s' if n != 1 else ''}, "
        f"{report.attempts} attempt{'s' if report.attempts != 1 else ''})"
    )
    return 0
