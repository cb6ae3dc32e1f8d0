"""The keyword baseline `tactful eval` compares against, and the comparison in its report."""

import json
from pathlib import Path

from click.testing import CliRunner

from tactful.baseline import keyword_asks, keyword_flags, keyword_verdict
from tactful.cli import cli
from tactful.models import Context, Interaction

OWN = Path(__file__).resolve().parent / "data" / "own-labelled.jsonl"


def test_keywords_fire_flags_and_verdicts_by_precedence() -> None:
    flags = keyword_flags("Book a demo of our platform today, 20% discount!")
    assert flags == {"selling"}
    assert keyword_verdict(flags) == "decline"
    scam = keyword_flags("Earn $500 a day with crypto, guaranteed.")
    assert "reputation_risk" in scam and keyword_verdict(scam) == "ignore"
    assert keyword_verdict(keyword_flags("Could you refer me to your team?")) == "redirect"
    assert keyword_flags("Congratulations on the new role!") == frozenset()
    assert keyword_asks("Congratulations on the launch!") == {"none"}
    assert keyword_asks("Could we meet for coffee and a demo?") == {"meeting", "demo"}


def test_a_negative_interaction_is_the_baselines_only_context() -> None:
    context = Context(history=(Interaction(date="2026-01-02", outcome="negative", note="no-show"),))
    assert keyword_flags("Hi, hope you are well.", context) == {"negative_history"}


def test_eval_reports_the_rules_and_the_keyword_baseline_side_by_side() -> None:
    runner = CliRunner()
    done = runner.invoke(cli, ["eval", str(OWN), "--json"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.output)
    comparison = data["comparison"]
    assert set(comparison) == {"rules_only", "keyword_baseline"}
    for column in comparison.values():
        assert 0.0 <= column["macro_f1"] <= 1.0
        assert set(column["flag_f1"]) == set(data["flags"])
    # The baseline never states a tie, so it gets only the strangers' relationships right.
    assert comparison["keyword_baseline"]["relationship_accuracy"] < data["relationship_accuracy"]
    text = runner.invoke(cli, ["eval", str(OWN)]).output
    assert "Compared on the same records:" in text and "keyword_baseline" in text
    plain = runner.invoke(cli, ["eval", str(OWN), "--no-compare", "--json"]).output
    assert "comparison" not in json.loads(plain)
