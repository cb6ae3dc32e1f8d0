"""Reputation risk read from the text: scams, schemes, and asks that would compromise integrity.

Scams and schemes (crypto schemes, vanity awards, MLM) also raise the `scam` cue, which makes the
verdict `ignore` from a stranger (a reply only confirms the address) and `decline` from someone
with a tie; outright fraud (money mules, task scams, advance fees) raises `fraud` as well, which
is ignored whoever seems to send it (an impersonated boss included).  Integrity asks
(lie as a reference, vouch blind, leak information, game a hiring process, paid referrals) raise
the flag without the cue, so that a known sender gets a courteous no instead of silence.
"""

from __future__ import annotations

from collections.abc import Iterator

from tactful.models import Signal
from tactful.signals.text import Doc, lexicon, scan

FRAUD = lexicon("flag", "reputation_risk", 0.7, """
    receive payment from
    receive payments from
    receive payments on behalf
    process payments
    payment processing
    forward the balance
    forward the funds
    forward the remaining
    cash the check
    cash the cheque
    deposit the check
    western union
    moneygram
    gift cards
    wire transfer
    bank details
    your bank account
    processing fee
    release the funds
    inheritance
    next of kin
    beneficiary
    part-time workers
    part-time assistants
    simple online tasks
    complete tasks
    task-based
    optimize orders
    paid in usdt
    usdt
    whatsapp number
    verify your identity
    verify your account
    your account will be suspended
    confirm your password
    security deposit
    training fee
    equipment fee
    purchase the equipment
    buy the equipment
    send a check
    the check clears
    reship
    reshipping
    package forwarding
""")

SCHEME = lexicon("flag", "reputation_risk", 0.7, """
    guaranteed returns
    guaranteed profit
    double your money
    crypto trading
    forex trading
    trading platform
    bitcoin investment
    crypto investment
    investment plan
    mlm
    multi-level marketing
    network marketing
    your downline
    in your downline
    financial freedom
    be your own boss
    passive income
    residual income
    work from home
    work online from home
    paid weekly
    paid daily
    earn up to
    earn extra income
    no experience needed
    no experience required
    you have been selected
    you've been selected
    you have been nominated
    you've been nominated
    award winner
    nomination fee
    winners package
    pay to play
    pay you to
    5-star review
    5 star review
    five-star review
    side business
    my own boss
    your own boss
    on my own schedule
    work from my phone
    ambitious people
    grow with my team
    fully guaranteed
    minimum entry
    digital asset fund
    arbitrage
    a month guaranteed
    recognition fee
""")

INTEGRITY = lexicon("flag", "reputation_risk", 0.65, """
    pretend you
    pretend that
    say that i worked
    say i worked
    act as my reference
    act as a reference
    be a reference for
    be my reference
    list you as a reference
    vouch for
    even though we haven't worked
    even though you don't know
    even if you don't know
    never worked together
    haven't worked together
    endorse me for
    confidential information
    internal documents
    interview questions
    the questions they ask
    take the interview for
    sit the interview
    proxy interview
    on my behalf in the interview
    pay you for a referral
    pay you for referring
    referral fee
    i'll pay you
    i will pay you
    a cut of
    finder's fee
    kickback
    leave me a review
    leave a review
    leave a quick review
    rate my
    review swap
    swap reviews
    send you $
    on venmo
    if anyone asks
    said we collaborated
    say we collaborated
    say we worked together
    put you down as
    put you as my
    confirm to the
    confirm that i
    tell them i
    tell them that i
    just say
    as my manager
    add you as co-author
    add me as co-author
    add me to your
    remove the outliers
    drop the outliers
    5 stars
    five stars
    positive review
    positive reviews
    gift card if
    for your trouble
    in exchange for a referral
    in exchange for the referral
    share the interview
    the test for me
    take the test
    log in as me
    rent your account
    rent your linkedin
    use your account
""")


def detect(doc: Doc) -> Iterator[Signal]:
    """Scam and integrity cues, each a reputation-risk signal; schemes also mark the `scam` cue,
    outright fraud (money moved through the user, fees for a job, task scams) the `fraud` cue too."""
    for signal in scan(doc, FRAUD, "fraud language"):
        yield signal
        yield Signal("cue", "scam", signal.weight, signal.evidence)
        yield Signal("cue", "fraud", signal.weight, signal.evidence)
    for signal in scan(doc, SCHEME, "scam or scheme language"):
        yield signal
        yield Signal("cue", "scam", signal.weight, signal.evidence)
    yield from scan(doc, INTEGRITY, "an ask that could compromise integrity")
