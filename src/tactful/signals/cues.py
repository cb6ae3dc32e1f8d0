"""Cues the verdict reads: bulk-mail signs, personalisation, relationship statements, exemptions.

- `bulk`: unsubscribe footers, template leftovers (`{firstName}`, `[Name]`, `%FIRSTNAME%`), generic
  greetings, automated follow-up sequences.  Bulk selling is ignored rather than declined.
- `personalised`: the sender addressed the user by name and refers to them specifically.
- relationship statements (`weak_tie`, `acquaintance`, `known`, and `stranger` when the sender
  says they do not know the user).
- exemptions that keep a favour ask from being premature: `matches_their_need` (applying to a
  role the user posted, a client enquiry), `offer_to_user` (a recruiter offering the user a job),
  `small_question` (one specific question, answerable by message).
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
    same * slack
    the same * slack
    same * group
    same * community
    same community
    in the same slack
    fellow * alum
    fellow * alumna
    fellow * alumnus
    fellow * graduate
    a fellow alum
    also an alum
    also a graduate
    same alma mater
    same board
    sit on the same
    both volunteer
    mentioned you
    mentioned that you
    suggested i get in touch
    suggested i write
    suggested i email
    suggested that i contact
    told me to reach out
    told me to contact
    told me to get in touch
    pointed me to you
    pointed me your way
    sent me your way
    recommended i contact
    recommended i get in touch
    recommended that i contact
    a friend of mine
    our mutual
    we have * in common
    in common on linkedin
    same bootcamp
    same cohort at
    same fellowship
    same accelerator
    our alumni
    the alumni network
    alumni network
    fellow *
    we're both * grads
    we're both * alumni
    we are both * alumni
    both * grads
    both * alums
    both * alumni
    from the * club
    from the * alumni
    * alum here
    alum here
    grad here
    alumna here
    alumnus here
    papa said
    my dad said
    my mom said
    my father said
    my mother said
    sunbae
    senpai
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
    we connected last
    we connected at
    we connected after
    connected last week
    connected last month
    we met briefly
    met briefly
    we spoke briefly
    we chatted at
    great chatting
    nice chatting
    good chatting
    lovely chatting
    great talking
    nice talking
    enjoyed our chat
    enjoyed our conversation
    enjoyed meeting you
    it's been ages
    been ages
    been years
    it's been years
    same cohort
    in the same cohort
    you may remember me
    you might remember me
    not sure if you remember
    hope you remember me
    remember me from
    reconnect
    reconnecting
    catch up
    catching up
    lost touch
    fell out of touch
    after the meetup
    after the conference
    after your talk
    you spoke at
    we sat next to
    sat next to you
    at the same table
    we worked together years
    we worked together at
    worked together at
    we overlapped
    we overlapped at
    overlapped at
    briefly overlapped
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
    remember when we
    our old
    miss you
    we built together
    worked together for
    we worked together for
    we worked on together
    remember how we
    back in our
    our internship
    you managed me
    you supervised
    you mentored me
    my supervisor
    my former supervisor
    my advisor
    my adviser
    my thesis advisor
    my phd advisor
    my old manager
    my line manager
    you were my manager
    you were my boss
    you were my professor
    you were my teacher
    you were my advisor
    you were my mentor
    took your class
    took your course
    took your seminar
    took your * class
    took your * * class
    took your * course
    took your * * course
    in your * class
    in your * * class
    your * seminar
    your * lecture
    i was your student
    i was one of your students
    one of your students
    your former students
    your class last
    your course last
    your seminar
    in your lab
    your former intern
    your intern
    your teaching assistant
    your ta
    reported to you
    i reported to
    you hired me
    worked for you
    worked under you
    my old team
    your old team
    when we were both at
    when we both worked
    after we left
    since we left
    our time at
    our days at
    my former colleague
    my colleague
    as my professor
    you and the family
    the kids
    your mom
    your dad
    love to the family
    hugs
    big sis
    hi cousin
    hey cousin
    hey cuz
    hi cuz
    hi auntie
    hi uncle
    little bro
    my old friend
    old friend
    my friend
    roommate
    as you know
    our paper
    our * paper
    our project
    our last project
    miss the lab
    miss the team
    miss working with you
    roomie
    college roommate
    for five years now
    for * years now
    you and i worked together
    you were my *
    you were my * *
    i was your *
    i was your * *
    i was in your *
    member of your *
    member of your * *
    your direct report
    your former *
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
    ever spoke
    ever spoken
    never talked
    never actually met
    never properly met
    not sure we ever
    we've not met
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
    hire a freelance
    want to hire
    we'd like to hire
    we would like to hire
    would like to engage
    looking for a consultant
    bring your
    quote for
    a quote
    proposal for
    interested in your services
    your consultancy
    your studio
    your practice
    hiring your
    hire your
    engage your firm
    work with your firm
    send us a proposal
    send a proposal
    your fees
    your day rate
    your availability for a project
    looking for a freelance
    need a freelance
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
""") + lexicon("cue", "small_question", 0.8, """
    one specific question
    one quick question
    one small question
    one short question
    a quick question
    one question
    a tiny follow-up
    a tiny question
    a quick follow-up question
    ask one thing
    just one thing
    a one-liner
    one-line answer
    a short answer
    a yes or no
    a pointer
    just a pointer
    quick question
    quick q
    a quick one
    one question
    two quick questions
    a couple of quick questions
    is the role
    is this role
    does your team
    does the team
    did you use
    do you use
    which tool
    which library
    is the dataset
""") + lexicon("cue", "thanks_for", 0.8, """
    thanks for the
    thank you for the
    thanks so much for the
    thank you so much for the
    thanks again for the
    thank you again for the
    grateful for the
    thanks for your
    thank you for your
    thanks for introducing
    thank you for introducing
    thanks for connecting me
    thank you for connecting me
    thanks for referring
    thank you for referring
    thanks for putting
    thank you for putting
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
