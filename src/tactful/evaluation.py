"""Scores of predictions against hand labels: per-flag precision/recall/F1, verdicts, asks, ties.

Pure: takes (expected, predicted) pairs and returns a report dict whose keys are documented in
docs/json.md.  Both labelled and predicted asks are mapped onto the evaluation data's ask list
before comparing: `coffee` counts as `meeting`, `mentoring` as `advice`; `partnership` has no
counterpart there and is left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tactful.models import FLAGS, VERDICTS
from tactful.records import Expected

ASK_MAP = {"coffee": "meeting", "mentoring": "advice", "partnership": None}


@dataclass(frozen=True)
class Prediction:
    """What tactful said about one record, in the label schema's terms."""

    flags: frozenset[str]
    asks: frozenset[str]
    relationship: str
    verdict: str


def schema_asks(kinds: Iterable[str]) -> frozenset[str]:
    """Predicted ask kinds mapped onto the label schema (`none` when nothing is left)."""
    mapped = {ASK_MAP.get(k, k) for k in kinds if k != "none"}
    mapped.discard(None)
    return frozenset(k for k in mapped if k) or frozenset({"none"})


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(pairs: Sequence[tuple[str, Expected, Prediction]]) -> dict[str, object]:
    """The evaluation report for (id, expected, predicted) triples."""
    flags: dict[str, dict[str, float | int]] = {}
    for flag in FLAGS:
        tp = sum(1 for _, e, p in pairs if flag in e.flags and flag in p.flags)
        fp = sum(1 for _, e, p in pairs if flag not in e.flags and flag in p.flags)
        fn = sum(1 for _, e, p in pairs if flag in e.flags and flag not in p.flags)
        precision, recall, f1 = _prf(tp, fp, fn)
        flags[flag] = {"precision": round(precision, 4), "recall": round(recall, 4),
                       "f1": round(f1, 4), "support": tp + fn, "predicted": tp + fp}
    scored = [f for f in FLAGS if flags[f]["support"] or flags[f]["predicted"]]
    macro = sum(float(flags[f]["f1"]) for f in scored) / len(scored) if scored else 0.0

    confusion: dict[str, dict[str, int]] = {e: {p: 0 for p in VERDICTS} for e in VERDICTS}
    for _, e, p in pairs:
        confusion[e.verdict][p.verdict] += 1
    n = len(pairs)
    a_tp = sum(len(e.asks & p.asks) for _, e, p in pairs)
    a_fp = sum(len(p.asks - e.asks) for _, e, p in pairs)
    a_fn = sum(len(e.asks - p.asks) for _, e, p in pairs)
    benign = [(e, p) for _, e, p in pairs if not e.flags]
    return {
        "n": n,
        "flags": flags,
        "macro_f1": round(macro, 4),
        "macro_f1_flags": scored,
        "verdict_accuracy": round(sum(e.verdict == p.verdict for _, e, p in pairs) / n, 4) if n else 0.0,
        "verdict_confusion": confusion,
        "asks_micro_f1": round(_prf(a_tp, a_fp, a_fn)[2], 4),
        "relationship_accuracy": round(
            sum(e.relationship == p.relationship for _, e, p in pairs) / n, 4) if n else 0.0,
        "benign_flagged_rate": round(sum(1 for _, p in benign if p.flags) / len(benign), 4)
        if benign else 0.0,
    }


def misses(pairs: Sequence[tuple[str, Expected, Prediction]]) -> list[dict[str, object]]:
    """Each record where a field differs from its label, with both values."""
    out: list[dict[str, object]] = []
    for rid, e, p in pairs:
        for field in ("flags", "verdict", "asks", "relationship"):
            want, got = getattr(e, field), getattr(p, field)
            if want != got:
                out.append({"id": rid, "field": field, "expected": _plain(want), "predicted": _plain(got)})
    return out


def _plain(value: object) -> object:
    return sorted(value) if isinstance(value, frozenset) else value


__all__ = ["Prediction", "misses", "schema_asks", "score"]
