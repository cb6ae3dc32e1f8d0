"""Option bundles and input helpers shared by commands."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from tactful.errors import ContextError, InputError
from tactful.models import CHANNELS, TONES, Context
from tactful.policy import STRICTNESS
from tactful.records import context_from_dict

if TYPE_CHECKING:
    from tactful.store import Ledger

F = TypeVar("F", bound=Callable[..., Any])


def json_option(f: F) -> F:
    """`--json`: print a JSON object instead of the readable report."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a report.")(f)


def triage_options(f: F) -> F:
    """Options that shape verdicts and drafts: channel, tone, strictness."""
    f = click.option("--tone", type=click.Choice(TONES), default=None,
                     help="Tone of the drafts (default: your settings, else warm).")(f)
    f = click.option("--strictness", type=click.Choice(STRICTNESS), default=None,
                     help="How readily flags fire (default: your settings, else normal).")(f)
    return f


def channel_option(f: F) -> F:
    """`--channel`: where the message came from, which sets the drafts' register."""
    return click.option("--channel", type=click.Choice(CHANNELS), default="unknown",
                        show_default=True, help="Where the message came from.")(f)


def read_text_arg(value: str | None) -> str:
    """The message from an argument: '-' or nothing means stdin, an existing path means a file."""
    if value is None or value == "-":
        if value is None and sys.stdin.isatty():
            raise click.UsageError("give the message as an argument, a file, or '-' for stdin")
        return _decode(sys.stdin.buffer.read(), "standard input")
    if "\n" in value or not _is_file(value):
        return value
    try:
        return _decode(Path(value).read_bytes(), value)
    except OSError as exc:
        raise InputError(f"{value}: cannot read ({exc.strerror})") from exc


def _is_file(value: str) -> bool:
    try:
        return Path(value).is_file()
    except (OSError, ValueError):  # a long message is not a valid file name
        return False


def _decode(data: bytes, where: str) -> str:
    """UTF-8 text, or Windows-1252 for older mail; tell the user when a fallback was used."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        click.echo(f"Warning: {where} is not UTF-8; read it as Windows-1252.", err=True)
        return data.decode("cp1252", errors="replace")


def read_context_file(path: Path | None) -> Context | None:
    """A Context from a JSON file holding the `context` object of the data schema."""
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ContextError(f"{path}: not a JSON object ({exc})") from exc
    return context_from_dict(data, str(path))


def db_option(f: F) -> F:
    """`--db URL`: which ledger to use (else `TACTFUL_DB`, else `ledger.db` in TACTFUL_HOME)."""
    return click.option("--db", "db", envvar="TACTFUL_DB", default=None, metavar="URL",
                        help="The ledger: a file path, sqlite:///PATH or postgresql://... "
                             "(default: $TACTFUL_DB, else ledger.db in tactful's home).")(f)


def open_cli_ledger(db: str | None, *, migrate: bool = True) -> Ledger:
    """Open the ledger a command was pointed at; the store is imported only when needed."""
    from tactful.store import open_ledger

    return open_ledger(db or None, migrate=migrate)
