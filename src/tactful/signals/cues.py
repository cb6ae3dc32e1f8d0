"""Cues the verdict reads: bulk-mail signs, personalisation, relationship statements, exemptions.

- `bulk`: unsubscribe footers, template leftovers (`{firstName}`, `[Name]`, `%FIRSTNAME%`), generic
  greetings, automated follow-up sequences.  Bulk selling is ignored rather than declined.
- `personalised`: the sender addressed the user by name and refers to them specifically.
- relationship statements (`weak_tie`, `acquaintance`, `known`, and `stranger` when the sender
  says they do not know the user).
- exemptions that keep a favour ask from being premature: `matches_their_need` (applying to a
  role the user posted, a client enquiry), `offer_to_user` (a recruiter offering the user a job).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tactful.models import Evidence, Signal
from tactful.signals.text import Doc, lexicon, scan

BULK = lexicon("cue", "bulk", 0.6, """
    unsubscribe
    opt out
    opt-out
    view in browser
    view this email in your browser
    you are receiving this
    you received this email
    manage your preferences
    email preferences
    dear sir
    dear madam
    dear sir/madam
    dear sir/ma
    to whom it may concern
    dear friend
    dear business owner
    dear valued
    hello there
    hi there
    following up on my
    following up on the email
    follow up on the email
    follow up on my
    my last email
    my previous email
    my previous message
    my last message
    i sent last week
    i sent a few weeks ago
    i sent recently
    i've tried contacting you
    i have tried contacting you
    tried to reach you
    circling back
    bumping this
    bumping this up
    just a reminder
    did you get my
""")

WEAK_TIE = lexicon("relationship", "weak_tie", 0.7, """
    alumni
    alumnus
    alumna
    fellow alum
    fellow graduate
    we both studied
    we both went to
    same university
    same school
    same college
    same program
    classmate
    classmates
    same class
    same year at
    went to school together
    studied together
    we were both at
    class of
    mutual connection
    mutual connections
    mutual friend
    common connections
    suggested i reach out
    suggested that i reach out
    suggested i contact
    recommended i reach out
    recommended that i reach out
    gave me your name
    referred me to you
    passed along your name
    member of the
    in the same group
    friend of a friend
    a friend of
    we're both in
    we are both in
    both members of
    we're both members
    same slack
    same community
    in the same slack
""")

ACQUAINTANCE = lexicon("relationship", "acquaintance", 0.7, """
    we met at
    we met last
    met you at
    great meeting you
    great to meet you
    nice meeting you
    nice to meet you at
    thank you for talking
    thanks for talking
    thank you for speaking
    thanks for speaking
    thank you for meeting
    thanks for meeting
    thank you for taking the time
    thanks for taking the time
    talking with me last
    speaking with me last
    since college
    since school
    since university
    haven't seen you
    haven't talked
    haven't spoken in
    it's been a long time
    it's been a while
    been a long time
    long time no
    former colleague
    used to work together
    newly connected
    thanks for connecting
    when we talked
    when we spoke
    thanks again
    at the meetup
    been way too long
""")

KNOWN = lexicon("relationship", "known", 0.8, """
    my professor
    my former professor
    your student
    your former student
    you taught
    in your class
    my manager
    my former manager
    my old boss
    my former boss
    when you were my
    when we worked together
    when i worked for you
    as my manager
    our team
    remember when we
    love you
    our old
    miss you
    we built together
    we worked on together
    remember how we
    back in our
    our internship
""")

STRANGER = lexicon("relationship", "stranger", 0.8, """
    we don't know each other
    we do not know each other
    we haven't met
    we have not met
    you don't know me
    you do not know me
    never spoken
    never met
    out of the blue
    out of nowhere
    came across your profile
    found your profile
    found your name
    saw your profile
""")

EXEMPT = lexicon("cue", "matches_their_need", 0.8, """
    you are hiring
    you're hiring
    you posted
    your job posting
    the role you
    the position you
    writing to apply
    apply for the
    applying for the
    application for the
    do you do
    do you offer
    how much would
    how much do you charge
    can you quote
    your quote
    hire you
    your rates
    your services
    what it would cost
    looking to hire
    would you be able to build
    freelance
""") + lexicon("cue", "offer_to_user", 0.8, """
    you'd be a great fit
    you would be a great fit
    your background would be
    i'm recruiting for
    i am recruiting for
    we'd love to have you
    would you be open to a new
    open to new opportunities
    a role that matches your
    we're hiring a
    we are hiring a
    hear about it
    open to a conversation about
""")

_GREETING = re.compile(r"^\s*(?:hi|hey|hello|dear|good (?:morning|afternoon)),?\s+([A-Z][a-z'’-]+)")
_GENERIC_NAMES = frozenset({"there", "team", "all", "sir", "madam", "friend", "everyone", "folks"})
_PLACEHOLDER = re.compile(
    r"\{\{?\s*\w+\s*\}?\}|%[A-Z_]{3,}%|\[(?:first ?name|name|company|your name)\]", re.I
)


def detect(doc: Doc) -> Iterator[Signal]:
    """Bulk signs, relationship statements and exemptions found in the text."""
    yield from scan(doc, BULK, "bulk-mail sign")
    for m in _PLACEHOLDER.finditer(doc.text):
        ev = Evidence(quote=m.group(0), source="template leftover", start=m.start(), end=m.end())
        yield Signal("cue", "bulk", 0.8, ev)
    yield from scan(doc, WEAK_TIE + ACQUAINTANCE + KNOWN + STRANGER, "what the sender says of the tie")
    yield from scan(doc, EXEMPT, "the ask matches the user's own need")
    greeting = _GREETING.match(doc.text)
    if greeting and greeting.group(1).lower() not in _GENERIC_NAMES:
        ev = Evidence(quote=greeting.group(0).strip(), source="greeting by name",
                      start=greeting.start(1), end=greeting.end(1))
        yield Signal("cue", "personalised", 0.6, ev)
