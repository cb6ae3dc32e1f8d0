"""Backups: a consistent copy that opens, never written over an existing file."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
import time
from pathlib import Path

import pytest

from tactful.errors import StoreError
from tactful.models import Request, Sender
from tactful.store import Ledger, open_ledger


def _fill(ledger: Ledger) -> None:
    person = ledger.add_person("Rae Ng", emails=["rae@example.com"])
    ledger.log_interaction(person.id, "2025-02-02", "negative", note="asked me to lie")
    ledger.add_reputation_note(person.id, "Sells fake reviews.", source="news")
    rid = ledger.record_request(
        Request(text="Quick favour?", sender=Sender(email="rae@example.com"), source_key="r1"),
        "decline",
    )
    ledger.record_decision(rid, "ignore")
    ledger.set_setting("user_name", "Sam")


def test_a_sqlite_backup_is_a_single_file_that_opens_with_every_row(tmp_path: Path) -> None:
    with open_ledger(str(tmp_path / "ledger.db")) as ledger:
        _fill(ledger)
        dest = ledger.backup(tmp_path / "backups" / "copy.db")
        rows = ledger.export_rows()
    assert dest == tmp_path / "backups" / "copy.db"
    assert not Path(str(dest) + "-wal").exists()
    with sqlite3.connect(dest) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with open_ledger(str(dest)) as copy:
        assert copy.migrate() == ()
        assert copy.export_rows() == rows
        assert copy.context_for(Sender(email="rae@example.com")).history[0].note == ("asked me to lie")


def test_a_backup_never_overwrites_a_file(ledger: Ledger, tmp_path: Path) -> None:
    dest = tmp_path / "exists.bak"
    dest.write_text("precious")
    with pytest.raises(StoreError, match="exists"):
        ledger.backup(dest)
    assert dest.read_text() == "precious"


def test_a_postgresql_backup_is_a_json_dump_of_every_table(pg_url: str, tmp_path: Path) -> None:
    with open_ledger(pg_url) as ledger:
        _fill(ledger)
        dest = ledger.backup(tmp_path / "ledger.json")
        rows = ledger.export_rows()
        applied = list(ledger.status().applied)
    dump = json.loads(dest.read_text(encoding="utf-8"))
    assert dump["format"] == "tactful-ledger-dump/1"
    assert dump["migrations"] == applied
    assert dump["tables"] == json.loads(json.dumps(rows, default=str))
    assert not (tmp_path / "ledger.json.partial").exists()


def _write_while_backing_up(path: str, count: int) -> None:
    with open_ledger(path) as ledger:
        person = ledger.add_person("Busy Writer", emails=["busy@example.com"])
        for i in range(count):
            ledger.log_interaction(person.id, "2025-01-01", "neutral", note=f"n{i}")


def test_a_sqlite_backup_taken_during_writes_is_consistent(tmp_path: Path) -> None:
    path = str(tmp_path / "ledger.db")
    writes = 1000
    with open_ledger(path) as ledger:
        person = ledger.add_person("Busy Writer", emails=["busy@example.com"])
        writer = multiprocessing.get_context("spawn").Process(
            target=_write_while_backing_up, args=(path, writes)
        )
        writer.start()
        deadline = time.monotonic() + 60
        while not ledger.interactions_for(person.id) and time.monotonic() < deadline:
            time.sleep(0.01)
        copies: list[Path] = []
        while writer.is_alive() and len(copies) < 40:
            copies.append(ledger.backup(tmp_path / f"copy{len(copies)}.db"))
        writer.join(60)
    assert writer.exitcode == 0
    counts = []
    for copy in copies:
        with sqlite3.connect(copy) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            notes = [r[0] for r in raw.execute("SELECT note FROM interactions ORDER BY id")]
        # a consistent copy holds a prefix of the writes, never a gap
        assert notes == [f"n{i}" for i in range(len(notes))]
        counts.append(len(notes))
    assert counts == sorted(counts)
    assert any(0 < n < writes for n in counts), "no copy was taken while the writer wrote"
