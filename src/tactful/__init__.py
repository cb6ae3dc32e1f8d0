"""tactful: triage networking requests against four red flags and decline gracefully.

    >>> import tactful
    >>> result = tactful.check("Can you refer me for any openings at your company?")
    >>> result.verdict.kind
    'redirect'
"""

from tactful.assess import assess
from tactful.config import Settings, load_settings
from tactful.drafting import draft
from tactful.errors import ConfigError, ContextError, InputError, StoreError, TactfulError
from tactful.models import (
    Ask,
    Assessment,
    Context,
    Draft,
    Evidence,
    Flag,
    Interaction,
    ReputationNote,
    Request,
    Sender,
    Signal,
    Triage,
    Verdict,
)
from tactful.normalize import request_from_text
from tactful.pipeline import check, triage
from tactful.policy import Policy
from tactful.verdict import decide

__version__ = "0.1.0"

__all__ = [
    "Ask",
    "Assessment",
    "ConfigError",
    "Context",
    "ContextError",
    "Draft",
    "Evidence",
    "Flag",
    "InputError",
    "Interaction",
    "Policy",
    "ReputationNote",
    "Request",
    "Sender",
    "Settings",
    "Signal",
    "StoreError",
    "TactfulError",
    "Triage",
    "Verdict",
    "__version__",
    "assess",
    "check",
    "decide",
    "draft",
    "load_settings",
    "request_from_text",
    "triage",
]
