"""How much of a hand annotation `readquiz draft` proposes, and how fast.

Run with ``.venv/bin/python benchmarks/draft_bench.py [--quick]`` (needs the ``draft``
extra). On every bundled article (title + text, as a teacher would paste it):

* recall: the share of hand-annotated people, places, organizations and groups that the
  draft proposes with the same kind and a name or alias in common (names compared
  with case, quote marks and a leading "the" folded), and of hand-annotated numbers
  that it proposes with the same value, quoting the same words;
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

KINDS = {"person": "people", "place": "places", "organization": "organizations", "group": "groups"}


def fold(name: str) -> str:
    name = name.replace("’", "'").replace("‘", "'")
    name = re.sub(r"^(the|a|an)\s+", "", " ".join(name.split()), flags=re.I)
    return re.sub(r"'s$", "", name).casefold()


def names(entity: dict[str, Any]) -> set[str]:
    return {fold(n) for n in [entity["name"], *(entity.get("aliases") or [])]}


def same_number(hand: dict[str, Any], prop: dict[str, Any]) -> bool:
    if float(hand["value"]) != float(prop["value"]):
        return False
    a, b = fold(hand["quote"]), fold(prop["quote"])
    return a in b or b in a


def score(hand: dict[str, Any], draft: dict[str, Any]) -> dict[str, Counter[str]]:
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
    found["numbers"] += sum(any(same_number(h, p) for p in draft_numbers) for h in hand_numbers)
    proposed["numbers"] += len(draft_numbers)
    kept["numbers"] += sum(any(same_number(h, p) for h in hand_numbers) for p in draft_numbers)
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer timing runs")
    parser.add_argument(
        "--articles",
        type=Path,
        default=ROOT / "articles",
        help="a directory of hand-annotated articles (default: the bundled ones)",
    )
    parser.add_argument("--no-timing", action="store_true", help="recall and precision only")
    args = parser.parse_args()
    nlp = load_pipeline(None)
    articles = [yaml.safe_load(p.read_text("utf-8")) for p in sorted(args.articles.glob("*.yaml"))]
    sums: dict[str, Counter[str]] = {k: Counter() for k in ("found", "total", "kept", "proposed")}
    print(f"model: {REFERENCE_MODEL} (spaCy {sys.modules['spacy'].__version__}), {args.articles}")
    print(f"{'article':28} {'people':>16} {'places':>16} {'numbers':>16}")
    for article in articles:
        text = draft_text(parse_source(story_of(article)), "bench.txt", nlp=nlp)
        result = score(article, yaml.safe_load(text))
        for key in sums:
            sums[key].update(result[key])
        f, t = result["found"], result["total"]
        print(
            f"{article['id'][:28]:28} {pct(f['people'], t['people']):>16} "
            f"{pct(f['places'], t['places']):>16} {pct(f['numbers'], t['numbers']):>16}"
        )
    print("\nrecall (hand annotations the draft proposes):")
    for group in ("people", "places", "organizations", "groups", "numbers"):
        print(f"  {group:14} {pct(sums['found'][group], sums['total'][group])}")
    core = ("people", "places", "numbers")
    print(
        "  people+places+numbers "
        + pct(sum(sums["found"][g] for g in core), sum(sums["total"][g] for g in core))
    )
    print("precision (proposals a hand annotation has):")
    for group in ("people", "places", "organizations", "groups", "numbers"):
        print(f"  {group:14} {pct(sums['kept'][group], sums['proposed'][group])}")
    all_kept = sum(sums["kept"].values())
    print(f"  all            {pct(all_kept, sum(sums['proposed'].values()))}")

    if args.no_timing:
        return
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
            [PY, "-m", "readquiz", "draft", str(path), "-o", str(Path(tmp) / "out.yaml")],
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
