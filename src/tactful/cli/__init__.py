"""The `tactful` command line: one module per command group, registered on one click group.

Domain errors (TactfulError) are raised below and turned into one line `Error: ...` with exit
status 1 here at the edge; misuse (unknown option, bad value) exits 2 through click.
"""

from __future__ import annotations

import click

from tactful import __version__
from tactful.errors import TactfulError


class _Group(click.Group):
    """A click group that reports tactful's own errors as one `Error:` line."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except TactfulError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="tactful")
def cli() -> None:
    """Triage networking requests against four red flags and draft graceful replies.

    Nothing is ever sent: tactful recommends and drafts; you decide.
    """


def _register() -> None:
    from tactful.cli import (
        check,
        db,
        decide,
        demo,
        evaluate,
        export,
        learn,
        lint,
        people,
        settings,
        templates,
    )

    for module in (check, db, decide, demo, evaluate, export, learn, lint, people, settings, templates):
        module.register(cli)


_register()


def main() -> None:
    """Console entry point."""
    cli(prog_name="tactful")


if __name__ == "__main__":  # pragma: no cover
    main()
