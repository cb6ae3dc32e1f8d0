"""The graceful-decline rubric as code: score any reply text, point by point.  Pure.

Each point of the rubric (PRODUCT.md, "What makes a decline graceful") is a small check over the
reply split into greeting, body sentences and sign-off; it passes or fails with a one-line
explanation.  Points that do not apply to the kind of reply (a clear no in an acceptance) pass
with "not needed".  The checks read wording, not meaning: they catch the common slips (no thanks,
a vague maybe, an accusation, a wall of text), and a passing reply is still the user's to judge.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from tactful.models import Channel, Tone

ReplyKind = Literal["accept", "redirect", "decline", "ignore", "clarify"]
REPLY_KINDS: tuple[ReplyKind, ...] = ("accept", "redirect", "decline", "ignore", "clarify")
_SAYS_NO: frozenset[str] = frozenset({"redirect", "decline", "ignore"})

POINTS: Mapping[str, str] = MappingProxyType({
    "thanks": "opens with thanks",
    "clear_no": "a clear no to what is declined, without an insincere 'sure' (declines and redirects)",
    "policy_reason": "the reason is a policy or constraint ('I only ...'), not a judgement or 'no time'",
    "alternative": "offers an alternative: a posting, a resource, one question by message (redirects)",
    "no_accusation": "no accusation: no mention of selling, spam, scams, reputation or past history",
    "no_false_promise": "no vague maybe or 'let's circle back', and no vouching in a decline",
    "warm_close": "closes warmly (a brief tone may be plain, never cold)",
    "length": "short for the channel: a few sentences on LinkedIn, a short paragraph by e-mail",
    "first_name": "greets the sender by first name when it is known; no template leftovers",
    "their_ask": "acknowledges what they actually asked for",
})


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(patterns), re.IGNORECASE)


_GREETING = _rx(r"^\s*(hi|hello|hey|dear|greetings|good (morning|afternoon|evening))\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')]?\s+(?=[\"'(]?[A-Z0-9])")
_THANKS = _rx(r"\bthank", r"\bgrateful\b", r"\bappreciate")
_NO = _rx(r"\bcan(?:'|’)?t\b", r"\bcannot\b", r"\bwon(?:'|’)t\b", r"\bwill not\b", r"\bnot able to\b",
          r"\bunable to\b", r"\bsay no\b", r"\banswer is no\b", r"\bpass\b", r"\bdecline\b",
          r"\bnot (?:a )?fit\b", r"\bisn(?:'|’)t something\b", r"\bnot something\b", r"\bno to\b")
_INSINCERE = _rx(r"^(?:sure|of course|absolutely|definitely)\b")
_POLICY = _rx(r"\b(?:i|we)(?:'m| am| are)? only\b", r"\b(?:i|we) keep\b", r"\bas a rule\b", r"\bmy rule\b",
              r"\bpolicy\b", r"\b(?:i|we) reserve\b", r"\b(?:i|we) set aside\b", r"\b(?:i|we) limit\b",
              r"\b(?:i|we) leave\b", r"\bisn(?:'|’)t something (?:i|we)\b", r"\bnot something (?:i|we)\b",
              r"\b(?:i|we) don(?:'|’)t (?:take|make|give|write|join|offer)\b",
              r"\bnot a fit for (?:me|us|what|our)\b", r"\bisn(?:'|’)t a fit for (?:me|us|what|our)\b",
              r"\bfully committed\b", r"\bcommitments?\b", r"\bspoken for\b", r"\bused up\b")
_JUDGEMENT = _rx(r"\byou(?:'re| are) not (?:qualified|ready|experienced|senior|a good)",
                 r"\byour (?:work|profile|background|experience|cv|resume) "
                 r"(?:isn|is not|doesn|does not|lacks)",
                 r"\bnot (?:good|strong|experienced) enough\b", r"\bi don(?:'|’)t (?:know|trust) you\b",
                 r"\bi don(?:'|’)t think you\b", r"\bno time\b", r"\btoo busy\b", r"\bswamped\b",
                 r"\bslammed\b", r"\bnot worth\b")
_ALTERNATIVE = _rx(r"https?://", r"\bcareers? page\b", r"\bpostings?\b", r"\bopen roles?\b", r"\bapply",
                   r"\boffice hours\b", r"\bresources?\b", r"\bguides?\b", r"\bquestion\b",
                   r"\bby message\b", r"\bbook\b", r"\bcalendar\b", r"\bsomeone who\b",
                   r"\bpeople who know\b")
_ACCUSATION = _rx(r"\bspam\w*", r"\bscam\w*", r"\bpitch\w*", r"\bsell(?:s|ing)?\b", r"\bsales\b",
                  r"\bsalesy\b", r"\bcold (?:e-?mail|message|outreach)", r"\bmass (?:e-?mail|message)",
                  r"\btemplate\w*", r"\breputation\w*", r"\bhistory\b", r"\blast time\b",
                  r"\bprevious(?:ly)?\b", r"\bpast (?:experience|dealings)\b", r"\bwhat happened\b",
                  r"\binvoice\w*", r"\bmlm\b", r"\bpyramid\b", r"\bfraud\w*", r"\bshady\b",
                  r"\bsuspicious\b", r"\bdishonest\b", r"\bunprofessional\b", r"\byou (?:always|never)\b",
                  r"\bunsolicited\b", r"\bjunk\b", r"\bcopy[- ]?past\w*", r"\bpredatory\b")
_MAYBE = _rx(r"\bmaybe\b", r"\bperhaps (?:later|another time|in the future|down the)", r"\bin the future\b",
             r"\bdown the (?:line|road)\b", r"\bkeep you in mind\b", r"\bkeep you posted\b",
             r"\bkeep (?:your|you) (?:details|cv|resume|name|profile)\b", r"\bon file\b",
             r"\bcircle back\b", r"\brevisit\b", r"\btouch base\b", r"\bfollow up later\b",
             r"\breach out (?:again )?(?:later|soon|in a)", r"\bone day\b", r"\bwhen things (?:calm|quiet)",
             r"\bget back to you\b", r"\blet you know if\b", r"\bnot right now,? but\b",
             r"\btry (?:me )?again\b", r"\bnext (?:month|quarter|year)\b", r"\bsome ?time (?:later|soon)\b")
_VOUCH = _rx(r"\bvouch\w*", r"\bgood word\b", r"\bpass (?:your|it|this|that) (?:along|on)\b",
             r"\bforward (?:your|it|this)\b", r"\bmention (?:you|your name)\b",
             r"\bi(?:'ll| will) (?:refer|introduce|recommend|endorse|connect) you\b",
             r"\bhappy to (?:refer|introduce|recommend|endorse)\b", r"\bshare your (?:cv|resume|profile)\b")
_WARM = _rx(r"\ball the best\b", r"\bbest (?:wishes|of luck|regards)\b", r"\bluck\b", r"\bwish(?:ing)?\b",
            r"\bhope (?:it|the|you|this|that|things|your)\b", r"\bthank", r"\blook(?:ing)? forward\b",
            r"\b(?:speak|talk) soon\b", r"\btake care\b", r"\bsuccess\b", r"\bcheers\b",
            r"\bhave a (?:great|good|lovely|nice)\b", r"\b(?:kind|warm|warmest) regards\b")
_PLAIN_SIGN_OFF = _rx(r"^(?:best|thanks|thank you|cheers|regards|kind regards|best regards|all the best)\b")
_COLD = _rx(r"\b(?:do not|don(?:'|’)t) (?:contact|message|e-?mail|write)",
            r"\bstop (?:messaging|e-?mailing|contacting)",
            r"\bremove me\b", r"\bleave me\b", r"\bno further\b", r"\bend of (?:story|discussion)\b",
            r"\bthat(?:'|’)s all\b", r"\bgoodbye\b")
_LEFTOVER = _rx(r"\{\w*\}", r"\[(?:name|first name|your name|company|insert)[^\]]*\]", r"<name>")
_ASK_WORDS: Mapping[str, re.Pattern[str]] = MappingProxyType({
    "call": _rx(r"\bcalls?\b", r"\bchat\b", r"\btalk\b", r"\bphone\b"),
    "meeting": _rx(r"\bmeet\w*"),
    "coffee": _rx(r"\bcoffees?\b"),
    "referral": _rx(r"\brefer\w*"),
    "intro": _rx(r"\bintroduc\w*", r"\bintros?\b", r"\bconnect you\b", r"\bcontacts?\b"),
    "job": _rx(r"\b(?:jobs?|roles?|openings?|positions?|postings?|hiring|vacanc\w+|application|apply)\b"),
    "advice": _rx(r"\badvice\b", r"\bquestions?\b", r"\bbrain\b", r"\bguidance\b"),
    "review": _rx(r"\breview\w*", r"\bfeedback\b", r"\blook (?:at|over)\b", r"\bgo through\b"),
    "endorsement": _rx(r"\bendors\w*", r"\brecommend\w*", r"\btestimonial\b"),
    "purchase": _rx(r"\bpurchase\w*", r"\bbuy\w*", r"\boffers?\b", r"\bquote\b", r"\bservices?\b",
                    r"\bproducts?\b"),
    "demo": _rx(r"\bdemo\w*"),
    "investment": _rx(r"\binvest\w*", r"\bfund\w*"),
    "partnership": _rx(r"\bpartner\w*", r"\bcollaborat\w*"),
    "mentoring": _rx(r"\bmentor\w*"),
})
# (sentences, words) a reply body may hold, by channel register and length setting.
_LIMITS: Mapping[tuple[str, str], tuple[int, int]] = MappingProxyType({
    ("linkedin", "normal"): (6, 110), ("linkedin", "short"): (5, 85),
    ("email", "normal"): (7, 150), ("email", "short"): (5, 100),
})


@dataclass(frozen=True)
class Point:
    """One rubric point for one reply: passed or not, and why, in a line."""

    name: str
    passed: bool
    explanation: str

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by `tactful lint-reply --json`."""
        return {"name": self.name, "passed": self.passed, "explanation": self.explanation}


