"""A class in browsers: N students over the real server's websocket, against one alone.

Starts the real ``readquiz serve`` (loopback, a free port, its own data directory) and
drives it as browsers' pages do (the join form, then the quiz's websocket, the screen
read through a terminal emulator), reusing the drivers of ``tests/serve``. In each
round, one student takes the 10-question quiz alone, then each class size (30 by
default) takes it together; the rounds alternate, so load from elsewhere on the machine
hits both alike. Reported, as ratios of the class against the student alone:

* keypress to feedback: from sending a choice's digit to the feedback on screen,
  median and 95th percentile over every answer;
* opening the quiz: from opening the websocket to the name prompt on screen;
* memory per student: PSS (``/proc/PID/smaps_rollup``) of the student processes while
  the whole class is in the quiz (shared pages counted fairly), and USS (private pages:
  what one more student costs);
* processor time per answer (its feedback and the next question), in the student's
  process and in the server: what one answer costs, whatever else loads the machine;

and, from the results store: every student has one finished attempt with exactly the
10 answers given, each question once (nothing lost, nothing duplicated).

Students think between keys (``--think``, seconds, drawn per key; a quarter of it again
to read the feedback). Students join one after another (``--arrival`` seconds apart:
thirty quiz processes starting in the same instant is a thundering herd no class
produces); answering starts when the whole class is at question 1, all together. Two
paces are reported in docs/serve.md:

* **burst** (the default, ``--think 1,3``): the whole class presses its first key
  within the same two seconds and stays within a few seconds of each other: the worst
  case, a class in lockstep.
* **paced** (``--paced``, the same as ``--think 5,15``): a student reads the question
  and its choices before pressing a key. The benchmark's questions are 20 words with
  their choices (11-36); silent reading of English non-fiction runs at about 240 words
  a minute (Brysbaert 2019, "How many words do we read per minute?", Journal of Memory
  and Language 109, a meta-analysis of 190 studies), so reading alone takes about 5 s,
  and choosing (often a look back at the article) more: 5-15 s, the feedback (33 words
  on average) skimmed in 1-4 s, is a fast class, not a slow one.

Bounded: each phase has a time limit, the class size is capped by the server's
``MAX_SESSIONS``.

``python benchmarks/serve_bench.py [--students 30] [--rounds 3] [--think 1,3 | --paced]
[--arrival 0.5]``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402

from readquiz.attempts.store import ResultsStore  # noqa: E402
from readquiz.serve.server import MAX_SESSIONS  # noqa: E402
from tests.serve.served import Served, Student  # noqa: E402

QUESTIONS = 10
# Choice and true/false only, so "1" answers every question; a fixed seed.
QUIZ = (
    "pakistan-soleimani-rally",
    *("--seed", "3", "--count", str(QUESTIONS), "--formats", "choice,truefalse"),
)
PHASE_LIMIT = 300.0
"""Seconds one phase (one class taking the quiz) may take before the run is abandoned."""
OPEN_LIMIT = 240.0
"""Seconds a student may wait for the quiz to open while the whole class joins."""
MIB = 1024 * 1024


@dataclass
class Taken:
    """What one student saw."""

    name: str
    opened: float = 0.0
    """Seconds from opening the websocket to the name prompt."""
    latencies: list[float] = field(default_factory=list)
    """Seconds from each answer's keypress to its feedback on screen."""
    in_quiz: bool = False
    """Reached question 1 (and was counted in)."""
    dropped: str | None = None
    """Why the server closed this student's quiz before the end (None: it did not)."""


@dataclass
class Phase:
    """One class size taking the quiz once."""

    size: int
    taken: list[Taken]
    pss: list[int]
    """PSS of each student process (bytes), while the class was in the quiz."""
    uss: list[int]
    cpu: tuple[float, float] = (0.0, 0.0)
    """Processor seconds the student processes and the server used while the class
    answered (from everyone at question 1 to everyone at the results)."""


