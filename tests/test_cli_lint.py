"""`tactful lint-reply` checks the user's own reply and says so in its exit status."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tactful.cli import cli
from tactful.cli.lint import _KINDS
from tactful.drafting.rubric import POINTS, REPLY_KINDS

GOOD = ("Hi Sam,\nThanks for reaching out about a referral. I only refer people I've worked with, so I "
        "can't refer you. If one question would help, send it here and I'll answer it. Good luck!\n\nJordan")
BAD = "Hey,\nThis looks like spam to me. Maybe later.\n\nJordan"


def test_a_graceful_reply_exits_0_with_every_point_passed(tmp_path: Path) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text(GOOD, encoding="utf-8")
    r = CliRunner().invoke(cli, ["lint-reply", str(reply), "--channel", "linkedin", "--verdict", "redirect",
                                 "--to", "Sam Lee", "--ask", "referral"])
    assert r.exit_code == 0, r.output
    assert r.output.count("PASS") == len(POINTS) and "10 of 10 points passed." in r.output


def test_a_reply_read_from_stdin_that_fails_exits_3_naming_the_points() -> None:
    r = CliRunner().invoke(cli, ["lint-reply", "-", "--to", "Sam", "--ask", "call"], input=BAD)
    assert r.exit_code == 3
    failed = {line.split()[1] for line in r.output.splitlines() if line.startswith("FAIL")}
    assert {"thanks", "clear_no", "no_accusation", "no_false_promise", "first_name", "their_ask"} <= failed


def test_lint_reply_json_lists_every_point() -> None:
    r = CliRunner().invoke(cli, ["lint-reply", "-", "--json", "--verdict", "redirect", "--to", "Sam",
                                 "--tone", "brief", "--length", "short"], input=GOOD)
    data = json.loads(r.output)
    assert data["passed"] is True and [p["name"] for p in data["points"]] == list(POINTS)
    assert set(data["points"][0]) == {"name", "passed", "explanation"}


def test_an_empty_reply_is_a_usage_error() -> None:
    assert CliRunner().invoke(cli, ["lint-reply", "-"], input="  \n").exit_code == 2


def test_a_tone_from_settings_is_used_when_none_is_given(isolated_home: Path) -> None:
    plain = GOOD.replace(" Good luck!", "").replace("\n\nJordan", "\n\nBest,\nJordan")
    args = ["lint-reply", "-", "--verdict", "redirect", "--to", "Sam", "--ask", "referral"]
    assert CliRunner().invoke(cli, args, input=plain).exit_code == 3
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "settings.json").write_text('{"tone": "brief"}', encoding="utf-8")
    assert CliRunner().invoke(cli, args, input=plain).exit_code == 0


def test_lint_reply_offers_every_kind_of_reply_the_rubric_knows() -> None:
    assert set(_KINDS) == set(REPLY_KINDS)


def test_a_tone_set_in_the_ledger_is_used_when_none_is_given(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    plain = GOOD.replace(" Good luck!", "").replace("\n\nJordan", "\n\nBest,\nJordan")
    args = ["lint-reply", "-", "--verdict", "redirect", "--to", "Sam", "--ask", "referral", "--db", db]
    assert CliRunner().invoke(cli, args, input=plain).exit_code == 3
    assert CliRunner().invoke(cli, ["settings", "set", "tone", "brief", "--db", db]).exit_code == 0
    assert CliRunner().invoke(cli, args, input=plain).exit_code == 0
