"""training/spam_check.py on a small package of our own in the SpamAssassin dataset's layout."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

import spam_check  # noqa: E402

PITCH = ("From: deals@example.com\nSubject: Limited offer\nContent-Type: text/plain\n\n"
         "Hi {{first_name}}, our platform triples your revenue. Book a demo today, 50% discount "
         "for the first 20 companies. Click here to unsubscribe.\n")
NOTE = ("From: ana@example.org\nSubject: Re: build failure\nContent-Type: text/plain\n\n"
        "The patch fixed the build on my machine too. I will push it to the branch tonight.\n")
HTML = ("From: x@example.com\nSubject: hi\nContent-Type: text/html; charset=no-such-charset\n\n"
        "<html><body><p>Hello <b>there</b></p></body></html>\n")


def _package(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    for folder, raws in {"spam-1": [PITCH, PITCH], "spam-2": [], "easy-ham-1": [NOTE, HTML],
                         "easy-ham-2": [], "hard-ham-1": [NOTE]}.items():
        (data / folder).mkdir(parents=True)
        for n, raw in enumerate(raws):
            record = {"id": f"{n:05d}", "group": folder, "text": raw,
                      "checksum": {"type": "MD5", "value": f"sum-{hash(raw)}"}}
            (data / folder / f"{n:05d}.json").write_text(json.dumps(record), encoding="utf-8")
    return data


def test_each_message_counts_once_and_is_triaged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert spam_check.main([str(_package(tmp_path))]) == 0
    lines = capsys.readouterr().out.splitlines()
    spam = next(line for line in lines if line.startswith("spam:"))
    assert spam.startswith("spam: 1 messages (0 without text), flagged 1.000")  # the copy is dropped
    assert "'selling': 1" in spam
    ham = next(line for line in lines if line.startswith("easy ham:"))
    assert ham.startswith("easy ham: 2 messages (0 without text), flagged 0.000")


def test_html_only_mail_is_read_without_its_tags_and_an_unknown_charset_is_survived() -> None:
    assert spam_check.body(HTML).split() == ["Hello", "there"]


def test_a_folder_that_is_not_the_package_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no spam-1 folder"):
        spam_check.main([str(tmp_path)])
