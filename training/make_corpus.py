"""Compose the hand-written blocks in training/corpus/ into a labelled synthetic corpus.

    python training/make_corpus.py --seed 13 --out training/corpus.jsonl [--limit N] [--stats] [--split]

Deterministic for a seed (one `random.Random(seed)`, no network, stdlib only). Every example
carries a `recipe` naming its blocks, and its `expected` labels are derived from that recipe by
training/labels.py, which applies the rules of data/README.md. Body variants (and their detail
sentences) are partitioned once into a training side and a held-out side (~15% of each group),
so `--split` can write a held-out file that shares no body sentence with the training file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from random import Random
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from labels import (
    ASKS,
    FLAGS,
    RELATIONSHIPS,
    VERDICTS,
    expected_of,
)
from plan import plan_specs
from render import render_text
from split import split as split_by_template

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
HELDOUT_SHARE = 0.15
BODY_FILES = ("requests_benign", "requests_favour", "requests_selling", "requests_risk")


def load_blocks(corpus_dir: Path = CORPUS_DIR) -> dict[str, Any]:
    """Read every block file, keyed by file stem."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(corpus_dir.glob("*.json"))}


def stable_hash(text: str) -> int:
    """A hash that does not change between runs (unlike hash())."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def heldout_indices(group_key: str, items: list[Any]) -> frozenset[int]:
    """The indices of a group's items kept for the held-out side: ~15%, at least one if >2."""
    if len(items) < 3:
        return frozenset()
    count = max(1, round(HELDOUT_SHARE * len(items)))
    ranked = sorted(range(len(items)), key=lambda i: stable_hash(f"{group_key}#{i}:{items[i]}"))
    return frozenset(ranked[:count])


def partition(blocks: dict[str, Any]) -> dict[str, dict[str, list[int]]]:
    """For each body group: variant and detail indices on each side."""
    sides: dict[str, dict[str, list[int]]] = {}
    for file in BODY_FILES:
        for group, data in blocks[file]["groups"].items():
            key = f"{file}/{group}"
            held_v = heldout_indices(key, data["variants"])
            details = data.get("details", [])
            held_d = heldout_indices(key + ".details", details)
            sides[key] = {
                "train": [i for i in range(len(data["variants"])) if i not in held_v],
                "heldout": sorted(held_v),
                "train_details": [i for i in range(len(details)) if i not in held_d],
                "heldout_details": sorted(held_d),
            }
    return sides


def make_context(rng: Random, kind: str, text_rel: str) -> dict[str, Any]:
    """The user's own records about the sender: history and reputation notes."""
    notes = json.loads((CORPUS_DIR / "context.json").read_text(encoding="utf-8"))

    def when() -> str:
        return f"{rng.randint(2021, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    context: dict[str, Any]
    if kind == "negative":
        rel = "acquaintance" if text_rel == "stranger" else text_rel
        history = [{"date": when(), "outcome": "negative", "note": rng.choice(notes["history_negative"])}]
        if rng.random() < 0.35:
            history.insert(
                0, {"date": when(), "outcome": "neutral", "note": rng.choice(notes["history_neutral"])}
            )
        history.sort(key=lambda h: h["date"])
        context = {"relationship": rel, "history": history}
    elif kind == "reputation":
        note = dict(rng.choice(notes["reputation"]))
        context = {"relationship": text_rel, "reputation": [note]}
    elif kind == "positive":
        picks = rng.sample(notes["history_positive"], rng.choice((1, 2)))
        history = sorted(
            ({"date": when(), "outcome": "positive", "note": n} for n in picks), key=lambda h: h["date"]
        )
        context = {"relationship": "known", "history": history}
    else:  # neutral: says how they met, changes nothing that matters
        rel = "acquaintance" if text_rel == "stranger" else text_rel
        context = {
            "relationship": rel,
            "history": [{"date": when(), "outcome": "neutral", "note": rng.choice(notes["history_neutral"])}],
        }
    return context


