"""The context the engine reads: relationship, history and reputation, from the user's records."""

from __future__ import annotations

from datetime import date

import pytest

from tactful.errors import StoreError
from tactful.models import Context, Interaction, ReputationNote, Sender
from tactful.store import Ledger

ERIN = Sender(name="Erin Walsh", email="erin@example.com")


def test_an_unknown_sender_has_an_empty_context(ledger: Ledger) -> None:
    context = ledger.context_for(Sender(name="Nobody", email="nobody@example.com"))
    assert context == Context()
    assert context.relationship is None


def test_a_bad_past_interaction_and_a_reputation_note_reach_the_context(ledger: Ledger) -> None:
    person = ledger.add_person("Erin Walsh", emails=["erin@example.com"])
    ledger.log_interaction(
        person.id, date(2025, 3, 10), "negative", channel="email", note="Pressured me to buy in."
    )
    ledger.add_reputation_note(
        person.id, "Recruits old friends into an MLM.", source="two friends", when="2025-04-01"
    )

    context = ledger.context_for(Sender(email="ERIN@example.com"))

    assert context.history == (
        Interaction(date="2025-03-10", outcome="negative", note="Pressured me to buy in.", channel="email"),
    )
    assert context.reputation == (
        ReputationNote(note="Recruits old friends into an MLM.", source="two friends", date="2025-04-01"),
    )
    assert context.relationship == "acquaintance"
    assert not context.is_empty


def test_two_good_interactions_make_someone_known(ledger: Ledger) -> None:
    person = ledger.add_person("Erin Walsh", emails=["erin@example.com"])
    ledger.log_interaction(person.id, "2024-01-05", "positive", note="capstone project")
    assert ledger.context_for(ERIN).relationship == "acquaintance"
    ledger.log_interaction(person.id, "2024-06-05", "positive", note="reviewed my talk")
    assert ledger.context_for(ERIN).relationship == "known"


def test_a_known_person_without_interactions_has_no_relationship_unless_stated(
    ledger: Ledger,
) -> None:
    person = ledger.add_person("Erin Walsh", emails=["erin@example.com"])
    ledger.add_reputation_note(person.id, "Said to exaggerate credentials.")
    assert ledger.context_for(ERIN).relationship is None
    ledger.set_relationship(person.id, "weak_tie")
    assert ledger.context_for(ERIN).relationship == "weak_tie"


def test_a_stated_relationship_counts_when_it_is_the_stronger(ledger: Ledger) -> None:
    person = ledger.add_person("Erin Walsh", emails=["erin@example.com"])
    ledger.set_relationship(person.id, "known")
    ledger.log_interaction(person.id, "2024-04-20", "positive")
    assert ledger.context_for(ERIN).relationship == "known"


def test_history_comes_oldest_first(ledger: Ledger) -> None:
    person = ledger.add_person("Erin Walsh", emails=["erin@example.com"])
    ledger.log_interaction(person.id, "2025-05-01", "neutral", note="second")
    ledger.log_interaction(person.id, "2024-05-01", "positive", note="first")
    assert [i.note for i in ledger.context_for(ERIN).history] == ["first", "second"]


def test_logging_the_same_interaction_or_note_twice_stores_it_once(ledger: Ledger) -> None:
    person = ledger.add_person("Erin Walsh", emails=["erin@example.com"])
    first = ledger.log_interaction(person.id, "2025-01-01", "negative", note="ghosted me")
    again = ledger.log_interaction(person.id, "2025-01-01", "negative", note="ghosted me")
    note = ledger.add_reputation_note(person.id, "Known for spam.", source="forum")
    note_again = ledger.add_reputation_note(person.id, "Known for spam.", source="forum")
    assert (first, note) == (again, note_again)
    assert len(ledger.interactions_for(person.id)) == 1
    assert len(ledger.reputation_notes_for(person.id)) == 1


def test_bad_values_are_refused_by_name(ledger: Ledger) -> None:
    person = ledger.add_person("Erin Walsh")
    with pytest.raises(StoreError, match="outcome must be one of positive, neutral, negative"):
        ledger.log_interaction(person.id, "2025-01-01", "awful")  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="not a date"):
        ledger.log_interaction(person.id, "last tuesday", "negative")
    with pytest.raises(StoreError, match="no person with id 404"):
        ledger.log_interaction(404, "2025-01-01", "negative")
    with pytest.raises(StoreError, match="cannot be empty"):
        ledger.add_reputation_note(person.id, "  ")


def test_a_loaded_context_comes_back_unchanged(ledger: Ledger) -> None:
    sender = Sender(name="rw-085-ctx1")
    context = Context(
        relationship="acquaintance",
        history=(Interaction(date="2025-03-10", outcome="negative", note="Pressured me."),),
        reputation=(ReputationNote(note="Recruits friends into an MLM.", source="friends"),),
    )
    person = ledger.load_context(sender, context)
    assert ledger.load_context(sender, context) == person  # loading again changes nothing
    assert ledger.context_for(sender) == context
    assert len(ledger.list_people()) == 1


def test_a_known_context_outranks_a_single_positive_interaction(ledger: Ledger) -> None:
    sender = Sender(email="teammate@example.com")
    context = Context(
        relationship="known",
        history=(Interaction(date="2024-04-20", outcome="positive", note="Capstone teammate."),),
    )
    ledger.load_context(sender, context)
    assert ledger.context_for(sender) == context
