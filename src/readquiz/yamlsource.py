"""Safe YAML loading that remembers where every key and value came from.

The file is composed into PyYAML nodes with the safe resolver (nothing is ever
constructed from a tag), then converted to plain Python by hand so that

* every key and value keeps its ``line:col`` (a :class:`SourceMap`, addressed by the
  same path tuples pydantic uses in its error ``loc``),
* duplicate mapping keys, tags beyond YAML's plain types, merge keys, recursive
  aliases and alias bombs are reported as problems instead of passing silently,
* non-UTF-8 bytes and over-large files are refused with their position or size.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from readquiz.errors import Problem

MAX_BYTES = 1_048_576
"""Largest input file accepted (1 MiB); documented in docs/article-format.md."""
MAX_NODES = 100_000
"""Most values a file may expand to once aliases are followed (stops alias bombs)."""

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
}

Path_ = tuple[str | int, ...]


@dataclass
class SourceMap:
    """Positions (1-based line, column) of the keys and values of one YAML file."""

    file: str
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """Position of the value (or key) at ``path``; else of its nearest known parent."""
        path = tuple(path)
        while True:
            table = self.keys if key and path in self.keys else self.values
            if path in table:
                return table[path]
            if not path:
                return (1, 1)
            path = path[:-1]

    def problem(self, path: Path_, message: str, *, key: bool = False) -> Problem:
        """A problem pointing at the value (or key) at ``path``."""
        line, col = self.where(path, key=key)
        return Problem(self.file, line, col, message)


@dataclass
class YamlDocument:
    """The result of :func:`load_yaml`: data (None if unreadable), positions, problems."""

    data: Any
    source: SourceMap
    problems: list[Problem]


def _pos(node: Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _Converter:
    def __init__(self, source: SourceMap) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.count = 0
        self.scalars = SafeConstructor()
        self.active: set[int] = set()

    def problem(self, node: Node, message: str) -> None:
        line, col = _pos(node)
        self.problems.append(Problem(self.source.file, line, col, message))

    def convert(self, node: Node, path: Path_) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooBig(node)
        self.source.values.setdefault(path, _pos(node))
        if node.tag not in _PLAIN_TAGS:
            self.problem(
                node,
                f"YAML tag {node.tag.replace('tag:yaml.org,2002:', '!!')} "
                "is not allowed; use plain strings, numbers, lists and mappings",
            )
            return None
        if id(node) in self.active:
            self.problem(node, "recursive alias: a value cannot contain itself")
            return None
        if isinstance(node, ScalarNode):
            return self.scalar(node)
        self.active.add(id(node))
        try:
            if isinstance(node, SequenceNode):
                return [self.convert(child, (*path, i)) for i, child in enumerate(node.value)]
            assert isinstance(node, MappingNode)
            return self.mapping(node, path)
        finally:
            self.active.discard(id(node))

    def scalar(self, node: ScalarNode) -> Any:
        try:
            value = self.scalars.construct_object(node)
        except (yaml.YAMLError, ValueError, OverflowError) as err:
            self.problem(node, f"cannot read value {node.value!r}: {err}")
            return None
        return value

    def mapping(self, node: MappingNode, path: Path_) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        first: dict[Any, tuple[int, int]] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problem(key_node, "merge keys (<<) are not supported; write the keys out")
                continue
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _PLAIN_TAGS:
                self.problem(key_node, "a mapping key must be a plain scalar")
                continue
            key = self.scalar(key_node)
            if isinstance(key, (dt.date, float)) or key is None:
                key = key_node.value
            try:
                hash(key)
            except TypeError:
                self.problem(key_node, "a mapping key must be a plain scalar")
                continue
            if key in first:
                line, col = first[key]
                self.problem(
                    key_node, f"duplicate key {key!r} (first at line {line}, column {col})"
                )
                continue
            first[key] = _pos(key_node)
            child = (*path, key)
            self.source.keys[child] = _pos(key_node)
            out[key] = self.convert(value_node, child)
        return out


class _TooBig(Exception):
    def __init__(self, node: Node) -> None:
        self.node = node


def _decode(raw: bytes, file: str) -> tuple[str | None, list[Problem]]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        before = raw[: err.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        bad = raw[err.start : err.start + 1].hex()
        message = f"not valid UTF-8 (byte 0x{bad}); save the file as UTF-8"
        return None, [Problem(file, line, col, message)]
    return text.removeprefix("\ufeff"), []


def _syntax_problem(err: yaml.YAMLError, file: str, text: str = "") -> Problem:
    if isinstance(err, yaml.reader.ReaderError) and isinstance(err.character, int):
        # the reader's own message spans two lines and gives an offset, not line:col
        before = text[: err.position]
        col = err.position - (before.rfind("\n") + 1) + 1
        return Problem(
            file,
            before.count("\n") + 1,
            col,
            f"the control character U+{err.character:04X} is not allowed in a YAML file; delete it",
        )
    if isinstance(err, yaml.MarkedYAMLError) and err.problem_mark is not None:
        began = _construct_problem(err, file, text)
        if began is not None:
            return began
        mark = err.problem_mark
        message = f"YAML syntax error: {err.problem}"
        if err.context and err.context_mark is not None:
            cm = err.context_mark
            message += f" ({err.context} that began at line {cm.line + 1}, column {cm.column + 1})"
        return Problem(file, mark.line + 1, mark.column + 1, message)
    return Problem(file, 1, 1, f"YAML syntax error: {err}")


def _unclosed_quote(text: str, broke: int) -> tuple[int, int, int] | None:
    """A quoted string that ran on over lines before the parser broke at line ``broke``.

    An unclosed quote swallows the lines after it, up to the next quote mark, and the
    parser gives up there; the scanner's tokens still show the string that spanned
    lines. Returns its opening line, column and last line (1-based).
    """
    found = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if (
                isinstance(token, yaml.ScalarToken)
                and token.style in ('"', "'")
                and token.end_mark.line > token.start_mark.line
                and token.start_mark.line + 1 <= broke
            ):
                found = (
                    token.start_mark.line + 1,
                    token.start_mark.column + 1,
                    token.end_mark.line + 1,
                )
    except yaml.YAMLError:
        pass
    return found


def _construct_problem(err: yaml.MarkedYAMLError, file: str, text: str) -> Problem | None:
    """A syntax error told where the construct began (quote, bracket), with what to do.

    None when the error is of another kind: the caller words it as PyYAML does.
    """
    mark = err.problem_mark
    assert mark is not None
    at = f"{mark.line + 1}:{mark.column + 1}"
    context = err.context or ""
    cm = err.context_mark
    if "quoted scalar" in context and cm is not None:
        line, col = cm.line + 1, cm.column + 1
        return Problem(
            file,
            line,
            col,
            f"YAML syntax error: the quoted string opened at {line}:{col} is not closed "
            f"(the file ends at {at} still inside it); add the closing quote mark",
        )
    for kind, closer, what in (("flow sequence", "]", "list"), ("flow mapping", "}", "mapping")):
        if kind in context and cm is not None:
            line, col = cm.line + 1, cm.column + 1
            opener = "[" if closer == "]" else "{"
            return Problem(
                file,
                line,
                col,
                f"YAML syntax error: the {what} opened with '{opener}' at {line}:{col} is "
                f"not closed (the parser gave up at {at}); add '{closer}' at its end",
            )
    quote = _unclosed_quote(text, mark.line + 1) if text else None
    if quote is not None:
        line, col, last = quote
        return Problem(
            file,
            line,
            col,
            f"YAML syntax error: the quoted string opened at {line}:{col} is not closed: it "
            f"runs on to line {last} and the parser gave up at {at}; close it on line {line}",
        )
    if err.problem == "mapping values are not allowed here":
        return Problem(
            file,
            mark.line + 1,
            mark.column + 1,
            "YAML syntax error: a ': ' inside a value reads as a new key; put the whole "
            'value in double quotes (claim: "The plan: a lane")',
        )
    return None


_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def _compose(text: str) -> list[Node | None]:
    """Compose every document, with libyaml when PyYAML has it (about 10x faster).

    libyaml words its syntax errors differently; on any error the pure-Python parser
    runs again, so a broken file reads the same whichever parser is installed.
    """
    if _FAST_LOADER is not None:
        try:
            return list(yaml.compose_all(text, Loader=_FAST_LOADER))
        except yaml.YAMLError:
            pass
    return list(yaml.compose_all(text, Loader=yaml.SafeLoader))


def parse_yaml(text: str, file: str) -> YamlDocument:
    """Parse YAML text safely, keeping positions; see :func:`load_yaml`."""
    source = SourceMap(file)
    try:
        composed = _compose(text)
    except yaml.YAMLError as err:
        return YamlDocument(None, source, [_syntax_problem(err, file, text)])
    except RecursionError:
        return YamlDocument(None, source, [Problem(file, 1, 1, "YAML nesting is too deep")])
    nodes = [n for n in composed if n is not None]
    if not nodes:
        return YamlDocument(None, source, [])
    if len(nodes) > 1:
        line, col = _pos(nodes[1])
        return YamlDocument(
            None, source, [Problem(file, line, col, "only one YAML document per file (found ---)")]
        )
    converter = _Converter(source)
    try:
        data = converter.convert(nodes[0], ())
    except _TooBig as big:
        line, col = _pos(big.node)
        return YamlDocument(
            None,
            source,
            [
                Problem(
                    file,
                    line,
                    col,
                    f"the file expands to more than {MAX_NODES:,} values (aliases used as a bomb?)",
                )
            ],
        )
    except RecursionError:
        return YamlDocument(None, source, [Problem(file, 1, 1, "YAML nesting is too deep")])
    return YamlDocument(data, source, converter.problems)


def load_yaml(path: Path, *, max_bytes: int = MAX_BYTES) -> YamlDocument:
    """Read a YAML file safely: UTF-8 only, at most ``max_bytes``, plain types only.

    Never raises for bad input: every problem found is in ``problems``; ``data`` is
    None when the file could not be parsed at all (or is empty).
    """
    file = str(path)
    source = SourceMap(file)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return YamlDocument(
                None,
                source,
                [
                    Problem(
                        file,
                        0,
                        0,
                        f"the file is {size:,} bytes; the limit is {max_bytes:,} bytes",
                    )
                ],
            )
        raw = path.read_bytes()
    except IsADirectoryError:
        return YamlDocument(None, source, [Problem(file, 0, 0, "is a directory, not a file")])
    except FileNotFoundError:
        return YamlDocument(None, source, [Problem(file, 0, 0, "no such file")])
    except OSError as err:
        return YamlDocument(None, source, [Problem(file, 0, 0, f"cannot read: {err.strerror}")])
    text, problems = _decode(raw, file)
    if text is None:
        return YamlDocument(None, source, problems)
    return parse_yaml(text, file)
