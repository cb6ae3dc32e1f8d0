"""Which intents to draft for a triage: two or three of different purposes, best first.

The first answers the verdict; the others are real alternatives the user may prefer, and wherever
declining is an option one of them is a true no.  Pure: only names of intents come out.
"""

from __future__ import annotations

from collections.abc import Sequence

from tactful.models import AskKind, Assessment, VerdictKind

_TALK: frozenset[AskKind] = frozenset(
    {"call", "meeting", "coffee", "advice", "demo", "partnership", "purchase", "investment"}
)
_FAVOURS: tuple[AskKind, ...] = ("referral", "intro", "endorsement", "job", "review", "mentoring")
# Asks a business makes (to sell, partner or raise money); a no to them is the pitch's no.
_COMMERCIAL: frozenset[AskKind] = frozenset({"purchase", "demo", "investment", "partnership"})


def main_favour(kinds: Sequence[AskKind]) -> str:
    """The ask a redirect answers first: the costliest favour, else a request to talk."""
    return next((k for k in _FAVOURS if k in kinds), "talk")


def choose(verdict: VerdictKind, a: Assessment, over_budget: bool = False) -> list[str]:
    """The names of the intents to draft for a verdict, best first."""
    if verdict == "redirect":
        return _redirect(a, over_budget)
    if verdict in ("decline", "ignore"):
        return [_decline_first(a, over_budget), "decline-brief"]
    return _accept(a)


def _redirect(a: Assessment, over_budget: bool) -> list[str]:
    if over_budget and not a.flag("premature_ask"):
        return ["redirect-over-budget", "decline-over-budget"]
    favour = main_favour(a.ask_kinds)
    middle = ["ask-what-exactly"] if favour == "talk" else []
    return [f"redirect-{favour}", *middle, "decline-favour"]


def _decline_first(a: Assessment, over_budget: bool) -> str:
    names = a.flag_names
    if "negative_history" in names:
        return "decline-after-history"
    risk = a.flag("reputation_risk")
    if risk and all(e.kind == "ledger" for e in risk.evidence):  # only the user's own notes warn
        return "decline-after-history"
    if risk:
        vouch = any(k in a.ask_kinds for k in ("endorsement", "referral"))
        return "decline-vouch" if vouch else "decline-integrity"
    if "selling" in names or _commercial_only(a):
        return "decline-pitch"
    return "decline-over-budget" if over_budget else "decline-favour"


def _commercial_only(a: Assessment) -> bool:
    return set(a.ask_kinds) <= _COMMERCIAL


def _accept(a: Assessment) -> list[str]:
    kinds = set(a.ask_kinds)
    if "offer_to_user" in a.cues and kinds <= {"job", "none", "call", "meeting"}:  # a recruiter's offer
        return ["accept-hear-more", "decline-brief"]
    if "purchase" in kinds and "matches_their_need" in a.cues:
        return ["accept-enquiry", "decline-brief"]
    if "job" in kinds and "matches_their_need" in a.cues:
        return ["accept-application", "decline-favour"]
    if kinds & set(_FAVOURS):
        return ["accept-favour", "ask-what-exactly", "decline-favour"]
    if kinds & _TALK:
        no = "decline-pitch" if _commercial_only(a) else "decline-favour"
        return ["accept-time-boxed", "ask-what-exactly", no]
    return ["accept-connect", "ask-what-exactly"]
