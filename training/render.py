"""Turn a plan spec into the text of one message and the recipe that names its blocks.

The text is assembled in the order a message is read: (subject), greeting, opener, the
sender's self-introduction, the request body with detail sentences, closer, sign-off, and
for mass mail a footer. Relationship cues come only from openers and introductions tagged
with the tie they imply, so the text's relationship is known from the recipe.
"""

from __future__ import annotations

import re
from random import Random
from typing import Any

from labels import category

# Self-introductions that fit each body family (None = no introduction).
INTROS: dict[str, list[str | None]] = {
    "connect_only": ["student", "new_grad", "job_seeker", "founder", "consultant", "freelancer", None],
    "thanks": [None],
    "thanks_personal": [None],
    "reconnect": [None],
    "congrats": [None],
    "client_enquiry": ["client"],
    "recruiter_offer": ["inhouse_recruiter"],
    "applicant": ["job_seeker", "new_grad", "freelancer"],
    "alumni_advice": ["student", "new_grad"],
    "small_question": ["student", "freelancer", "founder", None],
    "journalist_question": ["journalist"],
    "agency_candidate": ["agency_recruiter"],
    "pr_podcast": ["sdr", "consultant"],
    "paid_placement": ["sdr"],
    "outsourcing": ["sdr", "founder"],
    "own_work_promo": ["founder", "freelancer", "consultant"],
    "sales_intro": ["sdr"],
    "task_scam": ["inhouse_recruiter", None, None],
    "money_mule": [None],
    "advance_fee": [None],
    "crypto": [None],
    "review_extortion": [None],
    "proxy_offer": [None],
    "vanity_award": ["sdr", None],
    "pay_to_play": ["sdr", None],
    "mlm": [None],
}
FAVOUR_INTROS: list[str | None] = ["student", "new_grad", "job_seeker", "freelancer", None]
SELLING_INTROS: list[str | None] = ["sdr", "founder", "consultant"]
INTEGRITY_INTROS: list[str | None] = ["job_seeker", "student", None]

SUBJECTS = {
    "connect_only": "benign",
    "thanks": "benign",
    "thanks_personal": "benign",
    "reconnect": "benign",
    "congrats": "benign",
    "client_enquiry": "client",
    "recruiter_offer": "recruit",
    "applicant": "applicant",
    "small_question": "question",
    "journalist_question": "question",
    "alumni_advice": "advice",
    "mlm": "selling",
    "agency_candidate": "selling_agency",
    "pr_podcast": "selling_media",
    "paid_placement": "selling_media",
    "seo": "selling_web",
    "lead_magnet": "selling_content",
    "own_work_promo": "selling_content",
    "outsourcing": "selling_dev",
}
BUSINESS_SIGNATURE = {"selling", "scam"}
BUSINESS_FAMILIES = {"client_enquiry", "recruiter_offer", "journalist_question"}
SLOT = re.compile(r"\{\{(\w+)\}\}")


def variants(blocks: dict[str, Any], file: str, group: str) -> list[Any]:
    """The variants of a group, whichever shape its file uses."""
    data = blocks[file]["groups"][group]
    return data["variants"] if isinstance(data, dict) else data


def text_of(variant: Any) -> str:
    """A variant is a string or an object with its own asks."""
    return variant["t"] if isinstance(variant, dict) else str(variant)


class Composer:
    """Collects chosen blocks and their ids for one example."""

    def __init__(self, rng: Random, blocks: dict[str, Any]) -> None:
        self.rng = rng
        self.blocks = blocks
        self.used: list[str] = []

    def pick(self, file: str, group: str, index: int | None = None) -> str:
        """Choose one variant (or the given one) and remember its id."""
        items = variants(self.blocks, file, group)
        i = self.rng.randrange(len(items)) if index is None else index
        self.used.append(f"{file}/{group}#{i}")
        return text_of(items[i])


def pick_channel(rng: Random, family: str, kind: str) -> str:
    """LinkedIn for short notes, e-mail for longer business mail, 'unknown' for pasted text."""
    if rng.random() < 0.02:
        return "unknown"
    share = {"benign": 0.6, "favour": 0.6, "selling": 0.45, "scam": 0.4, "integrity": 0.6}[kind]
    share = {"connect_only": 0.9, "congrats": 0.8, "client_enquiry": 0.35}.get(family, share)
    return "linkedin" if rng.random() < share else "email"


def make_slots(rng: Random, blocks: dict[str, Any]) -> dict[str, str]:
    """Fill values for one example: recipient and sender names, companies, topics."""
    s = blocks["slots"]
    first, sender_first = rng.sample(s["first"], 2)
    last, sender_last = rng.sample(s["last"], 2)
    values = {k: rng.choice(v) for k, v in s.items() if isinstance(v, list) and k not in ("first", "last")}
    values.update(
        first=first,
        last=last,
        sender_first=sender_first,
        sender=f"{sender_first} {sender_last}",
        last_initial=sender_last[0],
        title=rng.choice(s["titles"]),
    )
    return values


