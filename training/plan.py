"""How many examples of each scenario the corpus holds, and with which relationship.

The quotas aim at a realistic inbox mix (about 30% accept, 20% redirect, 20% decline, 30%
ignore), cover every flag and every combination of flags, and put hard cases next to the
easy ones: small questions, alumni chats, client enquiries, recruiters offering a job and
applicants to a posted role look like asks but are not premature; polite, flattering favours
from strangers are; pitches that deny being pitches are selling; scams dressed as recruiting
are scams; about 10% of examples carry the user's own records, which change the answer.
"""

from __future__ import annotations

from random import Random
from typing import Any

B, F, S, R = "requests_benign", "requests_favour", "requests_selling", "requests_risk"

FAVOURS = [
    f"{F}/{g}"
    for g in (
        "referral",
        "intro",
        "endorsement",
        "recommendation",
        "review_work",
        "pick_brain",
        "mentoring",
        "forward_cv",
        "job_favour",
        "multi_ask",
    )
]
SELLING = [
    f"{S}/{g}"
    for g in (
        "product_pitch",
        "demo_ask",
        "disguised_pitch",
        "lead_magnet",
        "agency_candidate",
        "pr_podcast",
        "paid_placement",
        "outsourcing",
        "seo",
        "own_work_promo",
    )
]
SCAMS = [
    f"{R}/{g}"
    for g in (
        "task_scam",
        "money_mule",
        "advance_fee",
        "crypto",
        "vanity_award",
        "pay_to_play",
        "review_extortion",
        "proxy_offer",
    )
]
INTEGRITY = [
    f"{R}/{g}"
    for g in (
        "lie_reference",
        "vouch_blind",
        "paid_referral",
        "proxy_ask",
        "leak_confidential",
        "review_swap",
    )
]
BENIGN = [
    f"{B}/{g}"
    for g in (
        "connect_only",
        "thanks",
        "thanks_personal",
        "reconnect",
        "congrats",
        "client_enquiry",
        "recruiter_offer",
        "applicant",
        "alumni_advice",
        "small_question",
        "journalist_question",
    )
]
MLM, SALES_INTRO, DEMO = f"{R}/mlm", f"{S}/sales_intro", f"{S}/demo_ask"

TIES = {"weak_tie": 0.35, "acquaintance": 0.45, "known": 0.2}
NOT_KNOWN = {"stranger": 0.45, "weak_tie": 0.3, "acquaintance": 0.25}


def fit_relationship(family: str, rel: str) -> str:
    """Keep the tie consistent with what the body says (a reconnection implies a past)."""
    group = family.split("/")[1]
    if group == "alumni_advice":
        return "weak_tie"
    if group in ("reconnect", "thanks_personal") and rel in ("stranger", "weak_tie"):
        return "acquaintance"
    if group == "pick_brain" and rel == "acquaintance":
        return "stranger"  # coffee between people who have met is not clearly premature
    return rel