def build_example(
    rng: Random, spec: dict[str, Any], blocks: dict[str, Any], sides: dict[str, dict[str, list[int]]]
) -> dict[str, Any]:
    """One labelled example from a plan spec."""
    text, recipe = render_text(rng, spec, blocks, sides)
    context = make_context(rng, spec["context"], recipe["text_relationship"]) if spec.get("context") else None
    record: dict[str, Any] = {"id": "", "channel": recipe.pop("channel"), "text": text, "kind": "synthetic"}
    if context:
        record["context"] = context
    record["expected"] = expected_of(recipe, context, blocks)
    record["recipe"] = recipe
    return record


def generate(seed: int, limit: int | None = None) -> list[dict[str, Any]]:
    """The whole corpus for a seed, shuffled, with stable ids; the first `limit` if given."""
    rng = Random(seed)
    blocks = load_blocks()
    sides = partition(blocks)
    specs = plan_specs(rng)
    records = [build_example(rng, spec, blocks, sides) for spec in specs]
    records = dedupe(records)
    rng.shuffle(records)
    if limit is not None:
        records = records[:limit]
    for i, record in enumerate(records, 1):
        record["id"] = f"syn-{seed}-{i:05d}"
    return records


def dedupe(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop exact text repeats (short LinkedIn notes can collide), keeping the first."""
    seen: set[str] = set()
    kept = []
    for record in records:
        if record["text"] not in seen:
            seen.add(record["text"])
            kept.append(record)
    return kept


def dumps(record: dict[str, Any]) -> str:
    """One JSONL line; key order is fixed by construction."""
    return json.dumps(record, ensure_ascii=False)


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    """Write records as JSON lines with '\\n' endings, UTF-8."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(dumps(record) + "\n")


def stats(records: list[dict[str, Any]]) -> str:
    """A plain-text table of label counts, for the model card."""
    n = len(records)
    lines = [f"examples: {n}"]

    def table(title: str, counter: Counter[str], order: tuple[str, ...] | list[str]) -> None:
        lines.append(f"\n{title}:")
        for key in order:
            if counter.get(key):
                lines.append(f"  {key:<38} {counter[key]:>5}  {100 * counter[key] / n:5.1f}%")

    exp = [r["expected"] for r in records]
    table("verdict", Counter(e["verdict"] for e in exp), VERDICTS)
    table("flag (examples carrying it)", Counter(f for e in exp for f in e["flags"]), FLAGS)
    combos = Counter("+".join(e["flags"]) or "(none)" for e in exp)
    table("flag combination", combos, sorted(combos, key=lambda k: (-combos[k], k)))
    table("ask (examples carrying it)", Counter(a for e in exp for a in e["asks"]), ASKS)
    table("relationship", Counter(e["relationship"] for e in exp), RELATIONSHIPS)
    table("channel", Counter(r["channel"] for r in records), ("linkedin", "email", "unknown"))
    ctx = Counter(
        (
            "negative history"
            if any(h["outcome"] == "negative" for h in r["context"].get("history", []))
            else "reputation note"
            if r["context"].get("reputation")
            else "known, positive history"
            if r["context"]["relationship"] == "known"
            else "neutral history"
        )
        for r in records
        if "context" in r
    )
    table("context (the user's records)", ctx, sorted(ctx))
    table("side", Counter(r["recipe"]["side"] for r in records), ("train", "heldout"))
    table(
        "noise", Counter("sloppy" if r["recipe"]["noise"] else "clean" for r in records), ("clean", "sloppy")
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "corpus.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="write only the first N examples")
    parser.add_argument("--stats", action="store_true", help="print label counts")
    parser.add_argument(
        "--split",
        action="store_true",
        help="also write <out>-train.jsonl and <out>-heldout.jsonl by template side",
    )
    args = parser.parse_args(argv)
    records = generate(args.seed, args.limit)
    write_jsonl(args.out, records)
    if args.split:
        train, heldout = split_by_template(records)
        stem = args.out.with_suffix("")
        write_jsonl(Path(f"{stem}-train.jsonl"), train)
        write_jsonl(Path(f"{stem}-heldout.jsonl"), heldout)
    if args.stats:
        print(stats(records))
    else:
        print(f"wrote {len(records)} examples to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
