"""`tactful lint-reply`: score a reply you wrote or edited against the graceful-decline rubric.

Exit status 0 when every point passes, 3 when some point fails (1 stays for errors, 2 for misuse),
so a script or an editor hook can tell the difference.
"""

from __future__ import annotations

import json

import click

from tactful.cli.options import channel_option, db_option, json_option, open_cli_ledger, read_text_arg
from tactful.config import LENGTHS, Settings
from tactful.models import ASKS, TONES, VERDICTS, Sender

FAILED_EXIT = 3
# The rubric's kinds of reply (its module is imported only when a reply is checked, to keep the
# start-up of every other command fast).
_KINDS = (*VERDICTS, "clarify")


@click.command("lint-reply")
@click.argument("reply", metavar="FILE|-", required=False)
@channel_option
@click.option("--verdict", "kind", type=click.Choice(_KINDS), default="decline", show_default=True,
              help="What the reply does: points such as a clear no apply to declines and redirects.")
@click.option("--to", "to", default="", metavar="NAME", help="Who it is to; their first name is expected.")
@click.option("--ask", "asks", multiple=True, type=click.Choice([a for a in ASKS if a != "none"]),
              help="What they asked for (repeatable); the reply should acknowledge it.")
@click.option("--tone", type=click.Choice(TONES), default=None,
              help="The reply's tone (default: your settings); a brief close may be plain.")
@click.option("--length", type=click.Choice(LENGTHS), default=None,
              help="short or normal (default: your settings): how long the reply may run.")
@db_option
@json_option
@click.pass_context
def lint_reply(ctx: click.Context, reply: str | None, channel: str, kind: str, to: str,
               asks: tuple[str, ...], tone: str | None, length: str | None, db: str | None,
               as_json: bool) -> None:
    """Check a reply (FILE, '-' for stdin, or the text) point by point against the rubric."""
    from tactful.drafting.rubric import check_reply

    text = read_text_arg(reply)
    if not text.strip():
        raise click.UsageError("the reply is empty: nothing to check")
    settings = _settings(db) if tone is None or length is None else Settings()
    report = check_reply(text, kind=kind, channel=channel, tone=tone or settings.tone,  # type: ignore[arg-type]
                         length=length or settings.length, first_name=Sender(name=to).first_name, asks=asks)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        width = max(len(p.name) for p in report.points) + 2
        for p in report.points:
            click.echo(f"{'PASS' if p.passed else 'FAIL'}  {p.name:<{width}}{p.explanation}")
        passed = len(report.points) - len(report.failed)
        click.echo(f"\n{passed} of {len(report.points)} points passed.")
    if not report.passed:
        ctx.exit(FAILED_EXIT)


def _settings(db: str | None) -> Settings:
    """The settings in force (settings.json, the ledger's, TACTFUL_* variables), for tone and length."""
    from tactful.cli import ledgered

    with open_cli_ledger(db) as ledger:
        return ledgered.ledger_settings(ledger).settings


def register(group: click.Group) -> None:
    """Add the command to the CLI."""
    group.add_command(lint_reply)
