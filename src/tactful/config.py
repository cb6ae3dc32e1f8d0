"""Where tactful keeps its files, and the user's settings.

One home directory holds everything: `TACTFUL_HOME` overrides it, otherwise it is the platform's
user data directory (`$XDG_DATA_HOME/tactful`, `~/.local/share/tactful`).

Settings come in layers, each overriding the one before: the defaults (the fields of `Settings`),
`settings.json` in that directory, the ledger's settings table (`tactful settings set`), and
`TACTFUL_<KEY>` environment variables; command-line options (`--tone`, `--strictness`) win over all.
Every layer is checked by the same function, `validate`, whose errors name the layer and the key.
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
from tactful.models import ASKS, TONES, Tone
from tactful.policy import STRICTNESS

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


KEYS: tuple[str, ...] = tuple(f.name for f in fields(Settings))
DEFAULTS = Settings()
_INTS = frozenset({"weekly_budget_minutes"})
_CHOICES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"tone": TONES, "length": LENGTHS, "strictness": STRICTNESS}
)
Source = Literal["default", "settings.json", "ledger", "environment"]


@dataclass(frozen=True)
class Effective:
    """The settings in force, and for each key the layer its value came from."""

    settings: Settings
    sources: Mapping[str, Source]

    def to_dict(self) -> dict[str, dict[str, object]]:
        """`{key: {"value": ..., "source": ...}}`, as `tactful settings show --json` prints it."""
        return {k: {"value": as_json(getattr(self.settings, k)), "source": self.sources[k]} for k in KEYS}


def env_var(key: str) -> str:
    """The environment variable that overrides a setting: `TACTFUL_TONE` for `tone`."""
    return "TACTFUL_" + key.upper()


def unknown_key(key: str) -> ConfigError:
    """The error for a key that is not a setting, listing those that are."""
    return ConfigError(f"unknown setting {key!r}; known: {', '.join(KEYS)}")


def validate(values: Mapping[str, object], where: str = "") -> dict[str, object]:
    """Check one layer of settings and return it in the form `Settings` holds.

    The one set of rules for settings.json, the ledger and the environment: an error names the
    layer (`where`), the key, and what is allowed.
    """
    prefix = f"{where}: " if where else ""
    out: dict[str, object] = {}
    for key, value in values.items():
        if key not in KEYS:
            raise ConfigError(prefix + str(unknown_key(key)))
        try:
            out[key] = _check(key, value)
        except ConfigError as exc:
            raise ConfigError(prefix + str(exc)) from None
    return out


def _check(key: str, value: object) -> object:
    if key in _CHOICES:
        if value not in _CHOICES[key]:
            raise ConfigError(f"{key} must be one of {', '.join(_CHOICES[key])}, not {value!r}")
        return value
    if key in _INTS:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ConfigError(f"{key} must be a whole number of minutes >= 0, not {value!r}")
        return value
    if key == "goals":
        if not isinstance(value, list | tuple) or not all(isinstance(g, str) for g in value):
            raise ConfigError(f"goals must be a list of strings, not {value!r}")
        return tuple(g.strip() for g in value if g.strip())
    if key == "offers":
        return _offers(value)
    if key == "ask_minutes":
        return _ask_minutes(value)
    if not isinstance(value, str):
        raise ConfigError(f"{key} must be a string, not {value!r}")
    return value


def _offers(raw: object) -> Mapping[str, tuple[Offer, ...]]:
    if not isinstance(raw, Mapping):
        known = ", ".join(DEFAULT_OFFERS)
        raise ConfigError(f"offers must map a favour ({known}) to a list of offers")
    merged = dict(DEFAULT_OFFERS)
    for ask, offers in raw.items():
        if ask not in DEFAULT_OFFERS:
            raise ConfigError(f"offers: unknown favour {ask!r}; known: {', '.join(DEFAULT_OFFERS)}")
        if not isinstance(offers, list | tuple) or any(o not in OFFERS for o in offers):
            raise ConfigError(f"offers.{ask} must be a list drawn from {', '.join(OFFERS)}")
        merged[ask] = tuple(offers)
    return MappingProxyType(merged)


def _ask_minutes(raw: object) -> Mapping[str, int]:
    if not isinstance(raw, Mapping) or any(
        isinstance(v, bool) or not isinstance(v, int) or v < 0 for v in raw.values()
    ):
        raise ConfigError("ask_minutes must map an ask to a whole number of minutes >= 0")
    unknown = sorted(set(raw) - set(ASKS))
    if unknown:
        raise ConfigError(f"ask_minutes: unknown ask {unknown[0]!r}; known: {', '.join(ASKS)}")
    return MappingProxyType(dict(raw))


def parse_value(key: str, text: str) -> object:
    """A setting typed as text (`tactful settings set`, an environment variable), as a JSON value.

    Strings are taken as they are, `weekly_budget_minutes` as a whole number, `goals` as a JSON
    list or comma-separated words, `offers` and `ask_minutes` as JSON objects.  The result still
    has to pass `validate`.
    """
    if key not in KEYS:
        raise unknown_key(key)
    if key in _INTS:
        try:
            return int(text.strip())
        except ValueError:
            raise ConfigError(f"{key} must be a whole number of minutes >= 0, not {text!r}") from None
    if key == "goals":
        if text.lstrip().startswith("["):
            return _json(key, text, "a JSON list of strings")
        return [g.strip() for g in text.split(",") if g.strip()]
    if key in ("offers", "ask_minutes"):
        example = '{"referral": ["careers", "question"]}' if key == "offers" else '{"call": 20}'
        return _json(key, text, f"a JSON object such as {example}")
    return text


def _json(key: str, text: str, what: str) -> object:
    try:
        value: object = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{key} must be {what} ({exc})") from None
    return value


def as_json(value: object) -> object:
    """A setting's value as JSON: tuples become lists, mappings objects."""
    if isinstance(value, Mapping):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    return value


