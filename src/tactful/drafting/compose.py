"""Intent -> Draft: greeting, thanks for the specific ask, the intent's body, a close, a sign-off.

The channel sets the register (a LinkedIn reply is a few sentences signed with a first name; an
e-mail, or a message from an unknown channel, has a greeting line, one short paragraph and a
sign-off block); the tone sets the wording of thanks, close and sign-off; `length: short` keeps
one alternative and a short close.  Variants are picked by a stable hash of the request, so the
same message always gets the same draft and different messages read differently.
"""

from __future__ import annotations

import hashlib
import re

from tactful.config import Settings
from tactful.drafting.choices import main_favour
from tactful.drafting.intents import Intent
from tactful.drafting.offers import calendar_text, offer_text
from tactful.models import AskKind, Assessment, Channel, Draft, Tone
from tactful.verdict import join_words

# The asks as the reply names them (to the sender: "your work", not "their work").
ASK_PHRASES: dict[str, tuple[str, str]] = {
    "referral": ("a referral", "referrals"), "intro": ("an introduction", "introductions"),
    "endorsement": ("an endorsement", "endorsements"), "mentoring": ("mentoring", "mentoring"),
    "review": ("a review of your work", "reviews"), "job": ("the opening", "hiring favours"),
    "investment": ("an investment", "investments"), "partnership": ("a partnership", "partnerships"),
    "coffee": ("a coffee", "coffee meetings"), "meeting": ("a meeting", "meetings"),
    "call": ("a call", "calls"), "demo": ("a demo", "demos"), "advice": ("advice", "requests for advice"),
    "purchase": ("your offer", "purchases"),
}
# Which asks to name first: the costliest favours, then the rest.
_ACK_ORDER: tuple[AskKind, ...] = (
    "referral", "intro", "endorsement", "mentoring", "review", "job", "investment", "partnership",
    "coffee", "meeting", "call", "demo", "advice", "purchase",
)
_THANKS: dict[Tone, tuple[str, ...]] = {
    "warm": ("Thank you for reaching out{about}.", "Thanks so much for getting in touch{about}.",
             "Thank you for your message{about}."),
    "neutral": ("Thanks for reaching out{about}.", "Thanks for your message{about}."),
    "brief": ("Thanks for reaching out{about}.", "Thanks for the note{about}."),
}
_THANKS_OFFER: dict[Tone, tuple[str, ...]] = {
    "warm": ("Thank you for thinking of us.", "Thanks so much for thinking of us."),
    "neutral": ("Thanks for thinking of us.",),
    "brief": ("Thanks for thinking of us.",),
}
_CLOSES: dict[str, dict[Tone, tuple[str, ...]]] = {
    "accept": {"warm": ("Looking forward to it!", "Speak soon!", "Talk soon!"),
               "neutral": ("Talk soon.", "Looking forward to it."), "brief": ("Talk soon.",)},
    "connect": {"warm": ("All the best!", "Have a great week!", "Speak soon!"),
                "neutral": ("All the best.", "Best wishes."), "brief": ("Best wishes.",)},
    "clarify": {"warm": ("Looking forward to hearing more!", "I look forward to your reply."),
                "neutral": ("Looking forward to your reply.",), "brief": ("Talk soon.",)},
    "search": {"warm": ("Good luck with your search, I hope it goes well!",
                        "Wishing you the best with your search!", "I hope the search goes well!"),
               "neutral": ("Good luck with your search.", "Best of luck with the search."),
               "brief": ("Good luck.", "Best of luck.")},
    "open": {"warm": ("I wish you the very best with it!", "Good luck, and I hope it goes well!",
                      "Wishing you every success with it!"),
             "neutral": ("All the best.", "Best of luck with it."), "brief": ("All the best.", "Good luck.")},
    "firm": {"warm": ("I wish you all the best.", "Wishing you well.", "All the best to you."),
             "neutral": ("All the best.", "Best wishes."), "brief": ("All the best.", "Take care.")},
}
_SIGN_OFF: dict[Tone, str] = {"warm": "Warm regards,", "neutral": "Best regards,", "brief": "Best,"}
_SEARCH_ASKS: frozenset[str] = frozenset({"referral", "job", "intro"})
# What a pitch asks for; a decline of a pitch names only these ("I'll pass on a demo").
_PITCH_ASKS: frozenset[str] = frozenset({"call", "meeting", "coffee", "demo", "purchase", "partnership",
                                         "investment"})
