"""The spine: a request and its context in, a triage (assessment, verdict, drafts) out.

    text ──normalize──▶ Request ──assess(+Context)──▶ Assessment ──decide(Policy)──▶ Verdict
                                                                       └──draft(Settings)──▶ Drafts
    with the ledger (`tactful check`):  ──overrule(personal layer)──▶ ──overrule(correction)──▶ Triage

Each step is a pure function in its own module; this file only wires them, so a newcomer can read
the whole flow here.  Sources (files, mailboxes, exports) and the ledger feed it from outside.
"""

from __future__ import annotations

from collections.abc import Sequence

from tactful.assess import assess
from tactful.config import Settings
from tactful.drafting import draft
from tactful.models import (
    Channel,
    Context,
    DecidedBy,
    Request,
    Sender,
    Tone,
    Triage,
    Verdict,
    VerdictKind,
)
from tactful.normalize import request_from_text
from tactful.policy import Policy
from tactful.signals import DETECTORS, Detector
from tactful.verdict import decide


def triage(
    request: Request,
    context: Context | None = None,
    *,
    policy: Policy | None = None,
    settings: Settings | None = None,
    tone: Tone | None = None,
    include_ignored_drafts: bool = False,
    detectors: Sequence[Detector] = DETECTORS,
) -> Triage:
    """Assess a request in its context, decide a verdict by the policy, and draft replies."""
    policy = policy or Policy()
    assessment = assess(request, context, detectors=detectors, threshold=policy.threshold,
                        ask_minutes=policy.ask_minutes)
    verdict = decide(assessment, policy)
    drafts = draft(assessment, verdict, settings, policy=policy, tone=tone,
                   include_ignored=include_ignored_drafts)
    return Triage(assessment=assessment, verdict=verdict, drafts=drafts)


def overrule(
    result: Triage,
    chosen: VerdictKind,
    reason: str,
    *,
    by: DecidedBy = "correction",
    policy: Policy | None = None,
    settings: Settings | None = None,
    tone: Tone | None = None,
    include_ignored_drafts: bool = False,
) -> Triage:
    """The triage with the user's own choice as the verdict, redrafted; `by` says whose choice.

    A stored correction for the sender (`correction`) or for a similar message (`personal`) is the
    user's word.  The reason comes first; tactful's own reasons follow, so the user still sees
    what it read.
    """
    verdict = Verdict(chosen, (reason, *result.verdict.reasons))
    drafts = draft(result.assessment, verdict, settings, policy=policy or Policy(), tone=tone,
                   include_ignored=include_ignored_drafts)
    return Triage(assessment=result.assessment, verdict=verdict, drafts=drafts, decided_by=by)


def check(
    text: str,
    *,
    sender: Sender | None = None,
    channel: Channel = "unknown",
    subject: str = "",
    context: Context | None = None,
    policy: Policy | None = None,
    settings: Settings | None = None,
    tone: Tone | None = None,
) -> Triage:
    """Triage one pasted message: the Python form of `tactful check`."""
    request = request_from_text(text, sender=sender, channel=channel, subject=subject)
    return triage(request, context, policy=policy, settings=settings, tone=tone)
