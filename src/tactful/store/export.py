"""The ledger's rows as plain data: for `tactful export`, and a JSON backup of PostgreSQL."""

from __future__ import annotations

import json
import os
from collections.abc import Collection
from dataclasses import dataclass
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
    "personal_layer",
)
DUMP_FORMAT = "tactful-ledger-dump/1"

Rows = dict[str, list[dict[str, object]]]


@dataclass(frozen=True)
class Table:
    """One table's column names and rows."""

    columns: tuple[str, ...]
    rows: list[dict[str, object]]


def _select(table: str) -> str:
    return f"SELECT * FROM {table} ORDER BY {'key' if table == 'settings' else 'id'}"


def present(tables: Collection[str]) -> tuple[str, ...]:
    """The ledger's tables that exist in this database (a ledger not yet migrated lacks some)."""
    return tuple(t for t in TABLES if t in tables)


def export_rows(tx: Tx, tables: Collection[str] = TABLES) -> Rows:
    """Every row of every table, by table name, each table in insertion order."""
    return {table: tx.rows(_select(table)) for table in present(tables)}


def export_tables(tx: Tx, tables: Collection[str] = TABLES) -> dict[str, Table]:
    """Every table's columns and rows, by table name."""
    return {t: Table(tuple(tx.columns(_select(t) + " LIMIT 0")), tx.rows(_select(t)))
            for t in present(tables)}


def write_dump(tx: Tx, dest: Path, migrations: list[str], tables: Collection[str] = TABLES) -> Path:
    """Write every table as one JSON document, read in a single snapshot; refuse to overwrite."""
    document = {
        "format": DUMP_FORMAT,
        "backend": tx.dialect.backend,
        "migrations": migrations,
        "tables": export_rows(tx, tables),
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
