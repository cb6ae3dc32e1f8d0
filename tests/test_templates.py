"""User template files override built-in intents, for check and the Python API, or are refused
with an error naming the file and the placeholder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import tactful
from tactful.cli import cli
from tactful.drafting.intents import BUILT_IN, PLACEHOLDERS
from tactful.drafting.templates import file_text, parse, resolve
from tactful.errors import ConfigError
from tactful.models import Sender

REFERRAL = "Can you refer me for an opening at your company?"


def _write(home: Path, name: str, text: str) -> Path:
    path = home / "templates" / f"{name}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_every_built_in_intent_has_variants_that_its_own_file_format_reads_back() -> None:
    for intent in BUILT_IN.values():
        assert parse(file_text(intent), intent, "built-in") == intent.variants


def test_the_main_intents_have_at_least_three_variants() -> None:
    for intent in BUILT_IN.values():
        assert len(intent.variants) >= 3, intent.name


def test_a_user_file_overrides_the_built_in_in_the_python_api(isolated_home: Path) -> None:
    _write(isolated_home, "redirect-referral",
           "# my own words\nReferrals from me go only to close colleagues, {first_name}, so I can't\n"
           "make one. {offer}\n")
    t = tactful.check(REFERRAL, sender=Sender("Sam Lee"), channel="linkedin")
    assert t.drafts[0].intent == "redirect-referral"
    assert "Referrals from me go only to close colleagues, Sam, so I can't make one." in t.drafts[0].text
    assert "# my own words" not in t.drafts[0].text


def test_a_user_file_overrides_the_built_in_in_check(isolated_home: Path) -> None:
    _write(isolated_home, "redirect-referral", "I keep referrals for close colleagues only. {offer}\n")
    r = CliRunner().invoke(cli, ["check", REFERRAL, "--channel", "email", "--json"])
    assert r.exit_code == 0, r.output
    assert "I keep referrals for close colleagues only." in json.loads(r.output)["drafts"][0]["text"]


def test_each_block_between_separator_lines_is_a_variant(isolated_home: Path) -> None:
    path = _write(isolated_home, "decline-brief", "First no, as I keep to a rule.\n---\n\nSecond no.\n---\n")
    assert resolve("decline-brief").variants == ("First no, as I keep to a rule.", "Second no.")
    path.write_text("Only one now.\n", encoding="utf-8")
    assert resolve("decline-brief").variants == ("Only one now.",)  # a changed file is read again


@pytest.mark.parametrize("text,named", [
    ("I keep referrals for colleagues. {offer} {nickname}", "{nickname}"),
    ("I keep referrals for colleagues.", "{offer}"),
    ("I keep referrals for colleagues {offer", "malformed braces"),
    ("I keep referrals for colleagues. {offer} }", "malformed braces"),
    ("I keep referrals for {0}. {offer}", "{0}"),
    ("I keep referrals for {asks!r}. {offer}", "{asks}"),
    ("# only a comment\n", "no text"),
])
def test_a_broken_template_is_refused_naming_the_file_and_the_problem(
        isolated_home: Path, text: str, named: str) -> None:
    path = _write(isolated_home, "redirect-referral", text)
    with pytest.raises(ConfigError) as err:
        tactful.check(REFERRAL, channel="linkedin")
    assert str(path) in str(err.value) and named in str(err.value)


def test_check_exits_1_naming_the_unknown_placeholder(isolated_home: Path) -> None:
    path = _write(isolated_home, "redirect-referral", "I keep referrals for colleagues. {offer} {ask}")
    r = CliRunner().invoke(cli, ["check", REFERRAL])
    assert r.exit_code == 1
    assert f"Error: {path}: variant 1: unknown placeholder {{ask}}" in r.output


def test_a_template_that_no_draft_uses_does_not_break_check(isolated_home: Path) -> None:
    _write(isolated_home, "accept-hear-more", "Broken {")
    assert tactful.check(REFERRAL).verdict.kind == "redirect"


def test_literal_braces_are_written_doubled(isolated_home: Path) -> None:
    _write(isolated_home, "decline-brief", "I keep {{weekends}} free, so I'll say no.")
    assert resolve("decline-brief").variants == ("I keep {{weekends}} free, so I'll say no.",)
    t = tactful.check(REFERRAL, channel="email", context=tactful.Context(
        history=(tactful.Interaction("2025-01-01", "negative"),)))
    assert any("I keep {weekends} free, so I'll say no." in d.text for d in t.drafts)


def test_templates_list_names_each_template_its_verdict_and_source(isolated_home: Path) -> None:
    _write(isolated_home, "decline-pitch", "We only buy what we need, so I'll pass.")
    r = CliRunner().invoke(cli, ["templates", "list", "--json"])
    rows = {row["name"]: row for row in json.loads(r.output)}
    assert set(rows) == set(BUILT_IN)
    assert rows["decline-pitch"]["source"] == "user file" and rows["decline-pitch"]["error"] is None
    assert rows["redirect-referral"] == {"name": "redirect-referral", "verdict": "redirect",
                                         "source": "built-in", "path": None, "error": None}
    text = CliRunner().invoke(cli, ["templates", "list"]).output
    assert any(line.split() == ["decline-pitch", "decline", "user", "file"] for line in text.splitlines())


def test_templates_list_reports_a_broken_user_file(isolated_home: Path) -> None:
    path = _write(isolated_home, "decline-pitch", "We only buy {what} we need.")
    rows = {row["name"]: row for row in json.loads(
        CliRunner().invoke(cli, ["templates", "list", "--json"]).output)}
    assert str(path) in rows["decline-pitch"]["error"] and "{what}" in rows["decline-pitch"]["error"]


def test_templates_show_prints_the_built_in_in_its_file_format() -> None:
    r = CliRunner().invoke(cli, ["templates", "show", "accept-time-boxed"])
    assert r.exit_code == 0
    assert "Required in every variant: {calendar}" in r.output
    assert parse(r.output, BUILT_IN["accept-time-boxed"], "shown") == BUILT_IN["accept-time-boxed"].variants
    for name in PLACEHOLDERS:
        assert f"{{{name}}}" in r.output


def test_templates_show_prints_the_users_file_when_there_is_one(isolated_home: Path) -> None:
    _write(isolated_home, "decline-brief", "Mine, as I keep my evenings.\n")
    shown = CliRunner().invoke(cli, ["templates", "show", "decline-brief"]).output
    assert shown == "Mine, as I keep my evenings.\n"


def test_an_unknown_template_name_is_an_error() -> None:
    r = CliRunner().invoke(cli, ["templates", "show", "decline-everything"])
    assert r.exit_code == 1 and "unknown template 'decline-everything'" in r.output


def test_templates_path_prints_the_directory_in_tactful_home(isolated_home: Path) -> None:
    assert CliRunner().invoke(cli, ["templates", "path"]).output.strip() == str(isolated_home / "templates")


def test_templates_edit_without_a_terminal_copies_the_built_in_and_prints_its_path(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDITOR", "vi")
    r = CliRunner().invoke(cli, ["templates", "edit", "decline-favour"])
    path = isolated_home / "templates" / "decline-favour.txt"
    assert r.exit_code == 0 and r.stdout.strip() == str(path)
    assert path.read_text(encoding="utf-8") == file_text(BUILT_IN["decline-favour"])
    path.write_text("My own no, as I keep to a rule.\n", encoding="utf-8")
    CliRunner().invoke(cli, ["templates", "edit", "decline-favour"])
    assert path.read_text(encoding="utf-8") == "My own no, as I keep to a rule.\n"  # never overwritten


def _editor_writing(text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal session whose $VISUAL replaces the file it is given with `text`."""
    editor = tmp_path / "editor.sh"
    editor.write_text(f'#!/bin/sh\nprintf "{text}\\n" > "$1"\n', encoding="utf-8")
    editor.chmod(0o755)
    monkeypatch.setenv("VISUAL", str(editor))
    monkeypatch.setattr("tactful.cli.templates._interactive", lambda: True)


