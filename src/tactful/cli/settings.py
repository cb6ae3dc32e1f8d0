"""`tactful settings`: the settings in force and where each comes from; setting them in the ledger.

A value set here is stored in the ledger's settings table, so it travels with the ledger (a team
sharing a PostgreSQL ledger shares its settings).  It overrides settings.json and is overridden by a
`TACTFUL_<KEY>` environment variable and by command-line options.
"""

from __future__ import annotations

import json
import os

import click

from tactful import config
from tactful.cli.options import db_option, json_option, open_cli_ledger
from tactful.config import KEYS, env_var, parse_value, unknown_key, validate


@click.group("settings")
def settings_group() -> None:
    """Your settings: show them, set or unset them in the ledger."""


@settings_group.command("show")
@db_option
@json_option
def show(db: str | None, as_json: bool) -> None:
    """Every setting in force, its value and where it came from."""
    from tactful.cli import ledgered

    with open_cli_ledger(db) as ledger:
        effective = ledgered.ledger_settings(ledger)
        ignored = sorted(k for k in ledger.all_settings() if k not in KEYS)
    if as_json:
        click.echo(json.dumps(effective.to_dict(), indent=2, ensure_ascii=False))
        return
    width = max(len(k) for k in KEYS)
    for key, item in effective.to_dict().items():
        click.echo(f"{key:<{width}}  {json.dumps(item['value'], ensure_ascii=False)}  ({item['source']})")
    for key in ignored:
        click.echo(f"Ignored: the ledger holds {key!r}, which is not a setting "
                   f"(`tactful settings unset {key}` removes it).")


@settings_group.command("set")
@click.argument("key")
@click.argument("value")
@db_option
def set_(key: str, value: str, db: str | None) -> None:
    """Set KEY to VALUE in the ledger (checked by the same rules as settings.json)."""
    key = key.strip()
    stored = config.as_json(parse_value(key, value))
    validate({key: stored})
    with open_cli_ledger(db) as ledger:
        ledger.set_setting(key, stored)  # type: ignore[arg-type]
        location = ledger.location
    click.echo(f"Set {key} = {json.dumps(stored, ensure_ascii=False)} in the ledger ({location}).")
    _warn_if_overridden(key)


@settings_group.command("unset")
@click.argument("key")
@db_option
def unset(key: str, db: str | None) -> None:
    """Remove KEY from the ledger, so settings.json or the default applies again."""
    key = key.strip()
    with open_cli_ledger(db) as ledger:
        if key not in KEYS and key not in ledger.all_settings():
            raise unknown_key(key)
        removed = ledger.delete_setting(key)
    if removed:
        click.echo(f"Removed {key} from the ledger.")
        _warn_if_overridden(key)
    else:
        click.echo(f"{key} was not set in the ledger; nothing changed.")


def _warn_if_overridden(key: str) -> None:
    if key in KEYS and os.environ.get(env_var(key)):
        click.echo(f"Note: {env_var(key)} is set in this environment and overrides the ledger.", err=True)


def register(group: click.Group) -> None:
    """Add the command group to the CLI."""
    group.add_command(settings_group)
