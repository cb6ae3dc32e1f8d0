"""What the ledger hands back: frozen records of rows, each able to say itself as JSON.

Where a record has a counterpart among the pipeline's values (an interaction, a reputation note,
a sender), `to_model()` gives that value, so the engine never sees a database row.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal, get_args

from tactful.models import (
    Interaction,
    Outcome,
    Relationship,
    ReputationNote,
    Sender,
    VerdictKind,
)
from tactful.store.db import Backend

IdentityKind = Literal["email", "profile_url", "name"]
Direction = Literal["inbound", "outbound", "mutual"]
IDENTITY_KINDS: tuple[IdentityKind, ...] = get_args(IdentityKind)
DIRECTIONS: tuple[Direction, ...] = get_args(Direction)

JSON = str | int | float | bool | None | list["JSON"] | dict[str, "JSON"]


@dataclass(frozen=True)
class Identity:
    """One way to recognise a person: a normalised e-mail address, profile URL or name."""

    kind: IdentityKind
    value: str


@dataclass(frozen=True)
class Person:
    """Someone the ledger knows, with every identity that leads to them."""

    id: int
    name: str
    created_at: str
    relationship: Relationship | None = None
    identities: tuple[Identity, ...] = ()

    @property
    def emails(self) -> tuple[str, ...]:
        """The person's e-mail addresses, lower-cased."""
        return tuple(i.value for i in self.identities if i.kind == "email")

    @property
    def profile_urls(self) -> tuple[str, ...]:
        """The person's profile URLs, in canonical form."""
        return tuple(i.value for i in self.identities if i.kind == "profile_url")

    def to_sender(self) -> Sender:
        """The person as a message sender (first e-mail and profile URL)."""
        return Sender(
            name=self.name,
            email=next(iter(self.emails), ""),
            profile_url=next(iter(self.profile_urls), ""),
        )

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by the CLI and API."""
        return {
            "id": self.id,
            "name": self.name,
            "created_at": self.created_at,
            "relationship": self.relationship,
            "emails": list(self.emails),
            "profile_urls": list(self.profile_urls),
        }


@dataclass(frozen=True)
class InteractionRecord:
    """A logged interaction with a person, and how it went."""

    id: int
    person_id: int
    date: str
    outcome: Outcome
    channel: str
    direction: Direction
    note: str
    created_at: str

    def to_model(self) -> Interaction:
        """The interaction as the engine reads it."""
        return Interaction(date=self.date, outcome=self.outcome, note=self.note, channel=self.channel)

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by the CLI and API."""
        return asdict(self)


@dataclass(frozen=True)
class NoteRecord:
    """A reputation note about a person."""

    id: int
    person_id: int
    note: str
    source: str
    date: str
    created_at: str

    def to_model(self) -> ReputationNote:
        """The note as the engine reads it."""
        return ReputationNote(note=self.note, source=self.source, date=self.date)

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by the CLI and API."""
        return asdict(self)


@dataclass(frozen=True)
class RequestRecord:
    """A request tactful has seen, with the verdict it suggested and its assessment as JSON."""

    id: int
    source_key: str
    person_id: int | None
    channel: str
    sender: Sender
    subject: str
    text: str
    sent_at: str | None
    thread_id: str
    suggested: VerdictKind
    assessment_json: str
    seen_at: str

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by the CLI and API."""
        return asdict(self)


@dataclass(frozen=True)
class Decision:
    """What the user chose for a request; a correction when it differs from the suggestion."""

    id: int
    request_id: int
    suggested: VerdictKind
    chosen: VerdictKind
    ask: str
    minutes: int
    draft: str
    decided_at: str
    is_correction: bool

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by the CLI and API."""
        return asdict(self)


@dataclass(frozen=True)
class Correction:
    """A request where the user overruled tactful: what to learn from, and for whom."""

    decision_id: int
    request_id: int
    person_id: int | None
    source_key: str
    channel: str
    subject: str
    text: str
    suggested: VerdictKind
    chosen: VerdictKind
    decided_at: str

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by the CLI and API."""
        return asdict(self)


@dataclass(frozen=True)
class LayerVersion:
    """One stored version of the personal layer (`tactful learn`); the latest is in force."""

    version: int
    format: str
    digest: str
    examples: int
    built_at: str

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by the CLI and API."""
        return asdict(self)


@dataclass(frozen=True)
class Status:
    """Where the ledger is and which migrations it has."""

    backend: Backend
    location: str
    applied: tuple[str, ...]
    pending: tuple[str, ...]
    unknown: tuple[str, ...] = ()

    @property
    def schema_version(self) -> int:
        """How many migrations have been applied."""
        return len(self.applied)

    @property
    def up_to_date(self) -> bool:
        """True when no migration is pending."""
        return not self.pending

    def to_dict(self) -> dict[str, object]:
        """The JSON form printed by `tactful db status --json`."""
        return {
            "backend": self.backend,
            "location": self.location,
            "schema_version": self.schema_version,
            "applied": list(self.applied),
            "pending": list(self.pending),
            "unknown": list(self.unknown),
            "up_to_date": self.up_to_date,
        }
