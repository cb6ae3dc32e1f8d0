"""The intent library: what each kind of reply says, by verdict, main flag and main ask.

An intent is a reply's purpose ("redirect a referral", "decline a pitch").  Its variants are the
core of the reply (the clear answer, the reason framed as a policy, the alternative), each a few
sentences with `{placeholders}` (see `PLACEHOLDERS`) filled from the request and the user's
settings.  Greeting, thanks, a warm close and the sign-off are added by `compose.py`, so that they
follow the channel's register and the chosen tone.  Several variants per intent keep replies from
reading as canned; one is picked by a stable hash of the request.

No variant names a red flag: a decline never mentions selling, reputation or the history with
the sender, and never promises or vouches.  The user can override any intent with a file of their
own (see `templates.py`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

IntentKind = Literal["accept", "redirect", "decline", "clarify"]

PLACEHOLDERS: Mapping[str, str] = MappingProxyType({
    "first_name": "the sender's first name, or 'there' when unknown",
    "asks": "their actual asks in words ('a referral and an introduction')",
    "favours": "the favours asked, in the plural ('referrals and introductions')",
    "posting": "your careers URL, else 'our public careers page'",
    "offer": "the alternatives you offer for this favour (settings: offers), as sentences",
    "calendar": "how to book a time: your calendar link when set, else 'send me two or three times'",
})


@dataclass(frozen=True)
class Intent:
    """A reply purpose with its phrasings, the favour it answers and the placeholders it needs."""

    name: str
    kind: IntentKind
    summary: str
    variants: tuple[str, ...]
    keeps_door_open: bool = True
    favour: str = ""
    required: frozenset[str] = frozenset()


def _redirect(favour: str, summary: str, *variants: str) -> Intent:
    return Intent(f"redirect-{favour}", "redirect", summary, variants, True, favour, frozenset({"offer"}))


def _decline(name: str, summary: str, *variants: str) -> Intent:
    return Intent(name, "decline", summary, variants, keeps_door_open=False)


def _accept(name: str, summary: str, *variants: str, required: frozenset[str] = frozenset()) -> Intent:
    return Intent(name, "accept", summary, variants, required=required)


_LIBRARY: tuple[Intent, ...] = (
    _redirect(
        "referral", "No to a referral, with the public route and a small help instead.",
        "I only refer people whose work I know first-hand, so I can't put your name forward myself. {offer}",
        "I keep referrals for people I've worked with directly, so I won't be able to refer you. {offer}",
        "My rule is to refer only people whose work I've seen up close, so a referral from me isn't "
        "something I can give. {offer}",
        "As a rule I refer only people I've worked alongside, so I'm not able to make a referral "
        "here. {offer}",
    ),
    _redirect(
        "job", "No to helping with an opening directly; the public route instead.",
        "I leave hiring to our recruiting team and the public process, so I can't put you forward for "
        "the role myself. {offer}",
        "I keep out of hiring outside my own team, so I'm not able to help with the opening "
        "directly. {offer}",
        "As a rule I don't speak for hiring beyond my own team, so I can't help with the role "
        "myself. {offer}",
    ),
    _redirect(
        "intro", "No to an introduction, with a small help instead.",
        "I only make introductions when I know both people well, so I can't connect you myself. {offer}",
        "I keep introductions for people I've worked with, so I'll have to say no to that part. {offer}",
        "As a rule I introduce only people whose work I know first-hand, so I'm not able to share "
        "contacts. {offer}",
    ),
    _redirect(
        "endorsement", "No to an endorsement, pointing to people who know their work.",
        "I only endorse people whose work I've seen first-hand, so I can't add an endorsement. {offer}",
        "I keep endorsements for people I've worked with directly, so I won't be able to write one. {offer}",
        "As a rule I recommend only work I've seen up close, so this isn't something I can do. {offer}",
    ),
    _redirect(
        "review", "No to a full review, with one question answered instead.",
        "I keep my reviewing time for my own team's work, so I can't take on a full review. {offer}",
        "I only review work for people on my own team, so I'll have to say no to the review itself. {offer}",
        "As a rule I don't take on reviews outside my team, so I can't go through it in full. {offer}",
    ),
    _redirect(
        "mentoring", "No to ongoing mentoring, with resources or office hours instead.",
        "I keep mentoring for people on my own team, so I can't take on a mentee. {offer}",
        "I only mentor people I already work with, so I won't be able to commit to regular sessions. {offer}",
        "As a rule I don't take on mentees outside my team, so I'm not able to mentor you myself. {offer}",
    ),
    _redirect(
        "talk", "No to a call or coffee ('pick your brain'), with a smaller help instead.",
        "I keep one-to-one meetings for people I already work with, so I can't set one up. {offer}",
        "I keep my calendar for my own team these days, so I can't offer one-to-one time. {offer}",
        "As a rule I keep one-to-one time for people I already work with, so I'll have to say no. {offer}",
    ),
    Intent(
        "redirect-over-budget", "redirect", "No to the time asked this week (the budget is spent), "
        "with a smaller help instead.",
        (
            "I set aside a fixed number of hours each week for requests like this, and they're spoken "
            "for, so I can't offer {asks}. {offer}",
            "I keep a weekly limit on calls and meetings, and it's already used up, so I can't take "
            "this on. {offer}",
            "The time I reserve each week for networking is fully committed, so I'm not able to take on "
            "{asks}. {offer}",
        ),
        True, "", frozenset({"offer"}),
    ),
    _decline(
        "decline-pitch", "A courteous no to a product or service: not a fit for us right now.",
        "We only bring in new products or services when a need comes up on our side, and this isn't a "
        "fit for us right now, so I'll pass on {asks}.",
        "We keep our list of suppliers short and only add to it when a project calls for it, so I'll "
        "pass on {asks}.",
        "I only look at new tools when our team has a gap to fill, and we don't have one right now, "
        "so I'll say no to {asks}.",
    ),
    _decline(
        "decline-integrity", "A firm no to something you would not take part in.",
        "I keep to a simple rule of not taking part in ventures like this, so my answer is no.",
        "It isn't something I take part in, so I'll have to say no.",
        "I only take on work I can do openly through my own role, so I won't be able to help with this.",
    ),
    _decline(
        "decline-vouch", "A firm no to vouching for someone you cannot stand behind.",
        "I only speak for people whose work I know first-hand, so I can't do this.",
        "I keep recommendations for people I've worked with directly, so I'll have to say no.",
        "As a rule I put my name only to work I've seen myself, so this isn't something I can do.",
    ),
    _decline(
        "decline-after-history", "Short and firm, for someone your records warn you about; never "
        "mentions what went before.",
        "I keep my time for the commitments I already have, so I won't be able to take this on.",
        "I'm only taking on work within my current commitments, so I'll have to say no to this.",
        "I keep my calendar for existing commitments, so I'll pass on this one.",
    ),
    _decline(
        "decline-over-budget", "A true no when this week's networking time is spent.",
        "I keep a fixed weekly budget for calls and favours, and it's fully committed, so I'll have to "
        "say no.",
        "The hours I set aside for requests like this are used up, so I can't take this on.",
        "I limit the time I give to calls and meetings each week, and there's none left, so my answer is no.",
    ),
    _decline(
        "decline-favour", "A plain no to a favour, with the reason as a policy.",
        "I keep {favours} for people I know well, so I'll have to say no.",
        "I only take on {favours} for people I've worked with, so I can't help with this one.",
        "As a rule I say yes to {favours} only for people whose work I know, so my answer is no.",
    ),
    _decline(
        "decline-brief", "The shortest courteous no, for any reason.",
        "I keep my time for commitments I already have, so I'll have to say no.",
        "It isn't a fit for me, as I keep my time for existing commitments, so I'll pass.",
        "I only take on what fits my current commitments, so my answer is no.",
    ),
    _accept(
        "accept-connect", "Yes to connecting when nothing else is asked.",
        "Glad to connect, and I look forward to staying in touch.",
        "Happy to connect; it's good to hear from you.",
        "Good to hear from you, and I'm glad to be in touch.",
    ),
    _accept(
        "accept-time-boxed", "Yes to a short call, time-boxed, with your calendar link when set.",
        "I'd be glad to help. A 15-minute call works for me; {calendar}",
        "Happy to. I can give you 15 minutes, which should be enough to cover it; {calendar}",
        "Yes, let's talk. Twenty minutes should do it; {calendar}",
        required=frozenset({"calendar"}),
    ),
    _accept(
        "accept-favour", "Yes to a favour, asking for what you need to do it.",
        "Happy to help with this. Send me the details (the link and anything I should know) and I'll "
        "take care of it this week.",
        "Glad to help. If you send me what you need and by when, I'll get it done this week.",
        "Yes, I can do that. Send over the details and any deadline, and I'll make time for it this week.",
    ),
    _accept(
        "accept-enquiry", "Yes to a client's enquiry, asking for scope and timeline.",
        "Yes, that's work I take on. Could you tell me a little more about the scope and your timeline? "
        "Then I'll come back with a quote.",
        "This sounds like work I do. What scope and timeline do you have in mind? With those I can "
        "send you a quote.",
        "Glad you thought of me for this. If you send me the scope and when you need it, I'll reply "
        "with a quote.",
    ),
    _accept(
        "accept-application", "Yes to a candidate who fits: apply through the posting.",
        "Please apply through {posting} so your application reaches everyone on the panel; I'll look "
        "out for it.",
        "The best route is to apply through {posting}, which puts your application in front of the "
        "whole panel, and I'll look out for it.",
        "Please send your application through {posting}; that way the whole hiring panel sees it.",
    ),
    _accept(
        "accept-hear-more", "Yes to hearing more about an offer made to you.",
        "I'd be glad to hear more. Could you send the role description and the salary range?",
        "Could you share the role description and the pay range so I can take a look?",
        "I'm interested in hearing more. Would you send over the role description and the salary range?",
    ),
    Intent(
        "ask-what-exactly", "clarify", "A clarifying question for a vague ask ('pick your brain').",
        (
            "Before anything else, could you tell me what exactly you'd like help with? A specific "
            "question lets me give you a useful answer.",
            "Could you tell me a bit more about what you have in mind? With one specific question I "
            "can tell you whether I'm the right person for it.",
            "To make sure I can actually help, what's the main thing you'd like to get out of it?",
        ),
    ),
)

BUILT_IN: Mapping[str, Intent] = MappingProxyType({i.name: i for i in _LIBRARY})
