"""``readquiz check --explain``: per template, what it saw in an article and what it dropped.

Built from what the engine's dry run reports (questions per template, and a reason for
every item it left out after ``if``), so an author can tell whether to fix the article
or the template.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from readquiz.article.model import Article
    from readquiz.engine import DryRun
    from readquiz.templates.library import TemplateLibrary


def _items(article: Article, section: str) -> int:
    value: Any = getattr(article, section, None)
    return len(value) if value is not None else 0


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def explain_lines(article: Article, library: TemplateLibrary, result: DryRun) -> list[str]:
    """The explanation for one article, one template per paragraph."""
    lines = ["", f"Why each template made what it made for {article.id}:"]
    for template in library.templates:
        section = template.spec.from_
        seen = _items(article, section)
        made = result.counts.get(template.id, 0)
        skipped = result.skipped.get(template.id, [])
        failed_if = max(0, seen - made - len(skipped))
        parts = [f"saw {_plural(seen, 'item')} in '{section}'"]
        if template.has("if"):
            condition = " ".join(str(template.spec.if_ or "").split())
            shown = condition if len(condition) <= 50 else condition[:49] + "…"
            parts.append(f"{failed_if} did not pass 'if: {shown}'")
        parts.append(f"{made} made a question")
        if skipped:
            parts.append(f"{len(skipped)} dropped")
        lines.append(f"  {template.id} ({template.type}): {', '.join(parts)}")
        if seen == 0:
            lines.append(f"    - the article has no {section}: add some to get these questions")
        for reason in skipped:
            lines.append(f"    - {reason}")
    return lines
