import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from tactful.cli import cli

from .conftest import CLASSMATE, DEV_SET


def invoke(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_check_prints_a_readable_report_with_marked_evidence() -> None:
    r = invoke("check", CLASSMATE, "--from", "Casey Morgan", "--channel", "linkedin")
    assert r.exit_code == 0
    assert "Verdict: REDIRECT" in r.output
    assert "premature_ask" in r.output
    # The ask's words are marked (alone, or inside the sentence the model read the ask in).
    assert re.search(r"»[^«]*refer me[^«]*«", r.output)
    assert "Draft 1 (redirect-referral" in r.output


def test_check_json_has_the_documented_keys() -> None:
    r = invoke("check", CLASSMATE, "--channel", "linkedin", "--json")
    data = json.loads(r.output)
    assert {"verdict", "flags", "asks", "relationship", "reasons", "drafts"} <= set(data)
    assert data["verdict"] == "redirect"
    flag = data["flags"][0]
    assert set(flag) == {"name", "confidence", "evidence"}
    assert {a["kind"] for a in data["asks"]} >= {"call", "referral", "intro"}
    assert all("text" in d for d in data["drafts"])


def test_check_reads_a_file_and_stdin(tmp_path: Path) -> None:
    f = tmp_path / "msg.txt"
    f.write_text(CLASSMATE, encoding="utf-8")
    from_file = json.loads(invoke("check", str(f), "--json").output)
    from_stdin = json.loads(invoke("check", "-", "--json", input=CLASSMATE).output)
    assert from_file["verdict"] == from_stdin["verdict"] == "redirect"


def test_check_reads_a_non_utf8_file_and_says_so(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Caf\xe9 next week? Could you refer me to your manager?".encode("cp1252"))
    r = CliRunner().invoke(cli, ["check", str(f), "--json"])
    assert r.exit_code == 0
    assert "not UTF-8" in r.stderr
    assert "Café" in json.loads(r.stdout)["request"]["text"]


def test_check_context_file_changes_the_answer(tmp_path: Path) -> None:
    ctx = tmp_path / "ctx.json"
    history = [{"date": "2024-04-20", "outcome": "positive", "note": "teammate"}]
    ctx.write_text(json.dumps({"relationship": "known", "history": history}))
    data = json.loads(invoke("check", CLASSMATE, "--context", str(ctx), "--json").output)
    assert data["verdict"] == "accept" and data["relationship"] == "known"


def test_a_bad_context_file_is_one_error_line_naming_the_field(tmp_path: Path) -> None:
    ctx = tmp_path / "ctx.json"
    ctx.write_text(json.dumps({"history": [{"date": "2024-01-01", "outcome": "awful"}]}))
    r = CliRunner().invoke(cli, ["check", "hello", "--context", str(ctx)])
    assert r.exit_code == 1
    assert r.output.startswith("Error: ") and "history[0].outcome" in r.output
    assert r.output.count("\n") == 1


def test_misuse_exits_2() -> None:
    assert CliRunner().invoke(cli, ["check", "hi", "--channel", "fax"]).exit_code == 2
    assert CliRunner().invoke(cli, ["nonsense"]).exit_code == 2


def test_an_empty_message_is_an_error() -> None:
    r = CliRunner().invoke(cli, ["check", "-"], input="   \n")
    assert r.exit_code == 1 and "empty" in r.output


def test_a_broken_settings_file_is_reported_with_its_path(isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True)
    (isolated_home / "settings.json").write_text("{not json")
    r = CliRunner().invoke(cli, ["check", "hello"])
    assert r.exit_code == 1 and "settings.json" in r.output


def test_demo_triages_the_sample_inbox_with_every_verdict() -> None:
    r = invoke("demo", "--json")
    results = json.loads(r.output)
    assert len(results) >= 12
    assert {x["verdict"] for x in results} == {"accept", "redirect", "decline", "ignore"}
    flags = {f["name"] for x in results for f in x["flags"]}
    assert flags == {"selling", "reputation_risk", "premature_ask", "negative_history"}
    table = invoke("demo").output
    assert "demo-01" in table and "Hi " in table


def test_eval_reports_scores_on_labelled_records(tmp_path: Path) -> None:
    data = tmp_path / "set.jsonl"
    records = [
        {"id": "a", "channel": "linkedin", "text": CLASSMATE,
         "expected": {"flags": ["premature_ask"], "asks": ["call", "referral", "intro"],
                      "relationship": "weak_tie", "verdict": "redirect"}},
        {"id": "b", "channel": "email", "text": "Thanks so much for your help last week!",
         "expected": {"flags": [], "asks": ["none"], "relationship": "acquaintance", "verdict": "accept"}},
    ]
    data.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    result = json.loads(invoke("eval", str(data), "--json").output)
    assert result["n"] == 2
    assert result["verdict_accuracy"] == 1.0
    assert result["flags"]["premature_ask"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0,
                                                "support": 1, "predicted": 1}
    assert result["verdict_confusion"]["redirect"]["redirect"] == 1


def test_eval_names_the_line_of_a_broken_record(tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text('{"id": "x", "text": "hi", "expected": null}\n{broken\n')
    r = CliRunner().invoke(cli, ["eval", str(data)])
    assert r.exit_code == 1 and "bad.jsonl:2" in r.output


@pytest.mark.skipif(not DEV_SET.exists(), reason="the shared evaluation data is not beside the checkout")
def test_eval_on_the_shared_dev_set_has_the_documented_shape() -> None:
    result = json.loads(invoke("eval", str(DEV_SET), "--json", "--details").output)
    assert result["n"] == sum(1 for line in DEV_SET.open() if line.strip())
    assert set(result["flags"]) == {"selling", "reputation_risk", "premature_ask", "negative_history"}
    for scores in result["flags"].values():
        assert {"precision", "recall", "f1", "support"} <= set(scores)
        assert 0.0 <= scores["f1"] <= 1.0
    assert 0.0 <= result["macro_f1"] <= 1.0
    assert 0.0 <= result["verdict_accuracy"] <= 1.0
    assert sum(sum(row.values()) for row in result["verdict_confusion"].values()) == result["n"]
    assert {"asks_micro_f1", "relationship_accuracy", "misses"} <= set(result)
    text = invoke("eval", str(DEV_SET)).output
    assert "macro F1" in text and "Verdict confusion" in text
