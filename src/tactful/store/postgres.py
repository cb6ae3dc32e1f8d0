"""The ledger in a PostgreSQL database, for a team sharing one (psycopg 3, imported on first use).

Each call runs in its own transaction.  Write transactions first take a transaction-level advisory
lock, the counterpart of SQLite's `BEGIN IMMEDIATE`: writers to one ledger queue up instead of
racing, so "look up, then insert if missing" never duplicates a row under concurrency.  Read
transactions run at REPEATABLE READ so that a multi-query read sees one snapshot.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from tactful.errors import StoreError
from tactful.store.db import POSTGRESQL, Cursor, Database, Param, Tx

# "tactful" in ASCII: one advisory lock key per database, shared by every tactful process.
WRITE_LOCK_KEY = 0x74616374_66756C


def redact(url: str) -> str:
    """The URL with any password replaced by ***, safe to print or log."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{parts.username or ''}:***@{host}"
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def _psycopg() -> Any:
    try:
        return importlib.import_module("psycopg")
    except ImportError as exc:
        raise StoreError(
            "a postgresql:// ledger needs psycopg 3, which is not installed; "
            "install the extra: pip install 'tactful[postgres]'"
        ) from exc


def _placeholders(sql: str) -> str:
    """Turn the ledger's `?` placeholders into psycopg's `%s` (escaping literal percent signs)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresDatabase(Database):
    """A ledger stored in a PostgreSQL database."""

    dialect = POSTGRESQL

    def __init__(self, url: str, connect_timeout: int = 10) -> None:
        self.url = url
        psycopg = _psycopg()
        self._errors: type[Exception] = psycopg.Error
        rows = importlib.import_module("psycopg.rows")
        try:
            self._conn = psycopg.connect(
                url, autocommit=True, row_factory=rows.dict_row, connect_timeout=connect_timeout
            )
        except psycopg.Error as exc:
            raise StoreError(f"{self.location}: cannot connect to the ledger ({exc})") from exc
        self._lock = threading.Lock()

    @property
    def location(self) -> str:
        """The URL, with any password hidden."""
        return redact(self.url)

    @contextmanager
    def transaction(self, write: bool) -> Iterator[Tx]:
        """A transaction; a write one holds the ledger's write lock from its first statement."""
        with self._lock:
            try:
                with self._conn.transaction():
                    cursor = self._conn.cursor()
                    if write:
                        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
                    else:
                        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                    yield Tx(self._executor(cursor), self.dialect)
            except self._errors as exc:
                raise StoreError(f"{self.location}: {exc}") from exc

    @staticmethod
    def _executor(cursor: Any) -> Any:
        def execute(sql: str, params: Sequence[Param]) -> Cursor:
            cursor.execute(_placeholders(sql), tuple(params))
            return cursor  # type: ignore[no-any-return]

        return execute

    def table_names(self, tx: Tx) -> set[str]:
        """The ledger's tables in the connection's current schema."""
        rows = tx.rows(
            "SELECT table_name AS name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        )
        return {str(r["name"]) for r in rows}

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()
