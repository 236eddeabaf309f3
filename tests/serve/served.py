"""Drive the real ``readquiz serve`` over loopback: the server process and its students.

A :class:`Served` is the command a teacher runs, started as a subprocess on a free port
and stopped with Ctrl+C (SIGINT) as a teacher stops it. A :class:`Student` speaks to it
as the browser page does: the join form over HTTP, then the page's websocket, with the
bytes drawn fed to a terminal emulator (pyte) so tests read the screen a student sees.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

import aiohttp
import pyte

START_TIMEOUT = 60.0
"""Generous: the server makes the question set before it listens, on a loaded CI box."""
SCREEN_TIMEOUT = 30.0


class Served:
    """``python -m readquiz serve ... --port 0``, running until :meth:`stop`."""

    def __init__(self, data_dir: Path, *args: str) -> None:
        self.data_dir = data_dir
        command = [sys.executable, "-m", "readquiz", "serve", "--port", "0"]
        command += ["--data-dir", str(data_dir), *args]
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.lines: list[str] = []
        deadline = time.monotonic() + START_TIMEOUT
        assert self.process.stdout is not None
        while not any(line.startswith("Join code:") for line in self.lines):
            line = self.process.stdout.readline()
            if not line or time.monotonic() > deadline:
                self.process.kill()
                err = self.process.stderr.read() if self.process.stderr else ""
                raise AssertionError(f"serve did not start: {self.lines} {err}")
            self.lines.append(line.rstrip("\n"))
        found = re.search(r"http://[^\s]+", "\n".join(self.lines))
        assert found, self.lines
        self.url = found.group(0)
        self.code = self.lines[-1].split(":", 1)[1].strip()

    @property
    def announced(self) -> str:
        """What the server printed for the teacher."""
        return "\n".join(self.lines)

    def stop(self, timeout: float = 30.0) -> tuple[int, str, str]:
        """Ctrl+C, as the teacher stops it; return (status, rest of stdout, stderr)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            out, err = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, err = self.process.communicate()
            raise AssertionError(f"serve did not stop within {timeout} s") from None
        return self.process.returncode, out, err


class Student:
    """One browser: joins with a code, opens the quiz's websocket, reads its screen."""

    def __init__(self, base_url: str, width: int = 80, height: int = 24) -> None:
        self.base_url = base_url
        self.width, self.height = width, height
        # Browsers keep cookies set by an IP address; aiohttp only when told to.
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.screen = pyte.Screen(width, height)
        self.stream = pyte.ByteStream(self.screen)
        self.closed = False

    async def __aenter__(self) -> Student:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def join(self, code: str) -> aiohttp.ClientResponse:
        """Send the join form; the response after redirects (the quiz page when right)."""
        response = await self.http.post(f"{self.base_url}/join", data={"code": code})
        await response.read()
        return response

    async def open(self) -> None:
        """Open the quiz's websocket, as the page's script does."""
        self.ws = await self.http.ws_connect(
            f"{self.base_url}/ws?width={self.width}&height={self.height}"
        )

    def text(self) -> str:
        """The screen as the student sees it now."""
        return "\n".join(self.screen.display)

    async def wait_for(self, text: str, timeout: float = SCREEN_TIMEOUT) -> str:
        """Read what the server draws until ``text`` is on screen; return the screen."""
        assert self.ws is not None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while text not in self.text():
            left = deadline - loop.time()
            if left <= 0 or self.closed:
                raise AssertionError(f"{text!r} never appeared; the screen shows:\n{self.text()}")
            try:
                message = await asyncio.wait_for(self.ws.receive(), timeout=left)
            except TimeoutError:
                continue
            if message.type == aiohttp.WSMsgType.BINARY:
                self.stream.feed(message.data)
            elif message.type in (
                aiohttp.WSMsgType.CLOSE,
                aiohttp.WSMsgType.CLOSED,
                aiohttp.WSMsgType.CLOSING,
            ):
                self.closed = True
        return self.text()

    async def type(self, keys: str) -> None:
        """Type ``keys`` as the page sends them (xterm's bytes: Enter is a carriage return)."""
        assert self.ws is not None
        await self.ws.send_str(json.dumps(["stdin", keys]))

    async def close_tab(self) -> None:
        """Close the websocket, as closing the tab does."""
        if self.ws is not None:
            await self.ws.close()
            self.ws = None

    async def close(self) -> None:
        """Close the tab and the HTTP session."""
        await self.close_tab()
        await self.http.close()
