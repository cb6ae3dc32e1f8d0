"""`tactful decide` records what the user did with a request; `tactful budget` shows the week's time.

A decision that differs from tactful's suggestion is a correction: from then on it decides the
verdict for that sender's requests.  Accepting commits the request's assessed time (or `--minutes`).
"""

from __future__ import annotations

import json

import click

from tactful.cli.options import db_option, json_option, open_cli_ledger
from tactful.errors import InputError
from tactful.models import VERDICTS


@click.command()
@click.argument("request")
@click.option("--as", "chosen", type=click.Choice(VERDICTS), required=True,
              help="What you did (or will do) with the request.")
@click.option("--minutes", type=click.IntRange(min=0), default=None,
              help="Minutes of your time it commits (default: the assessed time when accepting, else 0).")
@db_option
def decide(request: str, chosen: str, minutes: int | None, db: str | None) -> None:
    """Record your verdict on REQUEST (the id `tactful check` printed, or a source key)."""
    from tactful.cli import ledgered

    with open_cli_ledger(db) as ledger:
        found = ledger.get_request(request.strip())
        if found is None:
            raise InputError(f"no request {request!r} in the ledger; `tactful check` prints the id")
        decision = ledger.record_decision(found.id, chosen, minutes=minutes)
        committed = ledger.committed_minutes(ledgered.week_start())
        budget = ledgered.weekly_budget(ledger)
    who = found.sender.name or found.sender.email or found.sender.profile_url or "an unknown sender"
    click.echo(f"Recorded: {decision.chosen} for request {found.id} from {who}.")
    if decision.is_correction:
        click.echo(f"tactful had suggested {decision.suggested}: your choice will decide this "
                   "sender's next requests (run `tactful learn` to extend it to similar messages "
                   "from others).")
    if decision.minutes:
        click.echo(f"Committed {decision.minutes} minutes ({decision.ask}); this week: "
                   f"{committed} of {budget} minutes.")


@click.command()
@db_option
@json_option
def budget(db: str | None, as_json: bool) -> None:
    """This week's committed networking time against your weekly budget, by kind of ask."""
    from tactful.cli import ledgered

    start = ledgered.week_start()
    with open_cli_ledger(db) as ledger:
        by_ask = ledger.minutes_by_ask(start)
        total_budget = ledgered.weekly_budget(ledger)
    committed = sum(by_ask.values())
    remaining = total_budget - committed
    if as_json:
        click.echo(json.dumps({"week_start": start.isoformat(), "budget_minutes": total_budget,
                               "committed_minutes": committed, "remaining_minutes": remaining,
                               "by_ask": by_ask}, indent=2))
        return
    state = f"{remaining} left" if remaining >= 0 else f"{-remaining} over"
    click.echo(f"This week (since Monday {start.isoformat()}): {committed} of {total_budget} "
               f"minutes committed, {state}.")
    for ask, spent in by_ask.items():
        click.echo(f"  {ask:<12}{spent:>5} min")


def register(group: click.Group) -> None:
    """Add the commands to the CLI."""
    group.add_command(decide)
    group.add_command(budget)
