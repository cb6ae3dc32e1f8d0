"""Labelled records (the evaluation schema) and context objects, read with errors that name the item.

A record is one JSON object per line: `id`, `channel`, `text`, optional `context`, `expected`
(`flags`, `asks`, `relationship`, `verdict`), and for the bundled samples `from` and `subject`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from tactful.errors import ContextError, InputError
from tactful.models import (
    ASKS,
    CHANNELS,
    FLAGS,
    OUTCOMES,
    RELATIONSHIPS,
    VERDICTS,
    Channel,
    Context,
    Interaction,
    Relationship,
    ReputationNote,
    Sender,
)


def context_from_dict(data: object, where: str = "context") -> Context:
    """A Context from the `context` object of the data schema; errors name the bad field."""
    if data is None:
        return Context()
    if not isinstance(data, Mapping):
        raise ContextError(f"{where}: must be a JSON object with relationship, history, reputation")
    unknown = sorted(set(data) - {"relationship", "history", "reputation"})
    if unknown:
        raise ContextError(f"{where}: unknown field {unknown[0]!r} "
                           "(expected relationship, history, reputation)")
    rel = data.get("relationship")
    if rel is not None and rel not in RELATIONSHIPS:
        raise ContextError(f"{where}.relationship: {rel!r} is not one of {', '.join(RELATIONSHIPS)}")
    history = tuple(_interaction(h, f"{where}.history[{i}]")
                    for i, h in enumerate(_list(data, "history", where)))
    reputation = tuple(_note(n, f"{where}.reputation[{i}]")
                       for i, n in enumerate(_list(data, "reputation", where)))
    return Context(relationship=cast("Relationship | None", rel), history=history, reputation=reputation)


def _list(data: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ContextError(f"{where}.{key}: must be a list")
    return value


def _interaction(item: object, where: str) -> Interaction:
    if not isinstance(item, Mapping):
        raise ContextError(f"{where}: must be an object with date, outcome, note")
    outcome = item.get("outcome")
    if outcome not in OUTCOMES:
        raise ContextError(f"{where}.outcome: {outcome!r} is not one of {', '.join(OUTCOMES)}")
    return Interaction(date=str(item.get("date", "")), outcome=outcome,
                       note=str(item.get("note", "")), channel=str(item.get("channel", "")))


def _note(item: object, where: str) -> ReputationNote:
    if not isinstance(item, Mapping) or not isinstance(item.get("note"), str):
        raise ContextError(f"{where}: must be an object with a 'note' string")
    return ReputationNote(note=item["note"], source=str(item.get("source", "")),
                          date=str(item.get("date", "")))


@dataclass(frozen=True)
class Expected:
    """The hand labels of a record."""

    flags: frozenset[str]
    asks: frozenset[str]
    relationship: str
    verdict: str


@dataclass(frozen=True)
class Record:
    """One labelled message."""

    id: str
    channel: Channel
    text: str
    context: Context
    expected: Expected | None
    sender: Sender
    subject: str


def _expected(data: object, where: str) -> Expected | None:
    if data is None:
        return None
    if not isinstance(data, Mapping):
        raise InputError(f"{where}.expected: must be an object")
    flags, asks = data.get("flags", []), data.get("asks", [])
    bad = [f for f in flags if f not in FLAGS] + [a for a in asks if a not in ASKS]
    if bad:
        raise InputError(f"{where}.expected: unknown flag or ask {bad[0]!r}")
    rel, verdict = data.get("relationship"), data.get("verdict")
    if rel not in RELATIONSHIPS or verdict not in VERDICTS:
        raise InputError(f"{where}.expected: relationship and verdict must be set to known values")
    return Expected(frozenset(flags), frozenset(asks) or frozenset({"none"}), rel, verdict)


def record_from_dict(data: object, where: str) -> Record:
    """One record of the labelled-data schema, validated."""
    if not isinstance(data, Mapping):
        raise InputError(f"{where}: a record must be a JSON object")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: 'text' must be a non-empty string")
    channel = data.get("channel", "unknown")
    if channel not in CHANNELS:
        raise InputError(f"{where}: channel {channel!r} is not one of {', '.join(CHANNELS)}")
    sender = data.get("from") or {}
    if not isinstance(sender, Mapping):
        raise InputError(f"{where}: 'from' must be an object with name, email, profile_url")
    return Record(
        id=str(data.get("id", where)),
        channel=channel,
        text=text,
        context=context_from_dict(data.get("context"), f"{where}: context"),
        expected=_expected(data.get("expected"), where),
        sender=Sender(name=str(sender.get("name", "")), email=str(sender.get("email", "")),
                      profile_url=str(sender.get("profile_url", ""))),
        subject=str(data.get("subject", "")),
    )


def read_records(path: Path) -> Iterator[Record]:
    """Every record of a JSONL file; a bad line raises InputError naming the file and line."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot open ({exc.strerror})") from exc
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{where}: not valid JSON ({exc.msg})") from exc
            yield record_from_dict(data, where)
