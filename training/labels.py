"""The labelling rules of data/README.md, applied to a corpus recipe.

A recipe names the blocks an example was built from; every label follows from it:

- flags come from the body groups (selling, favour, scam, integrity) weighed against the
  relationship, and from the context (reputation notes, negative history);
- asks are the union of the asks the body variants and closer carry;
- the relationship is the context's when there is one, else the tie the text states;
- the verdict follows from the flags by the README's precedence.

Kept separate from the generator so the tests can re-derive every label from its recipe.
"""

from __future__ import annotations

from typing import Any

from tactful.models import ASKS, FLAGS, RELATIONSHIPS, VERDICTS  # noqa: F401  (re-exported)

# What each body file holds, by communicative function.
BENIGN_FILE = "requests_benign"
FAVOUR_FILE = "requests_favour"
SELLING_FILE = "requests_selling"
RISK_FILE = "requests_risk"

# Seller bodies that also ask a favour of the recipient (an intro to the buyer).
SELLING_FAVOURS = frozenset({"sales_intro"})
# Integrity asks that are also favours: premature unless the relationship is known.
INTEGRITY_FAVOURS = frozenset(
    {"lie_reference", "vouch_blind", "paid_referral", "proxy_ask", "leak_confidential", "review_swap"}
)


def group_info(blocks: dict[str, Any], body_id: str) -> tuple[str, str, dict[str, Any]]:
    """Split a body block id 'file/group#i' and return (file, group, group data)."""
    file_group = body_id.split("#", 1)[0]
    file, group = file_group.split("/", 1)
    return file, group, blocks[file]["groups"][group]


def category(blocks: dict[str, Any], body_id: str) -> str:
    """The function of a body: benign, favour, selling, scam or integrity."""
    file, _, data = group_info(blocks, body_id)
    if file == RISK_FILE:
        return "scam" if data.get("scam") else "integrity"
    return {BENIGN_FILE: "benign", FAVOUR_FILE: "favour", SELLING_FILE: "selling"}[file]


def block_asks(blocks: dict[str, Any], block_id: str) -> list[str]:
    """The asks one body or closer block carries (a variant's own asks win over its group's)."""
    file_group, index = block_id.split("#", 1)
    file, group = file_group.split("/", 1)
    data = blocks[file]["groups"][group]
    if index.startswith("d"):  # details never add an ask
        return []
    variant = data["variants"][int(index)]
    if isinstance(variant, dict) and "asks" in variant:
        return list(variant["asks"])
    return list(data.get("asks", []))


def relationship_of(recipe: dict[str, Any], context: dict[str, Any] | None) -> str:
    """The user's records win over what the text implies."""
    if context:
        return str(context["relationship"])
    return str(recipe["text_relationship"])


def asks_of(recipe: dict[str, Any], blocks: dict[str, Any]) -> list[str]:
    """Union of the asks of the bodies and the closer, in canonical order; ['none'] if empty."""
    found: set[str] = set()
    for block_id in [*recipe["bodies"], recipe.get("closer") or ""]:
        if block_id:
            found.update(block_asks(blocks, block_id))
    found.discard("none")
    return [a for a in ASKS if a in found] or ["none"]


def text_acts(recipe: dict[str, Any], blocks: dict[str, Any]) -> set[str]:
    """What the body blocks do: `selling`, `reputation_risk`, `scam`, `favour` (context aside)."""
    found: set[str] = set()
    for body_id in recipe["bodies"]:
        kind = category(blocks, body_id)
        _, group, data = group_info(blocks, body_id)
        if kind == "selling" or data.get("selling"):
            found.add("selling")
        if kind in ("scam", "integrity"):
            found.add("reputation_risk")
        if kind == "scam":
            found.add("scam")
        if kind == "favour" or group in SELLING_FAVOURS or group in INTEGRITY_FAVOURS:
            found.add("favour")
    return found


def flags_of(recipe: dict[str, Any], context: dict[str, Any] | None, blocks: dict[str, Any]) -> list[str]:
    """The red flags, in canonical order."""
    acts = text_acts(recipe, blocks)
    found = acts & {"selling", "reputation_risk"}
    if "favour" in acts and relationship_of(recipe, context) != "known":
        found.add("premature_ask")
    records = context or {}
    if records.get("reputation"):
        found.add("reputation_risk")
    if any(h["outcome"] == "negative" for h in records.get("history", [])):
        found.add("negative_history")
    return [f for f in FLAGS if f in found]


def verdict_of(
    recipe: dict[str, Any],
    context: dict[str, Any] | None,
    blocks: dict[str, Any],
    flags: list[str],
) -> str:
    """The README's verdict precedence: scams, history, integrity, selling, premature, accept."""
    rel = relationship_of(recipe, context)
    kinds = {category(blocks, b) for b in recipe["bodies"]}
    impersonal = not recipe.get("personal") or bool(recipe.get("bulk_signs"))
    if "scam" in kinds:
        return "ignore"
    if "negative_history" in flags:
        return "decline"
    if "reputation_risk" in flags:
        # A stranger's integrity ask or impersonal pitch gets no reply; anyone else a courteous no.
        unsolicited = rel == "stranger" and ("integrity" in kinds or ("selling" in flags and impersonal))
        return "ignore" if unsolicited else "decline"
    if "selling" in flags:
        return "ignore" if rel == "stranger" and impersonal else "decline"
    if "premature_ask" in flags:
        return "redirect"
    return "accept"


def expected_of(
    recipe: dict[str, Any], context: dict[str, Any] | None, blocks: dict[str, Any]
) -> dict[str, Any]:
    """The full `expected` object of data/README.md for a recipe and the sender's records."""
    flags = flags_of(recipe, context, blocks)
    return {
        "flags": flags,
        "asks": asks_of(recipe, blocks),
        "relationship": relationship_of(recipe, context),
        "verdict": verdict_of(recipe, context, blocks, flags),
    }
