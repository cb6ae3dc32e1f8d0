"""The small, safe alternatives a redirect offers, from the user's settings.

For each favour the user lists, in order, what they are willing to offer instead (settings:
`offers`); an offer whose URL is not set is skipped, and `question` (one question answered by
message) needs none.  When nothing is left, the reply points to people who know the sender's work.
"""

from __future__ import annotations

from collections.abc import Callable

from tactful.config import DEFAULT_OFFERS, Settings

Pick = Callable[[tuple[str, ...], str], str]

_PHRASES: dict[str, tuple[str, ...]] = {
    "careers": (
        "Open roles are listed at {url}, and applying there is the best way in.",
        "Every open role is posted at {url}, and an application there goes straight to the team.",
        "The public postings at {url} are the best route in.",
    ),
    "question": (
        "If one specific question would help, send it here and I'll answer it by message.",
        "I'm glad to answer one specific question by message, if that would help.",
        "If there's one question I can answer here, send it over and I'll reply.",
    ),
    "resources": (
        "You may find what you need in the guides I keep at {url}.",
        "I've collected answers to the questions I get most at {url}.",
        "Many of the answers are in the resources I keep at {url}.",
    ),
    "office_hours": (
        "I hold open office hours for questions like this at {url}.",
        "My open office hours are a good place to bring questions: {url}.",
        "If you'd like to talk it through, my open office hours are listed at {url}.",
    ),
    "calendar": (
        "For one quick question, you can book 15 minutes at {url}.",
        "If one short question would help, there is a 15-minute slot to book at {url}.",
    ),
}
_FALLBACK = (
    "Someone who has worked with you will be able to help with this far better than I could.",
    "People who know your work first-hand are the best ones to ask for this.",
)


def _url(settings: Settings, offer: str) -> str:
    urls = {"careers": settings.careers_url, "resources": settings.resources_url,
            "office_hours": settings.office_hours_url, "calendar": settings.calendar_url}
    return urls.get(offer, "").strip()


def usable_offers(favour: str, settings: Settings) -> list[str]:
    """The offers configured for a favour whose links are set, in the user's order."""
    wanted = settings.offers.get(favour, DEFAULT_OFFERS.get(favour, ("question",)))
    return [o for o in wanted if o == "question" or _url(settings, o)]


def offer_text(favour: str, settings: Settings, pick: Pick, limit: int = 2) -> str:
    """The sentences offering the alternatives for a favour (`{offer}`)."""
    offers = usable_offers(favour, settings)[:limit]
    if not offers:
        return pick(_FALLBACK, "offer")
    return " ".join(pick(_PHRASES[o], f"offer-{o}").format(url=_url(settings, o)) for o in offers)


def calendar_text(settings: Settings) -> str:
    """How to book an accepted call (`{calendar}`): the calendar link when set."""
    if settings.calendar_url.strip():
        return f"you can pick a time that suits you at {settings.calendar_url.strip()}."
    return "send me two or three times next week that suit you, and I'll pick one."
