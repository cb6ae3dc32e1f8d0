"""training/spam_check.py on a small package of our own in the SpamAssassin dataset's layout."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import spam_check  # noqa: E402

from tests.spam_package import HTML, NOTE, PITCH, checksum_on, make_package  # noqa: E402


def _package(tmp_path: Path) -> Path:
    pitch, note, html = (checksum_on("check", name) for name in ("pitch", "note", "html"))
    trained = checksum_on("train", "trained")  # the other side is never scored here
    return make_package(tmp_path, {"spam-1": [(PITCH, pitch), (PITCH, trained)], "spam-2": [(PITCH, pitch)],
                                   "easy-ham-1": [(NOTE, note), (HTML, html)], "hard-ham-1": [(NOTE, note)]})


def test_each_message_counts_once_and_is_triaged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert spam_check.main([str(_package(tmp_path))]) == 0
    lines = capsys.readouterr().out.splitlines()
    spam = next(line for line in lines if line.startswith("spam:"))
    # The copy in spam-2 is dropped, and the message on the training side is not scored.
    assert spam.startswith("spam: 1 messages (0 without text), flagged 1.000")
    assert "'selling': 1" in spam
    ham = next(line for line in lines if line.startswith("easy ham:"))
    assert ham.startswith("easy ham: 2 messages (0 without text), flagged 0.000")


def test_html_only_mail_is_read_without_its_tags_and_an_unknown_charset_is_survived() -> None:
    assert spam_check.body(HTML).split() == ["Hello", "there"]


def test_a_folder_that_is_not_the_package_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no spam-1 folder"):
        spam_check.main([str(tmp_path)])
