"""Where a ledger is opened from: the default file, paths, URLs, and the PostgreSQL extra."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from tactful.errors import StoreError
from tactful.store import default_path, open_ledger
from tactful.store.postgres import redact


def test_no_location_means_ledger_db_in_the_home_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "not-yet" / "tactful"
    monkeypatch.setenv("TACTFUL_HOME", str(home))
    with open_ledger() as ledger:
        assert ledger.backend == "sqlite"
        assert ledger.location == str(home / "ledger.db")
    assert default_path() == home / "ledger.db"
    assert (home / "ledger.db").is_file()


def test_a_sqlite_url_and_a_plain_path_open_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    with open_ledger(f"sqlite:///{path}") as by_url:
        by_url.set_setting("tone", "brief")
    with open_ledger(str(path)) as by_path:
        assert by_path.get_setting("tone") == "brief"


def test_the_sqlite_file_is_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    open_ledger(str(path)).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_an_unknown_scheme_is_refused_with_the_accepted_forms() -> None:
    with pytest.raises(StoreError, match=r"unknown ledger scheme 'mysql'.*postgresql://"):
        open_ledger("mysql://localhost/ledger")


def test_a_sqlite_url_without_a_path_is_refused() -> None:
    with pytest.raises(StoreError, match="needs a file path"):
        open_ledger("sqlite://")


def test_a_postgresql_url_without_psycopg_names_the_extra_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # makes `import psycopg` fail
    with pytest.raises(StoreError, match=r"psycopg 3.*pip install 'tactful\[postgres\]'"):
        open_ledger("postgresql://nobody@127.0.0.1:1/none")


def test_opening_a_sqlite_ledger_does_not_import_psycopg(tmp_path: Path) -> None:
    import subprocess

    code = (
        "import sys; from tactful.store import open_ledger; "
        f"open_ledger({str(tmp_path / 'x.db')!r}).close(); print('psycopg' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_unreachable_server_is_a_store_error_naming_the_url_without_password() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError) as caught:
        open_ledger("postgresql://me:s3cret@127.0.0.1:1/ledger")
    assert "s3cret" not in str(caught.value)
    assert "postgresql://me:***@127.0.0.1:1/ledger" in str(caught.value)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://u:pw@db.example:5432/l", "postgresql://u:***@db.example:5432/l"),
        ("postgresql://u@db.example/l", "postgresql://u@db.example/l"),
        ("postgres://u:pw@[::1]/l?sslmode=require", "postgres://u:***@[::1]/l?sslmode=require"),
    ],
)
def test_a_password_in_a_url_is_hidden(url: str, shown: str) -> None:
    assert redact(url) == shown


def test_the_postgresql_status_hides_the_password(pg_url: str) -> None:
    with_password = pg_url.replace("postgres@", "postgres:hunter2@", 1)
    with open_ledger(with_password) as ledger:
        assert "hunter2" not in ledger.status().location
        assert ":***@" in ledger.location
