"""`tactful export` (JSON and CSV), `tactful settings` and `tactful learn` on SQLite and PostgreSQL."""

import csv
import json
from pathlib import Path

from click.testing import CliRunner, Result

from tactful.cli import cli
from tactful.store import open_ledger

REFERRAL = "Would you refer me to the hiring manager for the analyst role at Brightline? I'd be grateful."
FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")"


def run(ledger_url: str, *args: str) -> Result:
    r = CliRunner().invoke(cli, [*args, "--db", ledger_url], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r


def fill(ledger_url: str) -> int:
    """A ledger with a person, hostile text in several columns, a correction and a setting."""
    run(ledger_url, "people", "add", "@Mallory", "--email", "mallory@example.com")
    run(ledger_url, "people", "log", "mallory@example.com", "--outcome", "negative", "--date", "2025-03-10",
        "--note", "-2 stars: +tried to sell me a course")
    run(ledger_url, "people", "note", "mallory@example.com", "\tTabbed note\r", "--source", "Sam")
    data = json.loads(run(ledger_url, "check", FORMULA, "--from", "Robin <robin@example.com>",
                          "--json").output)
    run(ledger_url, "decide", str(data["request_id"]), "--as", "ignore")
    run(ledger_url, "settings", "set", "user_name", "=Jordan")
    run(ledger_url, "learn")
    return int(data["request_id"])


def test_json_export_holds_every_table_to_stdout_or_a_file(ledger_url: str, tmp_path: Path) -> None:
    rid = fill(ledger_url)
    data = json.loads(run(ledger_url, "export").output)
    assert list(data) == ["people", "identities", "interactions", "reputation_notes", "requests",
                          "decisions", "settings", "personal_layer"]
    assert [p["display_name"] for p in data["people"]] == ["@Mallory", "Robin"]
    assert data["requests"][0]["id"] == rid and data["requests"][0]["text"] == FORMULA  # JSON is verbatim
    assert data["interactions"][0]["note"] == "-2 stars: +tried to sell me a course"
    assert data["settings"] == [{"key": "user_name", "value": '"=Jordan"',
                                 "updated_at": data["settings"][0]["updated_at"]}]
    assert len(data["personal_layer"]) == 1 and data["decisions"][0]["is_correction"] == 1
    with open_ledger(ledger_url) as ledger:
        assert data == json.loads(json.dumps(ledger.export_rows(), default=str))

    out = tmp_path / "exports" / "ledger.json"
    r = run(ledger_url, "export", "--format", "json", "--out", str(out))
    assert "rows of 8 tables" in r.output
    assert json.loads(out.read_text(encoding="utf-8")) == data
    run(ledger_url, "export", "--out", str(out))  # again: the file is replaced, not appended to
    assert json.loads(out.read_text(encoding="utf-8")) == data


def test_csv_export_writes_one_file_per_table_with_formulas_neutralised(ledger_url: str,
                                                                       tmp_path: Path) -> None:
    fill(ledger_url)
    out = tmp_path / "csv"
    r = run(ledger_url, "export", "--format", "csv", "--out", str(out))
    assert "Wrote 8 CSV files" in r.output
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{t}.csv" for t in ("people", "identities", "interactions", "reputation_notes", "requests",
                             "decisions", "settings", "personal_layer"))

    def read(table: str) -> list[dict[str, str]]:
        with (out / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    assert [p["display_name"] for p in read("people")] == ["'@Mallory", "Robin"]
    assert read("interactions")[0]["note"] == "'-2 stars: +tried to sell me a course"
    assert read("reputation_notes")[0]["note"] == "Tabbed note"  # the ledger trims notes
    request = read("requests")[0]
    assert request["text"] == "'" + FORMULA and request["subject"] == "" and request["sent_at"] == ""
    assert read("settings")[0]["value"] == '"=Jordan"'  # stored as JSON text: no formula
    assert read("decisions")[0]["minutes"] == "0" and read("decisions")[0]["is_correction"] == "1"
    for path in out.iterdir():  # no cell anywhere starts a formula
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row), path


def test_csv_export_of_an_empty_ledger_still_has_headers(ledger_url: str, tmp_path: Path) -> None:
    out = tmp_path / "empty"
    run(ledger_url, "export", "--format", "csv", "--out", str(out))
    header = (out / "decisions.csv").read_text(encoding="utf-8").splitlines()
    assert header == ["id,request_id,suggested,chosen,ask,minutes,draft,decided_at,is_correction"]


def test_export_refuses_what_it_cannot_do(ledger_url: str, tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["export", "--format", "csv", "--db", ledger_url])
    assert r.exit_code == 1 and "give a directory with --out DIR" in r.output
    r = CliRunner().invoke(cli, ["export", "--out", str(tmp_path), "--db", ledger_url])
    assert r.exit_code == 1 and "is a directory" in r.output
    file = tmp_path / "x.txt"
    file.write_text("keep me")
    r = CliRunner().invoke(cli, ["export", "--format", "csv", "--out", str(file), "--db", ledger_url])
    assert r.exit_code == 1 and "is a file" in r.output and file.read_text() == "keep me"


def test_settings_and_learning_live_in_either_backend(ledger_url: str) -> None:
    run(ledger_url, "settings", "set", "weekly_budget_minutes", "45")
    run(ledger_url, "settings", "set", "weekly_budget_minutes", "45")
    shown = json.loads(run(ledger_url, "settings", "show", "--json").output)
    assert shown["weekly_budget_minutes"] == {"value": 45, "source": "ledger"}
    assert json.loads(run(ledger_url, "budget", "--json").output)["budget_minutes"] == 45

    first = json.loads(run(ledger_url, "check", REFERRAL, "--from", "Dana <dana@example.com>",
                           "--json").output)
    run(ledger_url, "decide", str(first["request_id"]), "--as", "decline")
    assert json.loads(run(ledger_url, "learn", "--json").output)["changed"] is True
    assert json.loads(run(ledger_url, "learn", "--json").output)["changed"] is False
    moved = json.loads(run(ledger_url, "check", REFERRAL.replace("Would", "Could"), "--from",
                           "Kim <kim@example.com>", "--json").output)
    assert moved["decided_by"] == "personal" and moved["verdict"] == "decline"
    with open_ledger(ledger_url) as ledger:
        rows = ledger.export_rows()
    assert len(rows["personal_layer"]) == 1 and len(rows["settings"]) == 1


def test_every_formula_start_is_neutralised_and_nothing_else() -> None:
    from tactful.cli.export import neutralised

    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralised(start + "SUM(A1)") == "'" + start + "SUM(A1)"
    assert neutralised("Sum =A1") == "Sum =A1" and neutralised(None) == "" and neutralised(-3) == "-3"
