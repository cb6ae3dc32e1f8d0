"""Several processes writing to one ledger at once lose nothing and duplicate nothing."""

from __future__ import annotations

import multiprocessing
from typing import Any

from tactful.models import Request, Sender
from tactful.store import MIGRATIONS, open_ledger

PROCESSES = 4
WRITES = 50
LAYER: dict[str, object] = {"format": "tactful-personal/1", "threshold": 0.5, "idf": {}, "examples": []}


def _writer(url: str, worker: int, start: Any) -> None:
    start.wait()  # every process opens (and migrates) the fresh ledger at the same moment
    with open_ledger(url) as ledger:
        shared = ledger.add_person("Shared Contact", emails=["shared@example.com"])
        for i in range(WRITES):
            # a write of this process's own, which must not be lost ...
            ledger.log_interaction(shared.id, "2025-05-01", "neutral", note=f"worker {worker} #{i}")
            # ... and writes every process makes, which must not be duplicated
            sender = Sender(name=f"Person {i}", email=f"person{i}@example.com")
            ledger.add_person(sender.name, emails=[sender.email])
            ledger.record_request(
                Request(text=f"Request {i}", sender=sender, source_key=f"shared-{i}"), "accept"
            )
            ledger.record_request(
                Request(text=f"Mine {i}", sender=sender, source_key=f"w{worker}-{i}"), "decline"
            )
            if i % 5 == 0:  # a setting and a personal layer every process stores: one row each
                ledger.set_setting("weekly_budget_minutes", 90)
                ledger.save_personal_layer(LAYER, 0)


def test_concurrent_writers_lose_nothing_and_duplicate_nothing(ledger_url: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(PROCESSES)
    workers = [ctx.Process(target=_writer, args=(ledger_url, w, start)) for w in range(PROCESSES)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(180)
    assert [p.exitcode for p in workers] == [0] * PROCESSES

    with open_ledger(ledger_url) as ledger:
        rows = ledger.export_rows()
        status = ledger.status()
    assert status.applied == tuple(name for name, _ in MIGRATIONS)
    assert len(rows["interactions"]) == PROCESSES * WRITES
    notes = {r["note"] for r in rows["interactions"]}
    assert notes == {f"worker {w} #{i}" for w in range(PROCESSES) for i in range(WRITES)}
    assert len(rows["people"]) == WRITES + 1
    assert len(rows["identities"]) == 2 * (WRITES + 1)
    keys = sorted(str(r["source_key"]) for r in rows["requests"])
    expected = [f"shared-{i}" for i in range(WRITES)]
    expected += [f"w{w}-{i}" for w in range(PROCESSES) for i in range(WRITES)]
    assert keys == sorted(expected)
    assert all(r["person_id"] is not None for r in rows["requests"])
    assert [r["key"] for r in rows["settings"]] == ["weekly_budget_minutes"]
    assert len(rows["personal_layer"]) == 1
