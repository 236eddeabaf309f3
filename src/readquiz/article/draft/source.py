"""Reading the text a teacher pasted: title, paragraphs and headings, as given.

Plain text or Markdown: paragraphs separated by blank lines, "## " headings; a first
line that looks like a headline becomes the title. UTF-8 with or without a byte
order mark, CRLF or LF line ends. No spaCy here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from readquiz.errors import InputError, Problem

MAX_BYTES = 1_048_576
"""The article format's own limit: a draft must load."""

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Source:
    """A pasted story: its title (may be empty) and its body as the article's text."""

    title: str
    text: str
    """Paragraphs separated by blank lines, line ends LF, ending in one newline."""


def _looks_like_title(line: str, rest: str) -> bool:
    """A short first line with no sentence end, followed by more text."""
    if not rest.strip():
        return False
    words = line.split()
    return 0 < len(words) <= 20 and not re.search(r"[.!?:;,]['\"”’]?$", line)


def read_source(path: Path) -> Source:
    """Read ``path`` as a story to draft.

    Raises:
        InputError: the file is missing, too large, not UTF-8, empty or holds
            characters an article file cannot.
    """
    file = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError([Problem(file, 0, 0, "no such file")]) from None
    except IsADirectoryError:
        raise InputError([Problem(file, 0, 0, "is a directory, not a file")]) from None
    except OSError as err:
        raise InputError([Problem(file, 0, 0, f"cannot read: {err.strerror}")]) from None
    if len(raw) > MAX_BYTES:
        message = f"the file is {len(raw):,} bytes; an article is at most {MAX_BYTES:,} bytes"
        raise InputError([Problem(file, 0, 0, message)])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        before = raw[: err.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        bad = raw[err.start : err.start + 1].hex()
        raise InputError(
            [Problem(file, line, col, f"not valid UTF-8 (byte 0x{bad}); save the file as UTF-8")]
        ) from None
    return parse_source(text, file)


def parse_source(text: str, file: str = "<text>") -> Source:
    """Split pasted text into a title and the article's text (see :func:`read_source`)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        col = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        message = (
            f"the control character U+{ord(bad.group()):04X} cannot go into an article; delete it"
        )
        raise InputError([Problem(file, line, col, message)])
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    title = ""
    if lines:
        first = lines[0].strip()
        heading = re.match(r"#\s+(.*)", first)
        if heading or _looks_like_title(first, "\n".join(lines[1:])):
            # a Markdown "# Title", or a headline line, followed by the story
            title = (heading.group(1) if heading else first).strip()
            lines = lines[1:]
    body = "\n".join(lines).strip("\n")
    # Markdown's other heading levels read as the format's one kind of heading
    body = re.sub(r"(?m)^#{1,6}[ \t]+", "## ", body)
    if not body.strip():
        raise InputError([Problem(file, 0, 0, "the file has no text to draft from")])
    return Source(title, body + "\n")
