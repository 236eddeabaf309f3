"""The command line's one table formatter, as ``templates``, ``check`` and ``results`` print it."""

from __future__ import annotations

from readquiz.cli.table import format_table


def test_columns_align_two_spaces_apart_and_no_line_ends_in_spaces() -> None:
    lines = format_table(["ID", "TYPE", ""], [["where-event", "where", ""], ["who", "who", "x"]])
    assert lines == [
        "ID           TYPE",
        "where-event  where",
        "who          who    x",
    ]


def test_a_table_with_no_rows_is_its_header() -> None:
    assert format_table(["ID", "ARTICLE"], []) == ["ID  ARTICLE"]
