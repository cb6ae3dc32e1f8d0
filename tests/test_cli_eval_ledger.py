"""`tactful eval` assesses each record's context through a temporary ledger, like the user's own."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tactful.cli import cli
from tactful.cli.evaluate import context_via_ledger, scratch_ledger
from tactful.records import read_records

from .conftest import DEV_SET

CALL = "Could we have a call next week? I'd love your take on my plans."


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def _record(rid: str, context: dict[str, object], verdict: str, relationship: str,
            flags: list[str]) -> dict[str, object]:
    return {"id": rid, "channel": "email", "text": CALL, "sender": {"name": "Pat Doe"},
            "context": context,
            "expected": {"flags": flags, "asks": ["call"], "relationship": relationship,
                         "verdict": verdict}}


def test_each_record_gets_its_own_person_in_the_ledger(tmp_path: Path) -> None:
    bad = {"relationship": "acquaintance",
           "history": [{"date": "2025-03-10", "outcome": "negative", "note": "Never paid me back."}]}
    good = {"history": [{"date": "2024-01-02", "outcome": "positive", "note": "Worked together."},
                        {"date": "2024-05-06", "outcome": "positive", "note": "Helped me move."}]}
    data = _write(tmp_path / "set.jsonl", [_record("bad", bad, "decline", "acquaintance",
                                                   ["negative_history"]),
                                           _record("good", good, "accept", "known", [])])
    records = list(read_records(data))
    with scratch_ledger() as ledger:
        contexts = [context_via_ledger(ledger, r, i) for i, r in enumerate(records)]
        assert len(ledger.list_people()) == 2  # same name, separate people
    assert contexts[0] is not None and [h.outcome for h in contexts[0].history] == ["negative"]
    assert contexts[1] is not None and contexts[1].relationship == "known"  # derived by the ledger
    assert [h.note for h in contexts[1].history] == ["Worked together.", "Helped me move."]
    result = json.loads(invoke("eval", str(data), "--json").output)
    assert result["verdict_accuracy"] == 1.0 and result["relationship_accuracy"] == 1.0


def test_eval_leaves_the_users_ledger_alone(tmp_path: Path, isolated_home: Path) -> None:
    ctx = {"relationship": "known"}
    data = _write(tmp_path / "set.jsonl", [_record("a", ctx, "accept", "known", [])])
    assert invoke("eval", str(data)).exit_code == 0
    assert not (isolated_home / "ledger.db").exists()


def test_an_undated_interaction_is_used_as_given(tmp_path: Path) -> None:
    ctx = {"history": [{"outcome": "negative", "note": "Rude."}]}
    data = _write(tmp_path / "set.jsonl", [_record("u", ctx, "decline", "acquaintance",
                                                   ["negative_history"])])
    r = CliRunner().invoke(cli, ["eval", str(data), "--details"])
    assert r.exit_code == 0 and "u: context kept out of the ledger" in r.stderr
    assert "Verdict accuracy:      1.000" in r.stdout


@pytest.mark.skipif(not DEV_SET.exists(), reason="the shared evaluation data is not beside the checkout")
def test_every_ctx_record_of_the_dev_set_keeps_its_expected_verdict() -> None:
    result = json.loads(invoke("eval", str(DEV_SET), "--json", "--details").output)
    ctx_ids = [json.loads(line)["id"] for line in DEV_SET.open() if "-ctx" in line.split(",")[0]]
    assert ctx_ids
    wrong = [m for m in result["misses"] if "-ctx" in m["id"] and m["field"] == "verdict"]
    assert wrong == []
