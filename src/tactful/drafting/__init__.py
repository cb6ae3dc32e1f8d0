"""Verdict -> Drafts: replies the user may send in their own name.  Pure; nothing is ever sent.

    choices.py    which intents to draft for a verdict (2 or 3, best first, with a true no)
    intents.py    the built-in intent library: what each reply says, with placeholders
    templates.py  the user's own template files, overriding built-in intents by name
    offers.py     the alternatives a redirect offers, from the user's settings
    compose.py    greeting, thanks, body, close and sign-off in the channel's register and tone
    rubric.py     the graceful-decline rubric as a checker of any draft text
"""

from __future__ import annotations

from pathlib import Path

from tactful.config import Settings
from tactful.drafting.choices import choose
from tactful.drafting.compose import compose
from tactful.drafting.templates import resolve
from tactful.models import Assessment, Channel, Draft, Tone, Verdict
from tactful.policy import Policy


def draft(
    assessment: Assessment,
    verdict: Verdict,
    settings: Settings | None = None,
    *,
    policy: Policy | None = None,
    tone: Tone | None = None,
    channel: Channel | None = None,
    include_ignored: bool = False,
    templates: Path | None = None,
) -> tuple[Draft, ...]:
    """Two or three drafts for a verdict, best first; none for `ignore` unless asked for.

    `templates` is the directory of the user's template files (default: `templates/` in tactful's
    home); a file there named after an intent replaces that intent's built-in wording.
    """
    settings = settings or Settings()
    if verdict.kind == "ignore" and not include_ignored:
        return ()
    tone = tone or settings.tone
    channel = channel or assessment.request.channel
    remaining = (policy or Policy()).remaining_minutes()
    over_budget = remaining is not None and assessment.minutes > remaining
    names = choose(verdict.kind, assessment, over_budget)
    return tuple(compose(resolve(n, templates), assessment, settings, tone, channel) for n in names)


__all__ = ["draft"]
