"""The personal layer's versions: one row per distinct model `tactful learn` built; the latest counts.

Learning again from the same corrections builds the same model (same digest), and no row is added,
so re-running `tactful learn` changes nothing.
"""

from __future__ import annotations

import hashlib
import json

from tactful.store.db import Tx
from tactful.store.records import LayerVersion

_COLUMNS = "id, format, digest, examples, built_at"


def save_layer(tx: Tx, model: dict[str, object], examples: int, now: str) -> tuple[LayerVersion, bool]:
    """Store the model unless it is the one in force; return the version in force and if it is new."""
    text = json.dumps(model, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    latest = current_version(tx)
    if latest is not None and latest.digest == digest:
        return latest, False
    tx.insert(
        "INSERT INTO personal_layer (format, digest, examples, model, built_at) VALUES (?, ?, ?, ?, ?)",
        (str(model.get("format", "")), digest, examples, text, now),
    )
    saved = current_version(tx)
    assert saved is not None
    return saved, True


def current_version(tx: Tx) -> LayerVersion | None:
    """The version in force (the latest row), without its model."""
    row = tx.one(f"SELECT {_COLUMNS} FROM personal_layer ORDER BY id DESC LIMIT 1")
    if row is None:
        return None
    return LayerVersion(int(row["id"]), str(row["format"]), str(row["digest"]), int(row["examples"]),
                        str(row["built_at"]))


def current_model(tx: Tx) -> str | None:
    """The JSON text of the model in force, or None before the first `tactful learn`."""
    raw = tx.value("SELECT model FROM personal_layer ORDER BY id DESC LIMIT 1")
    return None if raw is None else str(raw)
