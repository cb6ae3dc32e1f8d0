"""`tactful check`: one message in, flags with evidence, a verdict with reasons, drafts out.

The ledger supplies the effective settings, what the user knows of the sender (unless `--context`
gives it), this week's budget and committed time, the personal layer learnt from the user's
corrections (`tactful learn`) and any correction the user made for this sender, which wins; the
request is then recorded so that `tactful decide` can take it up.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import cast

import click

from tactful.cli.options import (
    channel_option,
    db_option,
    json_option,
    open_cli_ledger,
    read_context_file,
    read_text_arg,
    triage_options,
)
from tactful.cli.render import report
from tactful.errors import InputError
from tactful.models import Tone
from tactful.normalize import parse_sender, request_from_text
from tactful.pipeline import overrule, triage


@click.command()
@click.argument("message", required=False)
@click.option("--from", "sender", default="", metavar="PERSON",
              help="Who sent it: a name, an e-mail address, 'Name <address>', a profile URL "
                   "or the id of a person in the ledger.")
@channel_option
@click.option("--subject", default="", help="The subject line, for e-mail.")
@click.option("--context", "context_file", type=click.Path(path_type=Path, dir_okay=False),
              help="A JSON file with what you know of the sender (relationship, history, reputation); "
                   "wins over the ledger.")
@triage_options
@click.option("--draft-ignored", is_flag=True, help="Draft a reply even when the verdict is ignore.")
@db_option
@json_option
def check(message: str | None, sender: str, channel: str, subject: str, context_file: Path | None,
          tone: str | None, strictness: str | None, draft_ignored: bool, db: str | None,
          as_json: bool) -> None:
    """Assess one MESSAGE (text, a file, or '-' for stdin) and draft replies."""
    from tactful.cli import ledgered

    parsed = parse_sender(sender)
    request = request_from_text(read_text_arg(message), sender=parsed,
                                channel=channel, subject=subject)  # type: ignore[arg-type]
    if not request.text:
        raise InputError("the message is empty: nothing to assess")
    context = read_context_file(context_file)
    with open_cli_ledger(db) as ledger:
        settings = ledgered.ledger_settings(ledger).settings
        policy = ledgered.ledger_policy(ledger, settings, strictness)
        who = ledgered.known_sender(ledger, parsed, sender)
        if who != parsed:
            request = replace(request, sender=who)
        if context is None:
            context = ledger.context_for(request.sender)
        result = triage(request, context, policy=policy, settings=settings, tone=tone,  # type: ignore[arg-type]
                        include_ignored_drafts=draft_ignored)
        redraft = partial(overrule, policy=policy, settings=settings, tone=cast("Tone | None", tone),
                          include_ignored_drafts=draft_ignored)
        correction = ledgered.latest_correction(ledger, request.sender)
        match = None if correction else ledgered.personal_match(ledger, result)
        if correction is not None:  # the user's correction for this sender wins over everything
            result = redraft(result, correction.chosen, ledgered.correction_reason(correction),
                             by="correction")
        elif match is not None:  # else a correction for a similar message from someone else
            result = redraft(result, match.example.chosen, match.reason, by="personal")
        data = result.to_dict()
        request_id = ledger.record_request(request, result.verdict.kind, json.dumps(data))
    if as_json:
        click.echo(json.dumps({**data, "request_id": request_id}, indent=2, ensure_ascii=False))
    else:
        click.echo(report(result, colour=sys.stdout.isatty()), nl=False)
        click.echo(f"\nRecorded as request {request_id}: tell tactful what you did with "
                   f"`tactful decide {request_id} --as accept|redirect|decline|ignore`.")


def register(group: click.Group) -> None:
    """Add the command to the CLI."""
    group.add_command(check)
