"""Settings in layers (defaults < settings.json < ledger < TACTFUL_* < options) and `tactful settings`."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tactful.cli import cli
from tactful.config import effective_settings, load_settings, parse_value, validate
from tactful.errors import ConfigError
from tactful.store import open_ledger

CALL = "Hi! Fancy a call next week to catch up? It's been a while."


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def write_settings(home: Path, values: dict[str, object]) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.json").write_text(json.dumps(values), encoding="utf-8")


def test_each_layer_overrides_the_one_before_and_says_so(isolated_home: Path) -> None:
    write_settings(isolated_home, {"tone": "neutral", "user_name": "Jordan", "goals": ["ML mentor"]})
    env = {"TACTFUL_HOME": str(isolated_home), "TACTFUL_TONE": "brief"}
    e = effective_settings(environ=env, ledger={"tone": "warm", "weekly_budget_minutes": 60,
                                                "not_a_setting": 1})
    assert e.settings.tone == "brief" and e.sources["tone"] == "environment"
    assert e.settings.weekly_budget_minutes == 60 and e.sources["weekly_budget_minutes"] == "ledger"
    assert e.settings.user_name == "Jordan" and e.sources["user_name"] == "settings.json"
    assert e.settings.goals == ("ML mentor",) and e.sources["goals"] == "settings.json"
    assert e.sources["length"] == "default" and e.settings.length == "normal"
    assert e.to_dict()["goals"] == {"value": ["ML mentor"], "source": "settings.json"}


def test_every_setting_can_come_from_the_environment_typed(isolated_home: Path) -> None:
    env = {"TACTFUL_HOME": str(isolated_home), "TACTFUL_WEEKLY_BUDGET_MINUTES": "45",
           "TACTFUL_GOALS": "hiring designers, ML mentor", "TACTFUL_ASK_MINUTES": '{"call": 20}'}
    s = load_settings(environ=env)
    assert s.weekly_budget_minutes == 45 and s.goals == ("hiring designers", "ML mentor")
    assert dict(s.ask_minutes) == {"call": 20}
    with pytest.raises(ConfigError, match="TACTFUL_WEEKLY_BUDGET_MINUTES: weekly_budget_minutes must"):
        load_settings(environ={**env, "TACTFUL_WEEKLY_BUDGET_MINUTES": "lots"})


@pytest.mark.parametrize("key,value,message", [
    ("tone", "rude", "tone must be one of warm, neutral, brief"),
    ("strictness", "harsh", "strictness must be one of lenient, normal, strict"),
    ("length", 3, "length must be one of short, normal"),
    ("weekly_budget_minutes", -5, "weekly_budget_minutes must be a whole number"),
    ("weekly_budget_minutes", True, "weekly_budget_minutes must be a whole number"),
    ("goals", "ML", "goals must be a list of strings"),
    ("user_name", 7, "user_name must be a string"),
    ("offers", {"referral": ["phone"]}, "offers.referral must be a list drawn from careers"),
    ("offers", {"gossip": []}, "offers: unknown favour 'gossip'"),
    ("ask_minutes", {"call": -1}, "ask_minutes must map an ask to a whole number"),
    ("ask_minutes", {"calls": 10}, "ask_minutes: unknown ask 'calls'"),
    ("tones", "warm", "unknown setting 'tones'; known: user_name"),
])
def test_one_validation_for_every_layer_names_the_layer_and_the_key(
        isolated_home: Path, key: str, value: object, message: str) -> None:
    with pytest.raises(ConfigError, match="^where: " + message):
        validate({key: value}, "where")
    write_settings(isolated_home, {key: value})
    with pytest.raises(ConfigError, match="settings.json: " + message):
        load_settings()
    isolated_home.joinpath("settings.json").unlink()
    if key != "tones":  # the ledger may hold other keys; they are not settings and are left out
        with pytest.raises(ConfigError, match="the ledger's settings: " + message + ".*tactful settings"):
            load_settings(ledger={key: value})


def test_values_typed_as_text_are_parsed_by_the_keys_type() -> None:
    assert parse_value("weekly_budget_minutes", " 90 ") == 90
    assert parse_value("goals", "hiring designers, ML mentor,") == ["hiring designers", "ML mentor"]
    assert parse_value("goals", '["a, b", "c"]') == ["a, b", "c"]
    assert parse_value("offers", '{"referral": ["question"]}') == {"referral": ["question"]}
    assert parse_value("user_name", "Jordan Blake") == "Jordan Blake"
    with pytest.raises(ConfigError, match=r"ask_minutes must be a JSON object such as \{\"call\": 20\}"):
        parse_value("ask_minutes", "call=20")


def test_settings_set_show_unset_through_the_cli(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    r = invoke("settings", "set", "goals", "hiring designers, ML mentor", "--db", db)
    assert r.exit_code == 0 and 'Set goals = ["hiring designers", "ML mentor"]' in r.output
    invoke("settings", "set", "offers", '{"referral": ["question"]}', "--db", db)
    invoke("settings", "set", "weekly_budget_minutes", "90", "--db", db)
    invoke("settings", "set", "weekly_budget_minutes", "90", "--db", db)  # again: one row
    shown = json.loads(invoke("settings", "show", "--json", "--db", db).output)
    assert shown["goals"] == {"value": ["hiring designers", "ML mentor"], "source": "ledger"}
    assert shown["weekly_budget_minutes"] == {"value": 90, "source": "ledger"}
    assert shown["offers"]["value"]["referral"] == ["question"]
    assert shown["offers"]["value"]["job"] == ["careers", "question"]  # the defaults for the rest
    assert shown["tone"] == {"value": "warm", "source": "default"}
    with open_ledger(db) as ledger:
        assert ledger.all_settings() == {"goals": ["hiring designers", "ML mentor"],
                                         "offers": {"referral": ["question"]}, "weekly_budget_minutes": 90}
    text = invoke("settings", "show", "--db", db).output
    assert "weekly_budget_minutes  90  (ledger)" in text
    assert 'tone                   "warm"  (default)' in text
    assert invoke("settings", "unset", "goals", "--db", db).output.startswith("Removed goals")
    assert "nothing changed" in invoke("settings", "unset", "goals", "--db", db).output
    shown = json.loads(invoke("settings", "show", "--json", "--db", db).output)
    assert shown["goals"] == {"value": [], "source": "default"}


def test_settings_set_refuses_bad_values_and_stores_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    for args, message in [
        (("tone", "rude"), "Error: tone must be one of warm, neutral, brief, not 'rude'"),
        (("weekly_budget_minutes", "two hours"), "Error: weekly_budget_minutes must be a whole number"),
        (("ask_minutes", '{"call": "ten"}'), "Error: ask_minutes must map an ask to a whole number"),
        (("offers", "referral"), "Error: offers must be a JSON object such as"),
        (("nickname", "JB"), "Error: unknown setting 'nickname'; known: user_name, signature"),
    ]:
        r = CliRunner().invoke(cli, ["settings", "set", *args, "--db", db])
        assert r.exit_code == 1 and r.output.startswith(message), r.output
    r = CliRunner().invoke(cli, ["settings", "unset", "nickname", "--db", db])
    assert r.exit_code == 1 and "unknown setting 'nickname'" in r.output
    with open_ledger(db) as ledger:
        assert ledger.all_settings() == {}


def test_a_foreign_key_in_the_ledger_is_shown_as_ignored_and_can_be_unset(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    with open_ledger(db) as ledger:
        ledger.set_setting("ask_costs", {"call": 20})
    assert "Ignored: the ledger holds 'ask_costs'" in invoke("settings", "show", "--db", db).output
    assert invoke("settings", "unset", "ask_costs", "--db", db).output.startswith("Removed ask_costs")


def test_the_ledgers_settings_shape_check_decide_and_budget(isolated_home: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    write_settings(isolated_home, {"weekly_budget_minutes": 500, "tone": "neutral"})
    with open_ledger(db) as ledger:
        sam = ledger.add_person("Sam", emails=["sam@example.com"])
        ledger.set_relationship(sam.id, "known")
    for key, value in (("ask_minutes", '{"call": 25}'), ("weekly_budget_minutes", "40"),
                       ("user_name", "Jordan Blake"), ("tone", "brief")):
        invoke("settings", "set", key, value, "--db", db)
    data = json.loads(invoke("check", CALL, "--from", "sam@example.com", "--json", "--db", db).output)
    assert data["asks"][0] == {"kind": "call", "minutes": 25, "evidence": data["asks"][0]["evidence"]}
    assert data["minutes"] == 25 and data["verdict"] == "accept"
    assert data["drafts"][0]["tone"] == "brief" and "Jordan" in data["drafts"][0]["text"]
    # the command line wins over the ledger, the environment over the ledger
    assert json.loads(invoke("check", CALL, "--from", "sam@example.com", "--json", "--db", db,
                             "--tone", "warm").output)["drafts"][0]["tone"] == "warm"
    env_run = invoke("check", CALL, "--from", "sam@example.com", "--json", "--db", db,
                     env={"TACTFUL_TONE": "neutral"})
    assert json.loads(env_run.output)["drafts"][0]["tone"] == "neutral"
    decided = invoke("decide", str(data["request_id"]), "--as", "accept", "--db", db).output
    assert "Committed 25 minutes (call); this week: 25 of 40 minutes" in decided
    budget = json.loads(invoke("budget", "--json", "--db", db).output)
    assert budget["budget_minutes"] == 40 and budget["remaining_minutes"] == 15
    over = json.loads(invoke("budget", "--json", "--db", db,
                             env={"TACTFUL_WEEKLY_BUDGET_MINUTES": "20"}).output)
    assert over["budget_minutes"] == 20 and over["remaining_minutes"] == -5


def test_a_bad_value_in_the_ledger_stops_check_with_advice(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    with open_ledger(db) as ledger:
        ledger.set_setting("weekly_budget_minutes", "lots")
    r = CliRunner().invoke(cli, ["check", CALL, "--db", db])
    assert r.exit_code == 1
    assert "the ledger's settings: weekly_budget_minutes must be a whole number" in r.output
    assert "tactful settings set" in r.output