def fill(rng: Random, text: str, values: dict[str, str], weekdays: list[str]) -> str:
    """Replace {{slot}} markers we own; leave template leftovers such as {firstName} alone."""
    days = iter(rng.sample(weekdays, len(weekdays)))

    def repl(m: re.Match[str]) -> str:
        key = m.group(1)
        if key == "weekday":
            return next(days, "Friday")
        return values.get(key, m.group(0))

    return SLOT.sub(repl, text)


def cue_blocks(c: Composer, spec: dict[str, Any], family: str, kind: str) -> tuple[str, str]:
    """The opener and introduction that state the tie; ('', '') when none is stated."""
    rel, rng = spec["rel"], c.rng
    if rel == "stranger":
        if spec.get("personal"):
            return c.pick("openers", "post_compliment"), ""
        if spec.get("cue") != "none" and rng.random() < 0.4:
            return c.pick("openers", "cold_found"), ""
        return "", ""
    if rel == "weak_tie":
        if kind in ("selling", "scam") or family == "pick_brain":
            group = "mutual_connection"  # the school openers speak as students or alumni
        elif family == "alumni_advice":
            group = "shared_school"
        else:
            group = rng.choice(("shared_school", "mutual_connection"))
        return c.pick("openers", group), ""
    if rel == "acquaintance":
        weights = (0.2, 0.2, 0.6) if family == "multi_ask" else (0.4, 0.35, 0.25)
        choice = rng.choices(("met_event", "former_colleague", "former_classmate"), weights)[0]
        if choice == "met_event":
            return c.pick("openers", "met_event"), ""
        return "", c.pick("intros", choice)
    group = "old_friend" if kind in ("selling", "scam") or rng.random() < 0.45 else "known_work"
    return "", c.pick("intros", group)


def intro_choices(family: str, kind: str) -> list[str | None]:
    """Self-introductions that fit the family."""
    if family in INTROS:
        return INTROS[family]
    return {"favour": FAVOUR_INTROS, "selling": SELLING_INTROS}.get(kind, INTEGRITY_INTROS)


def greeting(c: Composer, channel: str, bulk: bool, kind: str, signs: list[str]) -> str:
    """A greeting; on mass mail it may itself be the bulk sign."""
    rng = c.rng
    named = "named_email" if channel == "email" else "named_linkedin"
    if bulk and kind != "favour":
        choice = rng.choices(("generic", "leftover", named, "none"), (0.3, 0.3, 0.3, 0.1))[0]
        if choice in ("generic", "leftover"):
            signs.append(f"greeting:{choice}")
    elif bulk:
        choice = rng.choice(("leftover", named))
        if choice == "leftover":
            signs.append("greeting:leftover")
    else:
        choice = named if rng.random() < (0.85 if channel == "email" else 0.75) else "none"
    return c.pick("greetings", choice)


