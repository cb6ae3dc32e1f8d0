"""Split the corpus into training and held-out files by template, not by row.

    python training/split.py [--corpus training/corpus.jsonl]

Each body group's variants (and detail sentences) were partitioned once by a stable hash into a
training side and a held-out side (~15%, see make_corpus.heldout_indices); an example belongs to
the side of the body variant it was built from. So no held-out example shares its body sentence
with a training example, and a model scored on the held-out file is scored on sentences it never
saw. Greetings, openers, closers and sign-offs are shared: they are framing, not the request.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Records of a JSONL file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def body_templates(records: list[dict[str, Any]]) -> set[str]:
    """The body and detail block ids the records were built from."""
    return {b for r in records for b in [*r["recipe"]["bodies"], *r["recipe"]["details"]]}


def split(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Train and held-out records; raises if a body template lands on both sides."""
    train = [r for r in records if r["recipe"]["side"] == "train"]
    heldout = [r for r in records if r["recipe"]["side"] == "heldout"]
    shared = body_templates(train) & body_templates(heldout)
    if shared:
        raise ValueError(f"body templates on both sides: {sorted(shared)[:5]}")
    return train, heldout


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    """Write records as JSON lines."""
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description="Split the corpus by template side.")
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus.jsonl")
    args = parser.parse_args(argv)
    records = read_jsonl(args.corpus)
    train, heldout = split(records)
    stem = args.corpus.with_suffix("")
    write_jsonl(Path(f"{stem}-train.jsonl"), train)
    write_jsonl(Path(f"{stem}-heldout.jsonl"), heldout)
    print(f"train {len(train)}, held-out {len(heldout)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
