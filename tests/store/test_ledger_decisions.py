"""Requests seen, decisions, corrections that stick to a sender, the week's budget, settings."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from tactful.errors import StoreError
from tactful.models import Request, Sender
from tactful.store import Ledger, open_ledger

MAYA = Sender(name="Maya Chen", email="maya@example.com")
ASSESSMENT = json.dumps(
    {
        "verdict": "redirect",
        "minutes": 45,
        "asks": [
            {"kind": "call", "minutes": 15, "evidence": []},
            {"kind": "referral", "minutes": 30, "evidence": []},
        ],
    }
)


def request(key: str, sender: Sender = MAYA, text: str = "Could we hop on a call?") -> Request:
    return Request(text=text, sender=sender, channel="linkedin", source_key=key)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_recording_the_same_request_twice_stores_it_once(ledger: Ledger) -> None:
    first = ledger.record_request(request("li:123"), "redirect", ASSESSMENT)
    again = ledger.record_request(request("li:123"), "redirect", ASSESSMENT)
    assert first == again
    assert len(ledger.export_rows()["requests"]) == 1
    stored = ledger.get_request("li:123")
    assert stored is not None and stored.id == first
    assert stored.suggested == "redirect"
    assert json.loads(stored.assessment_json)["minutes"] == 45


def test_a_request_without_a_source_key_is_keyed_by_its_content(ledger: Ledger) -> None:
    a = ledger.record_request(request(""), "accept")
    b = ledger.record_request(request(""), "accept")
    c = ledger.record_request(request("", text="Something else"), "accept")
    assert a == b != c
    stored = ledger.get_request(a)
    assert stored is not None and stored.source_key.startswith("sha256:")


def test_an_unknown_verdict_is_refused_by_name(ledger: Ledger) -> None:
    with pytest.raises(StoreError, match="suggested verdict must be one of accept, redirect"):
        ledger.record_request(request("k"), "maybe")
    rid = ledger.record_request(request("k"), "accept")
    with pytest.raises(StoreError, match="chosen verdict must be one of"):
        ledger.record_decision(rid, "later")
    with pytest.raises(StoreError, match="no request with id 999"):
        ledger.record_decision(999, "accept")


def test_a_decision_that_differs_from_the_suggestion_is_a_correction(ledger: Ledger) -> None:
    rid = ledger.record_request(request("k1"), "redirect", ASSESSMENT)
    decision = ledger.record_decision(rid, "accept")
    assert decision.is_correction
    assert (decision.suggested, decision.chosen) == ("redirect", "accept")
    assert decision.minutes == 45  # accepting commits the assessed time
    assert decision.ask == "referral"  # the costliest ask
    same = ledger.record_decision(rid, "redirect")
    assert not same.is_correction
    assert same.minutes == 0


def test_a_correction_sticks_to_the_sender_who_becomes_a_person(ledger: Ledger) -> None:
    rid = ledger.record_request(request("k1"), "redirect", ASSESSMENT)
    assert ledger.find_person(MAYA) is None
    ledger.record_decision(rid, "accept", minutes=20)
    person = ledger.find_person(MAYA)
    assert person is not None
    [correction] = ledger.corrections_for(MAYA)
    assert correction.person_id == person.id
    assert (correction.suggested, correction.chosen) == ("redirect", "accept")
    assert correction.text == "Could we hop on a call?"
    assert ledger.corrections_for(person.id) == [correction]
    assert ledger.corrections() == [correction]
    assert ledger.corrections_for(Sender(email="someone@else.example")) == []


def test_only_the_latest_decision_on_a_request_counts(ledger: Ledger) -> None:
    rid = ledger.record_request(request("k1"), "decline", ASSESSMENT)
    ledger.record_decision(rid, "accept", minutes=30)
    ledger.record_decision(rid, "decline")
    assert ledger.corrections() == []
    assert ledger.committed_minutes(date(2000, 1, 1)) == 0
    assert [d.chosen for d in ledger.decisions_for(rid)] == ["accept", "decline"]


def test_deciding_the_same_way_twice_records_one_decision(ledger: Ledger) -> None:
    rid = ledger.record_request(request("k1"), "redirect", ASSESSMENT)
    first = ledger.record_decision(rid, "accept", minutes=15, draft="Happy to talk.")
    again = ledger.record_decision(rid, "accept", minutes=15, draft="Happy to talk.")
    assert first == again
    assert len(ledger.decisions_for(rid)) == 1


def test_committed_minutes_count_decisions_since_a_day_by_ask(ledger_url: str) -> None:
    clock = Clock(datetime(2026, 6, 1, 12, 0, tzinfo=UTC))
    with open_ledger(ledger_url, clock=clock) as ledger:
        old = ledger.record_request(request("old"), "accept", ASSESSMENT)
        ledger.record_decision(old, "accept", minutes=60, ask="coffee")
        clock.now += timedelta(days=7)
        call = ledger.record_request(request("call"), "accept", ASSESSMENT)
        ledger.record_decision(call, "accept", minutes=15, ask="call")
        intro = ledger.record_request(request("intro"), "accept", ASSESSMENT)
        ledger.record_decision(intro, "accept", minutes=10, ask="intro")
        another = ledger.record_request(request("call2"), "accept", ASSESSMENT)
        ledger.record_decision(another, "accept", minutes=20, ask="call")
        declined = ledger.record_request(request("no"), "decline", ASSESSMENT)
        ledger.record_decision(declined, "decline")

        week = datetime(2026, 6, 5, tzinfo=UTC)
        assert ledger.minutes_by_ask(week) == {"call": 35, "intro": 10}
        assert ledger.committed_minutes(week) == 45
        assert ledger.committed_minutes(datetime(2026, 5, 1, tzinfo=UTC)) == 105


def test_settings_hold_json_values(ledger: Ledger) -> None:
    assert ledger.get_setting("weekly_budget_minutes") is None
    assert ledger.get_setting("tone", "warm") == "warm"
    ledger.set_setting("weekly_budget_minutes", 90)
    ledger.set_setting("goals", ["hiring designers", "mentor in ML"])
    ledger.set_setting("ask_costs", {"call": 20, "coffee": 45})
    ledger.set_setting("weekly_budget_minutes", 120)
    assert ledger.all_settings() == {
        "ask_costs": {"call": 20, "coffee": 45},
        "goals": ["hiring designers", "mentor in ML"],
        "weekly_budget_minutes": 120,
    }
    assert ledger.delete_setting("goals")
    assert not ledger.delete_setting("goals")


def test_export_rows_has_every_table(ledger: Ledger) -> None:
    person = ledger.add_person("Maya Chen", emails=["maya@example.com"])
    ledger.log_interaction(person.id, "2025-01-01", "positive")
    rid = ledger.record_request(request("k"), "accept")
    ledger.record_decision(rid, "decline")
    ledger.set_setting("user_name", "Sam")
    rows = ledger.export_rows()
    assert {t: len(r) for t, r in rows.items()} == {
        "people": 1,
        "identities": 2,
        "interactions": 1,
        "reputation_notes": 0,
        "requests": 1,
        "decisions": 1,
        "settings": 1,
        "personal_layer": 0,
    }
    assert rows["requests"][0]["person_id"] == person.id
