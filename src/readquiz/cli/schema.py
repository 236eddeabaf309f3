"""``readquiz schema article|template``: print a format's JSON Schema for editors."""

from __future__ import annotations

import click

from readquiz.cli.options import Options
from readquiz.schemas import Kind, text


def run(opts: Options, kind: Kind) -> int:
    """Print the shipped JSON Schema (draft 2020-12) of the article or template format.

    Args:
        opts: the common options (unused: a schema does not depend on them).
        kind: "article" or "template".

    Returns:
        0.
    """
    click.echo(text(kind), nl=False)
    return 0
