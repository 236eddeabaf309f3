"""``readquiz schema article|template|set``: print a format's JSON Schema for editors."""

from __future__ import annotations

import click

from readquiz.cli.options import Options
from readquiz.schemas import Kind, text


def run(opts: Options, kind: Kind) -> int:
    """Print the shipped JSON Schema (draft 2020-12) of a format: article, template or set.

    Args:
        opts: the common options (unused: a schema does not depend on them).
        kind: "article", "template" or "set".

    Returns:
        0.
    """
    click.echo(text(kind), nl=False)
    return 0
