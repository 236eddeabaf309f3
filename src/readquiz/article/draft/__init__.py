"""``readquiz draft``: raw text in, an article file of proposed annotations out.

Only :mod:`.analyse` imports spaCy, and only when a draft is made; nothing else in
readquiz imports this package (tests/test_import_hygiene.py proves it).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from readquiz.errors import OutputError

from .proposals import Draft
from .render import MARK, render
from .source import Source, parse_source, read_source

__all__ = ["MARK", "Source", "draft_text", "parse_source", "read_source", "write_draft"]


def _problem_lines(text: str) -> list[int]:
    """Lines of ``text`` the article loader finds a problem on (none for a clean file)."""
    from readquiz.article.loader import check_article

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.yaml"
        path.write_text(text, encoding="utf-8")
        _, problems = check_article(path)
    return [p.line for p in problems]


def _finish(draft: Draft, source_name: str) -> str:
    """Render ``draft``, dropping any proposal the loader refuses, until it loads."""
    for _ in range(20):
        rendered = render(draft, source_name)
        bad = _problem_lines(rendered.text)
        if not bad:
            return rendered.text

        def keep(
            proposal: object,
            spans: dict[int, tuple[int, int]] = rendered.spans,
            lines: list[int] = bad,
        ) -> bool:
            first, last = spans.get(id(proposal), (0, -1))
            return not any(first <= line <= last for line in lines)

        before = len(draft.entities) + len(draft.events) + len(draft.numbers) + len(draft.stances)
        draft.entities = [e for e in draft.entities if keep(e)]
        draft.events = [e for e in draft.events if keep(e)]
        draft.numbers = [n for n in draft.numbers if keep(n)]
        draft.stances = [s for s in draft.stances if keep(s)]
        after = len(draft.entities) + len(draft.events) + len(draft.numbers) + len(draft.stances)
        dropped = after < before
        if not dropped:
            break
    # the story itself does not load (no paragraph?): nothing to propose would help
    raise OutputError("could not make a draft that loads; please report this with the text")


def draft_text(source: Source, source_name: str, model: str | None = None, nlp: Any = None) -> str:
    """The article file proposed for ``source``, as text that ``readquiz check`` accepts.

    Args:
        source: the story, as :func:`read_source` read it.
        source_name: the file it came from, named in the draft's first comment.
        model: the spaCy pipeline's name (default: the reference model).
        nlp: that pipeline already loaded (the benchmark drafts many stories with one).

    Raises:
        ReadquizError: spaCy or the model is missing (the message says how to install it).
    """
    from .analyse import REFERENCE_MODEL, analyse, load_pipeline

    if nlp is None:
        nlp = load_pipeline(model)
    draft = analyse(source, nlp, model or REFERENCE_MODEL)
    if not draft.title:
        words = source.text.split()
        draft.title = " ".join(words[:8]).rstrip(".,;:") + ("…" if len(words) > 8 else "")
        draft.title_guessed = True
    if not draft.id:
        draft.id = "article"
    return _finish(draft, source_name)


def write_draft(text: str, output: Path) -> None:
    """Write ``text`` to ``output`` atomically: a failed run leaves no half file.

    Raises:
        OutputError: the file cannot be written.
    """
    output = Path(output)
    try:
        fd, tmp = tempfile.mkstemp(dir=output.parent or Path(), prefix=f".{output.name}.")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            Path(tmp).replace(output)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as err:
        raise OutputError(f"cannot write {output}: {err.strerror or err}") from None