class Planner:
    """Accumulates specs; each `add` draws families and relationships from the given choices."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.specs: list[dict[str, Any]] = []

    def add(self, count: int, families: list[str], rels: dict[str, float], **fixed: Any) -> None:
        """Add `count` specs, cycling through families so each gets its share."""
        names, weights = list(rels), list(rels.values())
        for i in range(count):
            family = families[i % len(families)]
            rel = self.rng.choices(names, weights)[0]
            rel = fit_relationship(family, rel)
            self.specs.append({"family": family, "rel": rel, **fixed})


def plan_specs(rng: Random) -> list[dict[str, Any]]:
    """The full list of specs (about 6,000), before rendering."""
    p = Planner(rng)
    b = {g.split("/")[1]: g for g in BENIGN}

    # accept: no flag fires
    p.add(200, [b["connect_only"]], {"stranger": 0.4, "weak_tie": 0.3, "acquaintance": 0.3})
    p.add(70, [b["thanks"]], {"stranger": 0.4, "weak_tie": 0.2, "acquaintance": 0.2, "known": 0.2})
    p.add(50, [b["thanks_personal"]], {"acquaintance": 0.4, "known": 0.6})
    p.add(150, [b["reconnect"]], {"acquaintance": 0.6, "known": 0.4})
    p.add(110, [b["congrats"]], {"stranger": 0.2, "weak_tie": 0.2, "acquaintance": 0.3, "known": 0.3})
    p.add(210, [b["client_enquiry"]], {"stranger": 0.6, "weak_tie": 0.4})
    p.add(170, [b["recruiter_offer"]], {"stranger": 0.8, "weak_tie": 0.2})
    p.add(160, [b["applicant"]], {"stranger": 0.7, "weak_tie": 0.3})
    p.add(180, [b["alumni_advice"]], {"weak_tie": 1.0})
    p.add(190, [b["small_question"]], {"stranger": 0.6, "weak_tie": 0.2, "acquaintance": 0.2})
    p.add(110, [b["journalist_question"]], {"stranger": 0.8, "weak_tie": 0.2})
    p.add(120, FAVOURS, {"known": 1.0})  # the ask fits the relationship
    p.add(80, FAVOURS, {"stranger": 1.0}, context="positive", cue="none")  # records say known
    p.add(40, FAVOURS, {"acquaintance": 1.0}, context="positive")  # a lapsed tie the records vouch for

    # redirect: premature_ask only
    p.add(1130, FAVOURS, NOT_KNOWN)
    p.add(50, FAVOURS, NOT_KNOWN, context="neutral")
    p.add(40, [f"{F}/referral", f"{F}/forward_cv", f"{F}/job_favour"], {"stranger": 1.0}, bulk=True)

    # decline: personalised or tied selling, integrity asks from ties, bad history, reputation
    p.add(270, SELLING, {"stranger": 1.0}, personal=True)
    p.add(200, SELLING, TIES)
    p.add(40, SELLING, {"stranger": 1.0}, personal=True, extra=SALES_INTRO)
    p.add(40, [SALES_INTRO], {"weak_tie": 0.5, "acquaintance": 0.5})
    p.add(200, INTEGRITY, {"weak_tie": 0.25, "acquaintance": 0.45, "known": 0.3})
    p.add(30, [MLM], {"acquaintance": 0.5, "known": 0.5})
    p.add(20, [MLM], {"acquaintance": 1.0}, extra=f"{F}/intro")
    p.add(100, BENIGN, {"stranger": 0.3, "weak_tie": 0.3, "acquaintance": 0.4}, context="negative")
    p.add(70, FAVOURS, NOT_KNOWN, context="negative")
    p.add(40, SELLING, {"stranger": 0.5, "acquaintance": 0.5}, context="negative")
    p.add(10, SELLING, {"stranger": 1.0}, extra=SALES_INTRO, context="negative")
    p.add(12, INTEGRITY, {"known": 1.0}, context="negative")
    p.add(12, INTEGRITY, {"acquaintance": 1.0}, context="negative")
    p.add(8, [MLM], {"known": 1.0}, context="negative")
    p.add(8, [MLM], {"acquaintance": 1.0}, extra=f"{F}/intro", context="negative")
    p.add(50, BENIGN, {"stranger": 0.4, "weak_tie": 0.3, "acquaintance": 0.3}, context="reputation")
    p.add(50, FAVOURS, NOT_KNOWN, context="reputation")
    p.add(20, SELLING, TIES, context="reputation")
    p.add(20, SELLING, {"stranger": 1.0}, bulk=True, context="positive")  # a friend's mass mail

    # ignore: bulk or generic selling from strangers, scams, strangers' integrity asks
    p.add(610, SELLING, {"stranger": 1.0}, bulk=True)
    p.add(330, SELLING, {"stranger": 1.0})
    p.add(50, SELLING, {"stranger": 1.0}, bulk=True, extra=DEMO)
    p.add(50, SELLING, {"stranger": 1.0}, bulk=True, extra=SALES_INTRO)
    p.add(300, SCAMS, {"stranger": 1.0}, bulk=True)
    p.add(240, SCAMS, {"stranger": 1.0})
    p.add(60, SCAMS, {"weak_tie": 1.0})  # a borrowed tie does not make a scam safe
    p.add(60, [MLM], {"stranger": 1.0})
    p.add(110, INTEGRITY, {"stranger": 1.0})
    p.add(20, SELLING, {"stranger": 1.0}, bulk=True, context="reputation")
    return p.specs