def test_templates_edit_opens_the_editor_on_a_terminal(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _editor_writing("Edited, as I keep to a rule.", tmp_path, monkeypatch)
    r = CliRunner().invoke(cli, ["templates", "edit", "decline-brief"])
    assert r.exit_code == 0, r.output
    assert resolve("decline-brief").variants == ("Edited, as I keep to a rule.",)


def test_templates_edit_refuses_what_the_editor_left_broken(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _editor_writing("No referrals, {name}.", tmp_path, monkeypatch)
    r = CliRunner().invoke(cli, ["templates", "edit", "decline-brief"])
    assert r.exit_code == 1 and "decline-brief.txt: variant 1: unknown placeholder {name}" in r.output


def test_a_template_file_with_a_byte_order_mark_reads_its_first_comment_as_a_comment(
        isolated_home: Path) -> None:
    path = isolated_home / "templates" / "decline-brief.txt"
    path.parent.mkdir(parents=True)
    path.write_text("# a comment\nI keep to a rule, so I'll say no.\n", encoding="utf-8-sig")
    assert resolve("decline-brief").variants == ("I keep to a rule, so I'll say no.",)


def test_templates_list_warns_about_a_file_that_overrides_nothing(isolated_home: Path) -> None:
    stray = _write(isolated_home, "decline-everyone", "No, as I keep to a rule.")
    r = CliRunner().invoke(cli, ["templates", "list"])
    assert r.exit_code == 0
    assert f"Warning: {stray} overrides no built-in template and is not used." in r.stderr
