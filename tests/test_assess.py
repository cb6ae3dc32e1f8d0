from collections.abc import Iterator

from tactful.assess import assess, noisy_or
from tactful.models import Context, Evidence, Interaction, ReputationNote, Sender, Signal
from tactful.normalize import request_from_text
from tactful.signals import Doc
from tactful.signals.learned import SOURCE as LEARNED

from .conftest import CLASSMATE


def run(text: str, context: Context | None = None, channel: str = "email"):  # type: ignore[no-untyped-def]
    return assess(request_from_text(text, channel=channel, sender=Sender(name="Pat")), context)  # type: ignore[arg-type]


def test_every_text_evidence_span_quotes_the_text_it_points_at() -> None:
    a = run(CLASSMATE, channel="linkedin")
    spans = [e for f in a.flags for e in f.evidence] + [e for x in a.asks for e in x.evidence]
    assert spans
    for e in spans:
        assert e.start is not None and e.end is not None
        assert a.request.text[e.start : e.end] == e.quote


def test_the_classmate_example_is_a_premature_ask_from_a_weak_tie() -> None:
    a = run(CLASSMATE, channel="linkedin")
    assert a.flag_names == ("premature_ask",)
    assert {"call", "referral", "intro"} <= set(a.ask_kinds)
    assert a.relationship == "weak_tie"


def test_a_known_relationship_in_the_ledger_makes_the_same_asks_fit() -> None:
    ctx = Context(relationship="known", history=(Interaction("2024-04-20", "positive", "Great teammate"),))
    a = run(CLASSMATE, ctx)
    assert a.flag("premature_ask") is None
    assert a.relationship_source == "ledger"


def test_a_pitch_raises_selling_with_its_words_as_evidence() -> None:
    a = run("Hi Dana, we help companies like yours cut cloud costs. Can I book a demo with you next week?")
    flag = a.flag("selling")
    assert flag is not None and flag.confidence >= 0.5
    assert any(e.quote.lower() == "we help companies" for e in flag.evidence)
    assert "demo" in a.ask_kinds


def test_a_money_mule_job_is_a_reputation_risk_and_a_scam() -> None:
    a = run("Earn from home! You will receive payments from our clients and forward the funds to our office.")
    assert a.flag("reputation_risk") is not None
    assert "scam" in a.cues


def test_negative_history_comes_only_from_the_ledger() -> None:
    text = "Hi, it was awful working with you last time, but could we talk again?"
    assert run(text).flag("negative_history") is None
    ctx = Context(history=(Interaction("2025-01-02", "negative", "Missed every deadline"),))
    flag = run(text, ctx).flag("negative_history")
    assert flag is not None
    assert flag.evidence[0].kind == "ledger" and "Missed every deadline" in flag.evidence[0].quote


def test_a_reputation_note_raises_reputation_risk_with_the_note_as_evidence() -> None:
    ctx = Context(reputation=(ReputationNote("Ran a pyramid scheme", "two friends"),))
    flag = run("Hey! Long time no see, let's catch up soon.", ctx).flag("reputation_risk")
    assert flag is not None and flag.evidence[0].quote == "Ran a pyramid scheme"


def test_a_thank_you_note_raises_no_flag_and_asks_nothing() -> None:
    a = run("Thank you for taking the time to talk with me yesterday. I learned a lot.")
    assert a.flags == () and a.ask_kinds == ("none",)
    assert a.relationship == "acquaintance"


def test_applying_to_a_role_the_user_posted_is_not_premature() -> None:
    a = run("Hi Lee, I saw the role you posted for a data engineer and I'm writing to apply for it.")
    assert a.flag("premature_ask") is None
    assert "job" in a.ask_kinds


def test_saying_you_never_met_caps_the_tie_but_keeps_a_shared_school() -> None:
    assert run("We never met, but we are alumni of the same school.").relationship == "weak_tie"
    assert run("You don't know me, but could you give me advice?").relationship == "stranger"


def test_noisy_or_combines_weak_cues() -> None:
    assert noisy_or([]) == 0.0
    assert abs(noisy_or([0.3, 0.3]) - 0.51) < 1e-9


# -- asks the learned model reads -----------------------------------------------------------------

ASKING = "Hi, we have not met. Could you refer me to your team? Or just have coffee with me?"


def _asks_from(*found: tuple[str, str, str]):  # type: ignore[no-untyped-def]
    """A detector that finds the given (kind, words, source) asks in the text, and nothing else."""
    def detect(doc: Doc) -> Iterator[Signal]:
        for kind, words, source in found:
            start = doc.text.index(words)
            yield Signal("ask", kind, 0.8, Evidence(words, source, start, start + len(words)))
    return detect


def test_an_ask_only_the_model_read_is_shown_but_does_not_make_a_favour_premature() -> None:
    request = request_from_text(ASKING)
    by_rule = assess(request, detectors=[_asks_from(("referral", "refer me", "the ask"))])
    by_model = assess(request, detectors=[_asks_from(("referral", "refer me", f"{LEARNED}: words like"))])
    assert [a.kind for a in by_rule.asks] == [a.kind for a in by_model.asks] == ["referral"]
    assert by_rule.flag_names == ("premature_ask",)
    assert by_model.flag_names == ()


def test_the_models_broad_ask_gives_way_to_the_rules_exact_one_of_the_same_family() -> None:
    request = request_from_text(ASKING)
    coffee_and_meeting = assess(request, detectors=[_asks_from(
        ("coffee", "have coffee", "the ask"), ("meeting", "have coffee", f"{LEARNED}: words like"))])
    assert [a.kind for a in coffee_and_meeting.asks] == ["coffee"]
    coffee_and_referral = assess(request, detectors=[_asks_from(
        ("coffee", "have coffee", "the ask"), ("referral", "refer me", f"{LEARNED}: words like"))])
    assert sorted(a.kind for a in coffee_and_referral.asks) == ["coffee", "referral"]
