"""Which ``SignatureCertChainUrl`` values may be fetched at all (Amazon's published URL rules).

The check runs before any download: https, host ``s3.amazonaws.com``, port 443 when given, and a
path that still starts with ``/echo.api/`` (case-sensitive) once ``..`` segments are resolved.
``posixpath`` keeps the check independent of the host OS (the SDK's ``os.path`` version misfires
on Windows).
"""

from __future__ import annotations

import posixpath
from urllib.parse import SplitResult, urlsplit

from skill.web.rejection import RequestRejected

SCHEME = "https"
HOST = "s3.amazonaws.com"
PORT = 443
PATH_PREFIX = "/echo.api/"


def normalized_cert_url(url: str) -> str:
    """The canonical form of an acceptable chain URL (also the cache key and what is fetched).

    Raises:
        RequestRejected: the URL breaks one of the rules.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise RequestRejected("certificate URL is malformed") from exc
    if parts.scheme.lower() != SCHEME:
        raise RequestRejected("certificate URL scheme must be https")
    if (parts.hostname or "").lower() != HOST:
        raise RequestRejected(f"certificate URL host must be {HOST}")
    if port is not None and port != PORT:
        raise RequestRejected(f"certificate URL port must be {PORT}")
    _reject_extras(parts)
    path = posixpath.normpath(parts.path) if parts.path else ""
    if not path.startswith(PATH_PREFIX):
        raise RequestRejected(f"certificate URL path must start with {PATH_PREFIX}")
    return f"{SCHEME}://{HOST}{path}"


def _reject_extras(parts: SplitResult) -> None:
    # Alexa never sends these; refusing them keeps the fetched URL equal to the checked one.
    if parts.username is not None or parts.password is not None:
        raise RequestRejected("certificate URL must not carry credentials")
    if parts.query or parts.fragment:
        raise RequestRejected("certificate URL must not have a query or fragment")
    if "%" in parts.path:
        raise RequestRejected("certificate URL path must not be percent-encoded")
