"""The Ledger: the typed API over the user's records, one transaction per call.

Each method opens one transaction (a write transaction when it changes anything) and calls the
query functions of `people`, `history`, `requests`, `settings` and `personal`, so a call is atomic:
a merge or a loaded context is applied whole or not at all.  Open one with `tactful.store.open_ledger`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from datetime import date as Date
from pathlib import Path
from types import TracebackType

from tactful.models import Context, Outcome, Relationship, Request, Sender
from tactful.store import export, history, migrations, people, personal, requests, settings
from tactful.store.db import Backend, Database
from tactful.store.records import (
    JSON,
    Correction,
    Decision,
    Direction,
    InteractionRecord,
    LayerVersion,
    NoteRecord,
    Person,
    RequestRecord,
    Status,
)
from tactful.store.sqlite import SqliteDatabase


def utc_now() -> datetime:
    """The current time in UTC (the default clock)."""
    return datetime.now(UTC)


class Ledger:
    """The user's records about people, requests and decisions, in SQLite or PostgreSQL."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._clock = clock

    # -- the database itself ---------------------------------------------------------------

    @property
    def backend(self) -> Backend:
        """`sqlite` or `postgresql`."""
        return self._db.backend

    @property
    def location(self) -> str:
        """The file path or the URL (password hidden) of the ledger."""
        return self._db.location

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="microseconds")

    def migrate(self) -> tuple[str, ...]:
        """Apply the pending migrations; return the names of those applied now."""
        return migrations.migrate(self._db)

    def status(self) -> Status:
        """The backend, location, and applied and pending migrations."""
        return migrations.status(self._db)

    def backup(self, dest: str | Path) -> Path:
        """A consistent copy: a SQLite file, or for PostgreSQL a JSON dump of every table."""
        target = Path(dest).expanduser()
        if isinstance(self._db, SqliteDatabase):
            return self._db.backup(target)
        applied = list(self.status().applied)
        with self._db.transaction(write=False) as tx:
            return export.write_dump(tx, target, applied, self._db.table_names(tx))

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- people ----------------------------------------------------------------------------

    def add_person(self, name: str, emails: Iterable[str] = (), profile_urls: Iterable[str] = ()) -> Person:
        """Add a person, or return the one these identities already lead to (never a duplicate)."""
        with self._db.transaction(write=True) as tx:
            return people.add_person(tx, name, list(emails), list(profile_urls), self._now())

    def find_person(self, sender: Sender) -> Person | None:
        """The person a sender is: by e-mail, else profile URL, else a name only one person has."""
        with self._db.transaction(write=False) as tx:
            return people.find_person(tx, sender)

    def get_person(self, person_id: int) -> Person | None:
        """The person with that id, or None."""
        with self._db.transaction(write=False) as tx:
            return people.get_person(tx, person_id)

    def list_people(self) -> list[Person]:
        """Everyone in the ledger, in the order they were added."""
        with self._db.transaction(write=False) as tx:
            return people.list_people(tx)

    def set_relationship(self, person_id: int, relationship: Relationship | None) -> None:
        """Record how well the user knows a person (None to forget it)."""
        with self._db.transaction(write=True) as tx:
            people.set_relationship(tx, person_id, relationship)

    def merge_people(self, keep: int, drop: int) -> Person:
        """Fold person `drop` into `keep`, moving everything; atomic."""
        with self._db.transaction(write=True) as tx:
            return people.merge_people(tx, keep, drop)

    # -- what the user knows about them ----------------------------------------------------

    def log_interaction(
        self,
        person_id: int,
        when: Date | str,
        outcome: Outcome,
        *,
        channel: str = "",
        direction: Direction = "mutual",
        note: str = "",
    ) -> int:
        """Record an interaction and how it went; the same one logged twice is stored once."""
        with self._db.transaction(write=True) as tx:
            return history.log_interaction(
                tx, person_id, when, outcome, channel, direction, note, self._now()
            )

    def interactions_for(self, person_id: int) -> list[InteractionRecord]:
        """The person's interactions, oldest first."""
        with self._db.transaction(write=False) as tx:
            return history.interactions_for(tx, person_id)

    def add_reputation_note(
        self, person_id: int, note: str, *, source: str = "", when: Date | str | None = None
    ) -> int:
        """Record a reputation note about a person; the same note twice is stored once."""
        with self._db.transaction(write=True) as tx:
            return history.add_reputation_note(tx, person_id, note, source, when, self._now())

    def reputation_notes_for(self, person_id: int) -> list[NoteRecord]:
        """The reputation notes about a person."""
        with self._db.transaction(write=False) as tx:
            return history.notes_for(tx, person_id)

    def context_for(self, sender: Sender) -> Context:
        """The sender's relationship, history and reputation as the engine reads them."""
        with self._db.transaction(write=False) as tx:
            return history.context_for(tx, sender)

    def load_context(self, sender: Sender, context: Context) -> Person:
        """Write a Context into the ledger as the sender's records (used by `tactful eval`)."""
        with self._db.transaction(write=True) as tx:
            return history.load_context(tx, sender, context, self._now())

    # -- requests, decisions, corrections, budget -------------------------------------------

    def record_request(self, request: Request, suggested: str, assessment_json: str = "{}") -> int:
        """Store a request seen with its suggested verdict; the same source key is stored once."""
        with self._db.transaction(write=True) as tx:
            return requests.record_request(tx, request, suggested, assessment_json, self._now())

    def get_request(self, ref: int | str) -> RequestRecord | None:
        """A request by id or by source key, or None."""
        with self._db.transaction(write=False) as tx:
            return requests.get_request(tx, ref)

    def record_decision(
        self,
        request_id: int,
        chosen: str,
        *,
        minutes: int | None = None,
        draft: str = "",
        ask: str | None = None,
    ) -> Decision:
        """Record the user's verdict on a request; a correction when it differs from the suggestion.

        `minutes` defaults to the assessed cost for `accept` and 0 otherwise; `ask` to the
        costliest ask in the assessment.
        """
        with self._db.transaction(write=True) as tx:
            return requests.record_decision(tx, request_id, chosen, minutes, draft, ask, self._now())

    def decisions_for(self, request_id: int) -> list[Decision]:
        """Every decision on a request, oldest first; the last one counts."""
        with self._db.transaction(write=False) as tx:
            return requests.decisions_for(tx, request_id)

    def corrections_for(self, person: int | Sender) -> list[Correction]:
        """The corrections the user made for one person (by id, or the person a sender is)."""
        with self._db.transaction(write=False) as tx:
            if isinstance(person, Sender):
                found = people.find_person(tx, person)
                if found is None:
                    return []
                person = found.id
            return requests.corrections(tx, person)

    def corrections(self) -> list[Correction]:
        """Every correction in the ledger, oldest first: what `tactful learn` folds in."""
        with self._db.transaction(write=False) as tx:
            return requests.corrections(tx)

    def committed_minutes(self, since: Date | datetime) -> int:
        """Minutes committed by decisions taken since then (a date means local midnight)."""
        return sum(self.minutes_by_ask(since).values())

    def minutes_by_ask(self, since: Date | datetime) -> dict[str, int]:
        """Minutes committed since then, by kind of ask."""
        with self._db.transaction(write=False) as tx:
            return requests.minutes_by_ask(tx, since)

    # -- the personal layer (`tactful learn`) ----------------------------------------------

    def save_personal_layer(self, model: dict[str, object], examples: int) -> tuple[LayerVersion, bool]:
        """Store a personal layer unless it is the one in force; return the version and if it is new."""
        with self._db.transaction(write=True) as tx:
            return personal.save_layer(tx, model, examples, self._now())

    def personal_layer(self) -> tuple[LayerVersion, str] | None:
        """The personal layer in force and its model as JSON text, or None before `tactful learn`."""
        with self._db.transaction(write=False) as tx:
            version = personal.current_version(tx)
            model = personal.current_model(tx)
        return None if version is None or model is None else (version, model)

    # -- settings and export ---------------------------------------------------------------

    def get_setting(self, key: str, default: JSON = None) -> JSON:
        """A setting's value, or default."""
        with self._db.transaction(write=False) as tx:
            return settings.get_setting(tx, key, default)

    def set_setting(self, key: str, value: JSON) -> None:
        """Set a setting to a JSON value."""
        with self._db.transaction(write=True) as tx:
            settings.set_setting(tx, key, value, self._now())

    def delete_setting(self, key: str) -> bool:
        """Remove a setting; True when it was set."""
        with self._db.transaction(write=True) as tx:
            return settings.delete_setting(tx, key)

    def all_settings(self) -> dict[str, JSON]:
        """Every setting, by key."""
        with self._db.transaction(write=False) as tx:
            return settings.all_settings(tx)

    def export_rows(self) -> dict[str, list[dict[str, object]]]:
        """Every row of every table, read in one snapshot, for JSON or CSV export."""
        with self._db.transaction(write=False) as tx:
            return export.export_rows(tx, self._db.table_names(tx))

    def export_tables(self) -> dict[str, export.Table]:
        """Every table's columns and rows, read in one snapshot (`tactful export`)."""
        with self._db.transaction(write=False) as tx:
            return export.export_tables(tx, self._db.table_names(tx))
