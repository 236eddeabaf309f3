"""A Footer that redraws only when the keys it shows change, and in place when it can.

Textual's Footer rebuilds all its key widgets on every ``refresh_bindings`` and every
focus change. Answering a question causes several of those in one go (the answer is
frozen, Next appears, focus moves to Next): measured, about 40 ms of the ~100 ms from
keypress to feedback went to rebuilding a footer that ends up the same or changes once.
When the number of keys stays the same (answering swaps "Choose" for "Next question"),
the existing key widgets are relabelled instead of being removed and mounted again.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

# One key as the footer draws it: the binding, whether it is enabled, its tooltip.
_Shown = tuple[Binding, bool, str]

# What FooterKey keeps from its constructor (textual 8.2.x); without them, rebuild.
_FOOTER_KEY_FIELDS = ("key", "key_display", "description", "action", "_disabled")


class QuietFooter(Footer):
    """Coalesces binding updates to one check per refresh; redraws only on a change."""

    def __init__(self) -> None:
        """A footer with nothing drawn yet."""
        super().__init__()
        self._check_pending = False
        self._drawn: list[_Shown] | None = None

    def compose(self) -> ComposeResult:
        """Footer's keys, each made compact or not as the footer is before it is mounted.

        A FooterKey starts compact and takes the footer's (not compact) once mounted:
        each key gained the "-compact" class and lost it again, two restylings and a
        second paint per key before the screen was complete (3 keys on the start
        screen: six style updates, ~4 ms of its first screen).
        """
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.set_reactive(FooterKey.compact, self.compact)
            yield widget

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Schedule one comparison after the refresh, however many updates come now."""
        # Footer.compose draws nothing until the first update has arrived.
        self._bindings_ready = True
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return
        if not self._check_pending:
            self._check_pending = True
            self.call_after_refresh(self._redraw_if_changed)

    async def _redraw_if_changed(self) -> None:
        self._check_pending = False
        if not self.is_attached:  # its screen was dismissed meanwhile
            return
        shown = self._shown()
        if shown == self._drawn:
            return
        self._drawn = shown
        if not self._relabel(shown):
            await self.recompose()

    def _shown(self) -> list[_Shown]:
        """The keys Footer.compose draws: the first binding of each action, in order."""
        first: dict[str, _Shown] = {}
        for _, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.show:
                first.setdefault(binding.action, (binding, enabled, tooltip))
        return list(first.values())

    def _relabel(self, shown: list[_Shown]) -> bool:
        """Put ``shown`` into the existing key widgets; False if they do not fit."""
        keys = list(self.query_children(FooterKey))
        if (
            len(keys) != len(shown)
            or len(self.children) != len(keys)
            # Grouped keys are drawn differently: leave those to Footer.compose.
            or any(b.group is not None for b, _, _ in shown)
            or not all(hasattr(k, f) for k in keys for f in _FOOTER_KEY_FIELDS)
        ):
            return False
        for widget, (binding, enabled, tooltip) in zip(keys, shown, strict=True):
            widget.key = binding.key
            widget.key_display = self.app.get_key_display(binding)
            widget.description = binding.description
            widget.action = binding.action
            widget._disabled = not enabled
            widget.set_class(not enabled, "-disabled")
            widget.tooltip = tooltip or None
            widget.refresh(layout=True)
        return True
