"""Selling: the sender mainly wants to sell a product, service, programme or themselves.

Strong cues are pitch language a relationship-builder would not use; weak cues add up only
together (noisy-or in the assessment).  Bulk-mail signs live in `bulk.py` and decide between
`ignore` and `decline`, not whether the message sells.
"""

from __future__ import annotations

from collections.abc import Iterator

from tactful.models import Signal
from tactful.signals.text import Doc, lexicon, scan

STRONG = lexicon("flag", "selling", 0.6, """
    our product
    our platform
    our solution
    our software
    our services
    our service
    our agency
    our team can
    our tool
    our app
    we specialize in
    we specialise in
    we help companies
    we help businesses
    we help teams
    we help brands
    we help founders
    we help * companies
    we help * businesses
    we helped
    we've helped
    we have helped
    helped companies like
    book a demo
    schedule a demo
    a quick demo
    free trial
    free consultation
    free audit
    special offer
    limited time offer
    discount
    increase your sales
    increase your revenue
    grow your revenue
    boost your
    more leads
    qualified leads
    lead generation
    generate leads
    your pipeline
    to your pipeline
    seo
    backlinks
    guest post
    rank higher
    ranking higher
    first page of google
    web design services
    development services
    marketing services
    outsourcing
    offshore
    white label
    white-label
    roi
    worth a quick chat
    worth a 15-minute chat
    would it make sense to
    open to a quick
    are you the right person
    the right person to speak
    the right person to talk
    who handles your
    who is responsible for
    this amazing product
    show you what we
    show you how we
    show you our
    see how we can help
    explore how we can help
    how we can help you
    how we might collaborate
    feature you
    featured in
    podcast guest
    guest on our podcast
    sponsored post
    sponsored posts
    sponsored article
    sponsored content
    sponsored guest post
    sponsored talk
    sponsored talks
    sponsored presentation
    sponsored slot
    sponsorship package
    placement fee
    we have a candidate
    i have a candidate
    my candidate
    top candidate
    ghostwriting
    ghostwriter
    best price
    get a quote
    solutions for
    we provide
    we offer
    i offer
    my services
    my agency
    a mutually beneficial
    collaborative partnership
    exchange perspectives
    add value to your
    value to your business
    scale your
    we make a
    we build a
    we've built a
    i'd love to show you
    could save your team
    recognition fee
    registration fee
    featured profile
    i'm a realtor
    i am a realtor
    i'm a mortgage broker
    i'm a financial adviser
    i'm a financial advisor
    i am a financial advisor
    as a financial advisor
    life insurance
    insurance policy
    my book
    my new book
    my first book
    grab a copy
    pick up a copy
    buy a copy
    a copy on launch
    pre-order
    preorder
    launch day
    early-bird
    early bird
    kickstarter
    indiegogo
    back us
    sponsor
    sponsorship
    gold sponsor
    exhibitor
    discount code
    promo code
    use code
    % off
    per seat
    per month
    per user
    no obligation
    free quote
    franchise
    territories
    projected returns
    annual returns
    each share is
    raffle tickets
    tickets are
    buy tickets
    get your tickets
    my course
    my program
    my programme
    my coaching
    my workshop
    my masterclass
    join my
    enrol
    enroll
""")

WEAK = lexicon("flag", "selling", 0.1, """
    pricing
    follow up on
    following up on
    my last email
    my previous email
    my email
    i've tried contacting you
    i have tried to reach you
    circling back
    bumping this
    just checking in
    clients
    customers
    your team at
    your company's
    your business
    your site
    your website
    your marketing
    your sales team
    your needs
    solution
    platform
    opportunity
    15-min
    15 minute
    15-minute
    15 minutes
    quick chat
    how we can
    we can help
    could help you
    i can help you
    happy to share
    i put together
    put together a
    free guide
    free report
    download
    webinar
    register for free
    sign up
    pre-register
    launch
    save you
    partner with you
    partnership
    case study
    case studies
""")


def detect(doc: Doc) -> Iterator[Signal]:
    """Pitch language, each occurrence a selling signal quoting its words."""
    yield from scan(doc, STRONG + WEAK, "pitch language")
