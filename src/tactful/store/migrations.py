"""The ledger's schema, as an ordered list of small named migrations.

Each migration runs in its own write transaction together with the row in `_migrations` that records
it, so a migration is either wholly applied and recorded or not at all, and two processes migrating
at once apply each one exactly once.  A released migration is never edited: change the schema by
appending a new function.  The same SQL serves SQLite and PostgreSQL; only the auto-numbered primary
key differs (`{pk}` below).  Times are stored as ISO-8601 text in UTC, dates as `YYYY-MM-DD`, JSON
as text, and flags as 0/1 integers, so both backends hold exactly the same values.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from tactful.errors import StoreError
from tactful.store.db import Database, Tx
from tactful.store.records import Status

Migration = Callable[[Tx], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    """Register fn as the next migration, under its own name."""
    MIGRATIONS.append((fn.__name__, fn))
    return fn


def _create(tx: Tx, *statements: str) -> None:
    for sql in statements:
        tx.run(sql.format(pk=tx.dialect.primary_key))


@migration
def m001_people(tx: Tx) -> None:
    """People and the identities (e-mail, profile URL, name) that lead to them."""
    _create(
        tx,
        """CREATE TABLE people (
            id {pk},
            display_name TEXT NOT NULL,
            relationship TEXT CHECK (relationship IN
                ('stranger', 'weak_tie', 'acquaintance', 'known')),
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE identities (
            id {pk},
            person_id BIGINT NOT NULL REFERENCES people (id),
            kind TEXT NOT NULL CHECK (kind IN ('email', 'profile_url', 'name')),
            value TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        # an address or profile belongs to one person; a name may be shared by several
        """CREATE UNIQUE INDEX identities_address ON identities (kind, value)
            WHERE kind IN ('email', 'profile_url')""",
        "CREATE UNIQUE INDEX identities_person ON identities (person_id, kind, value)",
        "CREATE INDEX identities_lookup ON identities (kind, value)",
    )


@migration
def m002_interactions(tx: Tx) -> None:
    """Interactions with a person, and how they went."""
    _create(
        tx,
        """CREATE TABLE interactions (
            id {pk},
            person_id BIGINT NOT NULL REFERENCES people (id),
            date TEXT NOT NULL,
            channel TEXT NOT NULL DEFAULT '',
            direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound', 'mutual')),
            outcome TEXT NOT NULL CHECK (outcome IN ('positive', 'neutral', 'negative')),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX interactions_person ON interactions (person_id, date)",
    )


@migration
def m003_reputation_notes(tx: Tx) -> None:
    """What the user knows or heard about a person's reputation."""
    _create(
        tx,
        """CREATE TABLE reputation_notes (
            id {pk},
            person_id BIGINT NOT NULL REFERENCES people (id),
            note TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX reputation_notes_person ON reputation_notes (person_id)",
    )


@migration
def m004_requests(tx: Tx) -> None:
    """Requests seen, one row per source key, with the suggested verdict and the assessment."""
    _create(
        tx,
        """CREATE TABLE requests (
            id {pk},
            source_key TEXT NOT NULL UNIQUE,
            person_id BIGINT REFERENCES people (id),
            channel TEXT NOT NULL DEFAULT 'unknown',
            sender_name TEXT NOT NULL DEFAULT '',
            sender_email TEXT NOT NULL DEFAULT '',
            sender_profile_url TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            sent_at TEXT,
            thread_id TEXT NOT NULL DEFAULT '',
            suggested TEXT NOT NULL,
            assessment TEXT NOT NULL DEFAULT '{{}}',
            seen_at TEXT NOT NULL
        )""",
        "CREATE INDEX requests_person ON requests (person_id)",
        "CREATE INDEX requests_sender_email ON requests (sender_email)",
        "CREATE INDEX requests_sender_profile ON requests (sender_profile_url)",
    )


@migration
def m005_decisions(tx: Tx) -> None:
    """The user's decisions on requests; the latest per request counts."""
    _create(
        tx,
        """CREATE TABLE decisions (
            id {pk},
            request_id BIGINT NOT NULL REFERENCES requests (id),
            suggested TEXT NOT NULL,
            chosen TEXT NOT NULL,
            ask TEXT NOT NULL DEFAULT 'none',
            minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
            draft TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL,
            is_correction INTEGER NOT NULL CHECK (is_correction IN (0, 1))
        )""",
        "CREATE INDEX decisions_request ON decisions (request_id)",
        "CREATE INDEX decisions_decided_at ON decisions (decided_at)",
    )


@migration
def m006_settings(tx: Tx) -> None:
    """The user's settings, one JSON value per key."""
    _create(
        tx,
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
    )


@migration
def m007_corrections_view(tx: Tx) -> None:
    """Corrections to learn from: the latest decision per request, where it overruled tactful."""
    _create(
        tx,
        """CREATE VIEW corrections AS
            SELECT d.id AS decision_id, d.request_id, r.person_id, r.source_key, r.channel,
                   r.subject, r.text, d.suggested, d.chosen, d.decided_at
            FROM decisions d JOIN requests r ON r.id = d.request_id
            WHERE d.is_correction = 1
              AND d.id = (SELECT MAX(d2.id) FROM decisions d2
                          WHERE d2.request_id = d.request_id)""",
    )


@migration
def m008_personal_layer(tx: Tx) -> None:
    """The personal layer `tactful learn` builds from the corrections; the latest row is in force."""
    _create(
        tx,
        """CREATE TABLE personal_layer (
            id {pk},
            format TEXT NOT NULL,
            digest TEXT NOT NULL,
            examples INTEGER NOT NULL CHECK (examples >= 0),
            model TEXT NOT NULL,
            built_at TEXT NOT NULL
        )""",
    )


def _ensure_table(db: Database) -> None:
    with db.transaction(write=True) as tx:
        if "_migrations" not in db.table_names(tx):
            tx.run("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")


def _applied(db: Database, tx: Tx) -> list[str]:
    if "_migrations" not in db.table_names(tx):
        return []
    return [str(r["name"]) for r in tx.rows("SELECT name FROM _migrations")]


def migrate(db: Database) -> tuple[str, ...]:
    """Apply every pending migration in order, each in its own transaction; return their names."""
    _ensure_table(db)
    _refuse_newer(db)
    done: list[str] = []
    for name, fn in MIGRATIONS:
        with db.transaction(write=True) as tx:
            if tx.one("SELECT name FROM _migrations WHERE name = ?", (name,)):
                continue
            fn(tx)
            now = datetime.now(UTC).isoformat(timespec="microseconds")
            tx.run("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (name, now))
        done.append(name)
    return tuple(done)


def status(db: Database) -> Status:
    """Which migrations the ledger has, which are pending, and any this version does not know."""
    with db.transaction(write=False) as tx:
        applied = set(_applied(db, tx))
    known = [name for name, _ in MIGRATIONS]
    return Status(
        backend=db.backend,
        location=db.location,
        applied=tuple(n for n in known if n in applied),
        pending=tuple(n for n in known if n not in applied),
        unknown=tuple(sorted(applied - set(known))),
    )


def _refuse_newer(db: Database) -> None:
    unknown = status(db).unknown
    if unknown:
        raise StoreError(
            f"{db.location}: the ledger has migrations this version of tactful does not know "
            f"({', '.join(unknown)}); upgrade tactful before using it"
        )
