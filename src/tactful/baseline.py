"""A plain keyword baseline, the yardstick `tactful eval` compares tactful against.

What a user could build in an afternoon with a mail filter: a flag fires when any of a few
obvious words appears, the relationship is always `stranger`, and the verdict follows from the
flags by the evaluation data's precedence (a scam word means ignore, selling decline, a favour
redirect).  No context beyond a negative interaction, no weighing, no learned model.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from tactful.models import Context

_KEYWORDS: Mapping[str, tuple[str, ...]] = {
    "selling": ("demo", "our product", "our platform", "our services", "our solution", "free trial",
                "pricing", "discount", "special offer", "increase your", "leads"),
    "reputation_risk": ("crypto", "bitcoin", "guaranteed", "earn", "fee", "western union",
                        "gift card", "mlm", "investment opportunity", "passive income"),
    "premature_ask": ("refer me", "referral", "introduce me", "introduction", "pick your brain",
                      "coffee", "mentor", "recommendation"),
}
_ASKS: Mapping[str, tuple[str, ...]] = {
    "call": ("call", "chat"), "meeting": ("meet", "coffee"), "referral": ("refer",),
    "intro": ("introduc",), "job": ("job", "position", "role"), "advice": ("advice", "brain"),
    "review": ("review", "feedback"), "endorsement": ("recommendation", "endorse", "reference"),
    "purchase": ("buy", "pricing", "price"), "demo": ("demo",), "investment": ("invest",),
}


def _has(lower: str, word: str) -> bool:
    return re.search(r"\b" + re.escape(word), lower) is not None


def keyword_flags(text: str, context: Context | None = None) -> frozenset[str]:
    """The flags whose keywords occur in the text (and negative_history from the context)."""
    lower = text.lower()
    flags = {flag for flag, words in _KEYWORDS.items() if any(_has(lower, w) for w in words)}
    if context is not None and any(h.outcome == "negative" for h in context.history):
        flags.add("negative_history")
    return frozenset(flags)


def keyword_asks(text: str) -> frozenset[str]:
    """The asks whose keywords occur in the text (`none` when no keyword does)."""
    lower = text.lower()
    found = {ask for ask, words in _ASKS.items() if any(_has(lower, w) for w in words)}
    return frozenset(found) or frozenset({"none"})


def keyword_verdict(flags: frozenset[str]) -> str:
    """The verdict by precedence: scam words ignore, history and selling decline, a favour redirects."""
    if "reputation_risk" in flags:
        return "ignore"
    if flags & {"negative_history", "selling"}:
        return "decline"
    if "premature_ask" in flags:
        return "redirect"
    return "accept"