class Page:
    """A student's page, reading the socket all the time as a browser does.

    So it answers the server's pings: a student who sits and thinks is not dropped.
    """

    def __init__(self, student: Student) -> None:
        self.student = student
        self.changed = asyncio.Event()
        self.reader: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start reading what the server draws."""
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        import aiohttp

        assert self.student.ws is not None
        try:
            async for message in self.student.ws:
                if message.type == aiohttp.WSMsgType.BINARY:
                    self.student.stream.feed(message.data)
                    self.changed.set()
        finally:
            self.student.closed = True
            self.changed.set()

    async def until(self, seen: Callable[[str], bool], timeout: float = 60.0) -> None:
        """Wait until ``seen(screen)``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            self.changed.clear()
            if seen(self.student.text()):
                return
            left = deadline - loop.time()
            if left <= 0 or self.student.closed:
                ws = self.student.ws
                why = f"closed by the server ({ws.close_code if ws else '?'})"
                raise AssertionError(
                    f"{self.student.text()}\n(the screen above; "
                    f"{why if self.student.closed else f'nothing more for {timeout} s'})"
                )
            try:
                await asyncio.wait_for(self.changed.wait(), timeout=left)
            except TimeoutError:
                pass

    def stop(self) -> None:
        """Stop reading."""
        if self.reader is not None:
            self.reader.cancel()


