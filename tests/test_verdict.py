from tactful.assess import assess
from tactful.models import Context, Interaction, ReputationNote
from tactful.normalize import request_from_text
from tactful.policy import Policy
from tactful.verdict import decide, join_words

from .conftest import CLASSMATE


def verdict_of(text: str, context: Context | None = None, policy: Policy | None = None):  # type: ignore[no-untyped-def]
    return decide(assess(request_from_text(text, channel="linkedin"), context), policy)


def test_a_premature_ask_alone_is_redirected_with_a_factual_reason() -> None:
    v = verdict_of(CLASSMATE)
    assert v.kind == "redirect"
    assert "referral" in v.reasons[0] and "weak tie" in v.reasons[0]


def test_reasons_never_mention_classifier_internals() -> None:
    for text in (CLASSMATE, "Unsubscribe here. Our platform boosts your revenue, book a demo."):
        for reason in verdict_of(text).reasons:
            assert "confidence" not in reason and "score" not in reason and "0." not in reason


def test_bulk_selling_from_a_stranger_is_ignored() -> None:
    v = verdict_of("Hi {firstName}, our platform can increase your revenue. Book a demo. Unsubscribe")
    assert v.kind == "ignore"


def test_bulk_selling_that_claims_a_tie_is_ignored_unless_the_ledger_knows_the_sender() -> None:
    text = ("Hi {first_name}, noticed we're both alumni of Leeds! I help companies like {company} "
            "triple their pipeline with outbound. Book a demo here. Unsubscribe")
    claimed = assess(request_from_text(text, channel="email"))
    assert claimed.relationship == "weak_tie" and "bulk" in claimed.cues
    assert decide(claimed).kind == "ignore"
    assert verdict_of(text, Context(relationship="acquaintance")).kind == "decline"


def test_a_personal_pitch_from_someone_with_a_tie_is_declined() -> None:
    text = "Hi Robin, it's been a long time since college! Our agency now offers marketing services."
    assert verdict_of(text).kind == "decline"


def test_a_scam_is_ignored() -> None:
    assert verdict_of("Work from home, paid weekly: receive payments from customers.").kind == "ignore"


def test_negative_history_is_declined_and_the_reason_cites_the_record() -> None:
    ctx = Context(history=(Interaction("2025-02-01", "negative", "Took credit for my work"),))
    v = verdict_of("Hi! Could we catch up over coffee?", ctx)
    assert v.kind == "decline"
    assert "Took credit for my work" in v.reasons[0]


def test_a_reputation_note_on_someone_known_gives_a_decline_not_silence() -> None:
    ctx = Context(relationship="acquaintance", reputation=(ReputationNote("Recruits friends into MLM"),))
    assert verdict_of("Hey! Let's get together soon.", ctx).kind == "decline"


def test_a_message_with_no_flag_is_accepted() -> None:
    v = verdict_of("Congratulations on the new role! Great to see.")
    assert v.kind == "accept" and v.reasons[0] == "None of the four red flags applies."


def test_a_goal_welcomes_an_otherwise_premature_ask() -> None:
    text = "Hi, I'm a product designer looking for my next role. Could you refer me to your design lead?"
    assert verdict_of(text).kind == "redirect"
    assert verdict_of(text, policy=Policy(goals=("hiring product designers",))).kind == "accept"


def test_an_over_budget_week_turns_an_acceptable_call_into_a_redirect() -> None:
    ctx = Context(relationship="known")
    text = "Could we hop on a quick call next week?"
    assert verdict_of(text, ctx, Policy(weekly_budget_minutes=120, committed_minutes=0)).kind == "accept"
    v = verdict_of(text, ctx, Policy(weekly_budget_minutes=120, committed_minutes=110))
    assert v.kind == "redirect" and any("budget" in r for r in v.reasons)


def test_strictness_moves_the_threshold() -> None:
    assert Policy(strictness="strict").threshold < Policy().threshold < Policy(strictness="lenient").threshold


def test_join_words_reads_as_english() -> None:
    assert join_words(["a"]) == "a"
    assert join_words(["a", "b", "c"]) == "a, b and c"
