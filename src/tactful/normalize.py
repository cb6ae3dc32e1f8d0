"""Raw text -> the text tactful reads: HTML, quoted replies and signatures stripped.

Only the sender's own words are assessed, so evidence never points at a quoted earlier message or
an e-mail footer.  Bulk-mail footers (unsubscribe lines) are kept: they are evidence.
"""

from __future__ import annotations

import hashlib
import html
import re
from datetime import datetime

from tactful.models import Channel, Request, Sender

_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.S | re.I)
_BLOCK_TAG = re.compile(r"<\s*(br|/p|/div|/li|/tr|/h\d)\b[^>]*>", re.I)
_LOOKS_HTML = re.compile(r"<(html|body|p|div|br|span|table|a)\b", re.I)
_REPLY_HEADER = re.compile(
    r"^(On .{4,200}wrote:|-{2,}\s*Original Message\s*-{2,}|From: .+\nSent: .+|_{10,})\s*$",
    re.M | re.I,
)
_SIGNATURE = re.compile(r"^(-- ?|Sent from my (iPhone|iPad|Android|phone|mobile).*)$", re.M)
_ADDRESS = re.compile(r"^\s*\"?([^\"<]*?)\"?\s*<([^>@\s]+@[^>\s]+)>\s*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MAX_CHARS = 200_000


def html_to_text(raw: str) -> str:
    """Plain text of an HTML fragment, with block elements as line breaks."""
    text = _BLOCK_TAG.sub("\n", raw)
    text = _TAG.sub("", text)
    return html.unescape(text)


def strip_quotes_and_signature(text: str) -> str:
    """The sender's own words: cut at a reply header or signature, drop '>' quoted lines."""
    header = _REPLY_HEADER.search(text)
    if header and header.start() > 0:
        text = text[: header.start()]
    sig = _SIGNATURE.search(text)
    if sig and sig.start() > 0:
        text = text[: sig.start()]
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(">")]
    return "\n".join(lines)


def clean_text(raw: str) -> str:
    """Normalise line endings, strip HTML, quotes and signature, and trim (capped in size)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if _LOOKS_HTML.search(text):
        text = html_to_text(text)
    text = strip_quotes_and_signature(text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()[:_MAX_CHARS]


def parse_sender(value: str) -> Sender:
    """A sender from what the user typed: 'Name <a@b>', an address, a profile URL or a name."""
    value = value.strip()
    if not value:
        return Sender()
    m = _ADDRESS.match(value)
    if m:
        return Sender(name=m.group(1).strip(), email=m.group(2).lower())
    if _EMAIL.match(value):
        return Sender(email=value.lower())
    if value.startswith(("http://", "https://", "www.")) and "linkedin.com/" in value:
        return Sender(profile_url=value)
    return Sender(name=value)


def source_key(channel: str, sender: Sender, text: str, sent_at: datetime | None = None) -> str:
    """A stable key for de-duplication: the same message from the same sender gives the same key."""
    who = sender.email or sender.profile_url or sender.name
    stamp = sent_at.isoformat() if sent_at else ""
    digest = hashlib.sha256("\x1f".join((channel, who, stamp, text)).encode("utf-8")).hexdigest()
    return f"{channel}:{digest[:24]}"


def request_from_text(
    raw: str,
    *,
    sender: Sender | None = None,
    channel: Channel = "unknown",
    subject: str = "",
    sent_at: datetime | None = None,
    thread_id: str = "",
) -> Request:
    """Build a normalised Request from pasted text and what the user said about it."""
    sender = sender or Sender()
    text = clean_text(raw)
    return Request(
        text=text,
        sender=sender,
        channel=channel,
        subject=subject.strip(),
        sent_at=sent_at,
        thread_id=thread_id,
        source_key=source_key(channel, sender, text, sent_at),
    )
