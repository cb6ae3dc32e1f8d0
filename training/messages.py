"""Whole messages written by hand for the project, checked against the labelling rules and split.

    python training/messages.py [--dir training/messages] [--stats]

The composed corpus (make_corpus.py) varies framing around short request bodies; real mail also
runs as one connected story, with its own turns of phrase.  `training/messages/*.jsonl` holds such
messages, each written here as a whole and labelled by the rules of data/README.md (the same
schema as the evaluation data, plus a free-text `category`).  This script checks every record
(labels from the allowed sets, a verdict that follows from the flags, no duplicate id or text)
and writes two files by a stable hash of the id, ~15% held out:

    training/messages-train.jsonl      read by train.py, next to the composed corpus
    training/messages-heldout.jsonl    never trained on; scored with `tactful eval`

The model's heads are read from the labels here (`heads_of_labels`), where the composed corpus
reads them from its recipes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from tactful.models import ASKS, CHANNELS, FLAGS, RELATIONSHIPS, VERDICTS  # noqa: E402

MESSAGES_DIR = HERE / "messages"
HELDOUT_SHARE = 0.15
TEXT_FLAGS = frozenset(FLAGS) - {"negative_history"}
FAVOUR_ASKS = frozenset({"referral", "intro", "review", "endorsement", "advice"})
# Categories of integrity asks (vouching, lying, paying for a referral): risky, but not a scam.
_INTEGRITY = re.compile(r"vouch|reference|referral|endorse|review|recommend|proxy|lie|integrity", re.I)
_SCAM = re.compile(r"scam|fraud|phish|mule|advance|crypto|impersonat|fake|task|mlm|pyramid|"
                   r"award|pay.to|forex|invest|romance|account", re.I)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Records of a JSONL file; an unreadable line names the file and line."""
    records = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not JSON ({exc})") from exc
    return records


def allowed_verdicts(flags: set[str]) -> set[str]:
    """The verdicts the rules allow (bulk or personalised, scam or integrity ask: the writer's call)."""
    if not flags:
        return {"accept"}
    if flags == {"premature_ask"}:
        return {"redirect"}
    return {"decline", "ignore"}  # personalised selling or an integrity ask; bulk selling, scams


def problems(record: dict[str, Any]) -> list[str]:
    """What is wrong with one record, as short phrases (empty when it is sound)."""
    found = []
    exp = record.get("expected") or {}
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        found.append("no text")
    if record.get("channel") not in CHANNELS:
        found.append(f"channel {record.get('channel')!r}")
    flags = set(exp.get("flags", ()))
    if not flags <= TEXT_FLAGS:
        found.append(f"flags {sorted(flags - TEXT_FLAGS)}")
    asks = set(exp.get("asks", ()))
    if not asks or not asks <= set(ASKS) or ("none" in asks and len(asks) > 1):
        found.append(f"asks {sorted(asks)}")
    if exp.get("relationship") not in RELATIONSHIPS:
        found.append(f"relationship {exp.get('relationship')!r}")
    verdict = exp.get("verdict")
    if verdict not in VERDICTS or verdict not in allowed_verdicts(flags):
        found.append(f"verdict {verdict!r} does not follow from flags {sorted(flags)}")
    return found


def heads_of_labels(record: dict[str, Any]) -> frozenset[str]:
    """The model's heads for a hand-written message, read from its labels (see train.py)."""
    exp = record["expected"]
    flags, asks, verdict = set(exp["flags"]), set(exp["asks"]), exp["verdict"]
    heads = set()
    if "selling" in flags:
        heads.add("selling")
    if "reputation_risk" in flags:
        heads.add("reputation_risk")
        category = str(record.get("category", ""))
        if verdict == "ignore" and (_SCAM.search(category) or not _INTEGRITY.search(category)):
            heads.add("scam")
    pitch = bool(flags & {"selling", "reputation_risk"})
    if "premature_ask" in flags or (not pitch and asks & FAVOUR_ASKS):
        heads.add("favour")
    if verdict == "ignore" and "selling" in flags and "reputation_risk" not in flags:
        heads.add("bulk")
    elif verdict != "ignore":
        heads.add("personalised")
    return frozenset(heads)


def side(record: dict[str, Any]) -> str:
    """'heldout' for ~15% of records by a stable hash of the id, else 'train'."""
    digest = hashlib.sha256(str(record["id"]).encode("utf-8")).digest()
    return "heldout" if int.from_bytes(digest[:4], "big") % 100 < HELDOUT_SHARE * 100 else "train"


def load(directory: Path = MESSAGES_DIR) -> list[dict[str, Any]]:
    """Every hand-written message, checked; stops naming the file, id and problem."""
    records: list[dict[str, Any]] = []
    seen_ids: set[str] = set()
    seen_texts: set[str] = set()
    for path in sorted(directory.glob("*.jsonl")):
        for record in read_jsonl(path):
            where = f"{path.name}: {record.get('id')}"
            issues = problems(record)
            if record.get("id") in seen_ids:
                issues.append("duplicate id")
            text = " ".join(str(record.get("text", "")).split()).lower()
            if text in seen_texts:
                issues.append("duplicate text")
            if issues:
                raise SystemExit(f"{where}: {'; '.join(issues)}")
            seen_ids.add(record["id"])
            seen_texts.add(text)
            records.append(record)
    return records


def stats(records: Iterable[dict[str, Any]]) -> str:
    """Counts per flag, ask, relationship, verdict and channel."""
    counts: dict[str, Counter[str]] = {k: Counter() for k in ("flags", "asks", "relationship",
                                                              "verdict", "channel")}
    for r in records:
        exp = r["expected"]
        counts["flags"].update(exp["flags"] or ["(none)"])
        counts["asks"].update(exp["asks"])
        counts["relationship"][exp["relationship"]] += 1
        counts["verdict"][exp["verdict"]] += 1
        counts["channel"][r["channel"]] += 1
    return "\n".join(f"{k}: " + ", ".join(f"{n} {v}" for n, v in sorted(c.items(), key=lambda x: -x[1]))
                     for k, c in counts.items())


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """Records as JSON lines."""
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Check the messages and write the train and held-out files."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=MESSAGES_DIR)
    parser.add_argument("--out", type=Path, default=HERE, help="where the two files are written")
    parser.add_argument("--stats", action="store_true")
    args = parser.parse_args(argv)
    records = load(args.dir)
    train = [r for r in records if side(r) == "train"]
    heldout = [r for r in records if side(r) == "heldout"]
    write_jsonl(args.out / "messages-train.jsonl", train)
    write_jsonl(args.out / "messages-heldout.jsonl", heldout)
    print(f"{len(records)} messages: train {len(train)}, held-out {len(heldout)}", file=sys.stderr)
    if args.stats:
        print(stats(records))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
