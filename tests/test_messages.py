"""The hand-written training messages: every record sound, the split stable, heads read from labels."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "training"
sys.path.insert(0, str(TRAINING))

import messages  # noqa: E402


def _record(rid: str, text: str, flags: list[str], verdict: str, asks: list[str] | None = None,
            relationship: str = "stranger", category: str = "") -> dict[str, Any]:
    return {"id": rid, "channel": "email", "text": text, "category": category,
            "expected": {"flags": flags, "asks": asks or ["none"], "relationship": relationship,
                         "verdict": verdict}}


def test_every_shipped_message_is_sound_and_the_split_files_match_it(tmp_path: Path) -> None:
    records = messages.load()
    assert len(records) > 1000
    assert messages.main(["--out", str(tmp_path)]) == 0
    train = (tmp_path / "messages-train.jsonl").read_text(encoding="utf-8")
    heldout = (tmp_path / "messages-heldout.jsonl").read_text(encoding="utf-8")
    assert train == (TRAINING / "messages-train.jsonl").read_text(encoding="utf-8")
    assert heldout == (TRAINING / "messages-heldout.jsonl").read_text(encoding="utf-8")
    held = [json.loads(line) for line in heldout.splitlines()]
    assert 0.10 < len(held) / len(records) < 0.20
    assert {r["id"] for r in held}.isdisjoint(json.loads(line)["id"] for line in train.splitlines())


@pytest.mark.parametrize("record,problem", [
    (_record("x1", "Buy our tool today.", ["selling"], "accept", ["purchase"]), "verdict 'accept'"),
    (_record("x2", "Refer me please.", ["premature_ask"], "decline", ["referral"]), "verdict 'decline'"),
    (_record("x3", "Hi.", [], "accept", ["none", "call"]), "asks"),
    (_record("x4", "Hi.", ["negative_history"], "decline"), "flags"),
    (_record("x5", "Hi.", [], "accept", relationship="cousin"), "relationship"),
])
def test_a_record_that_breaks_the_rules_is_named(record: dict[str, Any], problem: str) -> None:
    assert any(problem in p for p in messages.problems(record))


def test_load_stops_at_a_duplicate_naming_file_and_id(tmp_path: Path) -> None:
    a = _record("d1", "Thanks for the talk last night!", [], "accept")
    b = _record("d2", "Thanks  for the talk last night!", [], "accept")
    (tmp_path / "batch-01.jsonl").write_text(json.dumps(a) + "\n" + json.dumps(b) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"batch-01\.jsonl: d2: duplicate text"):
        messages.load(tmp_path)


def test_heads_follow_the_labels() -> None:
    scam = _record("h1", "Earn $300 a day liking posts.", ["reputation_risk"], "ignore", ["job"],
                   category="task scam framed as recruiting")
    vouch = _record("h2", "Could you vouch for me?", ["reputation_risk", "premature_ask"], "ignore",
                    ["endorsement"], category="stranger asks to vouch blind")
    bulk = _record("h3", "Dear business owner, 20% off SEO.", ["selling"], "ignore", ["purchase"])
    alum = _record("h4", "Fellow alum: 15 minutes for advice?", [], "accept", ["call", "advice"], "weak_tie")
    assert messages.heads_of_labels(scam) == {"reputation_risk", "scam"}
    assert messages.heads_of_labels(vouch) == {"reputation_risk", "favour"}
    assert messages.heads_of_labels(bulk) == {"selling", "bulk"}
    assert messages.heads_of_labels(alum) == {"favour", "personalised"}
