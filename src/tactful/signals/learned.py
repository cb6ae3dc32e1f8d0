"""The learned model as a detector: calibrated probabilities, explained by the sentences behind them.

The shipped weights (`tactful/data/model.json`, written by `training/train.py`) are read once, on
first use.  For each head that is probable enough the detector yields one signal whose evidence is
the sentence whose words pushed that head's score up the most (a second sentence joins, at no
extra weight, when it pushed nearly as much); the source names those words.  So a learned flag
always points to the words that raised it, like a rule's.  One head also speaks by its absence:
when the model is sure the text asks no favour it names the `no_favour` cue, quoting the sentence
that pulled the favour score down most.

The weight of a signal is the calibrated probability times a per-head factor: the model was
calibrated on the project's synthetic corpus, where it is surer than it should be on real mail,
so the factors (chosen on the project's own labelled set, tests/data/own-labelled.jsonl) temper
it before it is combined with the rules by noisy-or.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from functools import cache
from importlib.resources import files

from tactful.classifier import Reading, TextClassifier
from tactful.models import AskKind, Evidence, Signal, SignalKind
from tactful.signals.text import Doc

MODEL_RESOURCE = "data/model.json"
SOURCE = "learned model"  # how every learned signal's evidence names where it came from
# The asks of the label schema the model has a head for (`ask_<kind>`; training/train.py).
LEARNED_ASKS: tuple[AskKind, ...] = ("call", "meeting", "referral", "intro", "job", "advice", "review",
                                     "endorsement", "purchase", "demo", "investment")
# head -> (signal kind, signal name, factor applied to the calibrated probability, least probability)
HEADS: Mapping[str, tuple[SignalKind, str, float, float]] = {
    "selling": ("flag", "selling", 0.8, 0.15),
    "reputation_risk": ("flag", "reputation_risk", 0.8, 0.15),
    "scam": ("cue", "scam", 0.8, 0.15),
    "bulk": ("cue", "bulk", 0.8, 0.15),
    "personalised": ("cue", "personalised", 1.0, 0.5),
    "favour": ("cue", "favour", 1.0, 0.5),
    # The tie the sender's words state, when the model is fairly sure of it.
    "tie_known": ("relationship", "known", 1.0, 0.5),
    "tie_acquaintance": ("relationship", "acquaintance", 1.0, 0.5),
    "tie_weak": ("relationship", "weak_tie", 1.0, 0.5),
    # A favour asked too soon, as the text alone reads (the assessment weighs it with the ledger).
    "premature": ("cue", "premature", 1.0, 0.0),
    # What the sender asks for, read as a whole where the rules' phrasings miss it.
    **{f"ask_{kind}": ("ask", kind, 1.0, 0.5) for kind in LEARNED_ASKS},
}
# head -> (cue named when the head is improbable, most probability): the model reads no favour in
# the text (a journalist's interview call, a client's enquiry), quoting the words that said so.
ABSENT: Mapping[str, tuple[str, float]] = {"favour": ("no_favour", 0.1)}
# A short text gives the model few words to go on: below this many words its weight shrinks.
FULL_WORDS = 30
SECOND_SENTENCE = 0.6  # a second sentence is quoted when it carried this share of the first's push
_SENTENCE = re.compile(r"(?:[^\n.!?]|[.!?]+(?=[^\s.!?]))+[.!?]*")
# A full stop after these does not end a sentence ("Dear Dr. Okafor").
_ABBREVIATION = re.compile(r"(?:^|\W)(?:dr|mr|mrs|ms|prof|st|vs|etc|e\.g|i\.e|inc|ltd|jr|sr)\.$", re.I)


@cache
def model() -> TextClassifier:
    """The shipped model, loaded on first use and kept."""
    data = json.loads(files("tactful").joinpath(MODEL_RESOURCE).read_text(encoding="utf-8"))
    return TextClassifier.from_dict(data)


def sentences(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences (or lines) of a text, surrounding spaces left out."""
    spans: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        previous = spans[-1] if spans else None
        if previous and _continues(text, previous, start):
            spans[-1] = (previous[0], end)
        else:
            spans.append((start, end))
    return spans


def _continues(text: str, previous: tuple[int, int], start: int) -> bool:
    """True when the previous 'sentence' only ended at a title's full stop on the same line."""
    return bool(_ABBREVIATION.search(text, *previous)) and "\n" not in text[previous[1] : start]


def explain(text: str, head: str, reading: Reading | None = None, *, against: bool = False,
            bounds: list[tuple[int, int]] | None = None) -> list[Evidence]:
    """The sentence(s) whose words pushed a head's score up most (down, `against`), strongest first."""
    reading = reading or model().read(text)
    sign = -1.0 if against else 1.0
    bounds = sentences(text) if bounds is None else bounds
    starts = [s for s, _ in bounds]
    push = [0.0] * len(bounds)
    words: list[list[tuple[float, int, int]]] = [[] for _ in bounds]
    for c in reading.contributions(head):
        if sign * c.weight <= 0:
            continue
        share = sign * c.weight / len(c.spans)
        for start, end in c.spans:
            k = bisect_right(starts, start) - 1
            if k < 0:
                continue
            push[k] += share
            words[k].append((share, start, end))
    ranked = sorted((k for k in range(len(bounds)) if push[k] > 0), key=lambda k: (-push[k], k))
    chosen = [k for k in ranked[:2] if push[k] >= SECOND_SENTENCE * push[ranked[0]]]
    return [_evidence(text, bounds[k], words[k]) for k in chosen]


def _evidence(text: str, bounds: tuple[int, int], words: list[tuple[float, int, int]]) -> Evidence:
    quoted: list[str] = []
    for _, start, end in sorted(words, key=lambda w: (-w[0], w[1])):
        word = text[start:end]
        if word.lower() not in (q.lower() for q in quoted) and not any(word.lower() in q.lower()
                                                                        for q in quoted):
            quoted.append(word)
        if len(quoted) == 3:
            break
    source = f"{SOURCE}: words like " + ", ".join(f"'{w}'" for w in quoted)
    start, end = bounds
    return Evidence(quote=text[start:end], source=source, start=start, end=end)


def detect(doc: Doc) -> Iterator[Signal]:
    """Signals for each head of the shipped model that finds the text probable enough."""
    reading = model().read(doc.text)
    words = len(doc.lower.split())
    certainty = min(1.0, words / FULL_WORDS) ** 0.5
    bounds = sentences(doc.text)
    for head, (kind, name, factor, least) in HEADS.items():
        p = reading.probabilities.get(head)
        if p is None or p < least:  # a head the loaded model lacks says nothing
            continue
        for i, evidence in enumerate(explain(doc.text, head, reading, bounds=bounds)):
            yield Signal(kind, name, p * factor * certainty if i == 0 else 0.0, evidence)
    for head, (name, most) in ABSENT.items():
        p = reading.probabilities.get(head, 1.0)
        if p <= most and words >= FULL_WORDS // 2:
            for evidence in explain(doc.text, head, reading, against=True, bounds=bounds)[:1]:
                yield Signal("cue", name, 1.0 - p, evidence)
