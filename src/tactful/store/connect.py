"""Opening a ledger from where it lives: nothing (the default file), a path, or a database URL.

    None                      -> SQLite file `ledger.db` in tactful's home directory
    /path/to/ledger.db        -> SQLite file (a plain path; `~` is expanded)
    sqlite:///abs/path.db     -> SQLite file
    postgresql://user@host/db -> PostgreSQL (needs psycopg 3: `pip install 'tactful[postgres]'`)

The caller decides where the location comes from (`--db`, `TACTFUL_DB`); this module reads no
environment variable except through `tactful.config.home()` for the default.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from tactful.config import home
from tactful.errors import StoreError
from tactful.store.db import Database
from tactful.store.ledger import Ledger, utc_now
from tactful.store.sqlite import SqliteDatabase

LEDGER_FILE = "ledger.db"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def default_path() -> Path:
    """The default ledger file: `ledger.db` in tactful's home directory."""
    return home() / LEDGER_FILE


def sqlite_path(url: str | None) -> Path | None:
    """The file a location names, or None when it is not a SQLite location."""
    if url is None or not url.strip():
        return default_path()
    url = url.strip()
    if url.startswith(POSTGRES_SCHEMES):
        return None
    if url.startswith("sqlite://"):
        rest = url[len("sqlite://") :]
        if not rest.strip("/"):
            raise StoreError(f"{url}: a sqlite:// URL needs a file path, e.g. sqlite:///abs/ledger.db")
        return Path(rest).expanduser()
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise StoreError(
            f"{url}: unknown ledger scheme {scheme!r}; use a file path, sqlite:///path or postgresql://..."
        )
    return Path(url).expanduser()


def open_database(url: str | None = None) -> Database:
    """The database at a location (see the module docstring), without migrating it."""
    path = sqlite_path(url)
    if path is not None:
        return SqliteDatabase(path)
    from tactful.store.postgres import PostgresDatabase  # psycopg only when asked for

    assert url is not None
    return PostgresDatabase(url.strip())


def open_ledger(
    url: str | None = None,
    *,
    migrate: bool = True,
    clock: Callable[[], datetime] = utc_now,
) -> Ledger:
    """Open the ledger at a location (None: the default file) and bring its schema up to date.

    Pass `migrate=False` to look at a ledger without changing it (`tactful db status`).
    """
    ledger = Ledger(open_database(url), clock=clock)
    if migrate:
        try:
            ledger.migrate()
        except BaseException:
            ledger.close()
            raise
    return ledger
