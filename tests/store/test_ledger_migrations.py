"""Migrations apply once, in order, and the ledger says which it has."""

from __future__ import annotations

import pytest

from tactful.errors import StoreError
from tactful.store import MIGRATIONS, Ledger, open_ledger
from tactful.store.db import Tx

NAMES = tuple(name for name, _ in MIGRATIONS)


def test_a_new_ledger_has_every_migration_applied_in_order(ledger: Ledger) -> None:
    status = ledger.status()
    assert status.applied == NAMES
    assert status.pending == ()
    assert status.schema_version == len(NAMES)
    assert status.up_to_date


def test_migrating_again_is_a_no_op(ledger: Ledger) -> None:
    person = ledger.add_person("Ada Lovelace", emails=["ada@example.org"])
    assert ledger.migrate() == ()
    assert ledger.status().applied == NAMES
    assert ledger.get_person(person.id) == person


def test_reopening_a_ledger_applies_nothing_and_keeps_its_rows(ledger_url: str) -> None:
    with open_ledger(ledger_url) as first:
        first.set_setting("user_name", "Sam")
    with open_ledger(ledger_url) as second:
        assert second.migrate() == ()
        assert second.get_setting("user_name") == "Sam"


def test_a_ledger_opened_without_migrating_shows_every_migration_pending(ledger_url: str) -> None:
    with open_ledger(ledger_url, migrate=False) as raw:
        status = raw.status()
        assert status.applied == ()
        assert status.pending == NAMES
        assert raw.migrate() == NAMES
        assert raw.status().up_to_date


def test_status_names_the_backend_and_where_the_ledger_is(ledger: Ledger, ledger_url: str) -> None:
    status = ledger.status()
    if ledger.backend == "sqlite":
        assert status.location == ledger_url
    else:
        assert status.backend == "postgresql"
        assert status.location == ledger_url
    assert status.to_dict()["schema_version"] == len(NAMES)


def test_a_ledger_migrated_by_a_newer_tactful_is_refused(ledger: Ledger, ledger_url: str) -> None:
    with ledger._db.transaction(write=True) as tx:
        tx.run("INSERT INTO _migrations (name, applied_at) VALUES ('m999_future', 'x')")
    assert ledger.status().unknown == ("m999_future",)
    with pytest.raises(StoreError, match=r"m999_future.*upgrade tactful"):
        open_ledger(ledger_url)


def test_a_failing_migration_leaves_neither_its_changes_nor_its_record(
    ledger_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tactful.store import migrations

    def m900_broken(tx: Tx) -> None:
        tx.run("CREATE TABLE half_done (id INTEGER)")
        tx.run("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, ("m900_broken", m900_broken)])
    with open_ledger(ledger_url, migrate=False) as ledger:
        with pytest.raises(StoreError):
            ledger.migrate()
        status = ledger.status()
        assert status.applied == NAMES
        assert status.pending == ("m900_broken",)
        with ledger._db.transaction(write=False) as tx:
            assert "half_done" not in ledger._db.table_names(tx)
