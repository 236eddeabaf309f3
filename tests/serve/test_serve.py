"""``readquiz serve`` for real: the server process, its join code, its websocket, its store.

Every test talks to the server over loopback as a browser's page does, reads the
screen through a terminal emulator, and checks the results store a teacher reads.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from readquiz.attempts.store import ResultsStore
from tests.serve.conftest import QUIZ
from tests.serve.served import Served, Student


def attempts_of(served: Served, name: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(id, [(question, given)]) of every attempt by ``name``, read as a teacher would."""
    store = ResultsStore(served.data_dir, create=False)
    try:
        return [
            (a.id, [(x.question, x.given) for x in a.answers])
            for a in store.attempts()
            if a.student == name
        ]
    finally:
        store.close()


def test_listens_on_this_computer_only_unless_told(served: Served) -> None:
    assert served.url.startswith("http://127.0.0.1:")
    assert "Only this computer can reach it" in served.announced
    assert len(served.code) == 6


async def test_a_student_joins_answers_and_the_answer_is_in_the_store(served: Served) -> None:
    async with Student(served.url) as ana:
        page = await ana.join(served.code.lower())  # typed in lower case: still the code
        assert page.status == 200
        assert "data-session-websocket-url" in await page.text()
        await ana.open()
        await ana.wait_for("Your name")
        await ana.type("\r")  # no name: refused, since the name is how a student resumes
        await ana.wait_for("Type your name first")
        await ana.type("Ana\r")
        screen = await ana.wait_for("Question 1 of 4")
        first_choice = screen.split("1. ", 1)[1].split("▎")[0].strip()
        await ana.type("1")
        await ana.wait_for("Answer:")
        # The feedback is on screen, so the answer is already committed.
        [(_, answers)] = attempts_of(served, "Ana")
        assert len(answers) == 1
        assert answers[0][1] == first_choice


@pytest.mark.parametrize("code", ["", "ZZZZZZ", "K7M"])
async def test_a_wrong_or_missing_code_is_refused(served: Served, code: str) -> None:
    async with Student(served.url) as stranger:
        page = await stranger.join(code)
        assert page.status in (403, 429)
        assert "data-session-websocket-url" not in await page.text()
        with pytest.raises(Exception, match="403"):
            await stranger.open()
        gone = await stranger.http.get(f"{served.url}/", allow_redirects=False)
        assert gone.status == 303 and gone.headers["Location"] == "/join"


async def test_a_websocket_from_another_site_is_refused(served: Served) -> None:
    async with Student(served.url) as ana:
        await ana.join(served.code)
        with pytest.raises(Exception, match="403"):
            await ana.http.ws_connect(f"{served.url}/ws", headers={"Origin": "http://evil.test"})


async def test_a_closed_tab_loses_nothing_and_the_name_continues(served: Served) -> None:
    async with Student(served.url) as first:
        await first.join(served.code)
        await first.open()
        await first.wait_for("Your name")
        await first.type("Bo\r")
        await first.wait_for("Question 1 of 4")
        await first.type("1")
        await first.wait_for("Answer:")
        await first.close_tab()
    async with Student(served.url) as again:
        await again.join(served.code)
        await again.open()
        await again.wait_for("Your name")
        await again.type("Bo\r")
        await again.wait_for("Welcome back")
        screen = await again.wait_for("Question 2 of 4")
        assert "Welcome back, Bo: 1 of 4 answered" in " ".join(screen.split())
        await again.type("1")
        await again.wait_for("Answer:")
    [(_, answers)] = attempts_of(served, "Bo")
    assert len(answers) == 2 and len({q for q, _ in answers}) == 2


def test_ctrl_c_stops_every_quiz_and_says_where_the_answers_are(tmp_path: Path) -> None:
    import asyncio

    server = Served(tmp_path / "data", *QUIZ)

    async def join_and_wait() -> None:
        async with Student(server.url) as cy:
            await cy.join(server.code)
            await cy.open()
            await cy.wait_for("Your name")
            children = _children(server.process.pid)
            assert any("readquiz.serve.student" in c for c in children), children
            status, out, err = await asyncio.to_thread(server.stop)
            assert status == 0, err
            assert "Stopped. Every answer is in the results" in out
            assert "Traceback" not in err

    asyncio.run(join_and_wait())
    assert not _running("readquiz.serve.student", str(tmp_path))


def test_a_port_in_use_is_one_line_and_exit_2(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "readquiz", "serve", "--port", str(port)]
            + ["--data-dir", str(tmp_path / "data"), *QUIZ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"readquiz: error: cannot listen on 127.0.0.1:{port}: ")
    assert "choose another --port" in line


def test_bad_input_fails_before_listening_and_writes_nothing(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "readquiz", "serve", "no-such-article"]
        + ["--port", "0", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("readquiz: error: no article file or bundled article")
    assert not (tmp_path / "data").exists()


def _children(pid: int) -> list[str]:
    """Command lines of ``pid``'s child processes."""
    import psutil

    return [" ".join(c.cmdline()) for c in psutil.Process(pid).children(recursive=True)]


def _running(*parts: str) -> bool:
    """Whether a process whose command line has every one of ``parts`` is running."""
    import psutil

    for proc in psutil.process_iter(["cmdline"]):
        line = " ".join(proc.info["cmdline"] or [])
        if all(p in line for p in parts):
            return True
    return False
