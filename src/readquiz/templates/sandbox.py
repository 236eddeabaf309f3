"""The fence around template code: the sandboxed Jinja2 environment and a static guard.

Templates are written by course authors and shared between classes, so a template is
treated as untrusted input. Two layers keep it in check:

* :func:`make_environment` builds Jinja2's *immutable* sandbox with ``StrictUndefined``,
  no loader (so ``{% include %}`` and ``{% import %}`` cannot reach any file), no
  ``lipsum``/``cycler``/``joiner`` globals, and limits on ``range``, repeated text,
  exponents, numeric arguments and the size of what a render writes.
* :func:`guard` reads a compiled field's syntax tree *before anything runs* and refuses
  what never belongs in a question template: private attributes (``__class__``),
  includes and imports, self-recursive macros, constant ranges and text that break the
  limits, loops that would run too many times, and names that are not bound.

Runtime checks stay as a second line (a render is also stopped after
:data:`RENDER_SECONDS`), but the guard means a hostile template is refused at load
time, with its file and line, having executed nothing.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, meta, nodes
from jinja2.exceptions import SecurityError
from jinja2.parser import Parser
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from readquiz.english.phrases import FILTERS

RENDER_SECONDS = 1.0
"""A render that takes longer than this is stopped."""
MAX_RANGE = 10_000
"""Largest ``range()`` a template may build."""
MAX_TEXT = 100_000
"""Largest string or list a template expression may build, or a render may write."""
MAX_LOOP = 100_000
"""Most iterations nested loops over ranges may run in one render."""
MAX_EXPONENT = 64
"""Largest exponent of ``**``."""

BOUND_NAMES: dict[str, frozenset[str]] = {
    "ask": frozenset({"item", "article"}),
    "if": frozenset({"item", "article"}),
    "answer": frozenset({"item", "article"}),
    "say": frozenset({"item", "article", "answer"}),
    "explain": frozenset({"item", "article", "answer"}),
}
"""The names a template field may use, besides what it sets itself (see DESIGN.md)."""

_REMOVED_GLOBALS = ("lipsum", "cycler", "joiner")
# A format width or precision this long ("%999999999s", "{:>999999999}") builds huge text.
_HUGE_WIDTH = re.compile(r"\d{6,}")


class RenderTimeout(Exception):
    """Raised inside a render that ran past :data:`RENDER_SECONDS`."""


def _check_number(value: Any) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_TEXT:
        raise SecurityError(f"number {value:,} is too large for a filter or call argument")


def _check_format(fmt: Any) -> None:
    if isinstance(fmt, str) and _HUGE_WIDTH.search(fmt):
        raise SecurityError("format width too large")


def _guard_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a filter so huge numeric arguments are refused before it allocates anything."""

    def guarded(*args: Any, **kwargs: Any) -> Any:
        for value in (*args, *kwargs.values()):
            _check_number(value)
        if name == "format" and args:
            # the first argument may be the environment / context for pass_* filters
            _check_format(next((a for a in args if isinstance(a, str)), None))
        if name == "replace":
            texts = [a for a in args if isinstance(a, str)]
            if len(texts) >= 3 and (
                not texts[1] or texts[0].count(texts[1]) * len(texts[2]) > MAX_TEXT
            ):
                raise SecurityError("replacement text too large")
        result = func(*args, **kwargs)
        if isinstance(result, (str, list, tuple)) and len(result) > MAX_TEXT:
            raise SecurityError(f"filter {name!r} made text or a list that is too large")
        return result

    for attr in ("jinja_pass_arg",):  # keep pass_context / pass_environment markers
        if hasattr(func, attr):
            setattr(guarded, attr, getattr(func, attr))
    guarded.__name__ = getattr(func, "__name__", name)
    return guarded


