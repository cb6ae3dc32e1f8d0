"""The user's policy: how strict to be, what they are looking for, and their weekly time budget.

The default reproduces the labelling rules of the evaluation data; a user changes it through
settings (and, with the ledger, through the time already committed this week).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from tactful.models import AskKind

Strictness = Literal["lenient", "normal", "strict"]
STRICTNESS: tuple[Strictness, ...] = ("lenient", "normal", "strict")

# What each ask typically costs the user, in minutes (an intro also spends credibility).
DEFAULT_ASK_MINUTES: Mapping[str, int] = MappingProxyType(
    {
        "call": 30,
        "meeting": 45,
        "coffee": 60,
        "referral": 30,
        "intro": 20,
        "job": 30,
        "advice": 15,
        "review": 45,
        "endorsement": 15,
        "purchase": 30,
        "demo": 30,
        "investment": 120,
        "partnership": 60,
        "mentoring": 240,
        "none": 0,
    }
)

_THRESHOLD: Mapping[Strictness, float] = {"lenient": 0.65, "normal": 0.5, "strict": 0.4}
_STOP = frozenset(  # words that say nothing about what the goal is
    [
        "a",
        "an",
        "and",
        "the",
        "for",
        "of",
        "to",
        "in",
        "on",
        "with",
        "my",
        "our",
        "me",
        "i",
        "we",
        "looking",
        "find",
        "hire",
        "hiring",
    ]
)


@dataclass(frozen=True)
class Policy:
    """What the user wants: strictness, goals, and this week's budget of networking minutes."""

    strictness: Strictness = "normal"
    goals: tuple[str, ...] = ()
    weekly_budget_minutes: int | None = None
    committed_minutes: int = 0
    ask_minutes: Mapping[str, int] = field(default_factory=lambda: DEFAULT_ASK_MINUTES)

    @property
    def threshold(self) -> float:
        """The confidence a flag needs before it counts, by strictness."""
        return _THRESHOLD[self.strictness]

    def minutes_for(self, kind: AskKind) -> int:
        """What one ask of this kind costs the user."""
        return self.ask_minutes.get(kind, DEFAULT_ASK_MINUTES.get(kind, 0))

    def remaining_minutes(self) -> int | None:
        """Minutes left in this week's budget, or None when the user set no budget."""
        if self.weekly_budget_minutes is None:
            return None
        return self.weekly_budget_minutes - self.committed_minutes

    def matching_goal(self, text: str) -> str | None:
        """The first goal whose key words the text mentions, if any."""
        lower = text.lower()
        for goal in self.goals:
            words = [w for w in re.findall(r"[a-z][a-z+#.-]+", goal.lower()) if w not in _STOP]
            stems = [w[:5] for w in words if len(w) > 2]
            if stems and all(re.search(r"\b" + re.escape(s), lower) for s in stems):
                return goal
        return None
