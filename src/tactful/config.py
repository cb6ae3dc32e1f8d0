"""Where tactful keeps its files, and the user's settings.

One home directory holds everything: `TACTFUL_HOME` overrides it, otherwise it is the platform's
user data directory (`$XDG_DATA_HOME/tactful`, `~/.local/share/tactful`). Settings are read from
`settings.json` in that directory and may be overridden by `TACTFUL_*` environment variables.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from tactful.errors import ConfigError
from tactful.models import TONES, Tone

SETTINGS_FILE = "settings.json"


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
    if not isinstance(budget, int) or budget < 0:
        raise ConfigError(f"{path}: weekly_budget_minutes must be a whole number of minutes >= 0")
    return Settings(**values)  # type: ignore[arg-type]
