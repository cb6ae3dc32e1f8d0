"""The shipped weights are exactly what `training/train.py` writes from the committed data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPAMASSASSIN = ROOT / "training" / ".cache" / "spamassassin" / "package" / "data"


def test_retraining_from_the_committed_data_writes_the_shipped_bytes(tmp_path: Path) -> None:
    assert SPAMASSASSIN.is_dir(), ("the SpamAssassin corpus is not unpacked: run "
                                   "`python training/spamassassin.py` (scripts/test does)")
    out = tmp_path / "model.json"
    done = subprocess.run([sys.executable, str(ROOT / "training" / "train.py"), "--spamassassin",
                           str(SPAMASSASSIN), "--out", str(out)],
                          capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == (ROOT / "src" / "tactful" / "data" / "model.json").read_bytes()
