"""How much of a hand annotation `readquiz draft` proposes, and how fast.

Run with ``.venv/bin/python benchmarks/draft_bench.py [--quick]`` (needs the ``draft``
extra). On every bundled article (title + text, as a teacher would paste it):

* recall: the share of hand-annotated people, places, organizations and groups that the
  draft proposes with the same kind and a name or alias in common (names compared
  with case, quote marks and a leading "the" folded), and of hand-annotated numbers
  that it proposes with the same value, quoting the same words (one quote holds the
  other, or the two overlap in the text);
* precision: the share of proposed entities and numbers that match a hand annotation
  (what an author keeps; a proposal no hand annotation has may still be sound);
* time to draft a 600-word story: the whole `readquiz draft` process beside a process
  that only loads spaCy's pipeline and tags the same text (the floor any spaCy-based
  draft pays), and in one process with the pipeline loaded.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml
from timing import PY, ROOT, side_by_side

sys.path.insert(0, str(ROOT / "src"))

from readquiz.article.draft import draft_text, parse_source  # noqa: E402
from readquiz.article.draft.analyse import REFERENCE_MODEL, load_pipeline  # noqa: E402

KINDS = {
    "person": "people",
    "place": "places",
    "organization": "organizations",
    "group": "groups",
}


def fold(name: str) -> str:
    name = name.replace("’", "'").replace("‘", "'")
    name = re.sub(r"^(the|a|an)\s+", "", " ".join(name.split()), flags=re.I)
    return re.sub(r"'s$", "", name).casefold()


def names(entity: dict[str, Any]) -> set[str]:
    return {fold(n) for n in [entity["name"], *(entity.get("aliases") or [])]}


def where(quote: str, text: str) -> tuple[int, int] | None:
    """Where ``quote`` first occurs in ``text``, with space, case and quote marks folded."""

    def plain(x: str) -> str:
        return x.translate(str.maketrans("‘’“”", "''\"\"")).lower()

    pattern = r"\s+".join(re.escape(w) for w in plain(quote).split())
    m = re.search(pattern, plain(text)) if pattern else None
    return (m.start(), m.end()) if m else None


def same_number(hand: dict[str, Any], prop: dict[str, Any], text: str = "") -> bool:
    """The same value, quoting the same words: one quote holds the other, or they overlap."""
    if float(hand["value"]) != float(prop["value"]):
        return False
    a, b = fold(hand["quote"]), fold(prop["quote"])
    if a in b or b in a:
        return True
    here, there = where(hand["quote"], text), where(prop["quote"], text)
    return here is not None and there is not None and here[0] < there[1] and there[0] < here[1]


def score(hand: dict[str, Any], draft: dict[str, Any]) -> dict[str, Counter[str]]:
    text = hand["text"]
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    proposed: Counter[str] = Counter()
    hand_entities = list((hand.get("entities") or {}).values())
    draft_entities = list((draft.get("entities") or {}).values())
    for entity in hand_entities:
        group = KINDS[entity["kind"]]
        total[group] += 1
        if any(e["kind"] == entity["kind"] and names(e) & names(entity) for e in draft_entities):
            found[group] += 1
    for entity in draft_entities:
        group = KINDS[entity["kind"]]
        proposed[group] += 1
        if any(e["kind"] == entity["kind"] and names(e) & names(entity) for e in hand_entities):
            kept[group] += 1
    hand_numbers = hand.get("numbers") or []
    draft_numbers = draft.get("numbers") or []
    total["numbers"] += len(hand_numbers)
    found["numbers"] += sum(
        any(same_number(h, p, text) for p in draft_numbers) for h in hand_numbers
    )
    proposed["numbers"] += len(draft_numbers)
    kept["numbers"] += sum(
        any(same_number(h, p, text) for h in hand_numbers) for p in draft_numbers
    )
    return {"found": found, "total": total, "kept": kept, "proposed": proposed}


def story_of(article: dict[str, Any]) -> str:
    return f"{article['title']}\n\n{article['text']}"


def six_hundred_words(articles: list[dict[str, Any]]) -> str:
    paragraphs = [p for a in articles for p in a["text"].split("\n\n") if not p.startswith("## ")]
    out: list[str] = []
    while sum(len(p.split()) for p in out) < 600:
        out.append(paragraphs[len(out) % len(paragraphs)])
    words = " ".join(out).split()[:600]
    return "A Story of Six Hundred Words\n\n" + " ".join(words) + "\n"


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}% ({a}/{b})" if b else "    -"


GROUPS = ("people", "places", "organizations", "groups", "numbers")
CORE = ("people", "places", "numbers")


def show_entity(entity: dict[str, Any]) -> str:
    aliases = entity.get("aliases") or []
    return entity["name"] + (f" (aliases: {', '.join(map(str, aliases))})" if aliases else "")


def misses(hand: dict[str, Any], draft: dict[str, Any]) -> tuple[list[str], list[str]]:
    """What the draft missed, and what it proposed that no hand annotation has."""
    missed: list[str] = []
    extra: list[str] = []
    hand_entities = list((hand.get("entities") or {}).values())
    draft_entities = list((draft.get("entities") or {}).values())
    for a, b, out in (
        (hand_entities, draft_entities, missed),
        (draft_entities, hand_entities, extra),
    ):
        for entity in a:
            if not any(e["kind"] == entity["kind"] and names(e) & names(entity) for e in b):
                out.append(f"{KINDS[entity['kind']]:13} {show_entity(entity)}")
    hand_numbers = hand.get("numbers") or []
    draft_numbers = draft.get("numbers") or []
    for number in hand_numbers:
        if not any(same_number(number, p, hand["text"]) for p in draft_numbers):
            missed.append(
                f"{'numbers':13} {number['value']} {number['unit']} ({number['quote']!r})"
            )
    for number in draft_numbers:
        if not any(same_number(h, number, hand["text"]) for h in hand_numbers):
            extra.append(f"{'numbers':13} {number['value']} {number['unit']} ({number['quote']!r})")
    return missed, extra


def article_files(where: str) -> list[Path]:
    """The article files ``where`` names: a directory (its ``*.yaml``), a file or a glob."""
    path = Path(where)
    if path.is_dir():
        return sorted(path.glob("*.yaml"))
    if path.is_file():
        return [path]
    base = Path("/") if path.is_absolute() else Path()
    pattern = str(path.relative_to("/")) if path.is_absolute() else where
    found = sorted(p for p in base.glob(pattern) if p.is_file())
    if not found:
        raise SystemExit(f"draft_bench: no article files at {where}")
    return found


def measure(where: str, nlp: Any, show: bool) -> dict[str, Counter[str]]:
    """Recall and precision over the articles ``where`` names, printed per article."""
    articles = [yaml.safe_load(p.read_text("utf-8")) for p in article_files(where)]
    sums: dict[str, Counter[str]] = {k: Counter() for k in ("found", "total", "kept", "proposed")}
    print(f"\n== {where} ({len(articles)} articles)")
    print(f"{'article':28} {'people':>16} {'places':>16} {'numbers':>16}")
    for article in articles:
        text = draft_text(parse_source(story_of(article)), "bench.txt", nlp=nlp)
        draft = yaml.safe_load(text)
        result = score(article, draft)
        for key in sums:
            sums[key].update(result[key])
        f, t = result["found"], result["total"]
        print(
            f"{article['id'][:28]:28} {pct(f['people'], t['people']):>16} "
            f"{pct(f['places'], t['places']):>16} {pct(f['numbers'], t['numbers']):>16}"
        )
        if show:
            missed, extra = misses(article, draft)
            for line in missed:
                print(f"    missed   {line}")
            for line in extra:
                print(f"    extra    {line}")
    report(sums)
    return sums


def report(sums: dict[str, Counter[str]]) -> None:
    print(f"  {'':22} {'recall':>16} {'precision':>16}")
    for group in GROUPS:
        print(
            f"  {group:22} {pct(sums['found'][group], sums['total'][group]):>16} "
            f"{pct(sums['kept'][group], sums['proposed'][group]):>16}"
        )
    core = pct(sum(sums["found"][g] for g in CORE), sum(sums["total"][g] for g in CORE))
    core_p = pct(sum(sums["kept"][g] for g in CORE), sum(sums["proposed"][g] for g in CORE))
    print(f"  {'people+places+numbers':22} {core:>16} {core_p:>16}")
    every = pct(sum(sums["found"].values()), sum(sums["total"].values()))
    every_p = pct(sum(sums["kept"].values()), sum(sums["proposed"].values()))
    print(f"  {'all kinds':22} {every:>16} {every_p:>16}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer timing runs")
    parser.add_argument(
        "--articles",
        action="append",
        help="hand-annotated articles: a directory, a file or a glob ('quality/testset*/*.yaml'"
        ", quoted), again for more, each reported on its own (default: the bundled ones and "
        "every quality/tuning and quality/testset* directory)",
    )
    parser.add_argument(
        "--together",
        action="store_true",
        help="also report every set given, summed",
    )
    parser.add_argument("--no-timing", action="store_true", help="recall and precision only")
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list what each draft missed and what it added",
    )
    args = parser.parse_args()
    sets = args.articles or [
        str(ROOT / "articles"),
        str(ROOT / "quality" / "tuning"),
        *sorted(str(p) for p in (ROOT / "quality").glob("testset*") if p.is_dir()),
    ]
    nlp = load_pipeline(None)
    print(f"model: {REFERENCE_MODEL} (spaCy {sys.modules['spacy'].__version__})")
    total: dict[str, Counter[str]] = {k: Counter() for k in ("found", "total", "kept", "proposed")}
    for where in sets:
        for key, counts in measure(where, nlp, args.misses).items():
            total[key].update(counts)
    if args.together and len(sets) > 1:
        print(f"\n== all {len(sets)} sets together")
        report(total)

    if args.no_timing:
        return
    articles = [yaml.safe_load(p.read_text("utf-8")) for p in article_files(sets[0])]
    story = six_hundred_words(articles)
    repeat = 3 if args.quick else 7
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "story.txt"
        path.write_text(story, encoding="utf-8")
        start = time.perf_counter()
        for _ in range(repeat):
            draft_text(parse_source(story), "story.txt", nlp=nlp)
        warm = (time.perf_counter() - start) / repeat
        ours, base = side_by_side(
            [
                PY,
                "-m",
                "readquiz",
                "draft",
                str(path),
                "-o",
                str(Path(tmp) / "out.yaml"),
            ],
            [
                PY,
                "-c",
                f"import spacy,sys; nlp=spacy.load({REFERENCE_MODEL!r}); "
                f"nlp(open({str(path)!r}).read())",
            ],
            repeat,
        )
    print(f"\n600-word story ({len(story.split())} words):")
    print(f"  readquiz draft, whole process   {ours:6.2f} s")
    print(f"  spaCy load + tag only (floor)   {base:6.2f} s   ratio {ours / base:4.2f}")
    print(f"  draft in process, model loaded  {warm:6.2f} s")


if __name__ == "__main__":
    main()
