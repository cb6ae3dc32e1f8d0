"""The ledger's commands end to end on both backends, the location given by TACTFUL_DB."""

import json
from pathlib import Path

from click.testing import CliRunner, Result

from tactful.cli import cli

CALL = "Hi! Could we hop on a quick call next week? I'd love to hear how you got started."
REFERRAL = "Hey, would you refer me to the hiring manager at your company?"


def run(ledger_url: str, *args: str) -> Result:
    r = CliRunner().invoke(cli, list(args), env={"TACTFUL_DB": ledger_url}, catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r


def test_record_check_decide_budget_and_back_up(ledger_url: str, tmp_path: Path) -> None:
    status = json.loads(run(ledger_url, "db", "status", "--json").output)
    assert status["schema_version"] == 0
    run(ledger_url, "db", "migrate")
    run(ledger_url, "people", "add", "Erin Walsh", "--email", "erin@example.com")
    run(ledger_url, "people", "log", "erin@example.com", "--outcome", "negative", "--date",
        "2025-03-10", "--note", "Pushed a pyramid scheme at lunch.")
    erin = json.loads(run(ledger_url, "check", CALL, "--from", "erin@example.com", "--json").output)
    assert erin["verdict"] == "decline" and "negative_history" in [f["name"] for f in erin["flags"]]

    robin = json.loads(run(ledger_url, "check", REFERRAL, "--from", "Robin <robin@example.com>",
                           "--json").output)
    run(ledger_url, "decide", str(robin["request_id"]), "--as", "accept", "--minutes", "20")
    again = json.loads(run(ledger_url, "check", "One more favour?", "--from", "robin@example.com",
                           "--json").output)
    assert again["verdict"] == "accept"
    assert again["reasons"][0].startswith("You chose accept for this sender's last request")
    budget = json.loads(run(ledger_url, "budget", "--json").output)
    assert budget["committed_minutes"] == 20 and budget["by_ask"] == {"referral": 20}

    people = json.loads(run(ledger_url, "people", "list", "--json").output)
    assert [p["name"] for p in people] == ["Erin Walsh", "Robin"]  # robin adopted by decide
    dest = tmp_path / "backup.out"
    run(ledger_url, "db", "backup", str(dest))
    assert dest.stat().st_size > 0
