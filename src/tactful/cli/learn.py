"""`tactful learn`: fold the stored corrections into the personal layer (`tactful.personal`).

Every request whose latest decision differs from tactful's suggestion becomes one example.  The
layer is rebuilt from all of them each time and stored as a new version only when it differs from
the one in force, so running the command again changes nothing.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from tactful.cli.options import db_option, json_option, open_cli_ledger
from tactful.personal import Corrected, PersonalLayer, learn, message_text

if TYPE_CHECKING:
    from tactful.store import Correction, Ledger


def _sender(ledger: Ledger, correction: Correction) -> str:
    """Who sent a corrected request, as the reason will name them."""
    if correction.person_id is not None:
        person = ledger.get_person(correction.person_id)
        if person is not None and person.name.strip():
            return person.name
    request = ledger.get_request(correction.request_id)
    label = request.sender.label() if request is not None else ""
    return label if label and label != "unknown sender" else "an unknown sender"


def fold_corrections(ledger: Ledger) -> PersonalLayer:
    """The personal layer built from every correction in the ledger."""
    corrected = [
        Corrected(c.request_id, _sender(ledger, c), message_text(c.subject, c.text), c.suggested, c.chosen)
        for c in ledger.corrections()
    ]
    return learn(corrected)


@click.command("learn")
@db_option
@json_option
def learn_command(db: str | None, as_json: bool) -> None:
    """Fold your corrections into the personal layer, so similar messages from others move too."""
    with open_cli_ledger(db) as ledger:
        layer = fold_corrections(ledger)
        version, changed = ledger.save_personal_layer(layer.to_dict(), len(layer.examples))
    by_verdict = layer.by_verdict()
    if as_json:
        click.echo(json.dumps({"corrections": len(layer.examples), "by_verdict": by_verdict,
                               "version": version.version, "changed": changed,
                               "threshold": layer.threshold}, indent=2))
        return
    if not layer.examples:
        click.echo("No corrections to learn from yet: when you decide otherwise than tactful suggested "
                   "(`tactful decide ID --as ...`), run this again.")
    else:
        counts = ", ".join(f"{n} {verdict}" for verdict, n in by_verdict.items())
        click.echo(f"Folded {len(layer.examples)} correction(s) into your personal layer ({counts}).")
    state = "saved as" if changed else "unchanged:"
    rule = (f"; a message at least {layer.threshold:.2f} similar to a corrected one takes your choice"
            if layer.examples else "")
    click.echo(f"Personal layer {state} version {version.version}{rule}.")


def register(group: click.Group) -> None:
    """Add the command to the CLI."""
    group.add_command(learn_command)
