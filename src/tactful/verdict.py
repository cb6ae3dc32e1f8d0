"""Assessment + Policy -> Verdict with plain-language reasons.  Pure.

The default rules follow the labelling rules of the evaluation data:
- any negative history -> decline;
- a scam, or a text-read integrity risk from someone without a tie -> ignore;
  a reputation note or an integrity ask from someone the user knows -> decline;
- selling: bulk or generic from a stranger (or sent in bulk, whatever tie its words claim) -> ignore;
  personalised or from a tie -> decline;
- a premature ask and nothing worse -> redirect;
- otherwise accept, unless the week's budget is spent (-> redirect); an ask that matches one of the
  user's goals is welcomed even when it would otherwise be premature.
Reasons state facts about the message and the user's records, never classifier internals.
"""

from __future__ import annotations

from tactful.models import AskKind, Assessment, Evidence, Relationship, Verdict
from tactful.policy import Policy

ASK_NOUNS: dict[str, str] = {
    "call": "a call", "meeting": "a meeting", "coffee": "a coffee", "referral": "a referral",
    "intro": "an introduction", "job": "an opening", "advice": "advice", "review": "a review of their work",
    "endorsement": "an endorsement", "purchase": "a purchase", "demo": "a demo",
    "investment": "an investment", "partnership": "a partnership", "mentoring": "mentoring",
}
TIES: dict[Relationship, str] = {
    "stranger": "someone with no prior connection to you",
    "weak_tie": "a weak tie (a shared school, group or contact, but no history together)",
    "acquaintance": "an acquaintance",
    "known": "someone you know",
}


def join_words(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _quote(evidence: tuple[Evidence, ...]) -> str:
    text_ev = [e for e in evidence if e.kind == "text"]
    return f' ("{text_ev[0].quote}")' if text_ev else ""


def _asks_phrase(kinds: list[AskKind]) -> str:
    return join_words([ASK_NOUNS[k] for k in kinds if k in ASK_NOUNS])


def decide(assessment: Assessment, policy: Policy | None = None) -> Verdict:
    """Recommend accept, redirect, decline or ignore for an assessed request, with reasons."""
    policy = policy or Policy()
    a = assessment
    who = TIES[a.relationship]

    history = a.flag("negative_history")
    if history:
        reasons = [f"You recorded a bad past interaction with this sender: {e.quote}"
                   for e in history.evidence]
        return Verdict("decline", tuple(reasons + _other_reasons(a, skip={"negative_history"})))

    risk = a.flag("reputation_risk")
    if risk:
        from_notes = [e for e in risk.evidence if e.kind == "ledger"]
        stranger = a.relationship == "stranger" and a.relationship_source != "ledger"
        if "fraud" in a.cues or (stranger and ("scam" in a.cues or not from_notes)):
            reasons = [f"The message has the marks of a scam or a scheme{_quote(risk.evidence)}.",
                       "A reply would only confirm that your address is read."]
            return Verdict("ignore", tuple(reasons))
        reasons = [f"Your notes say: {e.quote}" for e in from_notes]
        if len(from_notes) < len(risk.evidence):
            reasons.append(f"Acting on it could compromise your integrity{_quote(risk.evidence)}.")
        return Verdict("decline", tuple(reasons + _other_reasons(a, skip={"reputation_risk"})))

    selling = a.flag("selling")
    if selling:
        bulk = "bulk" in a.cues
        # A tie claimed in mail sent in bulk ("we're both in SaaS!") is no tie; the ledger's is.
        untied = a.relationship == "stranger" or (bulk and a.relationship_source != "ledger")
        if untied and (bulk or "personalised" not in a.cues):
            how = "sent in bulk" if bulk else "not written to you in particular"
            reasons = [f"It is a sales message from {who}, {how}{_quote(selling.evidence)}.",
                       "A reply would only confirm that your address is read."]
            return Verdict("ignore", tuple(reasons))
        reasons = [f"It mainly sells a product or service{_quote(selling.evidence)}, "
                   f"addressed to you personally by {who}."]
        return Verdict("decline", tuple(reasons + _other_reasons(a, skip={"selling"})))

    goal = policy.matching_goal(a.request.text)
    premature = a.flag("premature_ask")
    if premature and not goal:
        kinds = [x.kind for x in a.asks if x.evidence and any(e in premature.evidence for e in x.evidence)]
        reasons = [f"Asks for {_asks_phrase(kinds) or 'a favour'} from {who}, before you know "
                   f"each other well enough for it{_quote(premature.evidence)}."]
        return Verdict("redirect", tuple(reasons))

    return _accept(a, policy, goal)


def _accept(a: Assessment, policy: Policy, goal: str | None) -> Verdict:
    kinds = [x.kind for x in a.asks]
    reasons = ["None of the four red flags applies."]
    if goal:
        reasons.append(f"It matches your goal: {goal}.")
    if kinds:
        reasons.append(f"Asks for {_asks_phrase(kinds)}, about {a.minutes} minutes of your time.")
    else:
        reasons.append("It asks for nothing beyond staying in touch.")
    remaining = policy.remaining_minutes()
    if remaining is not None and a.minutes > 0 and a.minutes > remaining and not goal:
        reasons.append(f"This week's networking budget has {max(remaining, 0)} of "
                       f"{policy.weekly_budget_minutes} minutes left.")
        return Verdict("redirect", tuple(reasons[1:]))
    return Verdict("accept", tuple(reasons))


def _other_reasons(a: Assessment, skip: set[str]) -> list[str]:
    """Short notes on the other flags that fired, so the user sees the whole picture."""
    notes = {
        "selling": "It also promotes a product or service.",
        "reputation_risk": "It also carries an integrity risk.",
        "premature_ask": "It also asks a favour before you know each other well.",
        "negative_history": "You also recorded a bad past interaction.",
    }
    return [notes[n] for n in a.flag_names if n not in skip]
