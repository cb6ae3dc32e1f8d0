"""`tactful check`: one message in, flags with evidence, a verdict with reasons, drafts out."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from tactful.cli.options import (
    channel_option,
    json_option,
    read_context_file,
    read_text_arg,
    settings_and_policy,
    triage_options,
)
from tactful.cli.render import report
from tactful.errors import InputError
from tactful.normalize import parse_sender, request_from_text
from tactful.pipeline import triage


@click.command()
@click.argument("message", required=False)
@click.option("--from", "sender", default="", metavar="NAME_OR_ADDRESS",
              help="Who sent it: a name, an e-mail address, 'Name <address>' or a profile URL.")
@channel_option
@click.option("--subject", default="", help="The subject line, for e-mail.")
@click.option("--context", "context_file", type=click.Path(path_type=Path, dir_okay=False),
              help="A JSON file with what you know of the sender (relationship, history, reputation).")
@triage_options
@click.option("--draft-ignored", is_flag=True, help="Draft a reply even when the verdict is ignore.")
@json_option
def check(message: str | None, sender: str, channel: str, subject: str, context_file: Path | None,
          tone: str | None, strictness: str | None, draft_ignored: bool, as_json: bool) -> None:
    """Assess one MESSAGE (text, a file, or '-' for stdin) and draft replies."""
    text = read_text_arg(message)
    request = request_from_text(text, sender=parse_sender(sender), channel=channel,  # type: ignore[arg-type]
                                subject=subject)
    if not request.text:
        raise InputError("the message is empty: nothing to assess")
    settings, policy = settings_and_policy(strictness)
    result = triage(request, read_context_file(context_file), policy=policy, settings=settings,
                    tone=tone, include_ignored_drafts=draft_ignored)  # type: ignore[arg-type]
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(report(result, colour=sys.stdout.isatty()), nl=False)


def register(group: click.Group) -> None:
    """Add the command to the CLI."""
    group.add_command(check)
