"""The Anki deck, imported by Anki itself (the ``anki`` package, headless).

Count the notes, read their fields, import the same deck twice (no copies), then an
updated deck (the notes change in place, still no copies).
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.models import NotetypeId

from readquiz.exports import anki as anki_export
from readquiz.questions.setfile import LoadedSet

from .conftest import export_file


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Collection]:
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def import_deck(col: Collection, deck: Path) -> None:
    col.import_anki_package(
        ImportAnkiPackageRequest(
            package_path=str(deck), options=ImportAnkiPackageOptions(merge_notetypes=True)
        )
    )


def notes(col: Collection) -> dict[str, dict[str, str]]:
    """QuestionId -> the note's fields, for every note in the collection."""
    out = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        out[note["QuestionId"]] = {name: note[name] for name in note.keys()} | {"guid": note.guid}
    return out


def test_anki_imports_one_note_per_question(tmp_path: Path, collection: Collection) -> None:
    deck, stdout = export_file(tmp_path, "anki")
    assert stdout == f"Wrote {deck} (Anki deck, 5 questions)\n"
    import_deck(collection, deck)
    assert collection.note_count() == 5
    found = notes(collection)
    assert list(found) == ["score", "tickets", "coach", "crowd", "notes"]
    score = found["score"]
    assert score["Prompt"] == "What was the score of the final?"
    assert score["Choices"] == "A) 3:1<br>B) 2:2<br>C) 1:3<br>D) 4 = 0"
    assert score["Answer"] == "A) 3:1"
    assert score["Evidence"] == "Paragraph 1: “beating Hillview 3:1 in the final”"
    assert score["Article"] == "Riverside Wins the C# Cup: 3:1 in the Final"
    assert score["guid"] == genanki.guid_for("chess-cup-final", "score")
    # the answer in words, as the key and the quiz say it (never "250" or "250 people")
    assert found["crowd"]["Answer"] == "about 250 people"
    # text is escaped for Anki's HTML fields: the angle brackets print as written
    assert found["notes"]["Answer"].startswith("In C:\\chess\\final; he called it &lt;the best")
    model = collection.models.get(NotetypeId(anki_export.MODEL_ID))
    assert model is not None and model["name"] == anki_export.MODEL_NAME
    decks = [d.name for d in collection.decks.all_names_and_ids()]
    assert "readquiz::Riverside Wins the C# Cup: 3:1 in the Final" in decks


def test_importing_twice_adds_no_copies(tmp_path: Path, collection: Collection) -> None:
    deck, _ = export_file(tmp_path, "anki")
    import_deck(collection, deck)
    (tmp_path / "again").mkdir()
    again, _ = export_file(tmp_path / "again", "anki")  # a second export of the same set
    import_deck(collection, again)
    assert collection.note_count() == 5


def test_an_updated_deck_updates_the_notes_in_place(
    tmp_path: Path, collection: Collection, every_format: LoadedSet
) -> None:
    now = time.time()
    first = tmp_path / "first.apkg"
    first.write_bytes(
        anki_export.export(every_format.article, every_format.qset, timestamp=now - 3600)
    )
    import_deck(collection, first)
    assert collection.note_count() == 5

    # the teacher rewords a question and drops another, then exports again later
    questions = list(every_format.qset.questions)
    questions[0] = dataclasses.replace(questions[0], prompt="What was the final score?")
    del questions[-1]
    edited = dataclasses.replace(every_format.qset, questions=questions)
    second = tmp_path / "second.apkg"
    second.write_bytes(anki_export.export(every_format.article, edited, timestamp=now))
    import_deck(collection, second)

    found = notes(collection)
    assert collection.note_count() == 5  # updated, not duplicated (Anki keeps the dropped one)
    assert found["score"]["Prompt"] == "What was the final score?"


def test_the_ids_are_stable() -> None:
    assert anki_export.deck_id("chess-cup-final") == anki_export.deck_id("chess-cup-final")
    assert anki_export.deck_id("chess-cup-final") != anki_export.deck_id("other-article")
    assert 1 << 30 <= anki_export.deck_id("x") < 1 << 31
    assert anki_export.note_guid("a", "q1") == anki_export.note_guid("a", "q1")
    assert anki_export.note_guid("a", "q1") != anki_export.note_guid("b", "q1")


def test_without_genanki_the_anki_export_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from readquiz.cli import cli

    from .conftest import EVERY_FORMAT

    monkeypatch.setitem(sys.modules, "genanki", None)  # as if it were not installed
    target = tmp_path / "deck.apkg"
    result = CliRunner().invoke(
        cli, ["export", "--set", str(EVERY_FORMAT), "--to", "anki", "-o", str(target)]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        "readquiz: error: the Anki export needs genanki: pip install 'readquiz[export]'\n"
    )
    assert not target.exists()
