"""The user's settings in the ledger: one JSON value per key (name, goals, budget, costs)."""

from __future__ import annotations

import json

from tactful.errors import StoreError
from tactful.store.db import Tx
from tactful.store.records import JSON


def _key(key: str) -> str:
    if not key.strip():
        raise StoreError("a setting needs a non-empty key")
    return key.strip()


def get_setting(tx: Tx, key: str, default: JSON = None) -> JSON:
    """The setting's value, or default when it is not set."""
    raw = tx.value("SELECT value FROM settings WHERE key = ?", (_key(key),))
    return default if raw is None else _loads(key, str(raw))


def set_setting(tx: Tx, key: str, value: JSON, now: str) -> None:
    """Set (or replace) a setting's value."""
    try:
        text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"setting {key!r}: the value cannot be stored as JSON ({exc})") from exc
    tx.run(
        "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        (_key(key), text, now),
    )


def delete_setting(tx: Tx, key: str) -> bool:
    """Remove a setting; True when there was one."""
    return tx.run("DELETE FROM settings WHERE key = ?", (_key(key),)) > 0


def all_settings(tx: Tx) -> dict[str, JSON]:
    """Every setting, by key."""
    rows = tx.rows("SELECT key, value FROM settings ORDER BY key")
    return {str(r["key"]): _loads(str(r["key"]), str(r["value"])) for r in rows}


def _loads(key: str, raw: str) -> JSON:
    try:
        value: JSON = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise StoreError(f"setting {key!r} holds invalid JSON ({exc}); set it again") from exc
    return value
