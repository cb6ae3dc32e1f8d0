"""`tactful people`: who the user knows, how it went, and what others say of them.

A PERSON argument is an id, an e-mail address, a profile URL or an exact name (one only one person
in the ledger has).
"""

from __future__ import annotations

import json
from datetime import date as Date
from typing import TYPE_CHECKING

import click

from tactful.cli.options import db_option, json_option, open_cli_ledger
from tactful.errors import InputError
from tactful.models import OUTCOMES, RELATIONSHIPS, Sender

if TYPE_CHECKING:
    from tactful.store import Ledger, Person

DIRECTIONS = ("inbound", "outbound", "mutual")


def resolve_person(ledger: Ledger, ref: str) -> Person:
    """The person a PERSON argument names: id, e-mail, profile URL or a name only one person has."""
    from tactful.store import Identity, normalise_name

    value = ref.strip()
    if value.isdigit():
        person = ledger.get_person(int(value))
        if person is None:
            raise InputError(f"no person with id {value} in the ledger; see `tactful people list`")
        return person
    if "@" in value and " " not in value:
        found = ledger.find_person(Sender(email=value))
    elif "://" in value or "linkedin.com" in value.lower():
        found = ledger.find_person(Sender(profile_url=value))
    else:
        name = Identity("name", normalise_name(value))
        named = [p for p in ledger.list_people() if name in p.identities]
        if len(named) > 1:
            ids = ", ".join(str(p.id) for p in named)
            raise InputError(f"{len(named)} people are named {value!r} (ids {ids}); use an id")
        found = named[0] if named else None
    if found is None:
        raise InputError(f"no person matches {value!r} in the ledger; see `tactful people list`")
    return found


def describe(person: Person) -> str:
    """`3: Erin Walsh <erin@example.com>, https://www.linkedin.com/in/erin (acquaintance)`."""
    addresses = ", ".join([f"<{e}>" for e in person.emails] + list(person.profile_urls))
    tie = f" ({person.relationship})" if person.relationship else ""
    return f"{person.id}: {person.name}" + (f" {addresses}" if addresses else "") + tie


@click.group("people")
def people_group() -> None:
    """The people in the ledger: add, list, show, note, log, merge."""


@people_group.command("add")
@click.argument("name")
@click.option("--email", "emails", multiple=True, metavar="ADDRESS", help="An e-mail address (repeatable).")
@click.option("--profile", "profiles", multiple=True, metavar="URL",
              help="A profile URL, e.g. LinkedIn (repeatable).")
@click.option("--relationship", type=click.Choice(RELATIONSHIPS), default=None,
              help="How well you know them, as you or connection data say.")
@db_option
def add(name: str, emails: tuple[str, ...], profiles: tuple[str, ...], relationship: str | None,
        db: str | None) -> None:
    """Add NAME (or add identities to the person they already lead to)."""
    with open_cli_ledger(db) as ledger:
        known = {p.id for p in ledger.list_people()}
        person = ledger.add_person(name, emails=emails, profile_urls=profiles)
        if relationship:
            ledger.set_relationship(person.id, relationship)  # type: ignore[arg-type]
            person = ledger.get_person(person.id) or person
    click.echo(("Updated " if person.id in known else "Added ") + describe(person))


@people_group.command("list")
@db_option
@json_option
def list_(db: str | None, as_json: bool) -> None:
    """List everyone in the ledger."""
    with open_cli_ledger(db) as ledger:
        everyone = ledger.list_people()
    if as_json:
        click.echo(json.dumps([p.to_dict() for p in everyone], indent=2, ensure_ascii=False))
        return
    if not everyone:
        click.echo("Nobody yet: add someone with `tactful people add NAME --email ADDRESS`.")
    for person in everyone:
        click.echo(describe(person))


@people_group.command("show")
@click.argument("person")
@db_option
@json_option
def show(person: str, db: str | None, as_json: bool) -> None:
    """Show PERSON: identities, relationship, interactions, reputation notes, corrections."""
    from tactful.store.history import relationship_from

    with open_cli_ledger(db) as ledger:
        p = resolve_person(ledger, person)
        history = ledger.interactions_for(p.id)
        notes = ledger.reputation_notes_for(p.id)
        corrections = ledger.corrections_for(p.id)
    tie = relationship_from(history, p.relationship)
    if as_json:
        data = {**p.to_dict(), "context_relationship": tie,
                "interactions": [i.to_dict() for i in history],
                "reputation_notes": [n.to_dict() for n in notes],
                "corrections": [c.to_dict() for c in corrections]}
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo(describe(p))
    click.echo(f"Relationship as tactful reads it: {tie or 'unknown (from the message text)'}")
    click.echo("Interactions:" if history else "Interactions: none")
    for i in history:
        click.echo(f"  {i.date}  {i.outcome:<8} {i.channel or '-':<9} {i.direction:<8} {i.note}")
    click.echo("Reputation notes:" if notes else "Reputation notes: none")
    for n in notes:
        where = ", ".join(x for x in (n.source, n.date) if x)
        click.echo(f"  {n.note}" + (f" ({where})" if where else ""))
    for c in corrections:
        click.echo(f"Correction: request {c.request_id}, tactful suggested {c.suggested}, "
                   f"you chose {c.chosen}")


@people_group.command("note")
@click.argument("person")
@click.argument("text")
@click.option("--source", default="", help="Who or what the note comes from.")
@click.option("--date", "when", default=None, metavar="YYYY-MM-DD", help="When you learnt it.")
@db_option
def note(person: str, text: str, source: str, when: str | None, db: str | None) -> None:
    """Record a reputation note TEXT about PERSON (flags reputation_risk from then on)."""
    with open_cli_ledger(db) as ledger:
        p = resolve_person(ledger, person)
        note_id = ledger.add_reputation_note(p.id, text, source=source, when=when)
    click.echo(f"Noted (note {note_id}) about {describe(p)}")


@people_group.command("log")
@click.argument("person")
@click.option("--outcome", type=click.Choice(OUTCOMES), required=True, help="How it went.")
@click.option("--date", "when", default=None, metavar="YYYY-MM-DD", help="When (default: today).")
@click.option("--channel", default="", help="Where: email, linkedin, call, coffee, ...")
@click.option("--direction", type=click.Choice(DIRECTIONS), default="mutual", show_default=True,
              help="Who reached out.")
@click.option("--note", "text", default="", help="What happened, in your words.")
@db_option
def log(person: str, outcome: str, when: str | None, channel: str, direction: str, text: str,
        db: str | None) -> None:
    """Log an interaction with PERSON and how it went (negative flags negative_history)."""
    with open_cli_ledger(db) as ledger:
        p = resolve_person(ledger, person)
        interaction_id = ledger.log_interaction(
            p.id, when or Date.today(), outcome,  # type: ignore[arg-type]
            channel=channel, direction=direction, note=text)  # type: ignore[arg-type]
    click.echo(f"Logged a {outcome} interaction (interaction {interaction_id}) with {describe(p)}")


@people_group.command("merge")
@click.argument("keep")
@click.argument("drop")
@db_option
def merge(keep: str, drop: str, db: str | None) -> None:
    """Fold person DROP into KEEP: identities, interactions, notes and requests move; DROP goes."""
    with open_cli_ledger(db) as ledger:
        kept, dropped = resolve_person(ledger, keep), resolve_person(ledger, drop)
        merged = ledger.merge_people(kept.id, dropped.id)
    click.echo(f"Merged {dropped.id} into {describe(merged)}")


def register(group: click.Group) -> None:
    """Add the command group to the CLI."""
    group.add_command(people_group)
