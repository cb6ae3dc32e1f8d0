"""`tactful templates`: list, show, edit the reply templates, and say where the user's live.

A built-in intent is overridden by a file named after it in the templates directory; `edit`
copies the built-in there first, so the user starts from the current wording.
"""

from __future__ import annotations

import json
import os
import sys

import click

from tactful.cli.options import json_option
from tactful.drafting.intents import BUILT_IN
from tactful.drafting.templates import (
    builtin,
    file_text,
    listing,
    resolve,
    stray_files,
    templates_dir,
    user_file,
)
from tactful.errors import ConfigError


def _interactive() -> bool:
    """True when a person is at a terminal to use an editor (CI and pipes have none)."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def _name_argument(f: click.decorators.FC) -> click.decorators.FC:
    return click.argument("name", metavar="NAME")(f)


@click.group()
def templates() -> None:
    """List, show and edit the templates drafts are written from."""


@templates.command("list")
@json_option
def list_templates(as_json: bool) -> None:
    """Every template: its name, the verdict it serves, and whether your file overrides it."""
    rows: list[dict[str, str | None]] = []
    for name, kind, source in listing():
        error = None
        if source == "user file":
            try:
                resolve(name)
            except ConfigError as exc:
                error = str(exc)
        where = str(user_file(name)) if source == "user file" else None
        rows.append({"name": name, "verdict": kind, "source": source, "path": where, "error": error})
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    width = max(len(r["name"] or "") for r in rows) + 2
    for r in rows:
        note = f"  (error: {r['error']})" if r["error"] else ""
        click.echo(f"{r['name']:<{width}}{r['verdict'] or '':<10}{r['source']}{note}")
    for path in stray_files():
        click.echo(f"Warning: {path} overrides no built-in template and is not used.", err=True)


@templates.command("show")
@_name_argument
def show(name: str) -> None:
    """Print template NAME in its file format (your file when you have one)."""
    path = user_file(name)
    if path.is_file() and name in BUILT_IN:
        click.echo(path.read_text(encoding="utf-8"), nl=False)
    else:
        click.echo(file_text(builtin(name)), nl=False)


@templates.command("edit")
@_name_argument
def edit(name: str) -> None:
    """Open template NAME in $VISUAL or $EDITOR (copying the built-in first); else print its path."""
    intent = builtin(name)
    path = user_file(name)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(file_text(intent), encoding="utf-8")
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor or not _interactive():
        click.echo(str(path))
        click.echo("Edit this file; `tactful templates list` then reports any error in it.", err=True)
        return
    click.edit(filename=str(path), editor=editor)
    resolve(name)  # refuse a broken file now, naming the placeholder, rather than at the next check
    click.echo(f"Saved {path}")


@templates.command("path")
def path() -> None:
    """Print the directory where your own templates live."""
    click.echo(str(templates_dir()))


def register(group: click.Group) -> None:
    """Add the command group to the CLI."""
    group.add_command(templates)