@dataclass(frozen=True)
class RubricReport:
    """Every rubric point for one reply, in the rubric's order."""

    points: tuple[Point, ...]

    @property
    def passed(self) -> bool:
        """True when every point passed."""
        return all(p.passed for p in self.points)

    @property
    def failed(self) -> tuple[Point, ...]:
        """The points that failed."""
        return tuple(p for p in self.points if not p.passed)

    def point(self, name: str) -> Point:
        """The point of that name."""
        return next(p for p in self.points if p.name == name)

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by `tactful lint-reply --json`."""
        return {"passed": self.passed, "points": [p.to_dict() for p in self.points]}


@dataclass(frozen=True)
class Reply:
    """A reply text split into greeting line, body sentences and paragraphs, and sign-off lines."""

    greeting: str
    sentences: tuple[str, ...]
    paragraphs: int
    sign_off: tuple[str, ...]

    @property
    def body(self) -> str:
        """The body as one string."""
        return " ".join(self.sentences)


def _is_sign_line(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 6 and not re.search(r"[.!?:;]$", line.strip())


def split_reply(text: str) -> Reply:
    """Greeting, body and sign-off of a reply, read from its layout."""
    lines = text.strip().splitlines()
    greeting = ""
    if lines and _GREETING.match(lines[0]):
        head, comma, rest = lines[0].partition(",")
        greeting, lines[0] = (head + comma, rest.strip()) if comma else (lines[0], "")
    tail: list[str] = []
    while lines and (not lines[-1].strip() or _is_sign_line(lines[-1])):
        tail.insert(0, lines.pop())
    body = "\n".join(lines).strip()
    if not body:
        body, tail = "\n".join(tail).strip(), []
    paragraphs = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
    sentences = tuple(s.strip() for p in paragraphs for s in _SENTENCE_END.split(" ".join(p.split())))
    return Reply(greeting.strip(), tuple(s for s in sentences if s), len(paragraphs),
                 tuple(t.strip() for t in tail if t.strip()))


def _found(pattern: re.Pattern[str], text: str) -> str:
    match = pattern.search(text)
    return match.group(0) if match else ""


def _thanks(r: Reply, kind: str) -> Point:
    opening = " ".join((r.greeting, *r.sentences[:2]))
    if _THANKS.search(opening):
        return Point("thanks", True, "Opens with thanks.")
    return Point("thanks", False, "Open with thanks for their message before anything else.")


def _clear_no(r: Reply, kind: str) -> Point:
    if kind not in _SAYS_NO:
        return Point("clear_no", True, f"Not needed: a {kind} reply does not decline.")
    if r.sentences and _INSINCERE.search(r.sentences[0]):
        yes = _found(_INSINCERE, r.sentences[0])
        return Point("clear_no", False, f"Starts with an insincere yes ({yes!r}); say no plainly.")
    said = _found(_NO, r.body)
    if said:
        return Point("clear_no", True, f"Says no plainly ({said!r}).")
    return Point("clear_no", False, "Say no plainly ('I can't', 'I'll have to say no'), not a vague maybe.")


def _policy_reason(r: Reply, kind: str) -> Point:
    if kind not in _SAYS_NO:
        return Point("policy_reason", True, f"Not needed: a {kind} reply gives no reason to decline.")
    judged = _found(_JUDGEMENT, r.body)
    if judged:
        return Point("policy_reason", False, f"The reason is a judgement or a 'no time' excuse ({judged!r}); "
                                             "state a policy instead ('I only refer ...').")
    policy = _found(_POLICY, r.body)
    if policy:
        return Point("policy_reason", True, f"Gives the reason as a policy ({policy!r}).")
    return Point("policy_reason", False,
                 "Give a brief reason framed as a policy ('I only ...', 'I keep ... for ...').")


def _alternative(r: Reply, kind: str) -> Point:
    if kind != "redirect":
        return Point("alternative", True, f"Not needed: a {kind} reply offers no alternative.")
    offer = _found(_ALTERNATIVE, r.body)
    if offer:
        return Point("alternative", True, f"Offers an alternative ({offer!r}).")
    return Point("alternative", False,
                 "A redirect offers something smaller: the posting, a resource, one question.")


def _no_accusation(r: Reply, kind: str) -> Point:
    said = _found(_ACCUSATION, " ".join((r.greeting, r.body)))
    if said:
        return Point("no_accusation", False, f"Mentions {said!r}: never accuse or bring up the past.")
    return Point("no_accusation", True, "Accuses nobody and leaves the past out.")


def _no_false_promise(r: Reply, kind: str) -> Point:
    maybe = _found(_MAYBE, r.body)
    if maybe:
        return Point("no_false_promise", False, f"Holds out a vague maybe ({maybe!r}); keep the no clear.")
    vouch = _found(_VOUCH, r.body) if kind in _SAYS_NO else ""
    if vouch:
        return Point("no_false_promise", False,
                     f"Promises to vouch or pass them on ({vouch!r}) while declining.")
    return Point("no_false_promise", True, "Promises nothing that won't happen.")


def _warm_close(r: Reply, tone: str) -> Point:
    cold = _found(_COLD, r.body)
    if cold:
        return Point("warm_close", False, f"Ends coldly ({cold!r}).")
    last = r.sentences[-1] if r.sentences else ""
    # A closing line set apart ("Good luck" above the name) counts; a formula ("Warm regards,") does not.
    if _WARM.search(last) or any(_WARM.search(s) and not s.endswith(",") for s in r.sign_off):
        return Point("warm_close", True, "Closes warmly.")
    if tone == "brief" and any(_PLAIN_SIGN_OFF.match(s) for s in r.sign_off):
        return Point("warm_close", True, "Closes plainly but courteously, as a brief reply may.")
    return Point("warm_close", False, "End with a warm line ('I wish you all the best.').")


def _length(r: Reply, channel: str, length: str) -> Point:
    register = "linkedin" if channel == "linkedin" else "email"
    max_sentences, max_words = _LIMITS[(register, length)]
    words = len(r.body.split())
    where = "a LinkedIn reply" if register == "linkedin" else "an e-mail reply"
    if len(r.sentences) > max_sentences or words > max_words or r.paragraphs > 2:
        return Point("length", False, f"Too long for {where}: {len(r.sentences)} sentences, {words} words, "
                                      f"{r.paragraphs} paragraphs (at most {max_sentences}, {max_words}, 2).")
    return Point("length", True, f"Short enough for {where} ({len(r.sentences)} sentences, {words} words).")


def _first_name(r: Reply, first_name: str) -> Point:
    left = _found(_LEFTOVER, " ".join((r.greeting, r.body)))
    if left:
        return Point("first_name", False, f"Still holds a template placeholder ({left!r}).")
    if not first_name:
        return Point("first_name", True, "No first name known; a neutral greeting is fine.")
    opening = " ".join((r.greeting, *r.sentences[:1]))
    if re.search(rf"\b{re.escape(first_name)}\b", opening, re.IGNORECASE):
        return Point("first_name", True, f"Greets them by name ({first_name}).")
    return Point("first_name", False, f"Greet them by their first name ({first_name}).")


def _their_ask(r: Reply, asks: Sequence[str]) -> Point:
    kinds = [k for k in asks if k in _ASK_WORDS]
    if not kinds:
        return Point("their_ask", True, "No specific ask to acknowledge.")
    text = " ".join((r.greeting, r.body))
    named = [k for k in kinds if _ASK_WORDS[k].search(text)]
    if named:
        return Point("their_ask", True, f"Acknowledges their ask ({', '.join(named)}).")
    return Point("their_ask", False, f"Name what they asked for ({', '.join(kinds)}).")


def check_reply(
    text: str,
    *,
    kind: ReplyKind = "decline",
    channel: Channel = "unknown",
    tone: Tone = "warm",
    length: str = "normal",
    first_name: str = "",
    asks: Sequence[str] = (),
) -> RubricReport:
    """Score a reply against every point of the graceful-decline rubric."""
    r = split_reply(text)
    return RubricReport((
        _thanks(r, kind),
        _clear_no(r, kind),
        _policy_reason(r, kind),
        _alternative(r, kind),
        _no_accusation(r, kind),
        _no_false_promise(r, kind),
        _warm_close(r, tone),
        _length(r, channel, length),
        _first_name(r, first_name),
        _their_ask(r, asks),
    ))
