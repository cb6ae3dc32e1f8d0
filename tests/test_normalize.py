from tactful.models import Sender
from tactful.normalize import clean_text, parse_sender, request_from_text


def test_html_is_turned_into_plain_text() -> None:
    assert clean_text("<p>Hi&nbsp;there</p><p>Can we talk?</p>") == "Hi\xa0there\nCan we talk?"


def test_quoted_reply_and_signature_are_cut() -> None:
    raw = "Sounds good, thanks!\n\nOn Mon, 3 Mar 2025, Ann <a@b.c> wrote:\n> earlier text\n"
    assert clean_text(raw) == "Sounds good, thanks!"
    assert clean_text("Let's talk.\n-- \nBob\nCEO, Widgets") == "Let's talk."
    assert clean_text("Hi\n> quoted\nBye") == "Hi\nBye"


def test_senders_are_parsed_from_what_the_user_types() -> None:
    assert parse_sender("Ann Lee <Ann@Example.com>") == Sender(name="Ann Lee", email="ann@example.com")
    assert parse_sender("ann@example.com") == Sender(email="ann@example.com")
    url = "https://www.linkedin.com/in/ann-lee"
    assert parse_sender(url) == Sender(profile_url=url)
    assert parse_sender("Ann Lee").first_name == "Ann"
    assert parse_sender("").label() == "unknown sender"


def test_the_same_message_gets_the_same_source_key() -> None:
    a = request_from_text("Hello", sender=Sender(email="a@b.c"), channel="email")
    b = request_from_text("Hello", sender=Sender(email="a@b.c"), channel="email")
    c = request_from_text("Hello!", sender=Sender(email="a@b.c"), channel="email")
    assert a.source_key == b.source_key != c.source_key


def test_huge_text_is_capped() -> None:
    assert len(clean_text("word " * 100_000)) <= 200_000
