"""`tactful learn` and the personal layer in `tactful check`, through the CLI on a real SQLite file."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tactful.cli import cli
from tactful.store import open_ledger

REFERRAL = "Would you refer me to the hiring manager for the analyst role at Brightline? I'd be grateful."
PARAPHRASE = ("Could you refer me to the hiring manager for the analyst position at Brightline? "
              "Thanks so much.")
UNRELATED = "Can we grab coffee next week? I'd love to hear about your move into product design."


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "ledger.db")


def invoke(db: str, *args: str) -> Result:
    r = CliRunner().invoke(cli, [*args, "--db", db], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r


def check(db: str, text: str, sender: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(invoke(db, "check", text, "--from", sender, "--json").output)
    return data


def correct(db: str, text: str, sender: str, chosen: str) -> int:
    first = check(db, text, sender)
    assert first["verdict"] != chosen and first["decided_by"] == "tactful"
    invoke(db, "decide", str(first["request_id"]), "--as", chosen)
    return int(first["request_id"])  # type: ignore[call-overload]


def learn(db: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(invoke(db, "learn", "--json").output)
    return data


def test_a_correction_moves_a_paraphrase_from_another_sender_once_learnt(db: str) -> None:
    rid = correct(db, REFERRAL, "Dana Lee <dana@example.com>", "decline")
    before = check(db, PARAPHRASE, "Kim Ortiz <kim@example.com>")
    assert before["verdict"] == "redirect" and before["decided_by"] == "tactful"  # not learnt yet

    assert learn(db) == {"corrections": 1, "by_verdict": {"decline": 1}, "version": 1, "changed": True,
                         "threshold": 0.5}
    moved = check(db, PARAPHRASE, "Lou Park <lou@example.com>")
    assert moved["verdict"] == "decline" and moved["decided_by"] == "personal"
    reason = moved["reasons"][0]  # type: ignore[index]
    assert reason.startswith(f"Similar to request {rid} from Dana Lee, which you chose to decline "
                             "(similarity 0.")
    assert "refer" in moved["reasons"][1]  # type: ignore[index]  # tactful's own reading follows
    drafts = moved["drafts"]
    assert drafts and all(d["intent"].startswith("decline") for d in drafts)  # type: ignore[union-attr, index]
    assert "Decided by your personal layer" in invoke(
        db, "check", PARAPHRASE, "--from", "Lou Park <lou@example.com>").output

    unrelated = check(db, UNRELATED, "Ari Chen <ari@example.com>")
    assert unrelated["verdict"] == "redirect" and unrelated["decided_by"] == "tactful"
    assert not any("Similar to" in r for r in unrelated["reasons"])  # type: ignore[union-attr]


def test_learning_again_is_idempotent_and_follows_changed_minds(db: str) -> None:
    rid = correct(db, REFERRAL, "Dana Lee <dana@example.com>", "decline")
    assert learn(db)["version"] == 1
    again = learn(db)
    assert again["changed"] is False and again["version"] == 1 and again["corrections"] == 1
    text = invoke(db, "learn").output
    assert "Folded 1 correction(s) into your personal layer (1 decline)" in text and "unchanged" in text
    with open_ledger(db) as ledger:
        assert len(ledger.export_rows()["personal_layer"]) == 1

    invoke(db, "decide", str(rid), "--as", "redirect")  # the user agrees with tactful after all
    relearnt = learn(db)
    assert relearnt["corrections"] == 0 and relearnt["changed"] is True and relearnt["version"] == 2
    assert check(db, PARAPHRASE, "Kim <kim@example.com>")["decided_by"] == "tactful"


def test_the_senders_own_correction_keeps_winning(db: str) -> None:
    correct(db, REFERRAL, "Dana Lee <dana@example.com>", "decline")
    correct(db, UNRELATED, "Kim Ortiz <kim@example.com>", "accept")
    assert learn(db)["by_verdict"] == {"accept": 1, "decline": 1}
    # Kim now sends a paraphrase of what Dana sent: Kim's own correction decides, not Dana's
    data = check(db, PARAPHRASE, "kim@example.com")
    assert data["verdict"] == "accept" and data["decided_by"] == "correction"
    assert data["reasons"][0].startswith("You chose accept for this sender's last request")  # type: ignore[index]
    assert not any("Similar to" in r for r in data["reasons"])  # type: ignore[union-attr]


def test_the_senders_own_bad_history_outweighs_a_choice_about_someone_else(db: str) -> None:
    correct(db, UNRELATED, "Kim Ortiz <kim@example.com>", "accept")
    learn(db)
    invoke(db, "people", "add", "Erin Walsh", "--email", "erin@example.com")
    invoke(db, "people", "log", "erin@example.com", "--outcome", "negative", "--note", "Never showed up.")
    data = check(db, "Could we grab coffee next week? I'd love to hear about your move into product design!",
                 "erin@example.com")
    assert data["verdict"] == "decline" and data["decided_by"] == "tactful"
    assert "negative_history" in [f["name"] for f in data["flags"]]  # type: ignore[union-attr, index]


def test_learn_with_no_corrections_says_what_to_do(db: str) -> None:
    text = invoke(db, "learn").output
    assert "No corrections to learn from yet" in text and "tactful decide" in text
    assert learn(db) == {"corrections": 0, "by_verdict": {}, "version": 1, "changed": False,
                         "threshold": 0.5}
