"""Where tactful keeps its files, and the user's settings.

One home directory holds everything: `TACTFUL_HOME` overrides it, otherwise it is the platform's
user data directory (`$XDG_DATA_HOME/tactful`, `~/.local/share/tactful`). Settings are read from
`settings.json` in that directory and may be overridden by `TACTFUL_*` environment variables.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Literal, get_args

from tactful.errors import ConfigError
from tactful.models import TONES, Tone

SETTINGS_FILE = "settings.json"

Length = Literal["short", "normal"]
LENGTHS: tuple[Length, ...] = get_args(Length)
Offer = Literal["careers", "question", "resources", "office_hours", "calendar"]
OFFERS: tuple[Offer, ...] = get_args(Offer)
# Which alternatives a redirect may offer for each favour, in order of preference; an offer
# whose URL is not set is skipped (`question` needs no URL).
DEFAULT_OFFERS: Mapping[str, tuple[Offer, ...]] = MappingProxyType(
    {
        "referral": ("careers", "question"),
        "job": ("careers", "question"),
        "intro": ("question",),
        "endorsement": (),
        "review": ("question",),
        "mentoring": ("resources", "office_hours", "question"),
        "talk": ("office_hours", "resources", "question"),
    }
)


def home(environ: Mapping[str, str] | None = None) -> Path:
    """The directory where tactful keeps the ledger, settings and templates."""
    env = os.environ if environ is None else environ
    if env.get("TACTFUL_HOME"):
        return Path(env["TACTFUL_HOME"]).expanduser()
    base = env.get("XDG_DATA_HOME") or str(Path("~/.local/share").expanduser())
    return Path(base) / "tactful"


@dataclass(frozen=True)
class Settings:
    """The user's own details and preferences that shape verdicts and drafts."""

    user_name: str = ""
    signature: str = ""
    tone: Tone = "warm"
    careers_url: str = ""
    weekly_budget_minutes: int = 120
    strictness: str = "normal"
    goals: tuple[str, ...] = ()
    length: Length = "normal"
    calendar_url: str = ""
    office_hours_url: str = ""
    resources_url: str = ""
    offers: Mapping[str, tuple[Offer, ...]] = field(default_factory=lambda: DEFAULT_OFFERS)
    ask_minutes: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))


_ENV = {
    "TACTFUL_USER_NAME": "user_name",
    "TACTFUL_SIGNATURE": "signature",
    "TACTFUL_TONE": "tone",
    "TACTFUL_CAREERS_URL": "careers_url",
}


def load_settings(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read settings.json (if present) and apply TACTFUL_* environment overrides."""
    env = os.environ if environ is None else environ
    path = path or home(env) / SETTINGS_FILE
    values: dict[str, object] = {}
    if path.exists():
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read settings ({exc}); fix or delete the file") from exc
        if not isinstance(raw, dict):
            raise ConfigError(f"{path}: settings must be a JSON object")
        known = {f.name for f in fields(Settings)}
        unknown = sorted(set(raw) - known)
        if unknown:
            raise ConfigError(f"{path}: unknown setting {unknown[0]!r}; known: {', '.join(sorted(known))}")
        values.update(raw)
    for var, name in _ENV.items():
        if env.get(var):
            values[name] = env[var]
    return _validated(values, path)


def _validated(values: dict[str, object], path: Path) -> Settings:
    tone = values.get("tone", "warm")
    if tone not in TONES:
        raise ConfigError(f"{path}: tone must be one of {', '.join(TONES)}, not {tone!r}")
    if "goals" in values:
        goals = values["goals"]
        if not isinstance(goals, list | tuple) or not all(isinstance(g, str) for g in goals):
            raise ConfigError(f"{path}: goals must be a list of strings")
        values["goals"] = tuple(goals)
    budget = values.get("weekly_budget_minutes", 120)
    if isinstance(budget, bool) or not isinstance(budget, int) or budget < 0:
        raise ConfigError(f"{path}: weekly_budget_minutes must be a whole number of minutes >= 0")
    if values.get("length", "normal") not in LENGTHS:
        raise ConfigError(f"{path}: length must be one of {', '.join(LENGTHS)}, not {values['length']!r}")
    if "offers" in values:
        values["offers"] = _offers(values["offers"], path)
    if "ask_minutes" in values:
        values["ask_minutes"] = _ask_minutes(values["ask_minutes"], path)
    return Settings(**values)  # type: ignore[arg-type]


def _offers(raw: object, path: Path) -> Mapping[str, tuple[Offer, ...]]:
    if not isinstance(raw, Mapping):
        known = ", ".join(DEFAULT_OFFERS)
        raise ConfigError(f"{path}: offers must map a favour ({known}) to a list of offers")
    merged = dict(DEFAULT_OFFERS)
    for ask, offers in raw.items():
        if ask not in DEFAULT_OFFERS:
            raise ConfigError(f"{path}: offers: unknown favour {ask!r}; known: {', '.join(DEFAULT_OFFERS)}")
        if not isinstance(offers, list | tuple) or any(o not in OFFERS for o in offers):
            raise ConfigError(f"{path}: offers.{ask} must be a list drawn from {', '.join(OFFERS)}")
        merged[ask] = tuple(offers)
    return MappingProxyType(merged)


def _ask_minutes(raw: object, path: Path) -> Mapping[str, int]:
    if not isinstance(raw, Mapping) or any(
        isinstance(v, bool) or not isinstance(v, int) or v < 0 for v in raw.values()
    ):
        raise ConfigError(f"{path}: ask_minutes must map an ask to a whole number of minutes >= 0")
    return MappingProxyType(dict(raw))
