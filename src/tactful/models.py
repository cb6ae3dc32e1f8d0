"""The values that flow through tactful's pipeline, in the order a message travels.

Request -> (Context from the ledger) -> Signals -> Assessment (Flags, Asks, relationship)
-> Verdict (with reasons) -> Drafts.  All are frozen dataclasses: pure steps take them and
return new ones, nothing mutates them in place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, get_args

Channel = Literal["linkedin", "email", "unknown"]
FlagName = Literal["selling", "reputation_risk", "premature_ask", "negative_history"]
AskKind = Literal[
    "call",
    "meeting",
    "coffee",
    "referral",
    "intro",
    "job",
    "advice",
    "review",
    "endorsement",
    "purchase",
    "demo",
    "investment",
    "partnership",
    "mentoring",
    "none",
]
Relationship = Literal["stranger", "weak_tie", "acquaintance", "known"]
VerdictKind = Literal["accept", "redirect", "decline", "ignore"]
Outcome = Literal["positive", "neutral", "negative"]
Tone = Literal["warm", "neutral", "brief"]
# who settled the verdict: tactful's own rules, the user's correction for this sender, or the
# personal layer (a correction for a similar message from someone else; `tactful learn`)
DecidedBy = Literal["tactful", "correction", "personal"]

CHANNELS: tuple[Channel, ...] = get_args(Channel)
FLAGS: tuple[FlagName, ...] = get_args(FlagName)
ASKS: tuple[AskKind, ...] = get_args(AskKind)
# Asks that are ways of doing the same thing: talking (a call, a meeting, a coffee), or advising.
ASK_FAMILY: Mapping[AskKind, str] = {"call": "talk", "meeting": "talk", "coffee": "talk",
                                     "advice": "advice", "mentoring": "advice"}
RELATIONSHIPS: tuple[Relationship, ...] = get_args(Relationship)
VERDICTS: tuple[VerdictKind, ...] = get_args(VerdictKind)
OUTCOMES: tuple[Outcome, ...] = get_args(Outcome)
TONES: tuple[Tone, ...] = get_args(Tone)
# Asks that are one conversation when several come together ("a quick call to hear your advice").
CONVERSATION_ASKS = frozenset({"call", "meeting", "coffee", "advice"})


@dataclass(frozen=True)
class Sender:
    """Who wrote a message, as far as the message itself tells."""

    name: str = ""
    email: str = ""
    profile_url: str = ""

    @property
    def first_name(self) -> str:
        """The given name to greet them by, or '' when unknown."""
        words = self.name.replace(",", " ").split()
        if not words or "@" in words[0]:
            return ""
        return words[0].strip(".").capitalize() if words[0].isupper() else words[0].strip(".")

    def label(self) -> str:
        """A short human label: the name, else the address, else 'unknown sender'."""
        return self.name or self.email or self.profile_url or "unknown sender"


@dataclass(frozen=True)
class Request:
    """One normalised incoming request: the text is what detectors read and evidence points into."""

    text: str
    sender: Sender = field(default_factory=Sender)
    channel: Channel = "unknown"
    subject: str = ""
    sent_at: datetime | None = None
    thread_id: str = ""
    source_key: str = ""


@dataclass(frozen=True)
class Interaction:
    """A past interaction with the sender, as recorded by the user."""

    date: str
    outcome: Outcome
    note: str = ""
    channel: str = ""


@dataclass(frozen=True)
class ReputationNote:
    """Something the user knows or heard about the sender's reputation."""

    note: str
    source: str = ""
    date: str = ""


