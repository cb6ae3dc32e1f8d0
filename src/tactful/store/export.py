"""The ledger's rows as plain data: for `tactful export`, and a JSON backup of PostgreSQL."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tactful.errors import StoreError
from tactful.store.db import Tx

# every table, parents before children, so a dump can be read back in this order
TABLES = (
    "people",
    "identities",
    "interactions",
    "reputation_notes",
    "requests",
    "decisions",
    "settings",
)
DUMP_FORMAT = "tactful-ledger-dump/1"

Rows = dict[str, list[dict[str, object]]]


def export_rows(tx: Tx) -> Rows:
    """Every row of every table, by table name, each table in insertion order."""
    return {
        table: tx.rows(f"SELECT * FROM {table} ORDER BY {'key' if table == 'settings' else 'id'}")
        for table in TABLES
    }


def write_dump(tx: Tx, dest: Path, migrations: list[str]) -> Path:
    """Write every table as one JSON document, read in a single snapshot; refuse to overwrite."""
    document = {
        "format": DUMP_FORMAT,
        "backend": tx.dialect.backend,
        "migrations": migrations,
        "tables": export_rows(tx),
    }
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        # 'x' refuses an existing file; the temp-then-rename keeps a half-written dump invisible
        partial = dest.with_name(dest.name + ".partial")
        with partial.open("x", encoding="utf-8") as fh:
            json.dump(document, fh, ensure_ascii=False, indent=1, default=str)
            fh.flush()
            os.fsync(fh.fileno())
        if dest.exists():
            partial.unlink()
            raise FileExistsError(f"{dest} exists")
        partial.rename(dest)
    except OSError as exc:
        raise StoreError(f"{dest}: cannot write the backup ({exc}); choose a new file") from exc
    return dest
