"""The synthetic training corpus: deterministic, labelled within the schema, labels follow the rules."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "training"
sys.path.insert(0, str(TRAINING))

import labels  # noqa: E402
import make_corpus  # noqa: E402
from split import split  # noqa: E402

SLOT_NAMES = set(json.loads((TRAINING / "corpus" / "slots.json").read_text())) - {"about"} | {
    "sender",
    "sender_first",
    "last_initial",
    "title",
    "weekday",
}


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, Any]]:
    return make_corpus.generate(13)


@pytest.fixture(scope="module")
def blocks() -> dict[str, Any]:
    return make_corpus.load_blocks()


def run_generator(out: Path, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, str(TRAINING / "make_corpus.py"), "--out", str(out), *args],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_generator_writes_the_same_bytes_for_the_same_seed(tmp_path: Path) -> None:
    run_generator(tmp_path / "a.jsonl", "--seed", "13", "--limit", "400")
    run_generator(tmp_path / "b.jsonl", "--seed", "13", "--limit", "400")
    assert sha(tmp_path / "a.jsonl") == sha(tmp_path / "b.jsonl")


def test_a_different_seed_gives_a_different_corpus(tmp_path: Path) -> None:
    run_generator(tmp_path / "a.jsonl", "--seed", "13", "--limit", "100")
    run_generator(tmp_path / "b.jsonl", "--seed", "14", "--limit", "100")
    assert sha(tmp_path / "a.jsonl") != sha(tmp_path / "b.jsonl")


def test_a_200_example_sample_is_written_in_well_under_ten_seconds(tmp_path: Path) -> None:
    elapsed = run_generator(tmp_path / "s.jsonl", "--seed", "13", "--limit", "200")
    lines = (tmp_path / "s.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 200
    assert elapsed < 5


def test_the_corpus_is_between_four_and_eight_thousand_unique_examples(corpus: list[dict[str, Any]]) -> None:
    assert 4000 <= len(corpus) <= 8000
    assert len({r["id"] for r in corpus}) == len(corpus)
    assert len({r["text"] for r in corpus}) == len(corpus)


def test_every_record_follows_the_schema(corpus: list[dict[str, Any]]) -> None:
    for r in corpus:
        assert r["kind"] == "synthetic"
        assert r["channel"] in ("linkedin", "email", "unknown")
        assert r["text"].strip() == r["text"] and r["text"]
        e = r["expected"]
        assert set(e) == {"flags", "asks", "relationship", "verdict"}
        assert set(e["flags"]) <= set(labels.FLAGS) and len(set(e["flags"])) == len(e["flags"])
        assert e["asks"] and set(e["asks"]) <= set(labels.ASKS)
        assert e["asks"] == ["none"] or "none" not in e["asks"]
        assert e["relationship"] in labels.RELATIONSHIPS
        assert e["verdict"] in labels.VERDICTS
        if "context" in r:
            assert r["context"]["relationship"] in labels.RELATIONSHIPS
            for h in r["context"].get("history", []):
                assert h["outcome"] in ("positive", "neutral", "negative")


def test_every_label_follows_from_its_recipe(corpus: list[dict[str, Any]], blocks: dict[str, Any]) -> None:
    for r in corpus:
        assert r["expected"] == labels.expected_of(r["recipe"], r.get("context"), blocks), r["id"]


def test_negative_history_comes_only_from_a_negative_entry_in_context(corpus: list[dict[str, Any]]) -> None:
    for r in corpus:
        negative = any(h["outcome"] == "negative" for h in r.get("context", {}).get("history", []))
        assert ("negative_history" in r["expected"]["flags"]) == negative, r["id"]


def test_verdicts_agree_with_the_flags(corpus: list[dict[str, Any]], blocks: dict[str, Any]) -> None:
    for r in corpus:
        flags, verdict = set(r["expected"]["flags"]), r["expected"]["verdict"]
        scam = any(labels.category(blocks, b) == "scam" for b in r["recipe"]["bodies"])
        if not flags:
            assert verdict == "accept", r["id"]
        elif flags == {"premature_ask"}:
            assert verdict == "redirect", r["id"]
        elif scam:
            assert verdict == "ignore", r["id"]
        elif "negative_history" in flags:
            assert verdict == "decline", r["id"]
        else:
            assert verdict in ("decline", "ignore"), r["id"]
        if verdict == "ignore":
            assert scam or r["expected"]["relationship"] == "stranger", r["id"]


def test_selling_from_strangers_is_ignored_only_when_impersonal(corpus: list[dict[str, Any]]) -> None:
    for r in corpus:
        e = r["expected"]
        if e["flags"] == ["selling"] and e["relationship"] == "stranger":
            impersonal = not r["recipe"]["personal"] or bool(r["recipe"]["bulk_signs"])
            assert e["verdict"] == ("ignore" if impersonal else "decline"), r["id"]


def test_favours_between_people_who_know_each_other_are_not_premature(
    corpus: list[dict[str, Any]], blocks: dict[str, Any]
) -> None:
    for r in corpus:
        kinds = {labels.category(blocks, b) for b in r["recipe"]["bodies"]}
        if r["expected"]["relationship"] == "known":
            assert "premature_ask" not in r["expected"]["flags"], r["id"]
        if kinds == {"favour"} and r["expected"]["relationship"] != "known":
            assert "premature_ask" in r["expected"]["flags"], r["id"]


def test_alumni_advice_chats_and_small_questions_are_accepted(corpus: list[dict[str, Any]]) -> None:
    families = Counter()
    for r in corpus:
        family = r["recipe"]["family"].split("/")[1]
        if family in ("alumni_advice", "small_question") and "context" not in r:
            families[family] += 1
            assert r["expected"]["verdict"] == "accept", r["id"]
    assert families["alumni_advice"] > 50 and families["small_question"] > 50


def test_every_flag_combination_and_a_realistic_verdict_mix_are_present(corpus: list[dict[str, Any]]) -> None:
    combos = Counter(frozenset(r["expected"]["flags"]) for r in corpus)
    assert len(combos) == 16
    verdicts = Counter(r["expected"]["verdict"] for r in corpus)
    shares = {v: verdicts[v] / len(corpus) for v in labels.VERDICTS}
    assert 0.25 <= shares["accept"] <= 0.35 and 0.25 <= shares["ignore"] <= 0.35
    assert 0.15 <= shares["redirect"] <= 0.25 and 0.15 <= shares["decline"] <= 0.25
    with_context = sum("context" in r for r in corpus) / len(corpus)
    assert 0.07 <= with_context <= 0.13
    assert set(labels.ASKS) <= {a for r in corpus for a in r["expected"]["asks"]}


def test_no_slot_of_our_own_is_left_unfilled(corpus: list[dict[str, Any]]) -> None:
    for r in corpus:
        for name in SLOT_NAMES:
            assert "{{" + name + "}}" not in r["text"], (r["id"], name)


def test_the_held_out_split_shares_no_body_template_with_training(corpus: list[dict[str, Any]]) -> None:
    train, heldout = split(corpus)
    assert 0.10 <= len(heldout) / len(corpus) <= 0.22
    train_bodies = {b for r in train for b in r["recipe"]["bodies"]}
    assert not train_bodies & {b for r in heldout for b in r["recipe"]["bodies"]}
    assert {r["expected"]["verdict"] for r in heldout} == set(labels.VERDICTS)
