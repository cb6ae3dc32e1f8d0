"""Small pure detectors, each turning a prepared text into evidence-carrying signals.

A detector is any callable `Doc -> Iterable[Signal]`.  The rule detectors below are registered
in `DETECTORS` beside the learned model (`learned.detect`), which plugs in the same way: it too
yields signals whose evidence quotes the words that carried its score, so both feed one assessment.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from tactful.models import Signal
from tactful.signals import asks, cues, integrity, learned, selling
from tactful.signals.text import Doc

Detector = Callable[[Doc], Iterable[Signal]]

RULE_DETECTORS: tuple[Detector, ...] = (selling.detect, integrity.detect, asks.detect, cues.detect)
DETECTORS: tuple[Detector, ...] = (*RULE_DETECTORS, learned.detect)


def collect(text: str, detectors: Sequence[Detector] = DETECTORS) -> tuple[Signal, ...]:
    """Run every detector over a text and gather their signals."""
    doc = Doc.of(text)
    return tuple(signal for detect in detectors for signal in detect(doc))


__all__ = ["DETECTORS", "RULE_DETECTORS", "Detector", "Doc", "collect"]
