"""The web server: textual-serve's, behind a join code, one quiz process per student.

textual-serve starts one process per websocket and has no authentication. This
subclass puts every route but the join page and the static files behind a session
cookie that only the join code gives, refuses websockets opened from other sites,
caps the number of quiz processes, and builds the page's websocket address from the
address the browser used (textual-serve's own comes from the bind address, which is
useless to a browser when serving on ``0.0.0.0``).
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp_jinja2
from aiohttp import WSCloseCode, web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from readquiz.errors import ReadquizError
from readquiz.serve.joincode import Gate

TEMPLATES = Path(__file__).resolve().parent / "templates"
COOKIE = "readquiz_session"
MAX_SESSIONS = 80
"""Quiz processes at once (each ~40 MB): a class and its reloads, not a denial of service."""
HEARTBEAT_SECONDS = 30.0
"""How often a browser is pinged; one that has not answered within half of that is
dropped (and its quiz process stopped). With 15 s, a busy 2-core machine dropped 26 of
30 students who were still there (benchmarks/serve_bench.py); with 30 s, one. A dropped
student loses nothing and continues by name, but should not have to."""
STOP_GRACE_SECONDS = 5.0
"""How long a student's quiz process may take to quit when the server stops."""

log = logging.getLogger("readquiz.serve")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class ServeError(ReadquizError):
    """The server cannot start (for example, the port is taken)."""


class ClassServer(Server):
    """textual-serve's Server with a join code in front of it."""

    def __init__(
        self,
        command: str,
        *,
        gate: Gate,
        host: str = "127.0.0.1",
        port: int = 8000,
        title: str = "readquiz",
        max_sessions: int = MAX_SESSIONS,
    ) -> None:
        """Serve ``command`` (one process per browser) to browsers that know the code.

        Args:
            command: The shell command that runs one student's quiz.
            gate: Checks join codes and session tokens.
            host: The address to listen on.
            port: The port (0: any free port, see :attr:`port` after :meth:`start`).
            title: The page title (the article's title).
            max_sessions: Quiz processes allowed at once.
        """
        super().__init__(command, host=host, port=port, title=title, templates_path=TEMPLATES)
        self.gate = gate
        self.max_sessions = max_sessions
        self.services: set[AppService] = set()
        self.sockets: set[web.WebSocketResponse] = set()
        self._runner: web.AppRunner | None = None

    # -- routes ------------------------------------------------------------------

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self._guard)
        app.add_routes([web.get("/join", self.handle_join), web.post("/join", self.handle_join)])
        return app

    async def on_startup(self, app: web.Application) -> None:
        """Say nothing: ``readquiz serve`` prints the address and code once it listens."""

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        # The join page, and textual-serve's script, stylesheet and font (public files
        # of the library, nothing about the quiz), are open; everything else needs the
        # cookie that the code gives.
        if request.path == "/join" or request.path.startswith("/static/"):
            return await handler(request)
        if self.gate.admits(request.cookies.get(COOKIE)):
            return await handler(request)
        if request.path == "/":
            raise web.HTTPSeeOther("/join")
        raise web.HTTPForbidden(text="Join the quiz first: open the page and type the join code.")

    async def handle_join(self, request: web.Request) -> web.StreamResponse:
        """The join page; a right code sets the session cookie and opens the quiz."""
        problem = ""
        status = 200
        if request.method == "POST":
            client = request.remote or "?"
            if self.gate.locked_out(client):
                problem, status = "Too many wrong codes. Wait a minute, then try again.", 429
            else:
                form = await request.post()
                token = self.gate.join(client, str(form.get("code", "")))
                if token is not None:
                    response = web.HTTPSeeOther("/")
                    # HttpOnly: page scripts never see it; Strict: other sites cannot use it.
                    response.set_cookie(COOKIE, token, httponly=True, samesite="Strict")
                    raise response
                problem, status = "That is not the code. Check it and try again.", 403
        context = {"title": self.title, "problem": problem}
        return aiohttp_jinja2.render_template("join.html", request, context, status=status)

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        """The quiz page, its websocket address taken from the address the browser used."""
        scheme = "wss" if request.secure else "ws"
        context = {
            "title": self.title,
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "websocket_url": f"{scheme}://{request.host}/ws",
            "static_url": "/static/",
        }
        return aiohttp_jinja2.render_template("app_index.html", request, context)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One browser's quiz: a process of its own, stopped when the socket closes."""
        origin = request.headers.get("Origin")
        if origin and urlsplit(origin).netloc != request.host:
            # A page on another site must not drive a quiz with a student's cookie.
            raise web.HTTPForbidden(text="This quiz can only be opened from its own page.")
        if len(self.services) >= self.max_sessions:
            raise web.HTTPServiceUnavailable(
                text=f"The quiz is full ({self.max_sessions} students). Ask your teacher."
            )
        websocket = web.WebSocketResponse(heartbeat=HEARTBEAT_SECONDS)

        async def close() -> None:
            await websocket.close()

        width = to_int(request.query.get("width", "80"), 80)
        height = to_int(request.query.get("height", "24"), 24)
        await websocket.prepare(request)
        service = AppService(
            self.command,
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=close,
            download_manager=self.download_manager,
            debug=self.debug,
        )
        self.services.add(service)
        self.sockets.add(websocket)
        try:
            await service.start(width, height)
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception:
            log.exception("a student's quiz stopped with an error")
        finally:
            self.sockets.discard(websocket)
            await self._stop_service(service)
        return websocket

    async def _stop_service(self, service: AppService) -> None:
        """Ask the quiz process to quit; kill it if it does not, so nothing is left running."""
        try:
            await asyncio.wait_for(service.stop(), STOP_GRACE_SECONDS)
        except (TimeoutError, ConnectionError, RuntimeError):
            pass
        finally:
            # textual-serve keeps the process private; a straggler must not outlive us.
            process = service._process
            if process is not None and process.returncode is None:
                process.kill()
                await process.wait()
            self.services.discard(service)

    # -- running -----------------------------------------------------------------

    async def start(self) -> int:
        """Listen; return the port (the real one when asked for port 0).

        Raises:
            ServeError: the address cannot be listened on.
        """
        app = await self._make_app()
        app.on_shutdown.append(self._close_sockets)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=5)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except OSError as err:
            await runner.cleanup()
            raise ServeError(
                f"cannot listen on {self.host}:{self.port}: {err.strerror or err}; "
                "choose another --port (or --host)"
            ) from err
        self._runner = runner
        self.port = int(runner.addresses[0][1])
        return self.port

    async def _close_sockets(self, app: web.Application) -> None:
        # Closing a socket ends its handler, which stops that student's process.
        for websocket in list(self.sockets):
            await websocket.close(code=WSCloseCode.GOING_AWAY, message=b"server stopped")

    async def stop(self) -> None:
        """Close every student's quiz and stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        for service in list(self.services):
            await self._stop_service(service)

    async def run_until_stopped(self, ready: Callable[[int], None]) -> None:
        """Listen, call ``ready(port)``, and serve until SIGINT or SIGTERM."""
        await self.start()
        stopped = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, stopped.set)
            except NotImplementedError:  # Windows: Ctrl+C arrives as KeyboardInterrupt
                pass
        try:
            ready(self.port)
            await stopped.wait()
        finally:
            await self.stop()
