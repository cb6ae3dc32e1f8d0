"""The ledger: what the user knows about people, the requests seen and the decisions taken.

connect.py     open_ledger(): a path, sqlite:///..., postgresql://... or the default file
ledger.py      Ledger, the typed API (one transaction per call)
records.py     the records it returns (Person, Decision, Correction, Status, ...)
migrations.py  the schema as an ordered list of named migrations
people.py      identities, finding a sender, merging       (query functions on a Tx)
history.py     interactions, reputation notes, Context     (query functions on a Tx)
requests.py    requests, decisions, corrections, budget    (query functions on a Tx)
settings.py    settings as JSON values                     (query functions on a Tx)
personal.py    versions of the personal layer (tactful learn) (query functions on a Tx)
export.py      every table's columns and rows, for export and JSON dumps
identities.py  normalising e-mail addresses, profile URLs and names
db.py          Database and Tx: what the ledger needs from a backend
sqlite.py      the SQLite backend (WAL, busy timeout, BEGIN IMMEDIATE)
postgres.py    the PostgreSQL backend (psycopg 3, imported only when used)
"""

from __future__ import annotations

from tactful.store.connect import default_path, open_ledger
from tactful.store.identities import normalise_email, normalise_name, normalise_profile_url
from tactful.store.ledger import Ledger
from tactful.store.migrations import MIGRATIONS
from tactful.store.records import (
    JSON,
    Correction,
    Decision,
    Direction,
    Identity,
    InteractionRecord,
    LayerVersion,
    NoteRecord,
    Person,
    RequestRecord,
    Status,
)

__all__ = [
    "JSON",
    "MIGRATIONS",
    "Correction",
    "Decision",
    "Direction",
    "Identity",
    "InteractionRecord",
    "LayerVersion",
    "Ledger",
    "NoteRecord",
    "Person",
    "RequestRecord",
    "Status",
    "default_path",
    "normalise_email",
    "normalise_name",
    "normalise_profile_url",
    "open_ledger",
]
