"""The personal layer: the user's corrections, generalised to similar messages from other senders.

`tactful learn` folds every correction (a request where the user chose another verdict than the
one tactful suggested) into a small model: for each corrected request, its TF-IDF vector over
words and word pairs (common function words left out), with the verdict the user chose.  At
triage time a new message is compared with each example by cosine similarity; when the closest
example reaches `THRESHOLD`, the verdict moves to the user's choice, with a reason that names the
example ("Similar to request 12 from Dana Lee, which you chose to decline (similarity 0.71)").

The threshold was chosen on the project's synthetic corpus (`training/corpus.jsonl`), with layers
of 1, 5, 20 and 100 corrected messages compared with 100 other messages each: of ~150,000 pairs
built from different request bodies, 99.9% scored below 0.30 and the highest 0.51.  On the
project's hand-written messages (`training/messages-*.jsonl`, 799), a message's closest example
among layers of 1 to 100 other messages scored below 0.16 in 99% of 7,666 trials, at most 0.45.
Hand-written paraphrases of one short request (reworded, same ask) score 0.6-0.9, while the same
kind of ask about another job or company scores about 0.3.  So 0.5 moves a verdict only for what
is recognisably the same request.

Pure Python and pure functions: the model is plain JSON, stored in the ledger by `tactful learn`
and read by `tactful check`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tactful.classifier import terms, tokenize
from tactful.errors import StoreError
from tactful.models import VERDICTS, VerdictKind

FORMAT = "tactful-personal/1"
THRESHOLD = 0.5
# Words that say nothing about what a message asks (greetings, pronouns, auxiliaries, closers).
_STOP_TEXT = """a an and the to of in on at for with from by is are was were be been am i i'm i'd me my we
    our you your you're it it's its this that these those hi hello hey dear thanks thank regards
    best cheers sincerely so just would could can will do does did have has had if or as but not
    any some there their they them he she his her him about all also very really much more get got
    let know please hope"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
Vector = dict[str, float]


@dataclass(frozen=True)
class Example:
    """One corrected request as the layer keeps it: who sent it, the user's choice, its vector."""

    request_id: int
    sender: str
    suggested: VerdictKind
    chosen: VerdictKind
    vector: Mapping[str, float]


@dataclass(frozen=True)
class Match:
    """The corrected request a new message is most like, and how alike they are (0 to 1)."""

    example: Example
    similarity: float

    @property
    def reason(self) -> str:
        """The reason shown when the match decides the verdict."""
        e = self.example
        return (f"Similar to request {e.request_id} from {e.sender}, which you chose to {e.chosen} "
                f"(similarity {self.similarity:.2f}).")


@dataclass(frozen=True)
class PersonalLayer:
    """The examples, and the idf of their terms (a term no example has gets `unseen_idf`).

    The idf is smoothed as scikit-learn's: ln((1 + n) / (1 + df)) + 1 over the n examples.
    """

    examples: tuple[Example, ...] = ()
    idf: Mapping[str, float] | None = None
    threshold: float = THRESHOLD

    @property
    def unseen_idf(self) -> float:
        """The idf of a term no example contains: that of a term only one example contains."""
        return math.log((1 + len(self.examples)) / 2) + 1.0

    def vector(self, text: str) -> Vector:
        """A text's L2-normalised TF-IDF vector (sublinear tf) over this layer's idf."""
        idf = self.idf or {}
        counts = Counter(features(text))
        weights = {t: (1.0 + math.log(n)) * idf.get(t, self.unseen_idf) for t, n in counts.items()}
        return _normalised(weights)

    def best_match(self, text: str) -> Match | None:
        """The most similar example, when its similarity reaches the threshold."""
        if not self.examples:
            return None
        query = self.vector(text)
        scored = [(cosine(query, e.vector), -e.request_id, e) for e in self.examples]
        similarity, _, example = max(scored, key=lambda s: (s[0], s[1]))
        return Match(example, similarity) if similarity >= self.threshold else None

    def by_verdict(self) -> dict[str, int]:
        """How many examples chose each verdict."""
        counts = Counter(e.chosen for e in self.examples)
        return {v: counts[v] for v in VERDICTS if counts[v]}

    def to_dict(self) -> dict[str, object]:
        """The JSON form stored in the ledger."""
        return {
            "format": FORMAT,
            "threshold": self.threshold,
            "idf": {t: round(v, 6) for t, v in sorted((self.idf or {}).items())},
            "examples": [
                {"request_id": e.request_id, "sender": e.sender, "suggested": e.suggested,
                 "chosen": e.chosen, "vector": {t: round(v, 6) for t, v in sorted(e.vector.items())}}
                for e in self.examples
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> PersonalLayer:
        """The layer from its stored JSON; a format this version does not know is refused."""
        if data.get("format") != FORMAT:
            raise StoreError(f"the personal layer in the ledger has format {data.get('format')!r}, "
                             f"not {FORMAT}; run `tactful learn` to rebuild it")
        try:
            examples = tuple(
                Example(int(e["request_id"]), str(e["sender"]), e["suggested"], e["chosen"],
                        {str(t): float(v) for t, v in e["vector"].items()})
                for e in data["examples"]  # type: ignore[attr-defined]
            )
            idf = {str(t): float(v) for t, v in data["idf"].items()}  # type: ignore[attr-defined]
            threshold = float(data["threshold"])  # type: ignore[arg-type]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StoreError(f"the personal layer in the ledger is damaged ({exc!r}); "
                             "run `tactful learn` to rebuild it") from exc
        return cls(examples, idf, threshold)


@dataclass(frozen=True)
class Corrected:
    """What learning needs of a corrected request."""

    request_id: int
    sender: str
    text: str
    suggested: VerdictKind
    chosen: VerdictKind


def message_text(subject: str, text: str) -> str:
    """What the layer reads of a message: the subject line and the text."""
    return f"{subject}\n{text}" if subject.strip() else text


def features(text: str) -> list[str]:
    """The words of a text that carry meaning, and the pairs of them that follow each other."""
    words = [w for w in tokenize(text) if w not in STOP_WORDS and len(w) > 1]
    return terms(words, (1, 2))


def learn(corrected: Iterable[Corrected], threshold: float = THRESHOLD) -> PersonalLayer:
    """Build the layer from the corrected requests (one example each, in request order)."""
    items = sorted(corrected, key=lambda c: c.request_id)
    docs = [Counter(features(c.text)) for c in items]
    df = Counter(t for d in docs for t in d)
    n = len(docs)
    idf = {t: math.log((1 + n) / (1 + k)) + 1.0 for t, k in df.items()}
    examples = tuple(
        Example(c.request_id, c.sender, c.suggested, c.chosen,
                _normalised({t: (1.0 + math.log(k)) * idf[t] for t, k in d.items()}))
        for c, d in zip(items, docs, strict=True)
    )
    return PersonalLayer(examples, idf, threshold)


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The cosine similarity of two L2-normalised sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return min(1.0, sum(w * b.get(t, 0.0) for t, w in a.items()))


def _normalised(weights: Mapping[str, float]) -> Vector:
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()} if norm else {}

