"""`tactful demo`: triage the bundled sample inbox and show what tactful would do with each."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import click

from tactful.cli.options import json_option, triage_options
from tactful.cli.render import report
from tactful.config import Settings
from tactful.normalize import request_from_text
from tactful.pipeline import triage
from tactful.policy import Policy
from tactful.records import read_records

DEMO_USER = Settings(user_name="Alex Rivera")


def sample_inbox() -> Path:
    """The path of the bundled sample inbox (written by the project, not real people's mail)."""
    return Path(str(resources.files("tactful") / "samples" / "inbox.jsonl"))


@click.command()
@triage_options
@click.option("--full", is_flag=True, help="Print the whole report of each message, not just drafts.")
@json_option
def demo(tone: str | None, strictness: str | None, full: bool, as_json: bool) -> None:
    """Triage the bundled sample inbox: a summary table, then the drafts."""
    policy = Policy(strictness=strictness or "normal")  # type: ignore[arg-type]
    results = []
    for record in read_records(sample_inbox()):
        request = request_from_text(record.text, sender=record.sender, channel=record.channel,
                                    subject=record.subject)
        results.append((record, triage(request, record.context, policy=policy, settings=DEMO_USER,
                                       tone=tone)))  # type: ignore[arg-type]
    if as_json:
        click.echo(json.dumps([{"id": r.id, **t.to_dict()} for r, t in results], indent=2,
                              ensure_ascii=False))
        return
    click.echo(f"{'id':<14}{'from':<22}{'channel':<10}{'verdict':<10}{'flags':<34}asks")
    for r, t in results:
        flags = ", ".join(t.assessment.flag_names) or "-"
        asks = ", ".join(t.assessment.ask_kinds)
        who = t.request.sender.label()[:20]
        click.echo(f"{r.id:<14}{who:<22}{r.channel:<10}{t.verdict.kind:<10}{flags:<34}{asks}")
    counts = {v: sum(1 for _, t in results if t.verdict.kind == v)
              for v in ("accept", "redirect", "decline", "ignore")}
    click.echo("\n" + ", ".join(f"{n} {v}" for v, n in counts.items()) + f" of {len(results)} messages")
    for r, t in results:
        click.echo(f"\n=== {r.id}: {t.request.sender.label()} ===")
        if full:
            click.echo(report(t), nl=False)
        elif t.drafts:
            click.echo(f"{t.verdict.kind}: {t.verdict.reasons[0]}\n\n{t.drafts[0].text}")
        else:
            click.echo(f"{t.verdict.kind}: {' '.join(t.verdict.reasons)} No draft.")


def register(group: click.Group) -> None:
    """Add the command to the CLI."""
    group.add_command(demo)
