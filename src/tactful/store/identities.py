"""How identities are normalised, so that the same person is found however they wrote to the user.

E-mail addresses are compared lower-cased; profile URLs in one canonical form (https, no `www.`
variants, no query, fragment or trailing slash; a LinkedIn profile reduced to `/in/<slug>`);
names with their spacing collapsed and case folded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

from tactful.errors import StoreError
from tactful.models import Sender
from tactful.store.records import Identity

_LINKEDIN = re.compile(r"(^|\.)linkedin\.com$")
_PROFILE_PREFIXES = ("in", "pub", "company", "school")


def normalise_email(address: str) -> str:
    """The address as stored and compared: trimmed, without mailto: or <>, lower-cased."""
    value = address.strip().strip("<>").strip()
    if value.lower().startswith("mailto:"):
        value = value[len("mailto:") :]
    value = value.lower()
    local, at, domain = value.partition("@")
    if not at or not local or "." not in domain or any(c.isspace() for c in value):
        raise StoreError(f"not an e-mail address: {address!r}")
    return value


def normalise_profile_url(url: str) -> str:
    """The canonical form of a profile URL (LinkedIn's `https://www.linkedin.com/in/<slug>`)."""
    raw = url.strip()
    if not raw:
        raise StoreError("a profile URL cannot be empty")
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    host = (parts.hostname or "").lower()
    if not host or "." not in host:
        raise StoreError(f"not a profile URL: {url!r}")
    path = unquote(parts.path).rstrip("/")
    if _LINKEDIN.search(host):
        host = "www.linkedin.com"
        segments = [s for s in path.lower().split("/") if s]
        if len(segments) >= 2 and segments[0] in _PROFILE_PREFIXES:
            segments = segments[:2]
        path = "/" + "/".join(segments) if segments else ""
    elif host.startswith("www."):
        host = host[len("www.") :]
    return f"https://{host}{path}"


def normalise_name(name: str) -> str:
    """The name as compared: spacing collapsed, case folded."""
    return " ".join(name.split()).casefold()


def sender_identities(sender: Sender) -> list[Identity]:
    """A sender's identities, strongest first (e-mail, profile URL, name); bad ones skipped."""
    found: list[Identity] = []
    email = _quietly(normalise_email, sender.email)
    if email:
        found.append(Identity("email", email))
    profile_url = _quietly(normalise_profile_url, sender.profile_url)
    if profile_url:
        found.append(Identity("profile_url", profile_url))
    if normalise_name(sender.name):
        found.append(Identity("name", normalise_name(sender.name)))
    return found


def _quietly(normalise: Callable[[str], str], value: str) -> str:
    """The normalised value, or '' when empty or malformed (a message's header may be junk)."""
    if not value.strip():
        return ""
    try:
        return normalise(value)
    except StoreError:
        return ""
