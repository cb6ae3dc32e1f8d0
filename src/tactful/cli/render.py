"""Readable reports of a triage for the terminal: verdict, reasons, flags with highlighted
evidence, asks, relationship and drafts."""

from __future__ import annotations

import textwrap

import click

from tactful.models import Evidence, Triage

_VERDICT_COLOURS = {"accept": "green", "redirect": "cyan", "decline": "yellow", "ignore": "red"}
_DECIDED_BY = {
    "correction": "your correction for this sender (tactful decide)",
    "personal": "your personal layer: a correction for a similar message (tactful learn)",
}


def highlight(text: str, evidence: list[Evidence], colour: bool) -> str:
    """The text with evidence spans marked (bold when colour is on, »so« otherwise)."""
    spans = sorted({(e.start, e.end) for e in evidence
                    if e.kind == "text" and e.start is not None and e.end is not None})
    out, pos = [], 0
    for start, end in spans:
        if start < pos:
            continue
        out.append(text[pos:start])
        marked = text[start:end]
        out.append(click.style(marked, bold=True, underline=True) if colour else f"»{marked}«")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _indent(text: str, prefix: str = "    ") -> str:
    return textwrap.indent(text, prefix)


def report(t: Triage, colour: bool = False) -> str:
    """A multi-line report of one triage, for a person to read."""
    a = t.assessment
    verdict = t.verdict.kind.upper()
    head = click.style(verdict, fg=_VERDICT_COLOURS[t.verdict.kind], bold=True) if colour else verdict
    lines = [f"Verdict: {head}  (from {a.request.sender.label()}, {a.request.channel})"]
    lines += [f"  - {r}" for r in t.verdict.reasons]
    if t.decided_by in _DECIDED_BY:
        lines.append(f"Decided by {_DECIDED_BY[t.decided_by]}.")
    lines.append("")
    if a.flags:
        lines.append("Red flags:")
        for f in a.flags:
            lines.append(f"  {f.name}  confidence {f.confidence:.2f}")
            for e in f.evidence:
                where = "" if e.kind == "text" else f" [{e.source}]"
                lines.append(f'    "{e.quote}"{where}')
    else:
        lines.append("Red flags: none")
    asks = ", ".join(f"{x.kind} (~{x.minutes} min)" for x in a.asks) or "none"
    lines.append(f"Asks: {asks}")
    lines.append(f"Relationship: {a.relationship} (from {a.relationship_source})")
    evidence = [e for f in a.flags for e in f.evidence] + [e for x in a.asks for e in x.evidence]
    lines += ["", "Message (evidence marked):", _indent(highlight(a.request.text, evidence, colour))]
    if t.drafts:
        lines.append("")
        for i, d in enumerate(t.drafts, 1):
            lines.append(f"Draft {i} ({d.intent}, {d.tone}, {d.channel}):")
            lines.append(_indent(d.text))
            lines.append("")
    elif t.verdict.kind == "ignore":
        lines += ["", "No draft: a reply would only confirm your address (use --draft-ignored for one)."]
    return "\n".join(lines).rstrip() + "\n"
