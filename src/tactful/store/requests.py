"""Requests seen, the user's decisions on them, the corrections among those, and time committed.

A request is stored once per source key.  Decisions are appended; the latest one for a request is
the one that counts (for the budget and for learning), so changing one's mind keeps the history.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from datetime import date as Date

from tactful.errors import StoreError
from tactful.models import VERDICTS, Request, Sender, VerdictKind
from tactful.store.db import Row, Tx
from tactful.store.identities import normalise_email, normalise_profile_url
from tactful.store.people import add_person, find_person
from tactful.store.records import Correction, Decision, RequestRecord

_DECIDED = ("suggested", "chosen", "ask", "minutes", "draft")
# the latest decision for each request
LATEST = "d.id = (SELECT MAX(d2.id) FROM decisions d2 WHERE d2.request_id = d.request_id)"


def source_key_of(request: Request) -> str:
    """The request's own source key, or one derived from its content when it has none."""
    if request.source_key:
        return request.source_key
    s = request.sender
    parts = [s.name, s.email, s.profile_url, request.channel, request.subject, request.text]
    parts.append(request.sent_at.isoformat() if request.sent_at else "")
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"sha256:{digest[:32]}"


def _verdict(value: str, what: str) -> VerdictKind:
    if value not in VERDICTS:
        raise StoreError(f"{what} must be one of {', '.join(VERDICTS)}, not {value!r}")
    return value


def _address(normalise: Callable[[str], str], value: str) -> str:
    """The address normalised for joining; kept as written when it is malformed."""
    try:
        return normalise(value) if value.strip() else ""
    except StoreError:
        return value.strip()


def record_request(tx: Tx, request: Request, suggested: str, assessment_json: str, now: str) -> int:
    """Store a request seen (once per source key) and return its id."""
    verdict = _verdict(suggested, "the suggested verdict")
    key = source_key_of(request)
    existing = tx.one("SELECT id FROM requests WHERE source_key = ?", (key,))
    if existing:
        return int(existing["id"])
    person = find_person(tx, request.sender)
    s = request.sender
    return tx.insert(
        "INSERT INTO requests (source_key, person_id, channel, sender_name, sender_email, "
        "sender_profile_url, subject, text, sent_at, thread_id, suggested, assessment, seen_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            key,
            person.id if person else None,
            request.channel,
            s.name,
            _address(normalise_email, s.email),
            _address(normalise_profile_url, s.profile_url),
            request.subject,
            request.text,
            request.sent_at.isoformat() if request.sent_at else None,
            request.thread_id,
            verdict,
            assessment_json or "{}",
            now,
        ),
    )


def get_request(tx: Tx, ref: int | str) -> RequestRecord | None:
    """A request by id, or by source key when given a string that is not a number."""
    if isinstance(ref, int) or ref.isdigit():
        row = tx.one("SELECT * FROM requests WHERE id = ?", (int(ref),))
    else:
        row = tx.one("SELECT * FROM requests WHERE source_key = ?", (ref,))
    return _request(row) if row else None


def _request(row: Row) -> RequestRecord:
    return RequestRecord(
        id=int(row["id"]),
        source_key=str(row["source_key"]),
        person_id=None if row["person_id"] is None else int(row["person_id"]),
        channel=str(row["channel"]),
        sender=Sender(
            name=str(row["sender_name"]),
            email=str(row["sender_email"]),
            profile_url=str(row["sender_profile_url"]),
        ),
        subject=str(row["subject"]),
        text=str(row["text"]),
        sent_at=row["sent_at"],
        thread_id=str(row["thread_id"]),
        suggested=row["suggested"],
        assessment_json=str(row["assessment"]),
        seen_at=str(row["seen_at"]),
    )


def _assessed(assessment_json: str) -> tuple[int, str]:
    """The minutes and the costliest ask in an assessment's JSON (as `Triage.to_dict` writes it)."""
    try:
        data = json.loads(assessment_json)
    except json.JSONDecodeError:
        return 0, "none"
    if not isinstance(data, dict):
        return 0, "none"
    minutes = data.get("minutes")
    asks = [a for a in data.get("asks") or [] if isinstance(a, dict) and a.get("kind")]
    costliest = max(asks, key=lambda a: a.get("minutes") or 0, default={"kind": "none"})
    return (minutes if isinstance(minutes, int) else 0), str(costliest["kind"])


