"""The rubric passes a graceful reply and fails each kind of slip, one point at a time."""

from __future__ import annotations

import pytest

from tactful.drafting.rubric import POINTS, check_reply, split_reply

GOOD_REDIRECT = (
    "Hi Sam,\n\n"
    "Thank you for reaching out about a referral. I only refer people whose work I know first-hand, "
    "so I can't put your name forward. Open roles are listed at https://acme.example/careers, and "
    "applying there is the best way in. Good luck with your search!\n\n"
    "Warm regards,\nJordan"
)
GOOD_LINKEDIN_DECLINE = (
    "Hi Sam,\nThanks for reaching out about a call. I keep my calendar for my own team, so I'll "
    "have to say no. All the best.\n\nJordan"
)


def _failed(text: str, **kw: object) -> set[str]:
    kw.setdefault("kind", "redirect")
    kw.setdefault("first_name", "Sam")
    kw.setdefault("asks", ("referral",))
    return {p.name for p in check_reply(text, **kw).failed}  # type: ignore[arg-type]


def test_a_graceful_redirect_passes_every_point() -> None:
    report = check_reply(GOOD_REDIRECT, kind="redirect", channel="email", first_name="Sam",
                         asks=("referral",))
    assert report.passed, report.failed
    assert [p.name for p in report.points] == list(POINTS)


def test_a_short_linkedin_decline_passes_every_point() -> None:
    assert _failed(GOOD_LINKEDIN_DECLINE, kind="decline", channel="linkedin", asks=("call",)) == set()


def test_a_reply_without_thanks_fails_the_thanks_point() -> None:
    text = GOOD_REDIRECT.replace("Thank you for reaching out about a referral.",
                                 "You asked about a referral.")
    assert _failed(text) == {"thanks"}


def test_a_vague_reply_without_a_no_fails_the_clear_no_point() -> None:
    text = GOOD_REDIRECT.replace("so I can't put your name forward", "so let me see what I can do")
    assert "clear_no" in _failed(text)


def test_an_insincere_sure_fails_the_clear_no_point() -> None:
    text = ("Hi Sam,\n\nSure! Thanks for asking about a referral. I only refer people I know, so I can't "
            "refer you. Open roles are on our careers page. All the best.")
    assert "clear_no" in _failed(text)


def test_a_bare_no_time_excuse_fails_the_policy_reason_point() -> None:
    text = GOOD_REDIRECT.replace("I only refer people whose work I know first-hand, so I can't",
                                 "I have no time at the moment, so I can't")
    assert _failed(text) == {"policy_reason"}


def test_a_personal_judgement_fails_the_policy_reason_point() -> None:
    text = GOOD_REDIRECT.replace("I only refer people whose work I know first-hand",
                                 "I only refer strong people and you're not qualified for this")
    assert "policy_reason" in _failed(text)


def test_a_no_without_any_reason_fails_the_policy_reason_point() -> None:
    text = GOOD_REDIRECT.replace("I only refer people whose work I know first-hand, so I", "I")
    assert "policy_reason" in _failed(text)


def test_a_redirect_without_an_alternative_fails_the_alternative_point() -> None:
    text = GOOD_REDIRECT.replace(
        " Open roles are listed at https://acme.example/careers, and applying there is the best way in.", "")
    assert _failed(text) == {"alternative"}
    assert "alternative" not in _failed(text, kind="decline")  # a decline needs none


@pytest.mark.parametrize("slip", ["spam", "sales pitch", "reputation", "last time", "history with you",
                                  "scam"])
def test_an_accusation_or_a_mention_of_the_past_fails_the_no_accusation_point(slip: str) -> None:
    text = GOOD_REDIRECT.replace("so I can't put", f"and given the {slip}, I can't put")
    assert "no_accusation" in _failed(text)


@pytest.mark.parametrize("promise", ["Maybe later!", "I'll keep you in mind.",
                                     "Let's circle back next quarter.", "Let's revisit this in the spring."])
def test_a_vague_maybe_fails_the_no_false_promise_point(promise: str) -> None:
    text = GOOD_REDIRECT.replace("Good luck with your search!", f"{promise} Good luck with your search!")
    assert _failed(text) == {"no_false_promise"}


