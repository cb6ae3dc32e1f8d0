"""`tactful export`: the whole ledger as JSON (one object of tables) or CSV (one file per table).

Every table is read in one snapshot.  A CSV cell that a spreadsheet would run as a formula (one
that starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a leading `'`,
so opening an export can never run what a sender wrote.  Files are written whole or not at all
(a temporary file renamed into place); an existing export is replaced.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import click

from tactful.cli.options import db_option, open_cli_ledger
from tactful.errors import InputError

if TYPE_CHECKING:
    from tactful.store.export import Table

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: object) -> str:
    """A cell as CSV text: None is empty; text a spreadsheet would read as a formula gets a `'`."""
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def csv_text(table: Table) -> str:
    """One table as CSV: a header row of column names, then the rows, every cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([neutralised(row.get(c)) for c in table.columns])
    return out.getvalue()


def _write(path: Path, text: str) -> None:
    """Write a file whole or not at all (a temporary file renamed into place)."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write the export ({exc.strerror or exc})") from exc


def _as_json(tables: Mapping[str, Table]) -> str:
    data = {name: table.rows for name, table in tables.items()}
    return json.dumps(data, indent=1, ensure_ascii=False, default=str) + "\n"


@click.command()
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True,
              help="json: one object of tables; csv: one CSV file per table (needs --out DIR).")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Where to write: a file for json (default: standard output), a directory for csv.")
@db_option
def export(fmt: str, out: Path | None, db: str | None) -> None:
    """Export every table of the ledger as JSON or CSV."""
    if fmt == "csv" and out is None:
        raise InputError("--format csv writes one file per table: give a directory with --out DIR")
    if out is not None and fmt == "json" and out.is_dir():
        raise InputError(f"{out} is a directory: give --out a file name for the JSON export")
    if out is not None and fmt == "csv" and out.exists() and not out.is_dir():
        raise InputError(f"{out} is a file: give --out a directory for the CSV export")
    with open_cli_ledger(db) as ledger:
        tables = ledger.export_tables()
    if fmt == "json":
        text = _as_json(tables)
        if out is None:
            click.echo(text, nl=False)
            return
        out.parent.mkdir(parents=True, exist_ok=True)
        _write(out, text)
        click.echo(f"Wrote {sum(len(t.rows) for t in tables.values())} rows of {len(tables)} tables "
                   f"to {out}.")
        return
    assert out is not None
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create the directory ({exc.strerror})") from exc
    for name, table in tables.items():
        _write(out / f"{name}.csv", csv_text(table))
    click.echo(f"Wrote {len(tables)} CSV files ({', '.join(f'{n}.csv' for n in tables)}) to {out}.")


def register(group: click.Group) -> None:
    """Add the command to the CLI."""
    group.add_command(export)
