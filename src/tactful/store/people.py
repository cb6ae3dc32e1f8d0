"""People and their identities: adding without duplicates, finding a sender, merging two records.

Every function takes an open transaction, so the ledger can compose them into one atomic change.
"""

from __future__ import annotations

from collections.abc import Iterable

from tactful.errors import StoreError
from tactful.models import RELATIONSHIPS, Relationship, Sender
from tactful.store.db import Row, Tx
from tactful.store.identities import (
    normalise_email,
    normalise_name,
    normalise_profile_url,
    sender_identities,
)
from tactful.store.records import Identity, Person

# tables whose rows belong to a person and move with them on a merge
PERSON_TABLES = ("interactions", "reputation_notes", "requests")


def add_person(tx: Tx, name: str, emails: Iterable[str], profile_urls: Iterable[str], now: str) -> Person:
    """The person with these identities, created if none of them is known yet (never twice)."""
    display = " ".join(name.split())
    addresses = [Identity("email", normalise_email(e)) for e in emails]
    addresses += [Identity("profile_url", normalise_profile_url(u)) for u in profile_urls]
    if not display and not addresses:
        raise StoreError("a person needs a name, an e-mail address or a profile URL")
    owners = {_owner(tx, i) for i in addresses} - {None}
    if len(owners) > 1:
        ids = ", ".join(str(o) for o in sorted(o for o in owners if o is not None))
        raise StoreError(f"those identities belong to different people ({ids}); merge them first")
    person_id = owners.pop() if owners else _by_name_only(tx, display, bool(addresses))
    if person_id is None:
        person_id = tx.insert(
            "INSERT INTO people (display_name, created_at) VALUES (?, ?)",
            (display or addresses[0].value, now),
        )
    wanted = addresses + ([Identity("name", normalise_name(display))] if display else [])
    for identity in wanted:
        _attach(tx, person_id, identity, now)
    _link_requests(tx, person_id, addresses)
    found = get_person(tx, person_id)
    assert found is not None
    return found


def _owner(tx: Tx, identity: Identity) -> int | None:
    row = tx.one(
        "SELECT person_id FROM identities WHERE kind = ? AND value = ?",
        (identity.kind, identity.value),
    )
    return int(row["person_id"]) if row else None


def _by_name_only(tx: Tx, display: str, has_addresses: bool) -> int | None:
    """An existing person to reuse when no address matched: same name, and nothing contradicts."""
    if not display:
        return None
    ids = _people_named(tx, normalise_name(display))
    if not has_addresses:
        return ids[0] if ids else None
    # adding the first address to someone known only by name: only when the name is unambiguous
    # and that person has no address of their own that could make them someone else
    if len(ids) == 1 and not tx.one(
        "SELECT id FROM identities WHERE person_id = ? AND kind <> 'name'", (ids[0],)
    ):
        return ids[0]
    return None


def _people_named(tx: Tx, name: str) -> list[int]:
    rows = tx.rows(
        "SELECT DISTINCT person_id FROM identities WHERE kind = 'name' AND value = ? ORDER BY person_id",
        (name,),
    )
    return [int(r["person_id"]) for r in rows]


def _attach(tx: Tx, person_id: int, identity: Identity, now: str) -> None:
    if tx.one(
        "SELECT id FROM identities WHERE person_id = ? AND kind = ? AND value = ?",
        (person_id, identity.kind, identity.value),
    ):
        return
    tx.run(
        "INSERT INTO identities (person_id, kind, value, created_at) VALUES (?, ?, ?, ?)",
        (person_id, identity.kind, identity.value, now),
    )


def _link_requests(tx: Tx, person_id: int, addresses: list[Identity]) -> None:
    """Requests seen before the person was known get linked to them by address."""
    for identity in addresses:
        column = "sender_email" if identity.kind == "email" else "sender_profile_url"
        tx.run(
            f"UPDATE requests SET person_id = ? WHERE person_id IS NULL AND {column} = ?",
            (person_id, identity.value),
        )


def find_person(tx: Tx, sender: Sender) -> Person | None:
    """The person a sender is: by e-mail, else profile URL, else a name only one person has."""
    for identity in sender_identities(sender):
        if identity.kind == "name":
            ids = _people_named(tx, identity.value)
            person_id = ids[0] if len(ids) == 1 else None
        else:
            person_id = _owner(tx, identity)
        if person_id is not None:
            return get_person(tx, person_id)
    return None


def get_person(tx: Tx, person_id: int) -> Person | None:
    """The person with that id, with their identities, or None."""
    row = tx.one("SELECT * FROM people WHERE id = ?", (person_id,))
    if row is None:
        return None
    identities = tx.rows("SELECT kind, value FROM identities WHERE person_id = ? ORDER BY id", (person_id,))
    return _person(row, identities)


def list_people(tx: Tx) -> list[Person]:
    """Everyone in the ledger, in the order they were added."""
    people = tx.rows("SELECT * FROM people ORDER BY id")
    identities: dict[int, list[Row]] = {}
    for row in tx.rows("SELECT person_id, kind, value FROM identities ORDER BY id"):
        identities.setdefault(int(row["person_id"]), []).append(row)
    return [_person(p, identities.get(int(p["id"]), [])) for p in people]


def _person(row: Row, identities: list[Row]) -> Person:
    relationship = row["relationship"]
    return Person(
        id=int(row["id"]),
        name=str(row["display_name"]),
        created_at=str(row["created_at"]),
        relationship=relationship if relationship in RELATIONSHIPS else None,
        identities=tuple(Identity(i["kind"], str(i["value"])) for i in identities),
    )


def set_relationship(tx: Tx, person_id: int, relationship: Relationship | None) -> None:
    """Record how well the user knows the person (from connection data or the user's word)."""
    if relationship is not None and relationship not in RELATIONSHIPS:
        raise StoreError(f"relationship must be one of {', '.join(RELATIONSHIPS)}")
    if not tx.run("UPDATE people SET relationship = ? WHERE id = ?", (relationship, person_id)):
        raise StoreError(f"no person with id {person_id} in the ledger")


def merge_people(tx: Tx, keep: int, drop: int) -> Person:
    """Fold `drop` into `keep`: identities, interactions, notes, requests move; drop goes."""
    if keep == drop:
        raise StoreError(f"cannot merge person {keep} with itself")
    kept, dropped = get_person(tx, keep), get_person(tx, drop)
    for person_id, person in ((keep, kept), (drop, dropped)):
        if person is None:
            raise StoreError(f"no person with id {person_id} in the ledger")
    assert kept is not None and dropped is not None
    # identities both already have (e.g. the same name) would collide: keep one copy
    tx.run(
        "DELETE FROM identities WHERE person_id = ? AND EXISTS (SELECT 1 FROM identities k "
        "WHERE k.person_id = ? AND k.kind = identities.kind AND k.value = identities.value)",
        (drop, keep),
    )
    tx.run("UPDATE identities SET person_id = ? WHERE person_id = ?", (keep, drop))
    for table in PERSON_TABLES:
        tx.run(f"UPDATE {table} SET person_id = ? WHERE person_id = ?", (keep, drop))
    if kept.relationship is None and dropped.relationship is not None:
        set_relationship(tx, keep, dropped.relationship)
    elif kept.relationship and dropped.relationship:
        stronger = max(kept.relationship, dropped.relationship, key=RELATIONSHIPS.index)
        set_relationship(tx, keep, stronger)
    tx.run("DELETE FROM people WHERE id = ?", (drop,))
    merged = get_person(tx, keep)
    assert merged is not None
    return merged
