"""Bind: template × item -> a typed candidate with its answer, stem and proven evidence.

A candidate is everything a question needs before a format is chosen. Binding refuses
an item whose stem names its answer, and one whose evidence cannot be made to hold
the answer (:func:`readquiz.engine.evidence.prove`): both make questions a teacher
rejects, whatever the format.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from readquiz.engine.evidence import prove
from readquiz.engine.facts import Facts, mentions
from readquiz.engine.kinds import Kind, kind_of
from readquiz.engine.views import EntityView, EventView, GroupView, NumberView
from readquiz.questions.model import Evidence

if TYPE_CHECKING:
    from readquiz.templates.library import LoadedTemplate


@dataclass
class Candidate:
    """A template bound to one item: answer evaluated, stem rendered, evidence proven."""

    template: LoadedTemplate
    facts: Facts
    item: Any
    item_id: str
    answer: Any
    kind: Kind
    stem: str
    evidence: Evidence
    others: list[tuple[Any, str]] = field(default_factory=list)
    """For text answers: (other item, its answer text) over the template's ``from``."""

    @property
    def qid(self) -> str:
        """The question id, ``TEMPLATE/ITEM``."""
        return f"{self.template.id}/{self.item_id}"

    @property
    def article(self) -> Any:
        """The article view (templates' ``article``)."""
        return self.facts.views

    def context(self, answer: Any) -> dict[str, Any]:
        """Names bound for ``say`` and ``explain``."""
        return {"item": self.item, "article": self.facts.views, "answer": answer}


def gives_away(text: str, answer: Any, kind: Kind) -> bool:
    """Whether ``text`` names ``answer``: its name or an alias, its text, its figure."""
    return any(mentions(text, n) for n in kind.names(answer))


def _needles(item: Any, answer: Any, kind: Kind) -> list[list[str]]:
    """What the evidence must name: the answer, and for an event the actor too.

    A where- or when-question names its actor in the stem; the cited text must name
    it as well, or the stem asserts an actor the reader cannot find.
    """
    needles = kind.proof(answer)
    if isinstance(item, EventView) and not isinstance(answer, EntityView | GroupView):
        needles = needles + kind_of(item.who).proof(item.who)[:1]  # type: ignore[union-attr]
    if isinstance(item, NumberView) and not isinstance(answer, NumberView):
        needles = needles + kind_of(item).proof(item)  # type: ignore[union-attr]
    return needles


def bind(template: LoadedTemplate, facts: Facts) -> Iterator[Candidate | str]:
    """Every candidate of one template over its items, or a reason an item was skipped.

    Raises:
        TemplateError: a field of the template failed to render or evaluate.
    """
    views = facts.views
    items = views.items(template.spec.from_)
    passing = [
        it
        for it in items
        if not template.has("if") or template.evaluate("if", item=it, article=views)
    ]
    answers = {id(it): template.evaluate("answer", item=it, article=views) for it in passing}
    for item in passing:
        answer = answers[id(item)]
        kind = kind_of(answer)
        if kind is None:
            yield f"{item.id}: no answer"
            continue
        stem = template.render("ask", item=item, article=views)
        if gives_away(stem, answer, kind):
            yield f"{item.id}: the stem names the answer"
            continue
        raw = facts.article.evidence(item.id)
        evidence = prove(facts, Evidence(raw.paragraph, raw.quote), _needles(item, answer, kind))
        if evidence is None:
            yield f"{item.id}: no sentence of the article holds both the fact and its answer"
            continue
        others: list[tuple[Any, str]] = []
        if kind.name == "text":
            others = [
                (it, " ".join(str(answers[id(it)]).split()))
                for it in passing
                if it is not item and kind_of(answers[id(it)]) is kind
            ]
        yield Candidate(
            template=template,
            facts=facts,
            item=item,
            item_id=item.id,
            answer=answer,
            kind=kind,
            stem=stem,
            evidence=evidence,
            others=others,
        )
