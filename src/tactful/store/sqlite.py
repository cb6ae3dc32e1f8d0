"""The ledger in a SQLite file: WAL, a busy timeout, and write transactions taken up front.

WAL lets the CLI read while a running server writes; `BEGIN IMMEDIATE` takes the write lock at the
start of a write transaction, so a writer waits (up to the busy timeout) instead of failing half-way
with "database is locked" when it later tries to upgrade a read lock.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tactful.errors import StoreError
from tactful.store.db import SQLITE, Cursor, Database, Param, Tx

BUSY_TIMEOUT_SECONDS = 10.0


def _dict_row(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> dict[str, Any]:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


class SqliteDatabase(Database):
    """A ledger stored in one SQLite file."""

    dialect = SQLITE

    def __init__(self, path: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
            self._conn.row_factory = _dict_row
            self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            self._conn.execute("PRAGMA foreign_keys = ON")
            mode = self._enable_wal(busy_timeout)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{path}: cannot open the ledger ({exc})") from exc
        if mode != "wal":
            raise StoreError(f"{path}: cannot switch the ledger to WAL mode (it stays {mode!r})")
        self._lock = threading.Lock()

    def _enable_wal(self, timeout: float) -> str:
        """Switch to WAL (a no-op once done); retried, since SQLite does not wait for this lock."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                row = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()
                return str(next(iter(row.values()))) if row else ""
            except sqlite3.OperationalError as exc:
                locked = "locked" in str(exc) or "busy" in str(exc)
                if not locked or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    @property
    def location(self) -> str:
        """The path of the database file."""
        return str(self.path)

    @contextmanager
    def transaction(self, write: bool) -> Iterator[Tx]:
        """A transaction; a write one holds SQLite's write lock from its first statement."""
        with self._lock:
            cursor = self._conn.cursor()
            try:
                cursor.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: cannot start a transaction ({exc})") from exc
            try:
                yield Tx(self._executor(cursor), self.dialect)
            except BaseException as exc:
                self._conn.rollback()
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"{self.path}: {exc}") from exc
                raise
            try:
                cursor.execute("COMMIT")
            except sqlite3.Error as exc:
                self._conn.rollback()
                raise StoreError(f"{self.path}: cannot commit ({exc})") from exc

    @staticmethod
    def _executor(cursor: sqlite3.Cursor) -> Any:
        def execute(sql: str, params: Sequence[Param]) -> Cursor:
            return cursor.execute(sql, tuple(params))

        return execute

    def table_names(self, tx: Tx) -> set[str]:
        """The ledger's tables (SQLite's own are left out)."""
        rows = tx.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        return {str(r["name"]) for r in rows}

    def backup(self, dest: Path) -> Path:
        """Copy the whole database with SQLite's online backup API into a single-file database."""
        if dest.exists():
            raise StoreError(f"{dest}: already exists; choose a new file for the backup")
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            target = sqlite3.connect(dest)
            try:
                with self._lock:
                    self._conn.backup(target)
                # a backup is one self-contained file: no -wal/-shm companions to forget
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{dest}: cannot write the backup ({exc})") from exc
        return dest

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()