@dataclass(frozen=True)
class Context:
    """What the user's own records say about the sender (empty for a stranger with no records)."""

    relationship: Relationship | None = None
    history: tuple[Interaction, ...] = ()
    reputation: tuple[ReputationNote, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when the ledger knows nothing about the sender."""
        return self.relationship is None and not self.history and not self.reputation


@dataclass(frozen=True)
class Evidence:
    """Why something was concluded: a quoted span of the text, or a ledger entry."""

    quote: str
    source: str
    start: int | None = None
    end: int | None = None
    kind: Literal["text", "ledger"] = "text"

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by the CLI and API."""
        return {
            "kind": self.kind,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "source": self.source,
        }


SignalKind = Literal["flag", "ask", "relationship", "cue"]


@dataclass(frozen=True)
class Signal:
    """One observation by a detector or a model: a named cue with a weight and its evidence.

    `kind` says what the name refers to: a flag (`selling`), an ask (`referral`), a relationship
    level (`weak_tie`), or a cue that the verdict reads (`bulk`, `personalised`, `scam`,
    `small_question`, `matches_their_need`, `client_enquiry`).
    """

    kind: SignalKind
    name: str
    weight: float
    evidence: Evidence


@dataclass(frozen=True)
class Flag:
    """A red flag that fired, with a confidence in [0, 1] and what triggered it."""

    name: FlagName
    confidence: float
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by the CLI and API."""
        return {
            "name": self.name,
            "confidence": round(self.confidence, 3),
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Ask:
    """Something the sender asks of the user, with what it would cost in minutes."""

    kind: AskKind
    minutes: int
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by the CLI and API."""
        return {
            "kind": self.kind,
            "minutes": self.minutes,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Assessment:
    """The flags, asks and relationship found for one request in its context."""

    request: Request
    context: Context
    flags: tuple[Flag, ...]
    asks: tuple[Ask, ...]
    relationship: Relationship
    relationship_source: Literal["ledger", "text", "default"]
    cues: frozenset[str] = frozenset()
    signals: tuple[Signal, ...] = ()

    @property
    def flag_names(self) -> tuple[FlagName, ...]:
        """The names of the flags that fired, in the canonical order."""
        return tuple(f.name for f in self.flags)

    def flag(self, name: FlagName) -> Flag | None:
        """The flag of that name, or None when it did not fire."""
        return next((f for f in self.flags if f.name == name), None)

    @property
    def ask_kinds(self) -> tuple[AskKind, ...]:
        """The kinds of ask found, `none` when the message asks for nothing."""
        return tuple(a.kind for a in self.asks) or ("none",)

    @property
    def minutes(self) -> int:
        """The time the asks would cost the user: one conversation (the longest of a call, a
        meeting, a coffee or advice, which happen together) plus every other ask."""
        talk = [a.minutes for a in self.asks if a.kind in CONVERSATION_ASKS]
        return max(talk, default=0) + sum(a.minutes for a in self.asks if a.kind not in CONVERSATION_ASKS)


@dataclass(frozen=True)
class Verdict:
    """What tactful recommends, and the plain-language reasons for it."""

    kind: VerdictKind
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Draft:
    """A reply the user may send in their own name; tactful never sends it."""

    text: str
    intent: str
    tone: Tone
    channel: Channel

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by the CLI and API."""
        return {"intent": self.intent, "tone": self.tone, "channel": self.channel, "text": self.text}


@dataclass(frozen=True)
class Triage:
    """Everything tactful concluded about one request: the pipeline's final value."""

    assessment: Assessment
    verdict: Verdict
    drafts: tuple[Draft, ...]
    decided_by: DecidedBy = "tactful"

    @property
    def request(self) -> Request:
        """The request that was triaged."""
        return self.assessment.request

    def to_dict(self) -> dict[str, object]:
        """The JSON object printed by `tactful check --json`."""
        a = self.assessment
        req = a.request
        return {
            "verdict": self.verdict.kind,
            "reasons": list(self.verdict.reasons),
            "decided_by": self.decided_by,
            "flags": [f.to_dict() for f in a.flags],
            "asks": [x.to_dict() for x in a.asks] or [{"kind": "none", "minutes": 0, "evidence": []}],
            "relationship": a.relationship,
            "relationship_source": a.relationship_source,
            "minutes": a.minutes,
            "drafts": [d.to_dict() for d in self.drafts],
            "request": {
                "sender": {
                    "name": req.sender.name,
                    "email": req.sender.email,
                    "profile_url": req.sender.profile_url,
                },
                "channel": req.channel,
                "subject": req.subject,
                "sent_at": req.sent_at.isoformat() if req.sent_at else None,
                "source_key": req.source_key,
                "text": req.text,
            },
        }
