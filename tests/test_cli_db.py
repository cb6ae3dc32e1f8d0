"""`tactful db`: path, status, migrate and backup on real SQLite files."""

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tactful.cli import cli
from tactful.store import MIGRATIONS, open_ledger


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def test_path_defaults_to_the_home_directory(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TACTFUL_DB", raising=False)
    r = invoke("db", "path")
    assert r.exit_code == 0
    assert r.output.strip() == str(isolated_home / "ledger.db")
    assert not (isolated_home / "ledger.db").exists()  # path only says where


def test_path_follows_db_then_the_environment(tmp_path: Path) -> None:
    env_db = tmp_path / "env.db"
    assert invoke("db", "path", env={"TACTFUL_DB": str(env_db)}).output.strip() == str(env_db)
    flag_db = tmp_path / "flag.db"
    r = invoke("db", "path", "--db", f"sqlite://{flag_db}", env={"TACTFUL_DB": str(env_db)})
    assert r.output.strip() == str(flag_db)


def test_path_hides_a_postgres_password() -> None:
    r = invoke("db", "path", "--db", "postgresql://tactful:s3cret@db.internal:5432/tactful")
    assert r.output.strip() == "postgresql://tactful:***@db.internal:5432/tactful"


def test_status_does_not_migrate_and_migrate_does(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    before = json.loads(invoke("db", "status", "--db", db, "--json").output)
    assert before["schema_version"] == 0 and not before["up_to_date"]
    assert before["pending"] == [name for name, _ in MIGRATIONS]
    assert "pending" in invoke("db", "status", "--db", db).output
    r = invoke("db", "migrate", "--db", db)
    assert r.exit_code == 0 and f"Applied {len(MIGRATIONS)} migration" in r.output
    after = json.loads(invoke("db", "status", "--db", db, "--json").output)
    assert after["up_to_date"] and after["applied"] == before["pending"]
    assert after["backend"] == "sqlite" and after["location"] == db
    assert "up to date" in invoke("db", "migrate", "--db", db).output


def test_backup_writes_a_copy_that_opens_and_refuses_to_overwrite(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    with open_ledger(db) as ledger:
        ledger.add_person("Erin Walsh", emails=["erin@example.com"])
    dest = tmp_path / "backup.db"
    r = invoke("db", "backup", str(dest), "--db", db)
    assert r.exit_code == 0 and str(dest) in r.output
    with sqlite3.connect(dest) as conn:
        assert conn.execute("SELECT display_name FROM people").fetchall() == [("Erin Walsh",)]
    with open_ledger(str(dest)) as copy:
        assert [p.name for p in copy.list_people()] == ["Erin Walsh"]
    again = CliRunner().invoke(cli, ["db", "backup", str(dest), "--db", db])
    assert again.exit_code == 1 and again.output.startswith("Error: ")


def test_an_unknown_scheme_is_one_error_line() -> None:
    r = CliRunner().invoke(cli, ["db", "status", "--db", "mysql://x/y"])
    assert r.exit_code == 1
    assert r.output.startswith("Error: ") and r.output.count("\n") == 1