class _Class:
    """Where a class is: everyone in the quiz (go), everyone finished, memory read."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.arrived = self.finished = 0
        self.go, self.all_finished, self.measured = (asyncio.Event() for _ in range(3))

    def arrive(self) -> None:
        self.arrived += 1
        if self.arrived == self.size:
            self.go.set()

    def finish(self) -> None:
        self.finished += 1
        if self.finished == self.size:
            self.all_finished.set()


async def _take(
    url: str,
    code: str,
    name: str,
    think: tuple[float, float],
    rng: random.Random,
    class_: _Class,
    arrival: float,
) -> Taken:
    """One student: join, open, give a name, answer every question with "1", finish."""
    loop = asyncio.get_running_loop()
    taken = Taken(name)
    await asyncio.sleep(arrival)  # students come in one after another, as a class does
    async with Student(url) as student:
        await student.join(code)
        start = loop.time()
        await student.open()
        page = Page(student)
        page.start()
        try:
            await _answer(page, name, think, rng, class_, taken, start)
        except (AssertionError, aiohttp.ClientError) as err:
            if isinstance(err, AssertionError) and not student.closed:
                raise  # the quiz did not show what it should: a failure, not a drop
            # Dropped by the server: reported, and the store must still hold every
            # answer whose feedback this student saw. The class goes on without them.
            taken.dropped = f"{type(err).__name__} after {len(taken.latencies)} answers"
            if not taken.in_quiz:
                class_.arrive()
            class_.finish()
        finally:
            page.stop()
    return taken


async def _answer(
    page: Page,
    name: str,
    think: tuple[float, float],
    rng: random.Random,
    class_: _Class,
    taken: Taken,
    start: float,
) -> None:
    """Give a name and answer every question with "1", then stay until measured."""
    loop = asyncio.get_running_loop()
    student = page.student
    # Thirty quiz processes start at once: generous, the phase's limit still holds.
    await page.until(lambda s: "Your name" in s, timeout=OPEN_LIMIT)
    taken.opened = loop.time() - start
    await student.type(name + "\r")
    await page.until(lambda s: f"Question 1 of {QUESTIONS}" in s)
    taken.in_quiz = True
    class_.arrive()
    await class_.go.wait()
    for number in range(1, QUESTIONS + 1):
        await asyncio.sleep(rng.uniform(*think))
        start = loop.time()
        await student.type("1")
        await page.until(lambda s: "Answer:" in s)
        taken.latencies.append(loop.time() - start)
        await asyncio.sleep(rng.uniform(*think) / 4)  # reads the feedback
        await student.type("\r")
        if number < QUESTIONS:
            following = f"Question {number + 1} of {QUESTIONS}"
            await page.until(lambda s, f=following: f in s and "Answer:" not in s)
        else:
            await page.until(lambda s: "By question type" in s)
    class_.finish()
    await class_.measured.wait()  # the tab stays open until the memory is read


def _students(server: Served) -> list[object]:
    """The student processes of ``server`` (psutil processes)."""
    import psutil

    found = []
    for child in psutil.Process(server.process.pid).children(recursive=True):
        try:
            if "readquiz.serve.student" in " ".join(child.cmdline()):
                found.append(child)
        except psutil.Error:
            continue
    return found


def _cpu(server: Served) -> dict[int, float]:
    """Processor seconds (user + system) used so far: each student process, server at 0."""
    import psutil

    used = {0: sum(psutil.Process(server.process.pid).cpu_times()[:2])}
    for child in _students(server):
        try:
            used[child.pid] = sum(child.cpu_times()[:2])  # type: ignore[attr-defined]
        except psutil.Error:
            continue
    return used


def _memory(server: Served) -> tuple[list[int], list[int]]:
    """(PSS, USS) in bytes of each student process of ``server``."""
    import psutil

    pss, uss = [], []
    for child in psutil.Process(server.process.pid).children(recursive=True):
        try:
            if "readquiz.serve.student" not in " ".join(child.cmdline()):
                continue
            rollup = Path(f"/proc/{child.pid}/smaps_rollup").read_text(encoding="ascii")
        except (psutil.Error, OSError):
            continue
        fields = {}
        for line in rollup.splitlines()[1:]:
            key, value, *_ = line.split()
            fields[key.rstrip(":")] = int(value) * 1024
        pss.append(fields["Pss"])
        uss.append(fields["Private_Clean"] + fields["Private_Dirty"])
    return pss, uss


async def _phase(
    server: Served, size: int, tag: str, think: tuple[float, float], gap: float
) -> Phase:
    """``size`` students take the quiz together."""
    class_ = _Class(size)
    rng = random.Random(tag)
    names = [f"{tag}-s{i:02d}" for i in range(size)]
    takers = [
        _take(server.url, server.code, name, think, random.Random(rng.random()), class_, i * gap)
        for i, name in enumerate(names)
    ]
    tasks = [asyncio.create_task(t) for t in takers]
    finished = asyncio.gather(*tasks)
    everyone = asyncio.create_task(class_.all_finished.wait())
    going = asyncio.create_task(class_.go.wait())
    try:
        await asyncio.wait([going, finished], return_when=asyncio.FIRST_COMPLETED)
        before = _cpu(server) if going.done() else {}
        # Everyone at the score screen, then the memory of the whole class is read.
        await asyncio.wait([everyone, finished], return_when=asyncio.FIRST_COMPLETED)
        if finished.done():
            finished.result()  # a student failed: say why
        after = _cpu(server)
        used = [after[pid] - before[pid] for pid in after if pid in before and pid != 0]
        cpu = (sum(used), after[0] - before.get(0, after[0]))
        await asyncio.sleep(0.5)
        pss, uss = await asyncio.to_thread(_memory, server)
        class_.measured.set()
        taken = await finished
    finally:
        everyone.cancel()
        going.cancel()
        for task in tasks:
            task.cancel()
        await asyncio.wait(tasks, timeout=30)
    return Phase(size, list(taken), pss, uss, cpu)


def check_store(data_dir: Path, names: list[str], dropped: dict[str, int]) -> str:
    """Every student: one finished attempt, each question answered exactly once.

    A student the server dropped (``dropped``: name -> answers whose feedback they saw)
    has at most one attempt, unfinished, with at least those answers, none twice.
    """
    store = ResultsStore(data_dir, create=False)
    try:
        attempts = store.attempts()
    finally:
        store.close()
    by_name: dict[str | None, list[object]] = {}
    problems = []
    for attempt in attempts:
        by_name.setdefault(attempt.student, []).append(attempt)
        asked = [a.question for a in attempt.answers]
        seen = dropped.get(attempt.student or "")
        if len(set(asked)) != len(asked):
            problems.append(f"{attempt.student}: {len(asked)} answers to {len(set(asked))}")
        elif seen is not None:
            if len(asked) < seen:
                problems.append(f"{attempt.student}: saw {seen} feedbacks, {len(asked)} saved")
        elif len(asked) != QUESTIONS:
            problems.append(f"{attempt.student}: {len(asked)} answers of {QUESTIONS}")
        elif attempt.finished is None:
            problems.append(f"{attempt.student}: attempt not finished")
    for name in names:
        if name in dropped and not by_name.get(name) and not dropped[name]:
            continue  # dropped before the first answer: no attempt is right
        if len(by_name.get(name, [])) != 1:
            problems.append(f"{name}: {len(by_name.get(name, []))} attempts")
    strays = set(by_name) - set(names)
    if strays:
        problems.append(f"attempts nobody took: {sorted(map(str, strays))}")
    answers = sum(len(a.answers) for a in attempts)
    if problems:
        return "LOST OR DUPLICATED: " + "; ".join(problems)
    return f"{len(attempts)} attempts, {answers} answers: none lost, none duplicated"


def cpu_per_answer(phases: list[Phase]) -> tuple[float, float]:
    """Processor seconds per answer (its feedback and the next question): students', server's.

    Independent of the load from elsewhere on the machine, unlike the latencies.
    """
    answers = sum(len(t.latencies) for p in phases for t in p.taken) or 1
    return sum(p.cpu[0] for p in phases) / answers, sum(p.cpu[1] for p in phases) / answers


def p95(values: list[float]) -> float:
    """The 95th percentile (inclusive method)."""
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


async def _run(
    server: Served, sizes: list[int], rounds: int, think: tuple[float, float], gap: float
) -> dict[int, list[Phase]]:
    phases: dict[int, list[Phase]] = {1: [], **{n: [] for n in sizes}}
    for r in range(rounds):
        for size in [1, *sizes]:
            print(f"  round {r + 1}: {size} student{'s' if size > 1 else ''} ...", file=sys.stderr)
            phase = await asyncio.wait_for(
                _phase(server, size, f"r{r}-n{size}", think, gap), PHASE_LIMIT
            )
            phases[size].append(phase)
    return phases


def main() -> None:
    """Serve the quiz, run the class sizes against one student, print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", default="30", help="class sizes, comma-separated")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--think", default="1,3", help="seconds between keys: low,high")
    parser.add_argument(
        "--paced", action="store_true", help="students read their questions: --think 5,15"
    )
    parser.add_argument(
        "--arrival", type=float, default=0.5, help="seconds between two students joining"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.students.split(",")]
    if any(not 1 < n <= MAX_SESSIONS for n in sizes):
        parser.error(f"class sizes from 2 to {MAX_SESSIONS} (the server's cap)")
    low, high = (float(x) for x in ("5,15" if args.paced else args.think).split(","))
    with tempfile.TemporaryDirectory(prefix="serve-bench-") as tmp:
        data = Path(tmp) / "data"
        server = Served(data, *QUIZ)
        try:
            started = time.perf_counter()
            phases = asyncio.run(_run(server, sizes, args.rounds, (low, high), args.arrival))
            took = time.perf_counter() - started
        finally:
            status, _, err = server.stop()
            if status != 0 or err.strip():
                print(f"the server said (exit {status}):\n{err[-3000:]}", file=sys.stderr)
        everyone = [t for runs in phases.values() for p in runs for t in p.taken]
        dropped = {t.name: len(t.latencies) for t in everyone if t.dropped}
        verdict = check_store(data, [t.name for t in everyone], dropped)
    print(
        f"readquiz serve, {QUESTIONS}-question quiz, {args.rounds} rounds,"
        f" think {low:g}-{high:g} s, one joining every {args.arrival:g} s, {took:.0f} s,"
        f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    alone = [x for p in phases[1] for t in p.taken for x in t.latencies]
    opened_alone = [t.opened for p in phases[1] for t in p.taken if t.opened]
    pss_alone = [x for p in phases[1] for x in p.pss]
    print(
        f"  1 student:   feedback median {statistics.median(alone) * 1e3:6.1f} ms,"
        f" p95 {p95(alone) * 1e3:6.1f} ms; opening {statistics.median(opened_alone):.2f} s;"
        f" PSS {statistics.median(pss_alone) / MIB:.1f} MiB"
    )
    mine, serving = cpu_per_answer(phases[1])
    print(
        f"               processor time per answer: {mine * 1e3:.1f} ms in the student's"
        f" process, {serving * 1e3:.1f} ms in the server"
    )
    for size in sizes:
        lat = [x for p in phases[size] for t in p.taken for x in t.latencies]
        opened = [t.opened for p in phases[size] for t in p.taken if t.opened]
        pss = [x for p in phases[size] for x in p.pss]
        uss = [x for p in phases[size] for x in p.uss]
        print(
            f"  {size} students: feedback median {statistics.median(lat) * 1e3:6.1f} ms"
            f" (x{statistics.median(lat) / statistics.median(alone):.2f}),"
            f" p95 {p95(lat) * 1e3:6.1f} ms (x{p95(lat) / p95(alone):.2f});"
            f" opening {statistics.median(opened):.2f} s"
            f" (x{statistics.median(opened) / statistics.median(opened_alone):.2f});"
            f" per student PSS {statistics.mean(pss) / MIB:.1f} MiB,"
            f" USS {statistics.mean(uss) / MIB:.1f} MiB ({len(pss) // len(phases[size])} processes)"
        )
        mine, serving = cpu_per_answer(phases[size])
        print(
            f"               processor time per answer: {mine * 1e3:.1f} ms in the student's"
            f" process, {serving * 1e3:.1f} ms in the server"
        )
    for t in everyone:
        if t.dropped:
            print(f"  dropped by the server: {t.name} ({t.dropped})")
    print(f"  results store: {verdict}")
    if verdict.startswith("LOST"):
        sys.exit(1)


if __name__ == "__main__":
    main()
