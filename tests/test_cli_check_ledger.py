"""`tactful check` with the ledger, `tactful decide` and `tactful budget`, on real SQLite files."""

import json
import sys
from pathlib import Path

from click.testing import CliRunner, Result

from tactful.cli import cli
from tactful.store import open_ledger

from .conftest import CLASSMATE

CALL = "Hi! Could we hop on a quick call next week? I'd love to hear how you got started."
# a call and nothing else, which tactful accepts from someone the user knows (the budget tests' ask)
CATCH_UP = "Hi! Fancy a call next week to catch up? It's been a while."
REFERRAL = "Hey, would you refer me to the hiring manager at your company?"
MENTORING = "Would you be my mentor? I'd like to meet every week for the next few months."


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def check_json(*args: str) -> dict[str, object]:
    r = invoke("check", *args, "--json")
    assert r.exit_code == 0, r.output
    data: dict[str, object] = json.loads(r.output)
    return data


def test_a_bad_interaction_declines_the_next_request_with_that_evidence() -> None:
    invoke("people", "add", "Erin Walsh", "--email", "erin@example.com")
    invoke("people", "log", "erin@example.com", "--outcome", "negative", "--date", "2025-03-10",
           "--note", "Pushed a pyramid scheme at lunch.")
    data = check_json(CALL, "--from", "ERIN@example.com")
    assert data["verdict"] == "decline"
    flags = {f["name"]: f for f in data["flags"]}  # type: ignore[union-attr, index]
    assert "Pushed a pyramid scheme" in flags["negative_history"]["evidence"][0]["quote"]
    assert data["relationship_source"] == "ledger"
    assert data["decided_by"] == "tactful"
    assert "Pushed a pyramid scheme at lunch" in data["reasons"][0]  # type: ignore[index]
    drafts = data["drafts"]
    assert drafts
    for draft in drafts:  # type: ignore[union-attr]
        text = draft["text"]  # type: ignore[index]
        # graceful: thanks, and never a word about the history
        assert "thank" in text.lower()
        assert not any(w in text.lower() for w in ("pyramid", "lunch", "2025", "history", "last time",
                                                   "interaction", "reputation", "scheme"))
    assert "Hi Erin" in drafts[0]["text"]  # type: ignore[index]  # the ledger knows the name


def test_a_reputation_note_found_by_name_or_profile_flags_the_request() -> None:
    invoke("people", "add", "Dana Fox", "--profile", "https://www.linkedin.com/in/danafox")
    invoke("people", "note", "Dana Fox", "Recruits old friends into an MLM.", "--source", "Sam")
    for sender in ("Dana Fox", "https://uk.linkedin.com/in/DanaFox/"):
        data = check_json(CALL, "--from", sender)
        assert "reputation_risk" in [f["name"] for f in data["flags"]]  # type: ignore[union-attr, index]
        assert data["verdict"] == "decline"


def test_an_explicit_context_file_wins_over_the_ledger(tmp_path: Path) -> None:
    invoke("people", "add", "Erin Walsh", "--email", "erin@example.com")
    invoke("people", "log", "1", "--outcome", "negative", "--note", "Rude.")
    ctx = tmp_path / "ctx.json"
    ctx.write_text(json.dumps({"relationship": "known", "history": [
        {"date": "2024-04-20", "outcome": "positive", "note": "teammate"}]}))
    data = check_json(CLASSMATE, "--from", "erin@example.com", "--context", str(ctx))
    assert data["verdict"] == "accept" and not data["flags"]


def test_check_records_the_request_once_and_prints_its_id(tmp_path: Path) -> None:
    db = str(tmp_path / "mine.db")
    first = check_json(REFERRAL, "--from", "Robin <robin@example.com>", "--db", db)
    again = check_json(REFERRAL, "--from", "Robin <robin@example.com>", "--db", db)
    assert first["request_id"] == again["request_id"] == 1
    text = invoke("check", CALL, "--db", db).output
    assert "Recorded as request 2" in text and "tactful decide 2 --as" in text
    with open_ledger(db) as ledger:
        stored = ledger.get_request(1)
    assert stored is not None and stored.suggested == first["verdict"]
    assert stored.sender.email == "robin@example.com"