def render_text(
    rng: Random, spec: dict[str, Any], blocks: dict[str, Any], sides: dict[str, dict[str, list[int]]]
) -> tuple[str, dict[str, Any]]:
    """Compose one message from a spec; return its text and recipe."""
    family_key = spec["family"]
    family = family_key.split("/", 1)[1]
    kind = category(blocks, family_key + "#0")
    channel = spec.get("channel") or pick_channel(rng, family, kind)
    email = channel == "email" or (channel == "unknown" and rng.random() < 0.5)
    bulk = bool(spec.get("bulk"))
    c = Composer(rng, blocks)
    signs: list[str] = []

    subject = ""
    if email and rng.random() < 0.55:
        if bulk and kind in ("selling", "scam") and rng.random() < 0.4:
            subject = c.pick("bulk", "fake_re")
            signs.append("subject:fake_re")
        else:
            group = SUBJECTS.get(family, kind)
            subject = c.pick("subjects", group)

    hello = greeting(c, channel, bulk, kind, signs)
    opening: list[str] = []
    if bulk and kind == "selling" and rng.random() < 0.3:
        opening.append(c.pick("openers", "bump"))
        signs.append("opener:bump")
    if kind != "scam" and "hope" not in hello.lower() and rng.random() < (0.3 if email else 0.08):
        opening.append(c.pick("openers", "hope_well"))
    cue_opener, cue_intro = cue_blocks(c, spec, family, kind)
    if cue_opener:
        opening.append(cue_opener)
    if cue_intro:
        opening.append(cue_intro)
    intro_group = rng.choice(intro_choices(family, kind))
    wants_intro = not cue_intro or (kind == "selling" and rng.random() < 0.5)
    if intro_group and wants_intro and rng.random() < (0.8 if email else 0.5):
        opening.append(c.pick("intros", intro_group))

    pool = sides[family_key]
    index = rng.choice(pool["train"] + pool["heldout"])
    side = "heldout" if index in pool["heldout"] else "train"
    file, group = family_key.split("/", 1)
    body = [c.pick(file, group, index)]
    body_ids = [c.used[-1]]
    if spec.get("extra"):
        extra_key = spec["extra"]
        ef, eg = extra_key.split("/", 1)
        body.append(c.pick(ef, eg, rng.choice(sides[extra_key][side])))
        body_ids.append(c.used[-1])
    if bulk:
        inline_group = "leftover_jobseeker" if kind == "favour" else "leftover_inline"
        if kind == "favour" or rng.random() < 0.35:
            body.insert(0, c.pick("bulk", inline_group))
            signs.append("inline:leftover")
    detail_pool = pool[f"{side}_details"]
    wanted = rng.randint(1, 3) if email else rng.choice((0, 0, 1))
    detail_ids = []
    for d in rng.sample(detail_pool, min(wanted, len(detail_pool))):
        body.append(text_of(blocks[file]["groups"][group]["details"][d]))
        detail_ids.append(f"{family_key}#d{d}")
        c.used.append(detail_ids[-1])

    closer_id = None
    closer = ""
    closer_kind = "selling" if kind == "integrity" and family == "mlm" else kind
    if rng.random() < (0.85 if email else 0.55):
        fitting = [g for g, d in blocks["closers"]["groups"].items() if closer_kind in d["for"]]
        closer = c.pick("closers", rng.choice(fitting))
        closer_id = c.used[-1]

    footer: list[str] = []
    if bulk and email and kind != "favour" and (not signs or rng.random() < 0.5):
        group = rng.choice(("footer", "footer", "campaign"))
        footer.append(c.pick("bulk", group))
        signs.append(f"footer:{group}")
    if bulk and not signs:  # a LinkedIn blast still needs a visible sign
        body.insert(0, c.pick("bulk", "leftover_jobseeker" if kind == "favour" else "leftover_inline"))
        signs.append("inline:leftover")

    if email:
        sig_group = (
            "signature_business"
            if kind in BUSINESS_SIGNATURE
            else "signature_company"
            if family in BUSINESS_FAMILIES
            else "signature_plain"
        )
        sign_off = c.pick("signoffs", "signoff") + "\n" + c.pick("signoffs", sig_group)
    else:
        sign_off = c.pick("signoffs", "linkedin_signoff")

    text = assemble(rng, email, subject, hello, opening, body, closer, sign_off, footer)
    text = fill(rng, text, make_slots(rng, blocks), blocks["slots"]["weekday"])
    noise: list[str] = []
    if rng.random() < (0.08 if email else 0.16):
        noise = sorted(rng.sample(("lower", "nopunct", "typos", "runon"), rng.choice((1, 1, 2))))
        text = sloppy(rng, text, noise, blocks["noise"]["misspellings"])
    recipe = {
        "family": family_key,
        "side": side,
        "channel": channel,
        "bodies": body_ids,
        "details": detail_ids,
        "closer": closer_id,
        "text_relationship": spec["rel"],
        "personal": any(
            blocks["openers"]["groups"][b.split("#")[0].split("/")[1]].get("personal", False)
            for b in c.used
            if b.startswith("openers/")
        ),
        "bulk_signs": signs,
        "noise": noise,
        "blocks": c.used,
    }
    return text.strip(), recipe


def assemble(
    rng: Random,
    email: bool,
    subject: str,
    hello: str,
    opening: list[str],
    body: list[str],
    closer: str,
    sign_off: str,
    footer: list[str],
) -> str:
    """Lay the parts out in the channel's register."""
    if not email:
        sentences = [*opening, *body, closer]
        joiner = rng.choice((" ", " ", "\n\n"))
        main = joiner.join(s for s in sentences if s)
        head = f"{hello}{rng.choice((' ', chr(10)))}" if hello else ""
        tail = f"\n{sign_off}" if sign_off else ""
        return f"{head}{main}{tail}"
    parts = []
    if subject:
        parts.append(f"Subject: {subject}")
    if hello:
        parts.append(hello)
    if len(opening) + len(body) > 3 and opening:
        parts.extend([" ".join(opening), " ".join(body)])
    else:
        parts.append(" ".join([*opening, *body]))
    if closer:
        parts.append(closer)
    parts.append(sign_off)
    parts.extend(footer)
    return "\n\n".join(p for p in parts if p)


def sloppy(rng: Random, text: str, kinds: list[str], misspellings: dict[str, str]) -> str:
    """Label-preserving sloppiness: lower case, no punctuation, typos, run-on sentences."""
    if "typos" in kinds:
        words = text.split(" ")
        for i, word in enumerate(words):
            bare = word.strip(".,!?").lower()
            if bare in misspellings and rng.random() < 0.5:
                words[i] = word.lower().replace(bare, misspellings[bare], 1)
            elif len(word) > 5 and word.isalpha() and rng.random() < 0.04:
                j = rng.randrange(1, len(word) - 2)
                words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
        text = " ".join(words)
    if "runon" in kinds:
        text = re.sub(
            r"([a-z])\. ([A-Z])",
            lambda m: f"{m.group(1)} {rng.choice(('and', 'so', ','))} {m.group(2).lower()}",
            text,
        ).replace(" , ", ", ")
    if "nopunct" in kinds:
        text = re.sub(r"[.,!?;:'](?=\s|$)", "", text)
    if "lower" in kinds:
        text = text.lower()
    return text
