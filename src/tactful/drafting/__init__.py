"""Verdict -> Drafts: replies the user may send in their own name.  Pure; nothing is ever sent.

`intents.py` holds what each reply says; `compose.py` puts it in the channel's register and the
user's tone.
"""

from __future__ import annotations

from tactful.config import Settings
from tactful.drafting.compose import compose
from tactful.drafting.intents import choose
from tactful.models import Assessment, Channel, Draft, Tone, Verdict
from tactful.policy import Policy


def draft(
    assessment: Assessment,
    verdict: Verdict,
    settings: Settings | None = None,
    *,
    policy: Policy | None = None,
    tone: Tone | None = None,
    channel: Channel | None = None,
    include_ignored: bool = False,
) -> tuple[Draft, ...]:
    """Two or so drafts for a verdict, best first; none for `ignore` unless asked for."""
    settings = settings or Settings()
    if verdict.kind == "ignore" and not include_ignored:
        return ()
    tone = tone or settings.tone
    channel = channel or assessment.request.channel
    policy = policy or Policy()
    remaining = policy.remaining_minutes()
    over_budget = remaining is not None and assessment.minutes > remaining
    intents = choose(verdict.kind, assessment, over_budget)
    return tuple(compose(i, assessment, verdict.kind, settings, tone, channel) for i in intents)


__all__ = ["draft"]
