"""Request + Context -> Assessment: the four flags with evidence, the asks, the relationship.

Pure: the signals come from detectors (rules now, a learned model alongside later), the context
from the ledger or a `--context` file.  Confidence of a flag is the noisy-or of the distinct
signals that support it, so one strong cue or several weak ones are needed to reach the threshold.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from tactful.models import (
    ASK_FAMILY,
    ASKS,
    FLAGS,
    Ask,
    AskKind,
    Assessment,
    Context,
    Evidence,
    Flag,
    FlagName,
    Relationship,
    Request,
    Signal,
)
from tactful.policy import DEFAULT_ASK_MINUTES
from tactful.signals import DETECTORS, Detector, collect
from tactful.signals.learned import SOURCE as LEARNED_SOURCE

DEFAULT_THRESHOLD = 0.5
MAX_EVIDENCE = 5
# An ask's words this close after "thanks for the" are thanks for a favour done, not a new ask.
THANKED_GAP = 12
# The learned model's reading of a premature favour: below the first it overrules the rules'
# favour-by-tie table, above the second it flags a favour the rules found no phrasing for.
LEARNED_NOT_PREMATURE = 0.25
LEARNED_PREMATURE = 0.75
# How sure `selling` must be when the text says the user is the buyer or is offered a job.
BUYER_SELLING = 0.8
# How sure the learned model must be that a stranger asks a favour when no phrasing of one matched.
SURE_FAVOUR = 0.9

# Favours that cost time or credibility, by how far the relationship has to go before they fit.
FAVOURS: Mapping[Relationship, frozenset[AskKind]] = {
    "stranger": frozenset({"referral", "intro", "endorsement", "review", "mentoring", "job",
                           "call", "meeting", "coffee", "advice"}),
    "weak_tie": frozenset({"referral", "intro", "endorsement", "review", "mentoring", "job"}),
    "acquaintance": frozenset({"referral", "intro", "endorsement", "review", "mentoring", "job"}),
    "known": frozenset(),
}
RELATIONSHIP_FACTOR: Mapping[Relationship, float] = {
    "stranger": 1.0, "weak_tie": 0.9, "acquaintance": 0.8, "known": 0.0,
}
# Asks that belong to a pitch or an offer rather than being favours, once selling or a scam fired.
PITCH_ASKS = frozenset({"call", "meeting", "coffee", "advice", "demo", "job"})
# The order in which favours are named in evidence and reasons: costliest to credibility first.
_FAVOUR_ORDER: tuple[AskKind, ...] = ("referral", "intro", "endorsement", "job", "review", "mentoring",
                                      "coffee", "meeting", "call", "advice")
# Ordered from closest to most distant, as a sender's own words may state them.
_TEXT_LEVELS: tuple[Relationship, ...] = ("known", "acquaintance", "weak_tie")


def noisy_or(weights: Iterable[float]) -> float:
    """The chance at least one of several independent cues is right."""
    miss = 1.0
    for w in weights:
        miss *= 1.0 - w
    return 1.0 - miss


def _distinct(signals: Iterable[Signal]) -> list[Signal]:
    """One signal per distinct wording, strongest first (repeats of a phrase add nothing)."""
    best: dict[str, Signal] = {}
    for s in signals:
        key = s.evidence.quote.lower()
        if key not in best or s.weight > best[key].weight:
            best[key] = s
    return sorted(best.values(), key=lambda s: (-s.weight, s.evidence.start or 0))


def _confidence(signals: Sequence[Signal]) -> float:
    return noisy_or(s.weight for s in _distinct(signals))


def _evidence(signals: Sequence[Signal]) -> tuple[Evidence, ...]:
    return tuple(s.evidence for s in _distinct(signals)[:MAX_EVIDENCE])


def relationship_of(context: Context, by_kind: Mapping[str, list[Signal]]) -> tuple[Relationship, str]:
    """The relationship and where it came from: the ledger first, then the sender's own words."""
    if context.relationship is not None:
        return context.relationship, "ledger"
    if context.history:
        positives = sum(1 for h in context.history if h.outcome == "positive")
        return ("known" if positives >= 2 else "acquaintance"), "ledger"
    signals = by_kind.get("relationship", [])
    stated = {s.name for s in signals}
    # The tie the words state most surely (the closest when two are as sure): "we worked together
    # at Acme, but it's been years" reads as a lapsed tie when the lapse is the surer reading.
    ties = [level for level in _TEXT_LEVELS if level in stated]
    if not ties:
        return "stranger", ("text" if "stranger" in stated else "default")
    # max keeps the first (closest) of equally sure ties
    level = max(ties, key=lambda lv: _confidence([s for s in signals if s.name == lv]))
    if "stranger" in stated and level != "weak_tie":
        return "weak_tie", "text"  # "we have never met, but ..." caps the tie
    return level, "text"