def test_vouching_while_declining_fails_the_no_false_promise_point() -> None:
    text = GOOD_REDIRECT.replace("and applying there is the best way in",
                                 "and I'll put in a good word for you")
    assert "no_false_promise" in _failed(text)


def test_an_acceptance_may_promise_the_favour_it_accepts() -> None:
    text = ("Hi Sam,\n\nThanks for asking about a referral. Happy to help: I'll refer you this week. "
            "Speak soon!")
    assert _failed(text, kind="accept") == set()


def test_a_reply_that_ends_without_a_warm_line_fails_the_warm_close_point() -> None:
    text = GOOD_REDIRECT.replace(" Good luck with your search!", "")
    assert _failed(text) == {"warm_close"}


def test_a_cold_ending_fails_the_warm_close_point_even_in_the_brief_tone() -> None:
    text = GOOD_REDIRECT.replace("Good luck with your search!", "Please do not contact me again.")
    assert "warm_close" in _failed(text, tone="brief")


def test_a_brief_reply_may_close_with_a_plain_sign_off() -> None:
    text = GOOD_REDIRECT.replace(" Good luck with your search!", "").replace("Warm regards,", "Best,")
    assert "warm_close" not in _failed(text, tone="brief")
    assert "warm_close" in _failed(text, tone="warm")


def test_a_wall_of_text_fails_the_length_point_for_linkedin_before_email() -> None:
    filler = " I have thought about this a lot." * 3
    text = GOOD_REDIRECT.replace("Good luck", filler.strip() + " Good luck")
    assert "length" in _failed(text, channel="linkedin")
    assert "length" not in _failed(text, channel="email")
    assert "length" in _failed(text.replace(filler.strip(), (filler * 4).strip()), channel="email")


def test_the_short_length_setting_tightens_the_length_point() -> None:
    text = GOOD_REDIRECT.replace("Good luck", "I hope that helps. Good luck")
    assert "length" not in _failed(text, channel="email")
    assert "length" not in _failed(text, channel="email", length="short")
    longer = text.replace("I hope that helps.", "I hope that helps. It is a good team. They read everything.")
    assert "length" in _failed(longer, channel="email", length="short")


def test_a_reply_that_does_not_greet_a_known_sender_by_name_fails_the_first_name_point() -> None:
    text = GOOD_REDIRECT.replace("Hi Sam,", "Hello,")
    assert _failed(text) == {"first_name"}
    assert _failed(text, first_name="") == set()


def test_a_template_leftover_fails_the_first_name_point() -> None:
    assert "first_name" in _failed(GOOD_REDIRECT.replace("Hi Sam,", "Hi [Name],"), first_name="")
    assert "first_name" in _failed(GOOD_REDIRECT.replace("Hi Sam,", "Hi {first_name},"), first_name="")


def test_a_reply_that_ignores_what_they_asked_for_fails_the_their_ask_point() -> None:
    assert "their_ask" in _failed(GOOD_LINKEDIN_DECLINE, kind="decline", asks=("mentoring",))
    assert "their_ask" not in _failed(GOOD_LINKEDIN_DECLINE, kind="decline", asks=("call",))


def test_points_that_do_not_apply_to_an_acceptance_pass_as_not_needed() -> None:
    text = "Hi Sam,\n\nThanks for asking about a call. Happy to: send me two times that suit you. Talk soon!"
    report = check_reply(text, kind="accept", first_name="Sam", asks=("call",))
    assert report.passed
    assert report.point("clear_no").explanation.startswith("Not needed")


def test_a_reply_is_split_into_greeting_body_and_sign_off() -> None:
    r = split_reply(GOOD_REDIRECT)
    assert r.greeting == "Hi Sam,"
    assert r.sign_off == ("Warm regards,", "Jordan")
    assert len(r.sentences) == 4 and r.paragraphs == 1
    inline = split_reply("Hi Sam, thanks for the note. I'll pass.")
    assert inline.greeting == "Hi Sam," and inline.sentences == ("thanks for the note.", "I'll pass.")


def test_a_warm_line_set_apart_above_the_name_counts_as_the_close() -> None:
    text = GOOD_REDIRECT.replace(" Good luck with your search!\n\nWarm regards,", "\n\nGood luck with it")
    assert "warm_close" not in _failed(text)

