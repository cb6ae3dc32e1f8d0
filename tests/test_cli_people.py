"""`tactful people`: add, list, show, note, log and merge, on a real SQLite ledger in TACTFUL_HOME."""

import json
from pathlib import Path

from click.testing import CliRunner, Result

from tactful.cli import cli
from tactful.models import Sender
from tactful.store import open_ledger


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def fails(*args: str) -> Result:
    r = CliRunner().invoke(cli, list(args))
    assert r.exit_code == 1 and r.output.startswith("Error: ") and r.output.count("\n") == 1
    return r


def test_add_list_and_show_in_the_default_ledger(isolated_home: Path) -> None:
    r = invoke("people", "add", "Erin Walsh", "--email", "Erin@Example.com",
               "--profile", "https://uk.linkedin.com/in/ErinW/", "--relationship", "weak_tie")
    assert r.exit_code == 0 and r.output.startswith("Added 1: Erin Walsh <erin@example.com>")
    assert (isolated_home / "ledger.db").exists()
    listed = json.loads(invoke("people", "list", "--json").output)
    assert listed == [{**listed[0], "id": 1, "name": "Erin Walsh", "relationship": "weak_tie",
                       "emails": ["erin@example.com"],
                       "profile_urls": ["https://www.linkedin.com/in/erinw"]}]
    assert "1: Erin Walsh" in invoke("people", "list").output
    for ref in ("1", "ERIN@example.com", "linkedin.com/in/erinw", "erin  walsh"):
        assert json.loads(invoke("people", "show", ref, "--json").output)["id"] == 1


def test_adding_a_known_address_again_updates_instead_of_duplicating() -> None:
    invoke("people", "add", "Erin Walsh", "--email", "erin@example.com")
    r = invoke("people", "add", "Erin W.", "--email", "erin@example.com", "--email", "ew@work.example")
    assert r.output.startswith("Updated 1:")
    people = json.loads(invoke("people", "list", "--json").output)
    assert len(people) == 1 and people[0]["emails"] == ["erin@example.com", "ew@work.example"]


def test_note_and_log_feed_the_context_the_engine_reads() -> None:
    invoke("people", "add", "Erin Walsh", "--email", "erin@example.com")
    invoke("people", "log", "erin@example.com", "--outcome", "negative", "--date", "2025-03-10",
           "--channel", "coffee", "--note", "Pushed a pyramid scheme at lunch.")
    invoke("people", "log", "erin@example.com", "--outcome", "negative", "--date", "2025-03-10",
           "--channel", "coffee", "--note", "Pushed a pyramid scheme at lunch.")  # stored once
    invoke("people", "note", "Erin Walsh", "Recruits old friends into an MLM.", "--source", "Sam")
    shown = json.loads(invoke("people", "show", "1", "--json").output)
    assert [i["note"] for i in shown["interactions"]] == ["Pushed a pyramid scheme at lunch."]
    assert shown["interactions"][0]["outcome"] == "negative"
    assert shown["reputation_notes"][0]["source"] == "Sam"
    assert shown["context_relationship"] == "acquaintance"
    text = invoke("people", "show", "1").output
    assert "2025-03-10  negative" in text and "Recruits old friends into an MLM. (Sam)" in text
    with open_ledger() as ledger:
        context = ledger.context_for(Sender(email="erin@example.com"))
    assert context.history[0].outcome == "negative" and context.reputation


def test_log_defaults_to_today() -> None:
    invoke("people", "add", "Sam Lee")
    invoke("people", "log", "Sam Lee", "--outcome", "positive")
    shown = json.loads(invoke("people", "show", "Sam Lee", "--json").output)
    from datetime import date

    assert shown["interactions"][0]["date"] == date.today().isoformat()


def test_merge_moves_everything_to_the_kept_person() -> None:
    invoke("people", "add", "Erin Walsh", "--email", "erin@example.com")
    invoke("people", "add", "E. Walsh", "--profile", "linkedin.com/in/erinw")
    invoke("people", "log", "2", "--outcome", "positive", "--date", "2025-01-02")
    r = invoke("people", "merge", "erin@example.com", "linkedin.com/in/erinw")
    assert r.exit_code == 0 and "Merged 2 into 1" in r.output
    people = json.loads(invoke("people", "list", "--json").output)
    assert [p["id"] for p in people] == [1]
    assert people[0]["profile_urls"] == ["https://www.linkedin.com/in/erinw"]
    shown = json.loads(invoke("people", "show", "1", "--json").output)
    assert len(shown["interactions"]) == 1


def test_unknown_and_ambiguous_people_are_one_error_line(tmp_path: Path) -> None:
    db = str(tmp_path / "team.db")
    assert "no person" in fails("people", "show", "nobody@example.com", "--db", db).output
    invoke("people", "add", "Sam Lee", "--email", "sam@a.example", "--db", db)
    invoke("people", "add", "Sam Lee", "--email", "sam@b.example", "--db", db)
    assert "use an id" in fails("people", "note", "Sam Lee", "hm", "--db", db).output
    assert "no person with id 9" in fails("people", "log", "9", "--outcome", "neutral", "--db", db).output
    assert "cannot merge" in fails("people", "merge", "1", "1", "--db", db).output
    assert "date" in fails("people", "log", "1", "--outcome", "neutral", "--date", "soon", "--db", db).output


def test_bad_values_are_misuse() -> None:
    assert CliRunner().invoke(cli, ["people", "log", "1", "--outcome", "awful"]).exit_code == 2
    assert CliRunner().invoke(cli, ["people", "add", "X", "--relationship", "bff"]).exit_code == 2
