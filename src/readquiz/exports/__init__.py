"""Exports of a question set to learning platforms and study tools (headless).

One module per format: ``moodle`` (Moodle XML), ``qti`` (QTI 1.2 zip for Canvas),
``gift`` (Moodle GIFT text) and ``anki`` (an .apkg deck; needs the ``export`` extra).
Each has ``export(article, qset) -> bytes``; :data:`FORMATS` maps a ``--to`` name to
its module and default file extension. None imports Textual or reportlab.
"""

from __future__ import annotations

FORMATS: dict[str, tuple[str, str]] = {
    "moodle": ("readquiz.exports.moodle", ".xml"),
    "qti": ("readquiz.exports.qti", ".zip"),
    "gift": ("readquiz.exports.gift", ".gift.txt"),
    "anki": ("readquiz.exports.anki", ".apkg"),
}
"""``--to`` name -> (module, default file suffix)."""
