"""Which addresses students can type: the machine's own addresses on the network."""

from __future__ import annotations

import ipaddress
import socket

ANY = {"0.0.0.0", "::", ""}


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable only from this machine (127.0.0.1, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def share_addresses(host: str) -> list[str]:
    """The addresses to give students for a server listening on ``host``.

    For a specific address, that address. For every interface (``0.0.0.0``), this
    machine's outward addresses: the one its default route uses (found by "connecting"
    a UDP socket, which sends nothing), then any others its name resolves to.
    """
    if host not in ANY:
        return [host]
    found: list[str] = []
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))  # any non-local address: nothing is sent
        found.append(probe.getsockname()[0])
    except OSError:
        pass
    finally:
        probe.close()
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        address = str(info[4][0])
        if address not in found:
            found.append(address)
    outward = [a for a in found if not is_loopback(a)]
    return outward or ["127.0.0.1"]