class SandboxEnvironment(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox, with limits on the operators that build big values.

    ``*``, ``**``, ``+`` and ``%`` are checked before they run (:func:`_check_binop`);
    call arguments and format widths are checked on every call.
    """

    intercepted_binops = frozenset(["*", "**", "+", "%"])

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """Refuse a huge result before computing it, then compute it."""
        _check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Refuse huge numeric arguments and format widths, then call."""
        for value in (*args, *kwargs.values()):
            _check_number(value)
        if getattr(__obj, "__name__", "") in ("format", "format_map"):
            _check_format(getattr(__obj, "__self__", None))
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """Refuse a huge format width in ``str.format`` before Jinja2 wraps it."""
        _check_format(getattr(value, "__self__", None))
        return super().wrap_str_format(value)


def _safe_range(*args: int) -> range:
    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise SecurityError(f"range too large (more than {MAX_RANGE:,} items)")
    return rng


def make_environment() -> SandboxEnvironment:
    """The one sandboxed Jinja2 environment templates run in.

    Immutable sandbox (no attribute escapes, no mutation of lists or dicts),
    ``StrictUndefined`` (an unknown name is an error, never a blank), no loader, the
    grammar filters, and limits on ``range``, string, list and power operators.
    """
    env = SandboxEnvironment(undefined=StrictUndefined, autoescape=False)
    for name in _REMOVED_GLOBALS:
        env.globals.pop(name, None)
    env.globals["range"] = _safe_range
    env.filters.update(FILTERS)
    env.filters = {name: _guard_filter(name, f) for name, f in env.filters.items()}
    return env


def _check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse an operation whose result would be huge, before computing it."""
    if operator == "**" and isinstance(right, (int, float)):
        if abs(right) > MAX_EXPONENT:
            raise SecurityError("exponent too large")
        if isinstance(left, int) and abs(left).bit_length() * abs(right) > 4096:
            raise SecurityError("number too large")
    if operator == "*":
        for seq, n in ((left, right), (right, left)):
            if isinstance(seq, (str, list, tuple)) and isinstance(n, int):
                if len(seq) * n > MAX_TEXT:
                    raise SecurityError("repeated text or list too large")
    if operator == "+" and isinstance(left, (str, list, tuple)):
        if hasattr(right, "__len__") and len(left) + len(right) > MAX_TEXT:
            raise SecurityError("text or list too large")
    if operator == "%" and isinstance(left, str):
        _check_format(left)


def render_limited(template: Template, context: dict[str, Any]) -> str:
    """Render a compiled Jinja2 template, stopping once it has written too much."""
    parts: list[str] = []
    size = 0
    for chunk in template.generate(**context):
        size += len(chunk)
        if size > MAX_TEXT:
            raise SecurityError("the rendered text is too large")
        parts.append(chunk)
    return "".join(parts)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Stop the block after ``seconds`` of this process's CPU time by raising RenderTimeout.

    CPU time, not the wall clock: a runaway render spins the CPU, while a render that
    merely waits for a core on a busy machine (a loaded CI runner, a class's server)
    must not be taken for one. Only in the main thread on POSIX; elsewhere the guard
    and the size limits are what stop a runaway render.
    """
    main = threading.current_thread() is threading.main_thread()
    if not hasattr(signal, "setitimer") or not main:
        yield
        return

    def _alarm(signum: int, frame: Any) -> None:
        raise RenderTimeout

    previous = signal.signal(signal.SIGVTALRM, _alarm)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


# --------------------------------------------------------------------------------------
# The static guard: read the syntax tree, run nothing.


class _NotConstant(Exception):
    """The expression depends on data; the runtime limits apply to it instead."""


def _constant(node: Any) -> Any:
    """The value of an expression made only of literals and arithmetic, within limits.

    Raises:
        _NotConstant: the expression uses names, attributes or calls.
        SecurityError: the expression breaks a limit (``10 ** 100``, ``'a' * 10 ** 9``).
    """
    ops: dict[str, Callable[[Any, Any], Any]] = {
        "Add": lambda a, b: a + b,
        "Sub": lambda a, b: a - b,
        "Mul": lambda a, b: a * b,
        "Pow": lambda a, b: a**b,
        "FloorDiv": lambda a, b: a // b,
        "Mod": lambda a, b: a % b,
    }
    if isinstance(node, nodes.Const):
        return node.value
    if isinstance(node, (nodes.Tuple, nodes.List)):
        return [_constant(n) for n in node.items]
    if isinstance(node, nodes.Neg):
        return -_constant(node.node)
    if isinstance(node, nodes.Pos):
        return +_constant(node.node)
    name = type(node).__name__
    if isinstance(node, nodes.BinExpr) and name in ops:
        left, right = _constant(node.left), _constant(node.right)
        _check_binop(node.operator, left, right)
        try:
            return ops[name](left, right)
        except (ArithmeticError, TypeError, ValueError) as err:
            raise _NotConstant from err
    raise _NotConstant


def _range_length(node: Any) -> int | None:
    """How many items a ``range(...)`` call yields; None when ``node`` is no such call.

    MAX_RANGE (the runtime limit) when its arguments are not constant, as in a range
    over data.
    """
    if not (
        isinstance(node, nodes.Call)
        and isinstance(node.node, nodes.Name)
        and node.node.name == "range"
    ):
        return None
    try:
        args = [_constant(a) for a in node.args]
        return len(range(*args))
    except (_NotConstant, TypeError, ValueError, OverflowError):
        return MAX_RANGE


def guard(tree: nodes.Template, field: str, env: SandboxEnvironment) -> list[tuple[int, str]]:
    """Problems (line within the field, message) in one field's syntax tree.

    Nothing is rendered or evaluated, except literal arithmetic within the limits.
    """
    found: list[tuple[int, str]] = []

    def refuse(node: nodes.Node, message: str) -> None:
        found.append((getattr(node, "lineno", 1) or 1, f"{field}: {message}"))

    private: dict[str, nodes.Node] = {}
    for lookup in tree.find_all((nodes.Getattr, nodes.Getitem)):
        attr: object = None
        if isinstance(lookup, nodes.Getattr):
            attr = lookup.attr
        elif isinstance(lookup, nodes.Getitem) and isinstance(lookup.arg, nodes.Const):
            attr = lookup.arg.value
        if isinstance(attr, str) and attr.startswith("_"):
            private.setdefault(attr, lookup)
    for call in tree.find_all((nodes.Filter, nodes.Call)):
        assert isinstance(call, nodes.Filter | nodes.Call)
        for arg in [*call.args, *(kw.value for kw in call.kwargs)]:
            if isinstance(arg, nodes.Const) and isinstance(arg.value, str):
                for part in arg.value.split("."):
                    if part.startswith("__"):
                        private.setdefault(part, call)
    if private:
        # one line per field: the first private name is enough to refuse it
        names = ", ".join(repr(a) for a in sorted(private))
        first = min(private.values(), key=lambda n: n.lineno or 1)
        refuse(first, f"not allowed in the sandbox (security): private attribute {names}")
    for node in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
        tag = {
            "Include": "include",
            "Import": "import",
            "FromImport": "from ... import",
            "Extends": "extends",
        }[type(node).__name__]
        refuse(node, f"{{% {tag} %}} is not allowed: a template field cannot read other files")
    for macro in tree.find_all(nodes.Macro):
        for call in macro.find_all(nodes.Call):
            if isinstance(call.node, nodes.Name) and call.node.name == macro.name:
                refuse(call, f"macro {macro.name!r} calls itself (recursion is not allowed)")
    for expr in tree.find_all(nodes.Expr):
        try:
            _constant(expr)
        except SecurityError as err:
            refuse(expr, f"not allowed in the sandbox: {err}")
        except _NotConstant:
            length = _range_length(expr)
            if length is not None and length > MAX_RANGE:
                refuse(
                    expr,
                    f"not allowed in the sandbox: range too large (more than {MAX_RANGE:,} items)",
                )

    def loops(node: nodes.Node, runs: int) -> None:
        for child in node.iter_child_nodes():
            times = runs
            if isinstance(child, nodes.For):
                times = runs * (_range_length(child.iter) or 1)
                if times > MAX_LOOP:
                    refuse(
                        child,
                        f"not allowed in the sandbox: loops would run {times:,} "
                        f"times (the limit is {MAX_LOOP:,})",
                    )
                    continue
            loops(child, times)

    loops(tree, 1)
    if found:
        # a refused template is not worth a second line about names it also misuses
        return sorted(set(found))
    bound = BOUND_NAMES.get(field, frozenset())
    known = bound | set(env.globals)
    # Only a name the field loads can be undeclared, so a field that loads known names
    # alone needs no second pass of the code generator (a third of loading templates).
    loads = {n.name for n in tree.find_all(nodes.Name) if n.ctx == "load"}
    if loads | {n.name for n in tree.find_all(nodes.NSRef)} <= known:
        return []
    unknown = sorted(meta.find_undeclared_variables(tree) - known)
    for name in unknown:
        allowed = ", ".join(sorted(bound))
        refuse(tree, f"{name!r} is undefined (names you can use here: {allowed})")
    return sorted(set(found))


def parse_field(env: SandboxEnvironment, source: str, *, expression: bool) -> nodes.Template:
    """The syntax tree of a text field, or of an expression wrapped as ``{{ expr }}``.

    Raises:
        jinja2.TemplateSyntaxError: the source does not parse.
    """
    if not expression:
        return env.parse(source)
    parser = Parser(env, source, state="variable")
    expr = parser.parse_expression()
    if parser.stream.current.type != "eof":
        raise TemplateSyntaxError("chunk after expression", parser.stream.current.lineno)
    tree = nodes.Template([nodes.Output([expr], lineno=1)], lineno=1)
    tree.set_environment(env)
    return tree
