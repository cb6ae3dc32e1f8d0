import pytest

from tactful.config import Settings
from tactful.models import Context, Interaction, ReputationNote, Sender
from tactful.pipeline import check

from .conftest import CLASSMATE

ME = Settings(user_name="Jordan Blake")
ACCUSING = ("spam", "sales pitch", "reputation", "scam", "last time", "history", "mlm")


def test_the_classmate_example_gets_a_redirect_that_declines_the_referral_gracefully() -> None:
    t = check(CLASSMATE, sender=Sender(name="Casey Morgan"), channel="linkedin", settings=ME)
    assert t.verdict.kind == "redirect"
    best = t.drafts[0].text
    assert best.startswith("Hi Casey,")
    assert "refer" in best.lower()  # declines the referral itself
    assert any(p in best for p in ("only refer", "refer only", "keep referrals for"))  # a policy
    assert "question" in best  # offers one small help (no careers URL set, so no posting)
    assert any(w in best for w in ("luck", "best", "well"))  # closes warmly
    assert best.rstrip().endswith("Jordan")


def test_with_a_good_shared_history_the_classmate_example_is_accepted() -> None:
    ctx = Context(relationship="known", history=(Interaction("2024-04-20", "positive", "Capstone teammate"),))
    t = check(CLASSMATE, sender=Sender(name="Casey Morgan"), channel="linkedin", context=ctx, settings=ME)
    assert t.verdict.kind == "accept"
    assert t.drafts[0].intent == "accept-favour"
    assert any(w in t.drafts[0].text for w in ("Happy to", "Glad to", "Yes, I can"))


def test_the_careers_url_from_settings_is_used_in_a_redirect() -> None:
    settings = Settings(user_name="Jordan Blake", careers_url="https://example.com/careers")
    t = check(CLASSMATE, channel="linkedin", settings=settings)
    assert "https://example.com/careers" in t.drafts[0].text


@pytest.mark.parametrize("context", [
    Context(history=(Interaction("2025-01-01", "negative", "Never paid the invoice"),)),
    Context(relationship="acquaintance", reputation=(ReputationNote("Runs an MLM"),)),
])
def test_declines_never_mention_the_history_or_the_reputation(context: Context) -> None:
    t = check("Hi! Could we get coffee next week?", sender=Sender(name="Lee"), context=context,
              channel="email", settings=ME)
    assert t.verdict.kind == "decline"
    for d in t.drafts:
        lowered = d.text.lower()
        assert not any(word in lowered for word in ACCUSING), d.text
        assert "Never paid" not in d.text


def test_an_email_draft_has_a_greeting_line_and_a_sign_off_block() -> None:
    t = check("Can I pick your brain over coffee?", sender=Sender(name="Robin Diaz"), channel="email",
              settings=Settings(user_name="Jordan Blake", signature="Head of Data, Brightline"))
    text = t.drafts[0].text
    assert text.startswith("Hi Robin,\n\n")
    assert text.endswith("Jordan Blake\nHead of Data, Brightline")


def test_a_linkedin_draft_is_a_few_sentences() -> None:
    t = check(CLASSMATE, channel="linkedin", settings=ME)
    for d in t.drafts:
        assert d.text.count(".") + d.text.count("!") + d.text.count("?") <= 7
        assert len(d.text) < 600


def test_ignore_gets_no_draft_unless_asked() -> None:
    scam = "Work from home and get paid weekly: receive payments from our customers."
    assert check(scam, settings=ME).drafts == ()


def test_every_tone_produces_a_draft_without_a_vague_maybe() -> None:
    for tone in ("warm", "neutral", "brief"):
        t = check(CLASSMATE, channel="email", settings=ME, tone=tone)  # type: ignore[arg-type]
        assert t.drafts[0].tone == tone
        assert "maybe" not in t.drafts[0].text.lower()
        assert "revisit" not in t.drafts[0].text.lower()


def test_redirect_offers_a_second_draft_that_is_a_plain_no() -> None:
    t = check(CLASSMATE, channel="linkedin", settings=ME)
    assert len(t.drafts) >= 2
    assert t.drafts[-1].intent == "decline-favour"


def test_without_a_sender_name_the_greeting_stays_neutral() -> None:
    t = check("Can I pick your brain over coffee?", channel="email", settings=ME)
    assert t.drafts[0].text.startswith("Hello,")
