"""Every ledger test runs twice: on a SQLite file and on a real PostgreSQL server.

The PostgreSQL server is `TACTFUL_TEST_PG_URL` when set (a URL to a server where the tests may
create databases), otherwise one this session starts with `scripts/pg-test-server`.  Without either
the PostgreSQL variants are skipped on a developer's machine but fail in CI (`CI` set), so a CI run
can never pass without having tested PostgreSQL.  Each PostgreSQL test gets a database of its own.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from tactful.store import Ledger, open_ledger

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "pg-test-server"


class PgServer:
    """A PostgreSQL server for the session, or the reason there is none."""

    def __init__(self, url: str | None, reason: str = "", started: bool = False) -> None:
        self.url = url
        self.reason = reason
        self.started = started

    def database_url(self, name: str) -> str:
        """The server's URL pointing at another database."""
        assert self.url is not None
        return urlunsplit(urlsplit(self.url)._replace(path="/" + name))


def _start() -> PgServer:
    try:
        done = subprocess.run(
            [str(SCRIPT), "start"], capture_output=True, text=True, timeout=120, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return PgServer(None, f"cannot run {SCRIPT.name}: {exc}")
    if done.returncode != 0 or not done.stdout.strip():
        return PgServer(None, f"{SCRIPT.name} start failed: {done.stderr.strip()[-500:]}")
    return PgServer(done.stdout.strip().splitlines()[-1], started=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's PostgreSQL server (started here only when TACTFUL_TEST_PG_URL is not set)."""
    if os.environ.get("TACTFUL_TEST_PG_URL"):
        yield PgServer(os.environ["TACTFUL_TEST_PG_URL"])
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        yield PgServer(None, "psycopg is not installed (pip install 'psycopg[binary]')")
        return
    server = _start()
    yield server
    if server.started and server.url:
        subprocess.run([str(SCRIPT), "stop", server.url], capture_output=True, check=False)


def _admin(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    if pg_server.url is None:
        message = f"no PostgreSQL server for the ledger tests: {pg_server.reason}"
        if os.environ.get("CI"):
            pytest.fail(message + " (in CI PostgreSQL must be tested, not skipped)")
        pytest.skip(message)
    name = f"tactful_test_{uuid.uuid4().hex[:16]}"
    _admin(pg_server.url, f'CREATE DATABASE "{name}"')
    try:
        yield pg_server.database_url(name)
    finally:
        _admin(pg_server.url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's ledger lives: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def ledger(ledger_url: str) -> Iterator[Ledger]:
    """A migrated, empty ledger on each backend."""
    with open_ledger(ledger_url) as opened:
        yield opened
