"""What the user knows about a person: interactions, reputation notes, and their Context.

Logging the same interaction or note twice stores it once, so re-running a command is harmless.
"""

from __future__ import annotations

from datetime import date as Date

from tactful.errors import StoreError
from tactful.models import OUTCOMES, RELATIONSHIPS, Context, Outcome, Relationship, Sender
from tactful.store.db import Row, Tx
from tactful.store.people import add_person, find_person, get_person, set_relationship
from tactful.store.records import DIRECTIONS, Direction, InteractionRecord, NoteRecord, Person


def as_date(value: Date | str) -> str:
    """A date as stored: `YYYY-MM-DD` (a string is checked, not guessed at)."""
    if isinstance(value, Date):
        return value.isoformat()[:10]
    try:
        return Date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError as exc:
        raise StoreError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def _require_person(tx: Tx, person_id: int) -> None:
    if not tx.one("SELECT id FROM people WHERE id = ?", (person_id,)):
        raise StoreError(f"no person with id {person_id} in the ledger; see `tactful people list`")


def log_interaction(
    tx: Tx,
    person_id: int,
    when: Date | str,
    outcome: Outcome,
    channel: str,
    direction: Direction,
    note: str,
    now: str,
) -> int:
    """Record an interaction (once: the same one logged again returns the first id)."""
    if outcome not in OUTCOMES:
        raise StoreError(f"outcome must be one of {', '.join(OUTCOMES)}, not {outcome!r}")
    if direction not in DIRECTIONS:
        raise StoreError(f"direction must be one of {', '.join(DIRECTIONS)}, not {direction!r}")
    _require_person(tx, person_id)
    values = (person_id, as_date(when), channel.strip(), direction, outcome, note.strip())
    existing = tx.one(
        "SELECT id FROM interactions WHERE person_id = ? AND date = ? AND channel = ? "
        "AND direction = ? AND outcome = ? AND note = ?",
        values,
    )
    if existing:
        return int(existing["id"])
    return tx.insert(
        "INSERT INTO interactions (person_id, date, channel, direction, outcome, note, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (*values, now),
    )


def add_reputation_note(
    tx: Tx, person_id: int, note: str, source: str, when: Date | str | None, now: str
) -> int:
    """Record a reputation note (once: the same note again returns the first id)."""
    if not note.strip():
        raise StoreError("a reputation note cannot be empty")
    _require_person(tx, person_id)
    values = (person_id, note.strip(), source.strip(), as_date(when) if when else "")
    existing = tx.one(
        "SELECT id FROM reputation_notes WHERE person_id = ? AND note = ? AND source = ? AND date = ?",
        values,
    )
    if existing:
        return int(existing["id"])
    return tx.insert(
        "INSERT INTO reputation_notes (person_id, note, source, date, created_at) VALUES (?, ?, ?, ?, ?)",
        (*values, now),
    )


def interactions_for(tx: Tx, person_id: int) -> list[InteractionRecord]:
    """The person's interactions, oldest first."""
    rows = tx.rows("SELECT * FROM interactions WHERE person_id = ? ORDER BY date, id", (person_id,))
    return [_interaction(r) for r in rows]


def _interaction(row: Row) -> InteractionRecord:
    return InteractionRecord(
        id=int(row["id"]),
        person_id=int(row["person_id"]),
        date=str(row["date"]),
        outcome=row["outcome"],
        channel=str(row["channel"]),
        direction=row["direction"],
        note=str(row["note"]),
        created_at=str(row["created_at"]),
    )


def notes_for(tx: Tx, person_id: int) -> list[NoteRecord]:
    """The reputation notes about the person, in the order they were added."""
    rows = tx.rows("SELECT * FROM reputation_notes WHERE person_id = ? ORDER BY id", (person_id,))
    return [
        NoteRecord(
            id=int(r["id"]),
            person_id=int(r["person_id"]),
            note=str(r["note"]),
            source=str(r["source"]),
            date=str(r["date"]),
            created_at=str(r["created_at"]),
        )
        for r in rows
    ]


def relationship_from(history: list[InteractionRecord], stated: Relationship | None) -> Relationship | None:
    """How well the user knows someone: 2+ good interactions make them known, any an acquaintance.

    A relationship stated by the user or by connection data counts when it is the stronger one.
    """
    derived: Relationship | None = None
    if sum(1 for i in history if i.outcome == "positive") >= 2:
        derived = "known"
    elif history:
        derived = "acquaintance"
    candidates = [r for r in (derived, stated) if r is not None]
    return max(candidates, key=RELATIONSHIPS.index) if candidates else None


def context_for(tx: Tx, sender: Sender) -> Context:
    """What the ledger says about a sender; an empty Context when they are unknown."""
    person = find_person(tx, sender)
    if person is None:
        return Context()
    history = interactions_for(tx, person.id)
    return Context(
        relationship=relationship_from(history, person.relationship),
        history=tuple(i.to_model() for i in history),
        reputation=tuple(n.to_model() for n in notes_for(tx, person.id)),
    )


def load_context(tx: Tx, sender: Sender, context: Context, now: str) -> Person:
    """Write a Context into the ledger as the sender's records (for evaluation records)."""
    emails = [sender.email] if sender.email.strip() else []
    urls = [sender.profile_url] if sender.profile_url.strip() else []
    person = find_person(tx, sender) or add_person(tx, sender.name, emails, urls, now)
    if context.relationship is not None:
        set_relationship(tx, person.id, context.relationship)
    for item in context.history:
        log_interaction(tx, person.id, item.date, item.outcome, item.channel, "mutual", item.note, now)
    for rep in context.reputation:
        add_reputation_note(tx, person.id, rep.note, rep.source, rep.date or None, now)
    loaded = get_person(tx, person.id)
    assert loaded is not None
    return loaded
