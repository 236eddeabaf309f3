"""Tally two blind raters' verdicts on a packet made by ``quality_packet.py``.

A question counts as acceptable only when both raters accept it (../shared/QUALITY.md).
Prints, as Markdown: the share accepted overall, per type, per format and per template;
each deficiency's share (flagged by either rater); Cohen's kappa on accept/reject; and
the questions both raters rejected, with their notes.

A packet that compares engines (``quality_packet.py --readquiz before=… --readquiz
after=…``) is tallied per origin too: each engine's share over the questions it made
(a question both made counts for both).

Usage: python benchmarks/quality_tally.py PACKET_DIR RATER1.jsonl RATER2.jsonl
Each rater file has one JSON object per line:
``{"qid": "Q001", "verdict": "accept" | "reject", "flags": [...], "note": "..."}``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The objects of a JSON-lines file, blank lines skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def kappa(a: list[bool], b: list[bool]) -> float:
    """Cohen's kappa of two raters' yes/no verdicts on the same items."""
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def share_table(title: str, groups: dict[str, list[bool]]) -> list[str]:
    """A Markdown table of accepted shares by group."""
    lines = [f"### By {title}", "", f"| {title} | accepted | n |", "|---|---|---|"]
    for name in sorted(groups, key=lambda g: (-len(groups[g]), g)):
        ok = groups[name]
        lines.append(f"| {name} | {100 * sum(ok) / len(ok):.0f} % | {len(ok)} |")
    return [*lines, ""]


def summary(
    title: str,
    rated: list[str],
    keys: dict[str, dict[str, Any]],
    r1: dict[str, dict[str, Any]],
    r2: dict[str, dict[str, Any]],
) -> list[str]:
    """The accepted share, the deficiencies and the per-group shares over ``rated``."""
    ok1 = [r1[q]["verdict"] == "accept" for q in rated]
    ok2 = [r2[q]["verdict"] == "accept" for q in rated]
    both = {q: a and b for q, a, b in zip(rated, ok1, ok2, strict=True)}
    groups: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    flags: Counter[str] = Counter()
    for q in rated:
        for field in ("type", "format", "template", "article"):
            groups[field][keys[q][field]].append(both[q])
        for flag in set(r1[q].get("flags", [])) | set(r2[q].get("flags", [])):
            flags[flag] += 1
    n = len(rated)
    accepted = sum(both.values())
    out = [
        f"{title}**Accepted by both raters: {accepted} / {n} = {100 * accepted / n:.0f} %** "
        f"(rater 1: {100 * sum(ok1) / n:.0f} %, rater 2: {100 * sum(ok2) / n:.0f} %, "
        f"Cohen's kappa {kappa(ok1, ok2):.2f})",
        "",
        "### Deficiencies (flagged by either rater)",
        "",
        "| deficiency | questions | share |",
        "|---|---|---|",
    ]
    for flag, count in flags.most_common():
        out.append(f"| {flag} | {count} | {100 * count / n:.0f} % |")
    out.append("")
    for field in ("type", "format", "template", "article"):
        out += share_table(field, groups[field])
    return out


def main() -> None:
    packet, r1_path, r2_path = (Path(p) for p in sys.argv[1:4])
    keys = {row["qid"]: row for row in read_jsonl(packet / "key.jsonl")}
    r1 = {row["qid"]: row for row in read_jsonl(r1_path)}
    r2 = {row["qid"]: row for row in read_jsonl(r2_path)}
    missing = [q for q in keys if q not in r1 or q not in r2]
    if missing:
        print(f"warning: {len(missing)} questions lack a verdict: {', '.join(missing[:10])}")
    rated = [q for q in keys if q in r1 and q in r2]
    out = summary("", rated, keys, r1, r2)
    labels = sorted({label for q in rated for label in keys[q].get("origins", [])})
    if len(labels) > 1:
        for label in labels:
            mine = [q for q in rated if label in keys[q].get("origins", [])]
            out += [f"## Origin: {label}", ""]
            out += summary(f"{label}: ", mine, keys, r1, r2)
    out += ["### Rejected by both raters", ""]
    for q in rated:
        if r1[q]["verdict"] == "reject" and r2[q]["verdict"] == "reject":
            k = keys[q]
            out.append(
                f"- {q} `{k['question']}` ({k['format']}; {'+'.join(k.get('origins', []))}): "
                f"{', '.join(r1[q].get('flags', []))} / {', '.join(r2[q].get('flags', []))}"
                f" — {r1[q].get('note', '')} | {r2[q].get('note', '')}"
            )
    print("\n".join(out))


if __name__ == "__main__":
    main()
