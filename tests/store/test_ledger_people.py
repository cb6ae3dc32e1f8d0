"""People: added once whatever identity they come with, found by any of them, merged whole."""

from __future__ import annotations

import pytest

from tactful.errors import StoreError
from tactful.models import Request, Sender
from tactful.store import Ledger, normalise_email, normalise_profile_url


def test_adding_the_same_person_twice_gives_the_same_record(ledger: Ledger) -> None:
    first = ledger.add_person("Jordan Lee", emails=["Jordan@Example.com"])
    again = ledger.add_person("Jordan Lee", emails=["jordan@example.com "])
    assert again == first
    assert len(ledger.list_people()) == 1
    assert first.emails == ("jordan@example.com",)


def test_a_new_identity_for_a_known_person_is_added_to_them(ledger: Ledger) -> None:
    first = ledger.add_person("Jordan Lee", emails=["jordan@example.com"])
    more = ledger.add_person(
        "Jordan Lee",
        emails=["jordan@example.com", "jl@work.example"],
        profile_urls=["https://uk.linkedin.com/in/Jordan-Lee/?trk=abc"],
    )
    assert more.id == first.id
    assert set(more.emails) == {"jordan@example.com", "jl@work.example"}
    assert more.profile_urls == ("https://www.linkedin.com/in/jordan-lee",)


def test_a_name_only_person_is_not_added_twice(ledger: Ledger) -> None:
    a = ledger.add_person("Priya  Raman")
    b = ledger.add_person("priya raman")
    assert a.id == b.id
    assert a.name == "Priya Raman"


def test_identities_of_two_different_people_are_refused_with_advice_to_merge(
    ledger: Ledger,
) -> None:
    a = ledger.add_person("A", emails=["a@example.com"])
    b = ledger.add_person("B", emails=["b@example.com"])
    with pytest.raises(StoreError, match=f"different people \\({a.id}, {b.id}\\).*merge"):
        ledger.add_person("A or B", emails=["a@example.com", "b@example.com"])


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("https://www.linkedin.com/in/jane-doe/", "https://www.linkedin.com/in/jane-doe"),
        ("linkedin.com/in/Jane-Doe?utm_source=x#top", "https://www.linkedin.com/in/jane-doe"),
        ("http://de.linkedin.com/in/jane-doe/details/", "https://www.linkedin.com/in/jane-doe"),
        ("https://www.linkedin.com/in/jos%C3%A9", "https://www.linkedin.com/in/josé"),
        ("https://www.example.org/people/x/", "https://example.org/people/x"),
    ],
)
def test_profile_urls_are_stored_in_one_canonical_form(written: str, canonical: str) -> None:
    assert normalise_profile_url(written) == canonical


def test_a_malformed_address_is_refused_by_name() -> None:
    with pytest.raises(StoreError, match="not an e-mail address: 'jordan'"):
        normalise_email("jordan")
    assert normalise_email("<mailto:Jo@Example.COM>") == "jo@example.com"


def test_a_sender_is_found_by_email_then_profile_then_name(ledger: Ledger) -> None:
    p = ledger.add_person("Sam Ortiz", emails=["sam@ortiz.dev"], profile_urls=["linkedin.com/in/samortiz"])
    assert ledger.find_person(Sender(email="SAM@ortiz.dev")) == p
    assert ledger.find_person(Sender(profile_url="https://www.linkedin.com/in/samortiz/")) == p
    assert ledger.find_person(Sender(name="sam ortiz")) == p
    assert ledger.find_person(Sender(name="Someone Else", email="x@y.example")) is None


def test_an_email_match_wins_over_a_name_that_belongs_to_someone_else(ledger: Ledger) -> None:
    ledger.add_person("Alex Kim", emails=["alex@one.example"])
    other = ledger.add_person("A. Kim", emails=["alex@two.example"])
    assert ledger.find_person(Sender(name="Alex Kim", email="alex@two.example")) == other


def test_a_name_two_people_share_finds_nobody(ledger: Ledger) -> None:
    ledger.add_person("Chris Park", emails=["c1@example.com"])
    ledger.add_person("Chris Park", emails=["c2@example.com"])
    assert len(ledger.list_people()) == 2
    assert ledger.find_person(Sender(name="Chris Park")) is None


def test_get_person_of_an_unknown_id_is_none(ledger: Ledger) -> None:
    assert ledger.get_person(12345) is None


def test_merging_moves_identities_history_notes_and_requests(ledger: Ledger) -> None:
    keep = ledger.add_person("Dana Smith", emails=["dana@example.com"])
    drop = ledger.add_person("Dana S.", profile_urls=["linkedin.com/in/dana-s"])
    ledger.set_relationship(drop.id, "acquaintance")
    ledger.log_interaction(keep.id, "2025-01-02", "positive", note="coffee")
    ledger.log_interaction(drop.id, "2025-02-03", "negative", note="no-show")
    ledger.add_reputation_note(drop.id, "Resells contact lists.", source="a colleague")
    req = ledger.record_request(
        Request(text="Hi", sender=Sender(profile_url="linkedin.com/in/dana-s"), source_key="k1"),
        "decline",
    )

    merged = ledger.merge_people(keep.id, drop.id)

    assert ledger.get_person(drop.id) is None
    assert [p.id for p in ledger.list_people()] == [keep.id]
    assert merged.emails == ("dana@example.com",)
    assert merged.profile_urls == ("https://www.linkedin.com/in/dana-s",)
    assert merged.relationship == "acquaintance"
    assert [i.note for i in ledger.interactions_for(keep.id)] == ["coffee", "no-show"]
    assert [n.note for n in ledger.reputation_notes_for(keep.id)] == ["Resells contact lists."]
    request = ledger.get_request(req)
    assert request is not None and request.person_id == keep.id
    assert ledger.find_person(Sender(profile_url="linkedin.com/in/dana-s")) == merged


def test_a_merge_that_fails_half_way_changes_nothing(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    keep = ledger.add_person("Kay", emails=["kay@example.com"])
    drop = ledger.add_person("Kay B", emails=["kayb@example.com"])
    ledger.log_interaction(drop.id, "2025-03-01", "neutral", note="met at a meetup")
    ledger.record_request(
        Request(text="Hello", sender=Sender(email="kayb@example.com"), source_key="r"), "accept"
    )
    before = ledger.export_rows()
    # forget to move requests: deleting the dropped person then breaks a foreign key,
    # after identities and interactions have already been moved
    monkeypatch.setattr("tactful.store.people.PERSON_TABLES", ("interactions",))
    with pytest.raises(StoreError):
        ledger.merge_people(keep.id, drop.id)
    assert ledger.export_rows() == before


def test_merging_a_person_with_a_missing_one_is_refused(ledger: Ledger) -> None:
    keep = ledger.add_person("Lee")
    with pytest.raises(StoreError, match="no person with id 999"):
        ledger.merge_people(keep.id, 999)
    with pytest.raises(StoreError, match="with itself"):
        ledger.merge_people(keep.id, keep.id)


def test_adding_a_person_links_the_requests_already_seen_from_them(ledger: Ledger) -> None:
    req = ledger.record_request(
        Request(text="Hi", sender=Sender(email="New@Person.example"), source_key="early"),
        "redirect",
    )
    record = ledger.get_request(req)
    assert record is not None and record.person_id is None
    person = ledger.add_person("New Person", emails=["new@person.example"])
    record = ledger.get_request(req)
    assert record is not None and record.person_id == person.id
