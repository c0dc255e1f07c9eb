"""Store locations safe to show: secrets in URLs are sent, never printed or logged."""

from __future__ import annotations

import base64
import re
import urllib.parse

__all__ = ["credentials", "redact"]

_SECRET_PARAM = re.compile(r"pass|secret|token|key|auth|sig", re.IGNORECASE)


def redact(location: str) -> str:
    """``location`` safe to show: the password of a URL (``user:pass@``) and the values of
    query parameters that look secret (password, token, key, ...) become ``***``; a
    location that is not a URL is returned as it is."""
    if "://" not in location:
        return location
    try:
        parts = urllib.parse.urlsplit(location)
    except ValueError:  # not a URL after all (a bad IPv6 host): show none of it
        return location.split("://", 1)[0] + "://***"
    netloc = parts.netloc
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.split(':', 1)[0]}:***@{host}" if ":" in user else f"***@{host}"
    query = "&".join(
        f"{k}=***" if _SECRET_PARAM.search(k) else f"{k}={v}" if sep else k
        for k, sep, v in (item.partition("=") for item in parts.query.split("&") if item)
    )
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def credentials(url: str) -> tuple[str, str | None]:
    """``url`` without its ``user:password@`` part, and the HTTP Basic ``Authorization``
    header value that part stands for (None when there is none)."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return url, None
    host = parts.netloc.rpartition("@")[2]
    user = urllib.parse.unquote(parts.username)
    password = urllib.parse.unquote(parts.password or "")
    token = base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment)), f"Basic {token}"