def record_decision(
    tx: Tx,
    request_id: int,
    chosen: str,
    minutes: int | None,
    draft: str,
    ask: str | None,
    now: str,
) -> Decision:
    """Record the user's choice; the sender becomes a person so corrections can follow them."""
    verdict = _verdict(chosen, "the chosen verdict")
    request = get_request(tx, request_id)
    if request is None:
        raise StoreError(f"no request with id {request_id} in the ledger")
    assessed_minutes, assessed_ask = _assessed(request.assessment_json)
    if minutes is None:
        minutes = assessed_minutes if verdict == "accept" else 0
    if minutes < 0:
        raise StoreError(f"minutes must be 0 or more, not {minutes}")
    values = (request.suggested, verdict, ask or assessed_ask, minutes, draft)
    latest = tx.one(f"SELECT * FROM decisions d WHERE d.request_id = ? AND {LATEST}", (request_id,))
    if latest and tuple(latest[k] for k in _DECIDED) == values:
        return _decision(latest)  # the same decision again: nothing new to record
    if request.person_id is None:
        _adopt_sender(tx, request, now)
    decision_id = tx.insert(
        "INSERT INTO decisions (request_id, suggested, chosen, ask, minutes, draft, decided_at, "
        "is_correction) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (request_id, *values, now, int(verdict != request.suggested)),
    )
    row = tx.one("SELECT * FROM decisions WHERE id = ?", (decision_id,))
    assert row is not None
    return _decision(row)


def _adopt_sender(tx: Tx, request: RequestRecord, now: str) -> None:
    s = request.sender
    if not (s.name.strip() or s.email.strip() or s.profile_url.strip()):
        return
    person = find_person(tx, s)
    if person is None:
        emails = [s.email] if "@" in s.email else []
        urls = [s.profile_url] if s.profile_url else []
        person = add_person(tx, s.name, emails, urls, now)
    tx.run("UPDATE requests SET person_id = ? WHERE id = ?", (person.id, request.id))


def _decision(row: Row) -> Decision:
    return Decision(
        id=int(row["id"]),
        request_id=int(row["request_id"]),
        suggested=row["suggested"],
        chosen=row["chosen"],
        ask=str(row["ask"]),
        minutes=int(row["minutes"]),
        draft=str(row["draft"]),
        decided_at=str(row["decided_at"]),
        is_correction=bool(row["is_correction"]),
    )


def decisions_for(tx: Tx, request_id: int) -> list[Decision]:
    """Every decision recorded for a request, oldest first (the last one counts)."""
    rows = tx.rows("SELECT * FROM decisions WHERE request_id = ? ORDER BY id", (request_id,))
    return [_decision(r) for r in rows]


def corrections(tx: Tx, person_id: int | None = None) -> list[Correction]:
    """The requests where the user's latest decision overruled tactful, oldest first."""
    sql = "SELECT * FROM corrections"
    params: tuple[int, ...] = ()
    if person_id is not None:
        sql += " WHERE person_id = ?"
        params = (person_id,)
    rows = tx.rows(sql + " ORDER BY decision_id", params)
    return [
        Correction(
            decision_id=int(r["decision_id"]),
            request_id=int(r["request_id"]),
            person_id=None if r["person_id"] is None else int(r["person_id"]),
            source_key=str(r["source_key"]),
            channel=str(r["channel"]),
            subject=str(r["subject"]),
            text=str(r["text"]),
            suggested=r["suggested"],
            chosen=r["chosen"],
            decided_at=str(r["decided_at"]),
        )
        for r in rows
    ]


def since_instant(since: Date | datetime) -> str:
    """The stored-timestamp form of a start: a date means midnight local time."""
    start = since if isinstance(since, datetime) else datetime(since.year, since.month, since.day)
    if start.tzinfo is None:
        start = start.astimezone()  # naive means local time
    return start.astimezone(UTC).isoformat(timespec="microseconds")


def minutes_by_ask(tx: Tx, since: Date | datetime) -> dict[str, int]:
    """Minutes committed since a moment, per kind of ask (latest decision per request only)."""
    rows = tx.rows(
        f"SELECT d.ask AS ask, SUM(d.minutes) AS minutes FROM decisions d "
        f"WHERE {LATEST} AND d.decided_at >= ? AND d.minutes > 0 GROUP BY d.ask ORDER BY d.ask",
        (since_instant(since),),
    )
    return {str(r["ask"]): int(r["minutes"]) for r in rows}
