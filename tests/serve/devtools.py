"""Just enough of Chromium's DevTools protocol to use a page as a student would.

Headless Chromium (Debian's ``chromium`` package; nothing is downloaded) is started
with a fresh profile and a DevTools port; commands go over one websocket (the
``websockets`` client) to one page target, attached in "flat" mode.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

import websockets

LAUNCH_TIMEOUT = 30.0
COMMAND_TIMEOUT = 30.0
FLAGS = [
    "--headless",
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1024,720",
    "--remote-debugging-port=0",
]


def chromium() -> str | None:
    """The Chromium executable, or None."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    """A headless Chromium with one page, driven over DevTools."""

    def __init__(self) -> None:
        # Chromium's helper processes may still write to the profile as the browser exits
        # (seen: "Directory not empty: 'Default'" under load): the cleanup must not fail a test.
        self.profile = tempfile.TemporaryDirectory(
            prefix="readquiz-chromium-", ignore_cleanup_errors=True
        )
        self.process: subprocess.Popen[str] | None = None
        self.ws: Any = None
        self.session: str | None = None
        self._ids = itertools.count(1)

    async def __aenter__(self) -> Browser:
        exe = chromium()
        assert exe is not None, "chromium is not installed"
        self.process = subprocess.Popen(
            [exe, *FLAGS, f"--user-data-dir={self.profile.name}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "HOME": self.profile.name},
        )
        url = await asyncio.wait_for(asyncio.to_thread(self._devtools_url), LAUNCH_TIMEOUT)
        self.ws = await websockets.connect(url, max_size=None)
        target = await self.send("Target.createTarget", url="about:blank")
        attached = await self.send(
            "Target.attachToTarget", targetId=target["targetId"], flatten=True
        )
        self.session = attached["sessionId"]
        await self.send("Page.enable")
        # A headless window never has the OS's focus; without this, nothing on the page
        # takes keyboard focus (the terminal's own focus() call does nothing).
        await self.send("Emulation.setFocusEmulationEnabled", enabled=True)
        return self

    def _devtools_url(self) -> str:
        assert self.process is not None and self.process.stderr is not None
        for line in self.process.stderr:
            found = re.search(r"DevTools listening on (ws://\S+)", line)
            if found:
                return found.group(1)
        raise AssertionError("chromium exited without opening DevTools")

    async def __aexit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await self.ws.close()
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.profile.cleanup()

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one command and wait for its result (events on the way are dropped)."""
        message: dict[str, Any] = {"id": next(self._ids), "method": method, "params": params}
        if self.session is not None and not method.startswith("Target."):
            message["sessionId"] = self.session
        await self.ws.send(json.dumps(message))
        async with asyncio.timeout(COMMAND_TIMEOUT):
            while True:
                reply = json.loads(await self.ws.recv())
                if reply.get("id") == message["id"]:
                    if "error" in reply:
                        raise AssertionError(f"{method}: {reply['error']}")
                    result: dict[str, Any] = reply.get("result", {})
                    return result

    async def goto(self, url: str) -> None:
        """Open ``url`` and wait until it has loaded."""
        await self.send("Page.navigate", url=url)
        await self.until("document.readyState === 'complete' && location.href !== 'about:blank'")

    async def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    async def until(self, expression: str, timeout: float = 30.0) -> None:
        """Wait until a JavaScript expression is true in the page."""
        async with asyncio.timeout(timeout):
            while not await self.evaluate(expression):
                await asyncio.sleep(0.1)

    async def type_text(self, text: str) -> None:
        """Type ``text`` on the keyboard, one key at a time, into whatever has focus."""
        for char in text:
            await self.send("Input.dispatchKeyEvent", type="keyDown", key=char, text=char)
            await self.send("Input.dispatchKeyEvent", type="keyUp", key=char)

    async def press_enter(self) -> None:
        """Press Enter."""
        key = {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13}
        await self.send("Input.dispatchKeyEvent", type="keyDown", text="\r", **key)
        await self.send("Input.dispatchKeyEvent", type="keyUp", **key)

    async def click(self, x: float, y: float) -> None:
        """Click the left mouse button at (x, y) in CSS pixels."""
        for kind in ("mousePressed", "mouseReleased"):
            await self.send(
                "Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1
            )

    async def screenshot(self, path: Path) -> Path:
        """Save what the page shows as a PNG."""
        shot = await self.send("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(shot["data"]))
        return path
