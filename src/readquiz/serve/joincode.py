"""The join code that keeps passers-by out of a served quiz. Headless: no web server here.

textual-serve has no authentication of its own, and anyone who can reach the port can
start a quiz process. The teacher reads a short code aloud; a browser that types it is
given a random session token (a cookie) and only such browsers reach the quiz.
"""

from __future__ import annotations

import hmac
import secrets
import time
from dataclasses import dataclass, field

# Letters and digits a student cannot misread from a board or projector: no 0/O, 1/I/L.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
LENGTH = 6
"""31**6 is about 887 million codes: with the throttle below, not guessable in a lesson."""
MAX_FAILURES = 5
"""Wrong codes from one address before it must wait."""
LOCKOUT_SECONDS = 60.0


def new_code() -> str:
    """A fresh random join code, such as ``K7MQ2D``."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(typed: str) -> str:
    """A code as typed ("k7m q2d", "K7M-Q2D") in the form it was printed ("K7MQ2D")."""
    return "".join(ch for ch in typed.upper() if ch not in " -\t\r\n")


@dataclass
class Gate:
    """Checks join codes, hands out session tokens, and slows down guessing."""

    code: str
    """The code printed for the class."""
    tokens: set[str] = field(default_factory=set)
    """Session tokens of the browsers that joined."""
    failures: dict[str, list[float]] = field(default_factory=dict)
    """Times of recent wrong codes, per client address."""

    def locked_out(self, client: str, now: float | None = None) -> bool:
        """Whether ``client`` gave too many wrong codes within the last minute."""
        now = time.monotonic() if now is None else now
        recent = [t for t in self.failures.get(client, []) if now - t < LOCKOUT_SECONDS]
        self.failures[client] = recent
        return len(recent) >= MAX_FAILURES

    def join(self, client: str, typed: str, now: float | None = None) -> str | None:
        """A new session token if ``typed`` is the code, else None (and the miss is counted).

        Args:
            client: The client's address, for the throttle.
            typed: What the student typed.
            now: The time (``time.monotonic()``), for tests.

        Returns:
            The token to set as a cookie, or None for a wrong code or a locked-out client.
        """
        now = time.monotonic() if now is None else now
        if self.locked_out(client, now):
            return None
        # Constant time: how much of a guess matched must not show in the response time.
        if not hmac.compare_digest(normalise(typed).encode(), self.code.encode()):
            self.failures.setdefault(client, []).append(now)
            return None
        token = secrets.token_urlsafe(24)
        self.tokens.add(token)
        return token

    def admits(self, token: str | None) -> bool:
        """Whether ``token`` (a cookie's value) belongs to a browser that joined."""
        return token is not None and any(
            hmac.compare_digest(token.encode(), known.encode()) for known in self.tokens
        )