# A full stop right after a sentence's own end ("...by message.." when a template writes "{offer}.").
_DOUBLE_STOP = re.compile(r"(?<!\.\.)(?<=[.!?])\.(?=\s|$)")


def _kinds(a: Assessment, limit: int, among: frozenset[str] | None = None) -> list[AskKind]:
    return [k for k in _ACK_ORDER if k in a.ask_kinds and (among is None or k in among)][:limit]


def asks_in_words(a: Assessment, limit: int = 2, among: frozenset[str] | None = None) -> str:
    """The sender's main asks as the reply names them ('a referral and an introduction')."""
    return join_words([ASK_PHRASES[k][0] for k in _kinds(a, limit, among)]) or "this"


def favours_in_words(a: Assessment, limit: int = 2) -> str:
    """The sender's main asks in the plural, for stating a policy ('referrals and introductions')."""
    plurals = list(dict.fromkeys(ASK_PHRASES[k][1] for k in _kinds(a, limit)))
    return join_words(plurals) or "requests like this"


def _pitch_asks(a: Assessment) -> frozenset[str] | None:
    """What a pitch asked for, when it asked for any of the things pitches ask for."""
    return _PITCH_ASKS if _PITCH_ASKS & set(a.ask_kinds) else None


class _Picker:
    """Stable choice among variants: the same request always gets the same wording."""

    def __init__(self, seed: str) -> None:
        self.seed = seed

    def __call__(self, options: tuple[str, ...], salt: str) -> str:
        digest = hashlib.sha256(f"{salt}\x1f{self.seed}".encode()).digest()
        return options[digest[0] % len(options)]


def placeholder_values(intent: Intent, a: Assessment, settings: Settings, pick: _Picker) -> dict[str, str]:
    """What each `{placeholder}` of a template stands for in this reply."""
    favour = intent.favour or main_favour(a.ask_kinds)
    return {
        "first_name": a.request.sender.first_name or "there",
        "asks": asks_in_words(a, among=_pitch_asks(a) if intent.name == "decline-pitch" else None),
        "favours": favours_in_words(a),
        "posting": settings.careers_url.strip() or "our public careers page",
        "offer": offer_text(favour, settings, pick, 1 if settings.length == "short" else 2),
        "calendar": calendar_text(settings),
    }


def _thanks(intent: Intent, a: Assessment, tone: Tone, pick: _Picker) -> str:
    if intent.name == "decline-pitch":
        return pick(_THANKS_OFFER[tone], "thanks")
    named = _kinds(a, 2)
    about = f" about {asks_in_words(a)}" if named else ""
    return pick(_THANKS[tone], "thanks").format(about=about)


def _close(intent: Intent, a: Assessment, tone: Tone, short: bool, pick: _Picker) -> str:
    if intent.name == "accept-connect":
        kind = "connect"
    elif intent.kind in ("accept", "clarify"):
        kind = intent.kind
    elif not intent.keeps_door_open:
        kind = "firm"
    else:
        kind = "search" if _SEARCH_ASKS & set(a.ask_kinds) else "open"
    return pick(_CLOSES[kind]["brief" if short else tone], "close")


def compose(intent: Intent, a: Assessment, settings: Settings, tone: Tone, channel: Channel) -> Draft:
    """Fill an intent for one request, in the channel's register, the tone and the length."""
    pick = _Picker(a.request.source_key or a.request.text)
    body = pick(intent.variants, intent.name).format_map(placeholder_values(intent, a, settings, pick))
    body = _DOUBLE_STOP.sub("", " ".join(body.split()))
    short = settings.length == "short"
    paragraph = " ".join((_thanks(intent, a, tone, pick), body, _close(intent, a, tone, short, pick)))
    first = a.request.sender.first_name
    greeting = f"Hi {first}," if first else "Hello,"
    me = settings.user_name.strip()
    if channel == "linkedin":
        sign = f"\n\n{me.split()[0]}" if me else ""
        text = f"{greeting}\n{paragraph}{sign}"
    else:
        sign = f"\n\n{_SIGN_OFF[tone]}\n{me}" if me else f"\n\n{_SIGN_OFF[tone].rstrip(',')}"
        if settings.signature.strip():
            sign += f"\n{settings.signature.strip()}"
        text = f"{greeting}\n\n{paragraph}{sign}"
    return Draft(text=text, intent=intent.name, tone=tone, channel=channel)