def test_a_correction_decides_the_next_request_from_that_sender() -> None:
    first = check_json(REFERRAL, "--from", "Robin <robin@example.com>")
    assert first["verdict"] == "redirect"
    r = invoke("decide", str(first["request_id"]), "--as", "decline")
    assert r.exit_code == 0 and "Recorded: decline" in r.output and "had suggested redirect" in r.output
    nxt = check_json("Could you introduce me to your CTO?", "--from", "robin@example.com")
    assert nxt["verdict"] == "decline"
    assert "You chose decline for this sender's last request" in nxt["reasons"][0]  # type: ignore[index]
    assert nxt["drafts"]
    assert "You chose decline" in invoke("check", "Another favour?", "--from", "Robin").output
    # someone else is not affected
    other = check_json(REFERRAL, "--from", "Kim <kim@example.com>")
    assert other["verdict"] == "redirect"


def test_decide_accept_commits_time_and_budget_reports_it() -> None:
    invoke("people", "add", "Sam", "--email", "sam@example.com", "--relationship", "known")
    data = check_json(CATCH_UP, "--from", "Sam <sam@example.com>")
    assert data["verdict"] == "accept"
    r = invoke("decide", str(data["request_id"]), "--as", "accept")
    assert "Committed 30 minutes (call)" in r.output
    other = check_json(REFERRAL, "--from", "Kim <kim@example.com>")
    invoke("decide", str(other["request_id"]), "--as", "redirect", "--minutes", "15")
    budget = json.loads(invoke("budget", "--json").output)
    assert budget["budget_minutes"] == 120 and budget["committed_minutes"] == 45
    assert budget["remaining_minutes"] == 75 and budget["by_ask"] == {"call": 30, "referral": 15}
    text = invoke("budget").output
    assert "45 of 120 minutes committed, 75 left" in text and "referral" in text


def test_an_over_budget_week_redirects_an_acceptable_ask(tmp_path: Path) -> None:
    db = str(tmp_path / "busy.db")
    with open_ledger(db) as ledger:
        ledger.set_setting("weekly_budget_minutes", 40)
        for name in ("Sam", "Lee"):
            person = ledger.add_person(name, emails=[f"{name.lower()}@example.com"])
            ledger.set_relationship(person.id, "known")
    data = check_json(CATCH_UP, "--from", "Sam <sam@example.com>", "--db", db)
    assert data["verdict"] == "accept"
    invoke("decide", str(data["request_id"]), "--as", "accept", "--db", db)
    later = check_json("Could we grab a quick call on Friday?", "--from", "Lee <lee@example.com>",
                       "--db", db)
    assert later["verdict"] == "redirect"
    assert any("budget has 10 of 40 minutes left" in r for r in later["reasons"])  # type: ignore[union-attr]


def test_a_friendly_call_from_someone_you_know_is_accepted() -> None:
    invoke("people", "add", "Sam", "--email", "sam@example.com", "--relationship", "known")
    data = check_json(CALL, "--from", "Sam <sam@example.com>")
    assert data["verdict"] == "accept" and data["flags"] == []


def test_decide_errors_are_one_line() -> None:
    r = CliRunner().invoke(cli, ["decide", "42", "--as", "accept"])
    assert r.exit_code == 1 and r.output.startswith("Error: ") and "no request" in r.output
    assert CliRunner().invoke(cli, ["decide", "1", "--as", "maybe"]).exit_code == 2
    assert CliRunner().invoke(cli, ["decide", "1", "--as", "accept", "--minutes", "-5"]).exit_code == 2


def test_importing_the_cli_does_not_import_the_store() -> None:
    import subprocess

    code = "import sys, tactful.cli; print('tactful.store' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_empty_message_fails_before_the_ledger_is_opened(isolated_home: Path) -> None:
    r = CliRunner().invoke(cli, ["check", "-"], input="  \n")
    assert r.exit_code == 1 and "empty" in r.output
    assert not (isolated_home / "ledger.db").exists()
