"""Fast phrase matching over a message, returning spans into the original text.

The text is lower-cased once; each phrase is found with `str.find` (Python's fast literal search)
and accepted only at word boundaries.  A phrase may hold `*` for "any one word", which is checked
after the literal parts are found.  Lower-casing preserves offsets for the texts we meet (the few
characters whose lower case is longer are mapped back conservatively).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from tactful.models import Evidence, Signal, SignalKind

_WORD = re.compile(r"[\w'’-]+")
_SPACE = re.compile(r"\s")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_'’"


@dataclass(frozen=True)
class Doc:
    """A message prepared for detectors: the original text and its lower-cased twin."""

    text: str
    lower: str

    @classmethod
    def of(cls, text: str) -> Doc:
        """Prepare a text for matching (lower-casing it once, keeping offsets aligned)."""
        lower = text.lower()
        if len(lower) != len(text):  # e.g. 'İ' lowers to two characters: fall back per character
            lower = "".join(c.lower()[0] if c.lower() else c for c in text)
        # Same-length substitutions so that offsets stay aligned with the original text.
        lower = _SPACE.sub(" ", lower).translate(_QUOTES)
        return cls(text=text, lower=lower)

    def quote(self, start: int, end: int) -> str:
        """The original text of a span."""
        return self.text[start:end]



@dataclass(frozen=True)
class Phrase:
    """One cue: words to find (with `*` for any single word), what it signals, and how strongly."""

    pattern: str
    kind: SignalKind
    name: str
    weight: float

    @property
    def parts(self) -> tuple[str, ...]:
        """The literal pieces between wildcards."""
        return tuple(p.strip() for p in self.pattern.lower().split("*"))


def _bounded(lower: str, start: int, end: int) -> bool:
    before_ok = start == 0 or not _is_word_char(lower[start - 1]) or not _is_word_char(lower[start])
    after_ok = end >= len(lower) or not _is_word_char(lower[end]) or not _is_word_char(lower[end - 1])
    return before_ok and after_ok


def find_all(lower: str, literal: str, start: int = 0) -> Iterator[int]:
    """Every word-bounded position of a literal in the lower-cased text."""
    if not literal:
        return
    i = lower.find(literal, start)
    while i != -1:
        if _bounded(lower, i, i + len(literal)):
            yield i
        i = lower.find(literal, i + 1)


def _match_wild(lower: str, parts: Sequence[str], at: int) -> int | None:
    """Given the first part matched at `at`, match the rest with one word per `*`; return end."""
    pos = at + len(parts[0])
    for part in parts[1:]:
        m = _WORD.match(lower, pos + 1) if pos < len(lower) and lower[pos] == " " else None
        if m is None:
            return None
        pos = m.end()
        if part:
            if not lower.startswith(" " + part, pos) or not _bounded(lower, pos + 1, pos + 1 + len(part)):
                return None
            pos += 1 + len(part)
    return pos


def match(doc: Doc, phrase: Phrase) -> Iterator[tuple[int, int]]:
    """The spans of the text where a phrase occurs."""
    parts = phrase.parts
    for i in find_all(doc.lower, parts[0]):
        if len(parts) == 1:
            yield i, i + len(parts[0])
        else:
            end = _match_wild(doc.lower, parts, i)
            if end is not None:
                yield i, end


def scan(doc: Doc, phrases: Iterable[Phrase], source: str) -> Iterator[Signal]:
    """Signals for every occurrence of every phrase, each quoting the words that matched."""
    for phrase in phrases:
        for start, end in match(doc, phrase):
            ev = Evidence(quote=doc.quote(start, end), source=source, start=start, end=end)
            yield Signal(kind=phrase.kind, name=phrase.name, weight=phrase.weight, evidence=ev)


def lexicon(kind: SignalKind, name: str, weight: float, patterns: str) -> tuple[Phrase, ...]:
    """Phrases of one cue, written one per line (blank lines and `#` comments ignored)."""
    lines = (line.split("#", 1)[0].strip() for line in patterns.splitlines())
    return tuple(Phrase(p, kind, name, weight) for p in lines if p)
