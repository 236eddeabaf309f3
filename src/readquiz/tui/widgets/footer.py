"""A Footer that redraws only when the keys it shows change.

Textual's Footer rebuilds all its key widgets on every ``refresh_bindings`` and every
focus change. Answering a question causes several of those in one go (the answer is
frozen, Next appears, focus moves to Next): measured, about 40 ms of the ~100 ms from
keypress to feedback went to rebuilding a footer that ends up the same or changes once.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer

# What the footer draws for one binding: key, label, action, enabled, tooltip.
_Shown = tuple[str, str, str, bool, str]


class QuietFooter(Footer):
    """Coalesces binding updates to one check per refresh; rebuilds only on a change."""

    def __init__(self) -> None:
        """A footer with nothing drawn yet."""
        super().__init__()
        self._check_pending = False
        self._drawn: tuple[_Shown, ...] | None = None

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
        if shown != self._drawn:
            self._drawn = shown
            await self.recompose()

    def _shown(self) -> tuple[_Shown, ...]:
        return tuple(
            (binding.key, binding.description, binding.action, enabled, tooltip)
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )
