"""``readquiz check [FILE...]``: validate articles, question sets and templates; dry-run.

A FILE whose root has ``questions:`` (or any .json file) is a question-set file,
checked against its article (setfile.py); any other is an article.

Every problem in every file goes to stderr, one ``file:line:col: message`` line each;
the coverage table (template x article -> questions produced) and a one-line summary
go to stdout. Exit 1 when anything is wrong, so a course author's CI can run it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from readquiz import resources
from readquiz.article.lints import lint_article
from readquiz.article.loader import check_article
from readquiz.cli.options import Options, echo_problems, resolve_article
from readquiz.cli.table import format_table
from readquiz.engine import dry_run
from readquiz.errors import Problem, ReadquizError
from readquiz.messages import closest
from readquiz.questions.setfile import check_set, looks_like_set
from readquiz.templates.library import TemplateLibrary, check_library, search_path

if TYPE_CHECKING:
    from readquiz.article.model import Article
    from readquiz.engine import DryRun

WIDE = 100
"""Beyond this many columns the table numbers its articles and prints a legend."""


@dataclass
class Report:
    """What ``check`` found: problems, warnings and the coverage counts."""

    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    """Ids of the articles that loaded, in the order given."""
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    """Template id -> article id -> questions produced."""
    checked: int = 0
    """How many articles were asked for (loaded, broken or missing)."""
    runs: list[tuple[Article, DryRun]] = field(default_factory=list)
    """Each loaded article with its dry run, for ``--explain``."""
    sets: int = 0
    """How many question-set files were checked."""

    def add(self, problems: list[Problem]) -> None:
        """Record problems (errors and warnings apart) once each, in the order found."""
        for problem in problems:
            found = self.warnings if problem.is_warning else self.problems
            if problem not in found:
                found.append(problem)


def _article_paths(args: tuple[str, ...], report: Report) -> list[Path]:
    """ARTICLE arguments as files (a path or a bundled id); unknown ones are problems."""
    if not args:
        bundled = resources.bundled_articles()
        report.checked = len(bundled)
        return bundled
    report.checked = len(args)
    paths = []
    for arg in args:
        try:
            paths.append(resolve_article(arg))
        except ReadquizError:
            report.add([Problem(arg, 0, 0, _not_found(arg))])
    return paths


def _not_found(arg: str) -> str:
    """What to do about an ARTICLE that is neither a file nor a bundled article's id."""
    ids = [p.stem for p in resources.bundled_articles()]
    close = closest(Path(arg).stem, ids)
    hint = f"did you mean '{close}'? " if close else ""
    return (
        f"no such file, and no bundled article has this id: {hint}give the path of an "
        f"article file, or a bundled article's id ({', '.join(ids)})"
    )


def _load_articles(paths: list[Path], report: Report) -> list[Article]:
    loaded = []
    for path in paths:
        if looks_like_set(path):
            # a question-set file: checked against its own article, no dry run
            report.checked -= 1
            report.sets += 1
            report.add(check_set(path)[1])
            continue
        article, problems = check_article(path)
        report.add(problems)
        if article is not None and not problems:
            loaded.append(article)
            report.articles.append(article.id)
            # annotations that load but make bad questions: warnings, one channel
            report.add(lint_article(path, article))
    return loaded


def _dry_run(articles: list[Article], library: TemplateLibrary, report: Report) -> None:
    report.counts = {t.id: {} for t in library.templates}
    for article in articles:
        result = dry_run(article, library, seed=0)  # collects render problems, never raises
        # the same template can fail on several articles: say which one each time
        report.add(
            [replace(p, message=f"{p.message} (article {article.id!r})") for p in result.problems]
        )
        for template_id, count in result.counts.items():
            report.counts.setdefault(template_id, {})[article.id] = count
        report.runs.append((article, result))
    if not articles:
        return
    failed = {p.file for p in report.problems}
    builtin = resources.builtin_templates_dir().resolve()
    for t in library.templates:
        # A built-in template that asks nothing of a valid article is not wrong (an
        # article with no numbers yet): `check --explain` says why, without blame.
        if Path(t.path).resolve().is_relative_to(builtin):
            continue
        if str(t.path) not in failed and not any(report.counts.get(t.id, {}).values()):
            report.add(
                [
                    t.problem(
                        "id",
                        f"made no questions for any of the {_plural(len(articles), 'article')} "
                        "checked: check its 'from' and 'if' against them (`readquiz check "
                        "--explain ARTICLE` says why each item was dropped)",
                        severity="warning",
                    )
                ]
            )


def coverage_table(report: Report, library: TemplateLibrary) -> list[str]:
    """The coverage table: one row per template in effect, one column per article."""
    columns = list(report.articles)
    legend: list[str] = []
    width = sum(len(a) + 2 for a in columns) + 40
    if width > WIDE:
        legend = [f"[{i}] {a}" for i, a in enumerate(columns, 1)]
        columns = [f"[{i}]" for i in range(1, len(columns) + 1)]
    rows = []
    for t in library.templates:
        counts = report.counts.get(t.id, {})
        rows.append([t.id, t.type, *(str(counts.get(a, 0)) for a in report.articles)])
    table = format_table(["TEMPLATE", "TYPE", *columns], rows)
    return [*legend, *table]


def run(
    opts: Options, articles: tuple[str, ...] = (), strict: bool = False, explain: bool = False
) -> int:
    """Check the templates on the search path and the articles, and dry-run them.

    Args:
        opts: the common options (--templates DIR adds template directories).
        articles: article paths or bundled ids; none means every bundled article.
        strict: warnings count as problems (exit 1).
        explain: after the table, list per article and template how many items the
            template saw and why each one left out was dropped.

    Returns:
        0 when everything is clean, 1 when anything is wrong (or, with ``strict``,
        when there is a warning).
    """
    report = Report()
    library, template_problems = check_library(search_path(opts.template_dirs))
    report.add(template_problems)
    loaded = _load_articles(_article_paths(articles, report), report)
    _dry_run(loaded, library, report)

    echo_problems([*report.problems, *report.warnings])
    if library.templates and report.articles:
        for line in coverage_table(report, library):
            click.echo(line)
    if explain:
        from readquiz.cli.explain import explain_lines

        for article, result in report.runs:
            for line in explain_lines(article, library, result):
                click.echo(line)
    n = len(report.problems)
    verdict = "no problems" if n == 0 else f"{n} problem{'s' if n != 1 else ''}"
    counted = [_plural(report.checked, "article")] if report.checked or not report.sets else []
    if report.sets:
        counted.append(_plural(report.sets, "question set"))
    counted.append(_plural(len(library.templates), "template"))
    if report.warnings:
        verdict += f", {_plural(len(report.warnings), 'warning')}"
    click.echo(f"{', '.join(counted)}: {verdict}")
    return 1 if report.problems or (strict and report.warnings) else 0


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
