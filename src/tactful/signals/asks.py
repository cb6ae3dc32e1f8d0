"""Asks: what the sender wants from the user (a call, a referral, a purchase...).

Each ask kind has phrasings; an ask is found when any of them occurs.  What an ask costs in
minutes is the policy's business (`verdict.Policy.ask_minutes`), not the detector's.
"""

from __future__ import annotations

from collections.abc import Iterator

from tactful.models import Signal
from tactful.signals.text import Doc, Phrase, lexicon, scan

ASK_PHRASES: tuple[Phrase, ...] = (
    lexicon("ask", "call", 0.8, """
        quick call
        a call
        phone call
        hop on a
        jump on a
        get on a
        zoom
        a quick chat
        15-min
        15-minute
        15 minute
        15 minutes
        20 minutes
        speak with you
        talk with you
        talk to you
        speak to you
        chat with you
        chat sometime
        give you a ring
        call you
        minute call
        minute chat
        video call
        a chat
        call every
            a short call
        a brief call
        15 min
        20 min
        30 min
        a few minutes
        10 minutes
        on the phone
        by phone
        phone chat
        a teams call
        google meet
""")
    + lexicon("ask", "meeting", 0.8, """
        meet up
        meet with you
        meet you
        meet for
        get together
        set up a meeting
        set up a short meeting
        a short meeting
        schedule a meeting
        grab lunch
        sit down with you
        half an hour
        30 minutes
        an hour of your time
        spare some time
        some time to talk
        time to connect
        some time to connect
        in person
        able to meet
        meet at
        meet in
            over dinner
        over lunch
        grab dinner
        for lunch
        for drinks
        a drink
        meet briefly
        meet up in
        catch up in person
        when you're in
        while you're in
        stop by
        drop by
        come by
        visit your office
""")
    + lexicon("ask", "coffee", 0.85, """
        coffee
        virtual coffee
        grab a drink
    """)
    + lexicon("ask", "referral", 0.9, """
        refer me
        refer him
        refer her
        refer them
        a referral
        referral for
        put in a good word
        put in a word
        pass my resume
        pass my cv
        pass along my resume
        pass along my cv
        forward my resume
        forward my cv
        forward my application
        submit my resume
        recommend me for
        recommend me to
        to the hiring manager
        internal referral
            put in a referral
        refer me internally
        pass my cv along
        pass my resume along
        pass it along to
        put my name forward
        put me forward
        flag my application
        share my resume
        share my cv
        forward my profile
        recommend me internally
        pass along my application
        pass my application
        pass my details
        pass on my details
        push it through
        push my application
        check on my application
        fast-track
        fast track my
        a good word
""")
    + lexicon("ask", "intro", 0.85, """
        introduce me
        an introduction to
        an intro to
        intro to
        connect me with
        connect me to
        put me in touch
        other contacts
        any contacts
        suggest anyone
        suggest someone
        who i should talk to
        who i should speak to
        who i should reach out to
        forward me on to
        forward me to
        point me to the right person
        the right person to
        someone who can help me
        how do i talk to
        how do i get in touch
        how can i reach
        anyone else
        anyone who
        who else
        other people i could
        other people who
            make an intro
        making an intro
        an intro
        introduce us
        intro me
        connect us
        warm intro
        warm introduction
        introduce me to
        loop me in with
        put us in touch
""")
    + lexicon("ask", "job", 0.8, """
        get a job
        a job at
        job opening
        job openings
        any openings
        openings at
        open positions
        open roles
        still hiring
        looking for my next
        searching for my next
        my next position
        my next role
        on your radar
        apply for the
        apply to the
        to apply for
        writing to apply
        a position at
        job position
        job offer
        work for you
        work with us
        join our team
        join your team
        hiring for
        part-time basis
        part-time position
        part-time job
        remote job
        looking for work
        looking for a job
        my resume
        my cv
            internship
        hire me
        a role on your team
        roles on your team
        opportunities on your team
        opportunities at
        any opportunities
        openings on your team
        looking for a role
        looking for a new role
        open to roles
        a position on your
        join your company
        work at your
        give me job
        give me a job
        any vacancy
        any vacancies
        a vacancy
""")
    + lexicon("ask", "advice", 0.7, """
        advice
        pick your brain
        your thoughts
        your opinion
        an opinion
        your insights
        your perspective
        your suggestions
        what suggestions
        suggestions you might have
        your guidance
        any tips
        do's and don'ts
        learn about your experience
        learn from your experience
        learn more about your
        answer the question
        answer a question
        answer a few questions
        a few questions
        some questions
        a question for you
        quick question
        how do i
        how did you
            you wish you'd known
        you wish you had known
        hear about your
        hear how you
        learn how you
        your experience with
        your experience in
        how you got
        how you made
        how you moved
        any advice
        share your
        questions about
        career advice
        your take on
        what you think
        your view on
        your views on
""")
    + lexicon("ask", "review", 0.8, """
        take a look at my
        take a look at what
        look at my work
        review my
        feedback on my
        your feedback on
        get your feedback
        look over my
        read my
        critique
        leave me a
        leave a review
        a review
        a rating
        rate my
        my portfolio
        my manuscript
        my business plan
        my pitch deck
        my website
        give me feedback
        give me detailed feedback
        detailed feedback
        go through my
        go through it
        look at my portfolio
            look at my resume
        look over my resume
        your eyes on
        a second pair of eyes
        review of my
        my deck
        our deck
        the deck
        my draft
        my paper
        my proposal
        my code
        my thesis
        feedback on it
        take a quick look
""")
    + lexicon("ask", "endorsement", 0.85, """
        endorse me
        endorse my
        endorsement
        a recommendation on linkedin
        linkedin recommendation
        write me a recommendation
        write a recommendation
        recommendation letter
        letter of recommendation
        testimonial
        vouch for
        be a reference
        be my reference
        as a reference
            a reference
        academic reference
        reference letter
        reference for me
        one of my references
        my references
        a recommendation for me
        recommendations on linkedin
        write one for me
        recommend me on
        a short recommendation
        a recommendation
""")
    + lexicon("ask", "purchase", 0.7, """
        buy
        purchase
        a quote
        your quote
        how much would
        how much does
        how much do you charge
        your rates
        pricing
        our services
        our service
        this product
        do you do
        do you offer
        can you build
        hire you
        services for you
        special offer
        registration fee
        recognition fee
        one-time fee
        complete your registration
    """)
    + lexicon("ask", "demo", 0.8, """
        demo
        show you how
        show you our
        show you what
        walk you through
        a walkthrough
        free trial
    """)
    + lexicon("ask", "investment", 0.8, """
        investment
        funding round
        seed round
        raising a
        we are raising
        we're raising
        invest in
        minimum entry
        minimum investment
        opening a few slots
        raise capital
        raising capital
            friends-and-family round
        friends and family round
        pre-seed
        angel investor
        tickets from
        a safe
        the round
        our round
        invest
        investing
        put money into
        allocation
""")
    + lexicon("ask", "partnership", 0.7, """
        partnership
        partner with
        partner up
        collaborate
        collaboration
        joint venture
        work together on
        co-organise
        co-organize
        co-host
        co-author
        team up
    """)
    + lexicon("ask", "mentoring", 0.85, """
        mentorship
        guide me
        take me under
        be my mentor
        mentor me
        a mentor
        mentee
        my mentor
    """)
)


def detect(doc: Doc) -> Iterator[Signal]:
    """Every phrasing of an ask found in the text."""
    yield from scan(doc, ASK_PHRASES, "the ask")
