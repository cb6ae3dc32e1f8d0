"""A small package of our own in the SpamAssassin dataset's npm layout, for the training scripts' tests."""

from __future__ import annotations

import json
import sys
from itertools import count
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from spamassassin import side  # noqa: E402

PITCH = ("From: deals@example.com\nSubject: Limited offer\nContent-Type: text/plain\n\n"
         "Hi {{first_name}}, our platform triples your revenue. Book a demo today, 50% discount "
         "for the first 20 companies. Click here to unsubscribe.\n")
NOTE = ("From: ana@example.org\nSubject: Re: build failure\nContent-Type: text/plain\n\n"
        "The patch fixed the build on my machine too. I will push it to the branch tonight.\n")
HTML = ("From: x@example.com\nSubject: hi\nContent-Type: text/html; charset=no-such-charset\n\n"
        "<html><body><p>Hello <b>there</b></p></body></html>\n")


def checksum_on(wanted: str, label: str) -> str:
    """A made-up checksum for `label` that lands on the wanted side of the corpus's split."""
    return next(f"{label}-{n}" for n in count() if side(f"{label}-{n}") == wanted)


def make_package(where: Path, folders: dict[str, list[tuple[str, str]]]) -> Path:
    """The data folder of a package holding (raw message, checksum) pairs in the named folders."""
    data = where / "data"
    for folder in ("spam-1", "spam-2", "easy-ham-1", "easy-ham-2", "hard-ham-1"):
        (data / folder).mkdir(parents=True)
        for n, (raw, checksum) in enumerate(folders.get(folder, [])):
            record = {"id": f"{n:05d}", "group": folder, "text": raw,
                      "checksum": {"type": "MD5", "value": checksum}}
            (data / folder / f"{n:05d}.json").write_text(json.dumps(record), encoding="utf-8")
    return data
