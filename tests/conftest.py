"""Shared fixtures: an isolated tactful home for every test, and the shared evaluation data."""

from __future__ import annotations

from pathlib import Path

import pytest

from tactful.config import KEYS, env_var

DEV_SET = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "realworld-dev.jsonl"

# The worked example of the HBR article, in the project's own words: a former classmate who never
# spoke to the user asks, in one LinkedIn message, for a call, about an opening, for a referral
# to the hiring manager and for other contacts.
CLASSMATE = (
    "Hi Jordan! We were in the same class at Westfield University, though I don't think we ever "
    "spoke. I saw you just started at Brightline. Are you free to hop on a quick call this week? "
    "Is the company still hiring for the analyst position? Would you be able to refer me to the "
    "hiring manager? And can you suggest any other contacts I could reach out to? Thanks, Casey"
)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own TACTFUL_HOME so the user's real files are never touched."""
    home = tmp_path / "tactful-home"
    monkeypatch.setenv("TACTFUL_HOME", str(home))
    for key in KEYS:  # every setting may come from a TACTFUL_<KEY> variable
        monkeypatch.delenv(env_var(key), raising=False)
    monkeypatch.delenv("TACTFUL_DB", raising=False)
    return home
