"""Make blind-rater packets from articles, as ../shared/QUALITY.md describes.

For each article: ``readquiz generate ARTICLE --format json --count 200`` under two
seeds (every question the templates make), the union of the two runs with identical
questions counted once, then at most ``--per-article`` questions drawn round-robin over
templates (so every template is measured) with a fixed sampling seed.

Writes, into OUT:
- ``packet.md``: what a rater sees: the article's paragraphs numbered as readquiz numbers
  them, then each question with an opaque id, its stem, lettered choices, key, accepted
  answers, unit and tolerance, and the cited paragraph and quote. No template, no
  annotation, no code.
- ``key.jsonl``: one line per opaque id with what the rater must not see (article,
  type, format, template, question id), for ``quality_tally.py``.

Usage: python benchmarks/quality_packet.py --readquiz PATH/TO/readquiz --out DIR A.yaml ...

Before and after, blind: ``--readquiz before=OLD/readquiz --readquiz after=NEW/readquiz``
samples each engine's questions apart, then merges them per article, a question both
engines make counted once, in one shuffled order, so a rater cannot tell which engine
made which. ``key.jsonl`` records each question's ``origins``; ``quality_tally.py``
reports every origin's share.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from readquiz.english.dates import format_date

SEEDS = (1, 2)
LETTERS = "ABCDE"


def paragraphs(text: str) -> list[str]:
    """Numbered paragraphs as readquiz numbers them: blank-line blocks, '## ' headings skipped."""
    blocks = [" ".join(b.split()) for b in text.replace("\r\n", "\n").split("\n\n")]
    return [b for b in blocks if b and not b.startswith("## ")]


def generate(readquiz: str, article: Path, seed: int) -> list[dict[str, Any]]:
    """Every question readquiz makes for ``article`` under ``seed``."""
    out = subprocess.run(
        [readquiz, "generate", str(article), "--format", "json", "--count", "200"]
        + ["--seed", str(seed)],
        capture_output=True,
        text=True,
        check=True,
    )
    questions: list[dict[str, Any]] = json.loads(out.stdout)["questions"]
    return questions


def signature(q: dict[str, Any]) -> str:
    """What makes two questions the same to a rater: what the rater reads of them."""
    return "\n".join(render_question("", q))


def sample(questions: list[dict[str, Any]], limit: int, rng: random.Random) -> list[dict[str, Any]]:
    """At most ``limit`` questions, round-robin over templates, random within each."""
    by_template: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in questions:
        by_template[q["template"]].append(q)
    for group in by_template.values():
        rng.shuffle(group)
    picked: list[dict[str, Any]] = []
    while len(picked) < limit and any(by_template.values()):
        for name in sorted(by_template):
            if by_template[name] and len(picked) < limit:
                picked.append(by_template[name].pop())
    rng.shuffle(picked)
    return picked


def render_question(qid: str, q: dict[str, Any]) -> list[str]:
    """One question as the rater reads it."""
    lines = [f"### {qid}", "", f"Stem: {q['prompt']}"]
    if q["format"] == "choice":
        for letter, choice in zip(LETTERS, q["choices"], strict=False):
            lines.append(f"  {letter}. {choice}")
        key = LETTERS[q["choices"].index(str(q["answer"]))]
        lines.append(f"Key: {key} ({q['answer']})")
    elif q["format"] == "truefalse":
        lines.append("Answer True or False.")
        lines.append(f"Key: {q['answer']}")
    elif q["format"] == "numeric":
        from readquiz.questions.display import amount_words, range_words
        from readquiz.questions.model import Question

        # As the quiz and the worksheet word it: "1953", never "1953 year" or "±0 year".
        question = Question.from_dict(q)
        lines.append("Type a number.")
        lines.append(f"Key: {amount_words(question)}")
        if q.get("answer_text") and q["answer_text"] != amount_words(question):
            lines.append(f"Key in words: {q['answer_text']}")
        if q["approx"] not in (None, "exact"):
            lines.append(f"The article's figure is approximate ({q['approx']}).")
        band = range_words(question)
        lines.append(f"Accepted: {band}" if band else "Accepted: exactly this figure")
    elif q["format"] == "short":
        lines.append("Type a short answer.")
        lines.append(f"Key: {q['answer']}")
        if q["accept"]:
            lines.append("Also accepted: " + "; ".join(q["accept"]))
        lines.append(
            "(Typing is checked leniently: case, a leading article, small typos, and the "
            "order of names joined by “and”.)"
        )
    else:
        lines.append("Open answer (written, graded by the teacher).")
        lines.append(f"Model answer: {q['answer']}")
    ev = q["evidence"]
    lines.append(f"Cited evidence: paragraph {ev['paragraph']}: “{ev['quote']}”")
    for extra in q.get("also_evidence") or []:
        lines.append(f"Also cited: paragraph {extra['paragraph']}: “{extra['quote']}”")
    lines.append("")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--readquiz",
        required=True,
        action="append",
        help="the readquiz executable to measure, or LABEL=PATH (repeat to compare engines)",
    )
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--per-article", type=int, default=45)
    parser.add_argument("--prefix", default="Q", help="opaque id prefix")
    parser.add_argument("articles", nargs="+", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261202)
    engines = [
        tuple(spec.split("=", 1)) if "=" in spec else ("engine", spec) for spec in args.readquiz
    ]
    md: list[str] = [
        "# Questions to rate",
        "",
        "Each article's numbered paragraphs come first, then its questions.",
        "",
    ]
    keys: list[dict[str, Any]] = []
    n = 0
    for path in args.articles:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        origins: dict[str, list[str]] = defaultdict(list)
        merged: dict[str, dict[str, Any]] = {}
        available: dict[str, int] = {}
        for label, readquiz in engines:
            seen: dict[str, dict[str, Any]] = {}
            for seed in SEEDS:
                for q in generate(readquiz, path, seed):
                    seen.setdefault(signature(q), q)
            available[label] = len(seen)
            # The same draw for every engine: where the engines agree, so do the samples.
            draw = random.Random(f"20261202:{data['id']}")
            for q in sample(sorted(seen.values(), key=signature), args.per_article, draw):
                sig = signature(q)
                merged.setdefault(sig, q)
                origins[sig].append(label)
        picked = list(merged.values())
        rng.shuffle(picked)
        md += [f"## Article: {data['title']}", ""]
        if data.get("published"):
            # the quiz and the worksheet print the article's date above its text; a
            # relative time ("this month") is answered from it
            day = data["published"]
            day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))
            md += [f"Published {format_date(day)}", ""]
        for i, para in enumerate(paragraphs(data["text"]), start=1):
            md += [f"[{i}] {para}", ""]
        md += ["", f"## Questions on: {data['title']}", ""]
        for q in picked:
            n += 1
            qid = f"{args.prefix}{n:03d}"
            md += render_question(qid, q)
            keys.append(
                {
                    "qid": qid,
                    "article": data["id"],
                    "question": q["id"],
                    "type": q["type"],
                    "format": q["format"],
                    "template": q["template"],
                    "available": available,
                    "origins": origins[signature(q)],
                }
            )
    (args.out / "packet.md").write_text("\n".join(md), encoding="utf-8")
    with (args.out / "key.jsonl").open("w", encoding="utf-8") as fh:
        for row in keys:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{n} questions from {len(args.articles)} articles -> {args.out}")


if __name__ == "__main__":
    main()
