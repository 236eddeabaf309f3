"""An Anki deck (.apkg) for study, made with genanki (the ``export`` extra).

One note per question, one card per note: the front asks (with the lettered choices),
the back gives the answer and the evidence. The note type's id is a constant and each
note's GUID is derived from the article id and the question id, so importing an
updated deck into Anki updates the notes it already has instead of adding copies.
genanki is imported only here, so no other command pays for it.
"""

from __future__ import annotations

import hashlib
import io
from typing import TYPE_CHECKING, Any

from readquiz.errors import ReadquizError
from readquiz.exports.common import evidence_line, key_text, text_html
from readquiz.questions.model import LETTERS

if TYPE_CHECKING:
    from readquiz.article.model import Article
    from readquiz.questions.model import Question, QuestionSet

MODEL_ID = 1_580_212_775
"""The note type's id. Never change it: Anki matches an imported note type by it."""
MODEL_NAME = "readquiz question"
FIELDS = ["Prompt", "Choices", "Answer", "Evidence", "Article", "QuestionId"]
"""The note type's fields, in order (the first sorts the browser). Add only at the end."""

FRONT = """<div class="prompt">{{Prompt}}</div>
{{#Choices}}<div class="choices">{{Choices}}</div>{{/Choices}}
<div class="article">{{Article}}</div>"""
BACK = """{{FrontSide}}
<hr id="answer">
<div class="answer">{{Answer}}</div>
<div class="evidence">{{Evidence}}</div>"""
CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; }
.choices { margin-top: 0.6em; }
.article { margin-top: 1em; font-size: 14px; color: #666; }
.answer { font-weight: bold; }
.evidence { margin-top: 0.6em; font-size: 16px; }"""


def _id(text: str) -> int:
    """A stable id in genanki's range (2**30 .. 2**31) from text."""
    digest = int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], 16)
    return (1 << 30) + digest % (1 << 30)


def deck_id(article_id: str) -> int:
    """The deck's id: one deck per article, the same on every export."""
    return _id(f"readquiz deck {article_id}")


def note_guid(article_id: str, question_id: str) -> str:
    """The note's GUID: derived from article and question id, stable across exports."""
    import genanki

    return str(genanki.guid_for(article_id, question_id))


def _genanki() -> Any:
    try:
        import genanki
    except ImportError as err:
        raise ReadquizError(
            "the Anki export needs genanki: pip install 'readquiz[export]'"
        ) from err
    return genanki


def _choices_html(q: Question) -> str:
    if q.format != "choice" or not q.choices:
        return ""
    return "<br>".join(f"{LETTERS[i]}) {text_html(c)}" for i, c in enumerate(q.choices))


def _fields(q: Question, qset: QuestionSet) -> list[str]:
    return [
        text_html(q.prompt),
        _choices_html(q),
        text_html(key_text(q)),
        text_html(evidence_line(q)),
        text_html(qset.article_title),
        text_html(q.id),
    ]


def export(article: Article, qset: QuestionSet, *, timestamp: float | None = None) -> bytes:
    """The set as an Anki package (.apkg bytes), one note per question.

    Args:
        article: The article (unused: a card names it by title only).
        qset: The questions.
        timestamp: When the notes were last changed (default: now). Anki updates a note
            on import only when the deck's copy is newer than its own.
    """
    genanki = _genanki()
    model = genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Question", "qfmt": FRONT, "afmt": BACK}],
        css=CSS,
    )
    deck = genanki.Deck(deck_id(qset.article_id), f"readquiz::{qset.article_title}")
    for q in qset.questions:
        deck.add_note(
            genanki.Note(
                model=model,
                fields=_fields(q, qset),
                guid=note_guid(qset.article_id, q.id),
                tags=["readquiz", _tag(q.type)],
            )
        )
    buffer = io.BytesIO()
    genanki.Package(deck).write_to_file(buffer, timestamp=timestamp)
    return buffer.getvalue()


def _tag(text: str) -> str:
    """An Anki tag has no spaces."""
    return "_".join(text.split()) or "question"
