"""What the ledger adds to a command: the effective settings, the week's budget, the sender's
context, their corrections, and the personal layer learnt from corrections for others.

Imported by commands that use the ledger; the store itself is imported only inside functions, so
the CLI starts as fast as before.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date as Date
from datetime import timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING

from tactful.config import Effective, Settings, effective_settings
from tactful.models import Sender, Triage
from tactful.personal import Match, PersonalLayer, message_text
from tactful.policy import DEFAULT_ASK_MINUTES, STRICTNESS, Policy

if TYPE_CHECKING:
    from tactful.store import Correction, Ledger


def week_start(today: Date | None = None) -> Date:
    """Monday of the current week (local time): the budget counts from its midnight."""
    today = today or Date.today()
    return today - timedelta(days=today.weekday())


def ledger_settings(ledger: Ledger) -> Effective:
    """The settings in force: defaults < settings.json < the ledger's settings < TACTFUL_* variables."""
    return effective_settings(ledger=ledger.all_settings())


def weekly_budget(ledger: Ledger) -> int:
    """The weekly budget in minutes, from the effective settings (default 120)."""
    return ledger_settings(ledger).settings.weekly_budget_minutes


def ledger_policy(ledger: Ledger, settings: Settings, strictness: str | None = None) -> Policy:
    """The policy the settings imply (`strictness` from the command line wins), with this week's
    budget and the minutes already committed since Monday."""
    level = strictness or settings.strictness
    if level not in STRICTNESS:  # settings are validated and the option is a choice: a caller's slip
        raise ValueError(f"strictness {level!r} is not one of {', '.join(STRICTNESS)}")
    return Policy(
        strictness=level,
        goals=settings.goals,
        weekly_budget_minutes=settings.weekly_budget_minutes,
        committed_minutes=ledger.committed_minutes(week_start()),
        ask_minutes=MappingProxyType({**DEFAULT_ASK_MINUTES, **settings.ask_minutes}),
    )


def known_sender(ledger: Ledger, sender: Sender, raw: str) -> Sender:
    """The sender as the ledger knows them: `--from 3` is person 3; a known address gains the name."""
    if raw.strip().isdigit():
        from tactful.cli.people import resolve_person

        return resolve_person(ledger, raw).to_sender()
    if sender.name.strip() or not (sender.email.strip() or sender.profile_url.strip()):
        return sender
    person = ledger.find_person(sender)
    return replace(sender, name=person.name) if person is not None else sender


def latest_correction(ledger: Ledger, sender: Sender) -> Correction | None:
    """The user's most recent correction for this sender, if the ledger knows them and has one."""
    if not (sender.name.strip() or sender.email.strip() or sender.profile_url.strip()):
        return None
    found = ledger.corrections_for(sender)
    return found[-1] if found else None


def correction_reason(correction: Correction) -> str:
    """The reason shown when a stored correction decides the verdict."""
    return (f"You chose {correction.chosen} for this sender's last request "
            f"(tactful had suggested {correction.suggested}); your choice stands.")


def personal_layer(ledger: Ledger) -> PersonalLayer | None:
    """The personal layer in force (built by `tactful learn`), or None before the first run."""
    stored = ledger.personal_layer()
    if stored is None:
        return None
    return PersonalLayer.from_dict(json.loads(stored[1]))


def personal_match(ledger: Ledger, result: Triage) -> Match | None:
    """The corrected request this message is most like, when that should move the verdict.

    Not when the sender's own records (a bad interaction, a reputation note) raised a flag: what
    the user recorded about this person outweighs a choice made about someone else's message.
    """
    if any(e.kind == "ledger" for f in result.assessment.flags for e in f.evidence):
        return None
    layer = personal_layer(ledger)
    if layer is None:
        return None
    request = result.request
    match = layer.best_match(message_text(request.subject, request.text))
    if match is None or match.example.chosen == result.verdict.kind:
        return None
    return match
