"""Python's cycle collector, held off from the quiz's start until its first screen is drawn.

Up to the first screen, nearly everything made is for keeps: modules, classes, styles,
widgets. The collector does not know that: it walks them again and again as they pile
up (measured, 60-90 ms of the ~430 ms from launch to the first screen went to
collections that freed next to nothing). So ``readquiz quiz`` (and a served student's
process) holds it off from its start; the app lets it go right after the first screen,
and the command lets it go in any case when the app returns, or when it fails before
the app starts. Headless: no Textual here.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Hold the collector off (if it is on) until :func:`release`."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Let the collector run again, if :func:`hold` held it off; otherwise do nothing."""
    global _held
    if _held:
        _held = False
        gc.enable()