def _context_flags(context: Context) -> dict[FlagName, Flag]:
    flags: dict[FlagName, Flag] = {}
    negatives = [h for h in context.history if h.outcome == "negative"]
    if negatives:
        ev = tuple(Evidence(quote=f"{h.date}: {h.note}".strip(": "), source="your interaction log",
                            kind="ledger") for h in negatives)
        flags["negative_history"] = Flag("negative_history", 0.95, ev)
    if context.reputation:
        ev = tuple(Evidence(quote=n.note, source=f"your reputation note ({n.source or 'no source'})",
                            kind="ledger") for n in context.reputation)
        flags["reputation_risk"] = Flag("reputation_risk", 0.9, ev)
    return flags


def _premature(asks: Sequence[Ask], relationship: Relationship, cues: frozenset[str],
               pitch: bool, favour_evidence: tuple[Evidence, ...] = (),
               learned: tuple[float, tuple[Evidence, ...]] | None = None,
               from_ledger: bool = False) -> Flag | None:
    """A favour asked before the relationship can bear it, unless it answers the user's own need.

    The favour is one of the asks found, or, from a stranger, one the learned model reads in the
    text when no phrasing of an ask matched (`favour_evidence`: the sentences it read it in).
    """
    if "no_favour" in cues:  # the learned model is sure the text asks no favour (a reporter, a client)
        return None
    favours = set(FAVOURS[relationship])
    if pitch:
        favours -= PITCH_ASKS
    if "matches_their_need" in cues:
        favours -= {"job", "advice", "call", "meeting"}
    if "offer_to_user" in cues:
        favours -= {"job", "call", "meeting"}
    if "small_question" in cues:
        favours -= {"advice", "call"}
    hits = sorted((a for a in asks if a.kind in favours), key=lambda a: _FAVOUR_ORDER.index(a.kind))
    exempt = pitch or bool(cues & {"matches_their_need", "offer_to_user", "small_question"})
    if learned is not None and not from_ledger:
        p, sentences = learned
        if hits and p < LEARNED_NOT_PREMATURE:
            return None
        if not hits and p >= LEARNED_PREMATURE and relationship != "known" and not exempt and sentences:
            return Flag("premature_ask", min(0.95, p), sentences[:1])
    if not hits:
        if relationship == "stranger" and not exempt and favour_evidence:
            return Flag("premature_ask", 0.85 * RELATIONSHIP_FACTOR[relationship], favour_evidence[:1])
        return None
    confidence = min(0.95, 0.85 * RELATIONSHIP_FACTOR[relationship] + 0.05 * (len(hits) - 1))
    evidence = tuple(e for a in hits for e in a.evidence[:1])
    return Flag("premature_ask", confidence, evidence)


def _thanked(signal: Signal, thanks: Sequence[Signal]) -> bool:
    """True when an ask's words come right after thanks for it ("thanks for the intro"): done, not asked."""
    start = signal.evidence.start
    if start is None:
        return False
    return any(t.evidence.end is not None and 0 <= start - t.evidence.end <= THANKED_GAP for t in thanks)


def _learned(signal: Signal) -> bool:
    """True for a signal of the learned model (its evidence names the model as its source)."""
    return signal.evidence.source.startswith(LEARNED_SOURCE)


