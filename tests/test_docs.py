"""Every command, option and JSON key a user can meet is documented."""

import json
from pathlib import Path

import click
import pytest

from tactful.cli import cli
from tactful.pipeline import check

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _commands() -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(cli.commands.items()):
        found.append((name, command))
        if isinstance(command, click.Group):
            found += [(f"{name} {sub}", c) for sub, c in sorted(command.commands.items())]
    return found


@pytest.mark.parametrize("name,command", _commands())
def test_every_command_and_option_is_in_the_cli_docs(name: str, command: click.Command) -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    if " " in name:  # a subcommand: in its group's section, with its options
        group = name.split(" ", 1)[0]
        section = text.split(f"## `tactful {group}`", 1)[1].split("\n## ", 1)[0]
        assert f"tactful {name}" in section, f"tactful {name} is not documented in docs/cli.md"
    else:
        assert f"## `tactful {name}`" in text
        section = text
    for param in command.params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--"):
                assert opt in section, f"{opt} of tactful {name} is not documented in docs/cli.md"


def test_every_key_of_check_json_is_in_the_json_docs() -> None:
    text = (DOCS / "json.md").read_text(encoding="utf-8")
    data = check("Can you refer me?").to_dict()
    for key in data:
        assert f"`{key}`" in text
    flag_keys = json.loads(json.dumps(data["flags"][0]))
    for key in flag_keys:
        assert f"`{key}`" in text


def test_the_readme_links_every_docs_page() -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    for page in ("concepts.md", "cli.md", "json.md", "settings.md"):
        assert f"docs/{page}" in readme


def test_the_readme_opens_with_exactly_two_set_up_commands() -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    blocks = readme.split("## ")[0].split("```")
    commands = [b.strip() for b in blocks[1::2]]
    assert len(commands) == 2
    assert commands[0].endswith("tactful demo") and commands[1] == "bash scripts/test"