def read_file(path: Path) -> dict[str, object]:
    """The settings in a settings.json, checked (an absent file holds none)."""
    if not path.exists():
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read settings ({exc}); fix or delete the file") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: settings must be a JSON object")
    return validate(raw, str(path))


def read_environment(environ: Mapping[str, str]) -> dict[str, object]:
    """The settings given as `TACTFUL_<KEY>` variables (empty ones are ignored), checked."""
    out: dict[str, object] = {}
    for key in KEYS:
        text = environ.get(env_var(key), "")
        if text:
            try:
                out.update(validate({key: parse_value(key, text)}))
            except ConfigError as exc:
                raise ConfigError(f"{env_var(key)}: {exc}") from None
    return out


def effective_settings(
    path: Path | None = None,
    environ: Mapping[str, str] | None = None,
    ledger: Mapping[str, object] | None = None,
) -> Effective:
    """Defaults < settings.json < the ledger's settings < TACTFUL_* variables, with each value's source.

    `ledger` is the ledger's settings table (`Ledger.all_settings()`); keys there that are not
    settings are left out.
    """
    env = os.environ if environ is None else environ
    path = path or home(env) / SETTINGS_FILE
    stored = {k: v for k, v in (ledger or {}).items() if k in KEYS}
    layers: list[tuple[Source, dict[str, object]]] = [
        ("settings.json", read_file(path)),
        ("ledger", _ledger_layer(stored)),
        ("environment", read_environment(env)),
    ]
    values: dict[str, object] = {}
    sources: dict[str, Source] = dict.fromkeys(KEYS, "default")
    for source, layer in layers:
        values.update(layer)
        sources.update(dict.fromkeys(layer, source))
    return Effective(Settings(**values), MappingProxyType(sources))  # type: ignore[arg-type]


def _ledger_layer(stored: Mapping[str, object]) -> dict[str, object]:
    try:
        return validate(stored, "the ledger's settings")
    except ConfigError as exc:
        fix = "change it with `tactful settings set` or `tactful settings unset`"
        raise ConfigError(f"{exc}; {fix}") from None


def load_settings(
    path: Path | None = None,
    environ: Mapping[str, str] | None = None,
    ledger: Mapping[str, object] | None = None,
) -> Settings:
    """The settings in force: settings.json, then the ledger's settings, then TACTFUL_* variables."""
    return effective_settings(path, environ, ledger).settings
