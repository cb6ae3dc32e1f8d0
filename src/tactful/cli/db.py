"""`tactful db`: where the ledger is, which migrations it has, migrating it, and backing it up."""

from __future__ import annotations

import json
from pathlib import Path

import click

from tactful.cli.options import db_option, json_option, open_cli_ledger


@click.group("db")
def db_group() -> None:
    """The ledger's database: path, status, migrate, backup."""


@db_group.command("path")
@db_option
def path(db: str | None) -> None:
    """Print where the ledger is (a file path, or the URL with its password hidden)."""
    from tactful.store.connect import sqlite_path

    file = sqlite_path(db)
    if file is not None:
        click.echo(str(file))
        return
    from tactful.store.postgres import redact

    assert db is not None
    click.echo(redact(db.strip()))


@db_group.command("status")
@db_option
@json_option
def status(db: str | None, as_json: bool) -> None:
    """Show the backend, location and applied and pending migrations (changes nothing)."""
    with open_cli_ledger(db, migrate=False) as ledger:
        st = ledger.status()
    if as_json:
        click.echo(json.dumps(st.to_dict(), indent=2))
        return
    click.echo(f"Backend:  {st.backend}")
    click.echo(f"Location: {st.location}")
    click.echo(f"Schema:   version {st.schema_version}, "
               + ("up to date" if st.up_to_date else f"{len(st.pending)} migration(s) pending"))
    for name in st.applied:
        click.echo(f"  applied  {name}")
    for name in st.pending:
        click.echo(f"  pending  {name}")
    for name in st.unknown:
        click.echo(f"  unknown  {name}  (applied by a newer tactful: upgrade tactful)")


@db_group.command("migrate")
@db_option
def migrate(db: str | None) -> None:
    """Apply the pending migrations."""
    with open_cli_ledger(db, migrate=False) as ledger:
        applied = ledger.migrate()
        location = ledger.location
    if applied:
        click.echo(f"Applied {len(applied)} migration(s) to {location}:")
        for name in applied:
            click.echo(f"  {name}")
    else:
        click.echo(f"{location} is up to date.")


@db_group.command("backup")
@click.argument("dest", type=click.Path(path_type=Path, dir_okay=False))
@db_option
def backup(dest: Path, db: str | None) -> None:
    """Write a consistent copy of the ledger to DEST (never overwriting a file)."""
    with open_cli_ledger(db, migrate=False) as ledger:
        written = ledger.backup(dest)
        what = "a SQLite copy" if ledger.backend == "sqlite" else "a JSON dump of every table"
    click.echo(f"Wrote {what} to {written}.")


def register(group: click.Group) -> None:
    """Add the command group to the CLI."""
    group.add_command(db_group)