def _asks(by_name: Mapping[str, list[Signal]], minutes: Mapping[str, int],
          thanks: Sequence[Signal] = ()) -> tuple[Ask, ...]:
    live = {kind: [s for s in by_name.get(kind, []) if not _thanked(s, thanks)] for kind in ASKS}
    # The model reads asks broadly: its "call" adds nothing where the rules' words found a meeting
    # or a coffee (the same family), whose kind they name more exactly.
    phrased = {ASK_FAMILY[k] for k, signals in live.items()
               if k in ASK_FAMILY and not all(_learned(s) for s in signals)}
    found = []
    for kind in ASKS:
        signals = live[kind]
        if kind in ASK_FAMILY and ASK_FAMILY[kind] in phrased and all(_learned(s) for s in signals):
            continue
        if signals:
            found.append(Ask(kind, minutes.get(kind, 0), _evidence(signals)))
    return tuple(found)


def assess(
    request: Request,
    context: Context | None = None,
    *,
    detectors: Sequence[Detector] = DETECTORS,
    threshold: float = DEFAULT_THRESHOLD,
    ask_minutes: Mapping[str, int] | None = None,
) -> Assessment:
    """Find the red flags, asks and relationship of one request in what the ledger knows."""
    context = context or Context()
    signals = collect(request.text, detectors)
    by_kind: dict[str, list[Signal]] = defaultdict(list)
    by_kind_name: dict[tuple[str, str], list[Signal]] = defaultdict(list)
    for s in signals:
        by_kind[s.kind].append(s)
        by_kind_name[(s.kind, s.name)].append(s)

    cues = frozenset(name for (kind, name), group in by_kind_name.items()
                     if kind == "cue" and _confidence(group) >= threshold)
    flags = _context_flags(context)
    for name in ("selling", "reputation_risk"):
        group = by_kind_name.get(("flag", name), [])
        conf = _confidence(group)
        # The user is the buyer or the one offered a job: pitch-like words need to be sure.
        needed = threshold
        if name == "selling" and cues & {"matches_their_need", "offer_to_user"}:
            needed = max(threshold, BUYER_SELLING)
        if conf >= needed:
            prior = flags.get(name)
            evidence = (prior.evidence if prior else ()) + _evidence(group)
            flags[name] = Flag(name, max(conf, prior.confidence if prior else 0.0), evidence)

    asks_by_name = {name: group for (kind, name), group in by_kind_name.items() if kind == "ask"}
    thanks = by_kind_name.get(("cue", "thanks_for"), [])
    asks = _asks(asks_by_name, ask_minutes or DEFAULT_ASK_MINUTES, thanks)
    relationship, source = relationship_of(context, by_kind)
    premature_signals = by_kind_name.get(("cue", "premature"), [])
    learned = ((max(s.weight for s in premature_signals), _evidence(premature_signals))
               if premature_signals else None)
    favour = by_kind_name.get(("cue", "favour"), [])
    favour_evidence = _evidence(favour) if _confidence(favour) >= SURE_FAVOUR else ()
    # The table of favours by tie reads the asks the rules' phrasings found: the model's reading of
    # a favour asked too soon is its `premature` head (above), which should not count twice.
    phrased_asks = {name: [s for s in group if not _learned(s)] for name, group in asks_by_name.items()}
    premature = _premature(_asks(phrased_asks, ask_minutes or DEFAULT_ASK_MINUTES, thanks), relationship,
                           cues, pitch="selling" in flags or "scam" in cues,
                           favour_evidence=favour_evidence, learned=learned,
                           from_ledger=source == "ledger")
    if premature and premature.confidence >= threshold:
        flags["premature_ask"] = premature
    return Assessment(
        request=request,
        context=context,
        flags=tuple(flags[n] for n in FLAGS if n in flags),
        asks=asks,
        relationship=relationship,
        relationship_source=source,  # type: ignore[arg-type]
        cues=cues,
        signals=signals,
    )
