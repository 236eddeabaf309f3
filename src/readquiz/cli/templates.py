"""``readquiz templates``: every template in effect, where it comes from, what it overrides."""

from __future__ import annotations

from pathlib import Path

import click

from readquiz import resources
from readquiz.cli.options import Options
from readquiz.templates.library import load_templates


def display_path(path: Path) -> str:
    """A template file's path as a user knows it.

    A built-in one as ``question_templates/x.yaml`` (wherever the package is installed),
    any other as given on the command line.
    """
    builtin = resources.builtin_templates_dir()
    if path.parent == builtin:
        return f"{builtin.name}/{path.name}"
    return str(path)


def format_table(headers: list[str], rows: list[list[str]]) -> list[str]:
    """Rows of text as left-aligned columns, two spaces apart; the last column unpadded."""
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    lines = []
    for row in [headers, *rows]:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])] + [row[-1]]
        lines.append("  ".join(cells).rstrip())
    return lines


def run(opts: Options) -> int:
    """Print the templates in effect, in search order; exit 2 if any file is broken.

    Args:
        opts: the common options (--templates DIR gives extra directories).

    Returns:
        0 (broken templates raise TemplateError, which the CLI prints and exits 2 on).
    """
    library = load_templates(opts.template_dirs)
    rows = []
    for t in library.templates:
        note = f"overrides {display_path(t.overrides)}" if t.overrides else ""
        rows.append(
            [t.id, t.type, t.spec.from_, t.spec.description or "", display_path(t.path), note]
        )
    headers = ["ID", "TYPE", "FROM", "DESCRIPTION", "FILE", ""]
    for line in format_table(headers, rows):
        click.echo(line)
    return 0
