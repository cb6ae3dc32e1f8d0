"""Intent -> Draft: greeting, thanks for the specific ask, the intent's body, a close, a sign-off.

The channel sets the register (a LinkedIn reply is a few sentences signed with a first name; an
e-mail has a greeting line, one short paragraph and a sign-off block) and the tone sets the
wording of thanks and close.  Variants are picked by a stable hash of the request, so the same
message always gets the same draft and different messages read differently.
"""

from __future__ import annotations

import hashlib

from tactful.config import Settings
from tactful.drafting.intents import Intent
from tactful.models import AskKind, Assessment, Channel, Draft, Tone
from tactful.verdict import ASK_NOUNS, join_words

_THANKS: dict[Tone, tuple[str, ...]] = {
    "warm": ("Thank you for reaching out{about}.", "Thanks so much for getting in touch{about}."),
    "neutral": ("Thanks for reaching out{about}.", "Thanks for your message{about}."),
    "brief": ("Thanks for reaching out.", "Thanks for the note."),
}
_CLOSE_OPEN: dict[Tone, tuple[str, ...]] = {
    "warm": ("I wish you the very best with it!", "Good luck, and I hope it goes well!"),
    "neutral": ("All the best.", "Best of luck with it."),
    "brief": ("",),
}
_CLOSE_SEARCH: dict[Tone, tuple[str, ...]] = {
    "warm": ("Good luck with your search, I hope it goes well!", "Wishing you the best with your search!"),
    "neutral": ("Good luck with your search.",),
    "brief": ("",),
}
_CLOSE_FIRM: dict[Tone, tuple[str, ...]] = {
    "warm": ("I wish you all the best.", "Wishing you well."),
    "neutral": ("All the best.",),
    "brief": ("",),
}
_CLOSE_ACCEPT: dict[Tone, tuple[str, ...]] = {
    "warm": ("Looking forward to it!", "Speak soon!"),
    "neutral": ("Talk soon.",),
    "brief": ("",),
}
_SIGN_OFF: dict[Tone, str] = {"warm": "Warm regards,", "neutral": "Best regards,", "brief": "Best,"}
_SEARCH_ASKS: frozenset[AskKind] = frozenset({"referral", "job", "intro"})


def _pick(options: tuple[str, ...], seed: str, salt: str) -> str:
    digest = hashlib.sha256(f"{salt}\x1f{seed}".encode()).digest()
    return options[digest[0] % len(options)]


# Which asks to name first when acknowledging them: the costliest favours, then the rest.
_ACK_ORDER: tuple[AskKind, ...] = (
    "referral", "intro", "endorsement", "mentoring", "review", "job", "investment", "partnership",
    "coffee", "meeting", "call", "demo", "advice", "purchase",
)


def asks_in_words(a: Assessment, limit: int = 2) -> str:
    """The sender's main asks as a phrase ('a referral and an introduction')."""
    kinds = [k for k in _ACK_ORDER if k in a.ask_kinds][:limit]
    return join_words([ASK_NOUNS[k] for k in kinds]) or "this"


_PLURALS: dict[str, str] = {
    "referral": "referrals", "intro": "introductions", "endorsement": "endorsements",
    "review": "reviews", "mentoring": "mentoring", "job": "referrals", "call": "calls",
    "meeting": "meetings", "coffee": "coffee meetings", "advice": "advice calls",
    "investment": "investments", "partnership": "partnerships", "demo": "demos", "purchase": "purchases",
}


def favours_in_words(a: Assessment, limit: int = 2) -> str:
    """The sender's main asks in the plural, for stating a policy ('referrals and introductions')."""
    kinds = [k for k in _ACK_ORDER if k in a.ask_kinds][:limit]
    return join_words(list(dict.fromkeys(_PLURALS[k] for k in kinds))) or "requests like this"


def _about(a: Assessment, verdict: str) -> str:
    kinds = [k for k in a.ask_kinds if k in ASK_NOUNS]
    if verdict == "decline" and a.flag("selling"):
        return " and for thinking of us"
    if not kinds or (verdict == "accept" and kinds == ["none"]):
        return ""
    return f" about {asks_in_words(a)}"


def _close(intent: Intent, a: Assessment, verdict: str, tone: Tone, seed: str) -> str:
    if verdict == "accept" and intent.keeps_door_open:
        return _pick(_CLOSE_ACCEPT[tone], seed, "close")
    if not intent.keeps_door_open:
        return _pick(_CLOSE_FIRM[tone], seed, "close")
    if _SEARCH_ASKS & set(a.ask_kinds):
        return _pick(_CLOSE_SEARCH[tone], seed, "close")
    return _pick(_CLOSE_OPEN[tone], seed, "close")


def compose(
    intent: Intent,
    a: Assessment,
    verdict: str,
    settings: Settings,
    tone: Tone,
    channel: Channel,
) -> Draft:
    """Fill an intent for one request, in the channel's register and the chosen tone."""
    seed = a.request.source_key or a.request.text
    first = a.request.sender.first_name
    posting = settings.careers_url or "our public careers page"
    body = _pick(intent.variants, seed, intent.name).format(
        asks=asks_in_words(a), posting=posting, favours=favours_in_words(a)
    )
    thanks = _pick(_THANKS[tone], seed, "thanks").format(about=_about(a, verdict))
    close = _close(intent, a, verdict, tone, seed)
    paragraph = " ".join(part for part in (thanks, body, close) if part)
    greeting = f"Hi {first}," if first else "Hello,"
    me = settings.user_name.strip()
    if channel == "linkedin":
        sign = f"\n\n{me.split()[0]}" if me else ""
        text = f"{greeting}\n{paragraph}{sign}"
    else:
        sign = f"\n\n{_SIGN_OFF[tone]}\n{me}" if me else f"\n\n{_SIGN_OFF[tone].rstrip(',')}"
        if settings.signature:
            sign += f"\n{settings.signature}"
        text = f"{greeting}\n\n{paragraph}{sign}"
    return Draft(text=text, intent=intent.name, tone=tone, channel=channel)
