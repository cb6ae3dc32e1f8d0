"""What the ledger adds to a command: the week's budget, the sender's context, their corrections.

Imported by commands that use the ledger; the store itself is imported only inside functions, so
the CLI starts as fast as before.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date as Date
from datetime import timedelta
from typing import TYPE_CHECKING

from tactful.config import Settings
from tactful.errors import ConfigError
from tactful.models import Sender
from tactful.policy import Policy

if TYPE_CHECKING:
    from tactful.store import Correction, Ledger

BUDGET_KEY = "weekly_budget_minutes"


def week_start(today: Date | None = None) -> Date:
    """Monday of the current week (local time): the budget counts from its midnight."""
    today = today or Date.today()
    return today - timedelta(days=today.weekday())


def weekly_budget(ledger: Ledger, settings: Settings) -> int:
    """The weekly budget in minutes: the ledger's setting, else settings.json (default 120)."""
    value = ledger.get_setting(BUDGET_KEY)
    if value is None:
        return settings.weekly_budget_minutes
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"the ledger's setting {BUDGET_KEY} must be a whole number >= 0, not {value!r}")
    return value


def ledger_policy(ledger: Ledger, policy: Policy, settings: Settings) -> Policy:
    """The policy with this week's budget and the minutes already committed since Monday."""
    return replace(policy, weekly_budget_minutes=weekly_budget(ledger, settings),
                   committed_minutes=ledger.committed_minutes(week_start()))


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
