"""Every built-in draft, for every real and sample message, passes every point of the rubric.

Each message goes through the real pipeline (with the record's context) once per channel; its
assessment is then drafted under every verdict (the pipeline's own, and each one the user could
choose instead), in every tone, for a user with no settings, one with every link and offer set,
and one who wants short replies.  Each draft is checked as the kind of reply its intent is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tactful.cli.demo import sample_inbox
from tactful.config import DEFAULT_OFFERS, Settings
from tactful.drafting import draft
from tactful.drafting.intents import BUILT_IN
from tactful.drafting.rubric import check_reply
from tactful.models import CHANNELS, TONES, VERDICTS, Context, Sender, Triage, Verdict
from tactful.normalize import request_from_text
from tactful.pipeline import triage
from tactful.policy import Policy
from tactful.records import Record, read_records

DEV_SET = Path(__file__).resolve().parents[2] / "shared" / "data" / "realworld-dev.jsonl"

USERS = {
    "no settings": Settings(),
    "every link": Settings(
        user_name="Alex Rivera", signature="Data Lead, Corvid Labs",
        careers_url="https://corvid.example/jobs",
        calendar_url="https://cal.example/alex", office_hours_url="https://alex.example/office-hours",
        resources_url="https://alex.example/guides",
        offers={**DEFAULT_OFFERS, "referral": ("careers", "resources", "question"),
                "endorsement": ("question",)},
    ),
    "short replies": Settings(user_name="Alex", length="short", careers_url="https://corvid.example/jobs"),
}


# Requests the sample inbox lacks (mentoring, an introduction, a client's enquiry, an application),
# written for this test so that every intent is swept even without the shared data.
OWN = [
    Record(f"own-{i}", "email", text, Context(), None, Sender("Robin Hale"), "") for i, text in enumerate((
        "Hi Alex, I follow your posts on analytics engineering. Would you be willing to mentor me over "
        "the next few months as I move into data?",
        "Hello Alex, could you introduce me to your head of product? I would love to show her my idea.",
        "Hi Alex, I run a small bike shop and need a sales dashboard. How much do you charge for a "
        "project like that? We could start next month.",
        "Dear Alex, I am writing to apply for the junior analyst role you posted last week. My CV is "
        "attached; I have two years of SQL and Python.",
    ), 1)
]


def _records(path: Path) -> list[Record]:
    return list(read_records(path)) if path.exists() else []


def _params() -> list[object]:
    demo = [pytest.param(r, id=r.id) for r in [*_records(sample_inbox()), *OWN]]
    if not DEV_SET.exists():
        reason = f"the shared evaluation data is not next to the repository ({DEV_SET})"
        return [*demo, pytest.param(None, id="realworld-dev", marks=pytest.mark.skip(reason=reason))]
    return [*demo, *(pytest.param(r, id=r.id) for r in _records(DEV_SET))]


def _failures(result: Triage, settings: Settings) -> list[str]:
    a = result.assessment
    found = []
    for verdict in VERDICTS:
        for tone in TONES:
            drafts = draft(a, Verdict(verdict, ()), settings, tone=tone, include_ignored=True)
            assert 2 <= len(drafts) <= 3 and len({d.intent for d in drafts}) == len(drafts)
            for d in drafts:
                report = check_reply(d.text, kind=BUILT_IN[d.intent].kind, channel=d.channel, tone=tone,
                                     length=settings.length, first_name=a.request.sender.first_name,
                                     asks=a.ask_kinds)
                found += [f"{verdict}/{d.intent}/{tone}/{d.channel}: {p.name}: {p.explanation}\n{d.text}"
                          for p in report.failed]
    return found


@pytest.mark.parametrize("record", _params())
def test_every_built_in_draft_for_the_message_passes_the_rubric(record: Record) -> None:
    failures: list[str] = []
    for channel in CHANNELS:
        request = request_from_text(record.text, sender=record.sender, channel=channel,
                                    subject=record.subject)
        result = triage(request, record.context, include_ignored_drafts=True)
        assert result.drafts, "the pipeline drafts for every verdict when asked to"
        for settings in USERS.values():
            failures += _failures(result, settings)
    assert not failures, "\n\n".join(failures[:5])


def test_the_sweep_covers_every_built_in_intent() -> None:
    seen: set[str] = set()
    for record in _records(sample_inbox()) + OWN:  # without the shared data too
        request = request_from_text(record.text, sender=record.sender, channel=record.channel)
        result = triage(request, record.context)
        for verdict in VERDICTS:
            for policy in (Policy(), Policy(weekly_budget_minutes=0)):
                seen |= {d.intent for d in draft(result.assessment, Verdict(verdict, ()), policy=policy,
                                                  include_ignored=True)}
    assert seen == set(BUILT_IN)
