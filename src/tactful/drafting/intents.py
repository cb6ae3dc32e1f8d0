"""The intent library: what each kind of reply says, by verdict, main flag and main ask.

An intent is a reply's purpose ("redirect a referral", "decline a pitch").  Its body is a few
sentences with `{placeholders}` filled from the request and the user's settings:

    {asks}      the sender's actual asks in words ("a call, a referral and an introduction")
    {posting}   where the public posting is (the user's careers URL, else "our public careers page")
    {favours}   the favours asked, in the plural ("referrals and introductions")

Bodies hold the core of the reply (the clear answer, the reason framed as a policy, the
alternative); greeting, thanks, warm close and sign-off are added by `compose.py` so that they
follow the channel's register and the chosen tone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tactful.models import AskKind, Assessment, VerdictKind


@dataclass(frozen=True)
class Intent:
    """A reply purpose with its phrasings (variants keep replies from reading as canned)."""

    name: str
    variants: tuple[str, ...]
    keeps_door_open: bool = True


def _intent(name: str, *variants: str, keeps_door_open: bool = True) -> Intent:
    return Intent(name, tuple(variants), keeps_door_open)


REDIRECT: dict[str, Intent] = {
    "referral": _intent(
        "redirect-referral",
        "I only refer people whose work I know first-hand, so I can't make a referral myself. "
        "Open roles are listed on {posting}, and applying there is the best way in. If a "
        "specific question about the team would help, send it here and I'll answer it.",
        "I keep referrals for people I've worked with, so I won't be able to put your name "
        "forward. Open roles are on {posting}, and an application there is read by the team. "
        "I'm glad to answer one question about what the work is like, by message.",
    ),
    "intro": _intent(
        "redirect-intro",
        "I only make introductions for people I've worked with, so I can't connect you myself. "
        "If you send me one specific question, I'll answer it here as best I can.",
        "I keep introductions for people whose work I know, so I'll pass on that part. If a "
        "question by message would help, send it over and I'll reply.",
    ),
    "job": _intent(
        "redirect-job",
        "I'm not involved in hiring beyond my own team, so the best route is the open roles on "
        "{posting}. If you have a question about the company, send it here and I'll answer it.",
    ),
    "endorsement": _intent(
        "redirect-endorsement",
        "I only endorse people whose work I've seen first-hand, so I can't do this one. Someone "
        "who has worked with you will speak to your work far better than I could.",
    ),
    "review": _intent(
        "redirect-review",
        "I keep my reviewing time for my own team's work, so I can't take this on. If there is "
        "one specific question about it, send it here and I'll give you a short answer.",
    ),
    "mentoring": _intent(
        "redirect-mentoring",
        "I keep mentoring for people on my own team, so I can't take on a mentee. If there is "
        "one specific question on your mind, send it over and I'll answer it by message.",
    ),
    "talk": _intent(
        "redirect-ask-what-exactly",
        "I don't take calls with people I haven't worked with yet, but I'm glad to help by "
        "message. What is the one question you'd most like answered?",
        "I keep my calendar for my own team these days, so a call won't work. If you tell me the "
        "one question you most want answered, I'll reply here.",
    ),
    "budget": _intent(
        "redirect-over-budget",
        "The time I set aside each week for calls and meetings is already committed, so I can't "
        "offer {asks}. If a question by message would help, send it here and I'll answer it.",
    ),
}

DECLINE: dict[str, Intent] = {
    "selling": _intent(
        "decline-pitch",
        "We only look at new products and services when a need comes up on our side, and there "
        "isn't one for this, so I'll pass.",
        "It isn't a fit for what we need, so I'll pass on {asks}.",
        keeps_door_open=False,
    ),
    "reputation_risk": _intent(
        "decline-integrity",
        "It isn't something I take part in, so I'll have to say no.",
        "I keep to a rule of not joining ventures like this, so my answer is no.",
        keeps_door_open=False,
    ),
    "vouch": _intent(
        "decline-vouch",
        "I only speak for people whose work I know first-hand, so I can't do this.",
        keeps_door_open=False,
    ),
    "negative_history": _intent(
        "decline-firm",
        "I'm not able to take this on, so my answer is no.",
        "I won't be able to help with this one.",
        keeps_door_open=False,
    ),
}

ACCEPT: dict[str, Intent] = {
    "none": _intent(
        "accept-connect",
        "Glad to connect, and I look forward to staying in touch.",
        "Happy to connect.",
    ),
    "talk": _intent(
        "accept-time-boxed",
        "I'd be glad to help. A 20-minute call works for me; send me two or three times next "
        "week that suit you and I'll pick one.",
        "Happy to. I have 20 minutes next week; reply with a couple of times that work for you.",
    ),
    "favour": _intent(
        "accept-favour",
        "Happy to help with this. Send me the details (the link and anything I should know) and "
        "I'll take care of it this week.",
    ),
    "purchase": _intent(
        "accept-enquiry",
        "Yes, that's work I take on. Could you tell me a little more about the scope and your "
        "timeline? Then I'll come back with a quote.",
    ),
    "job": _intent(
        "accept-application",
        "Please apply through the posting so your application reaches everyone on the panel; I'll "
        "look out for it.",
    ),
    "offer": _intent(
        "accept-hear-more",
        "I'd be glad to hear more. Could you send the role description and the salary range?",
    ),
}

BRIEF_NO: dict[str, Intent] = {
    "favour": _intent("decline-brief", "I keep {favours} for people I know well, so I'll have to say no.",
                      keeps_door_open=False),
    "selling": _intent("decline-brief", "It isn't a fit for what we need, so I'll pass.",
                       keeps_door_open=False),
    "reputation_risk": _intent("decline-brief", "It's not something I take part in, so I'll say no.",
                               keeps_door_open=False),
    "negative_history": _intent("decline-brief", "I won't be able to help with this one.",
                                keeps_door_open=False),
}
CLARIFY = _intent(
    "ask-what-exactly",
    "Before we find a time, could you tell me what you'd most like to cover?",
)

_TALK: frozenset[AskKind] = frozenset({"call", "meeting", "coffee", "advice"})
_FAVOURS: tuple[AskKind, ...] = ("referral", "intro", "endorsement", "job", "review", "mentoring")


def main_favour(kinds: Sequence[AskKind]) -> str:
    """The ask a redirect should answer first: the costliest favour, else a request to talk."""
    for kind in _FAVOURS:
        if kind in kinds:
            return kind
    return "talk"


def choose(verdict: VerdictKind, a: Assessment, over_budget: bool) -> list[Intent]:
    """The intents to draft for a verdict, best first, always with a true no where one fits."""
    kinds = list(a.ask_kinds)
    if verdict == "redirect":
        key = "budget" if over_budget and not a.flag("premature_ask") else main_favour(kinds)
        return [REDIRECT[key], BRIEF_NO["favour"]]
    if verdict in ("decline", "ignore"):
        names = a.flag_names
        if "negative_history" in names:
            return [DECLINE["negative_history"], BRIEF_NO["negative_history"]]
        if "reputation_risk" in names:
            vouch = any(k in kinds for k in ("endorsement", "referral"))
            return [DECLINE["vouch" if vouch else "reputation_risk"], BRIEF_NO["reputation_risk"]]
        return [DECLINE["selling"], BRIEF_NO["selling"]]
    if "offer_to_user" in a.cues and "job" in kinds:
        return [ACCEPT["offer"]]
    if "purchase" in kinds and "matches_their_need" in a.cues:
        return [ACCEPT["purchase"]]
    if "job" in kinds and "matches_their_need" in a.cues:
        return [ACCEPT["job"]]
    if any(k in kinds for k in ("referral", "intro", "endorsement", "review", "mentoring")):
        return [ACCEPT["favour"], CLARIFY]
    if any(k in kinds for k in _TALK):
        return [ACCEPT["talk"], CLARIFY]
    return [ACCEPT["none"]]
