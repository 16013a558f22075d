"""Trust anchors for Alexa's signing-certificate chain.

By default: Amazon Root CA 1-4 and DigiCert Global Root G2, taken from ``certifi``'s copy of the
Mozilla root store and picked by SHA-256 fingerprint. ``certifi`` keeps the bytes current and
reviewed; the fingerprints narrow "any public CA" down to the CAs that have issued the
``echo-api.amazon.com`` certificate. Starfield Services Root G2 (which cross-signs Amazon Root CA 1)
is left out on purpose: its serial number is 0, which ``cryptography`` already warns about and
will refuse to parse, and chains through the cross-sign end at Amazon Root CA 1 anyway.

``LEGCRAMP_TRUST_ROOTS`` replaces the defaults with the anchors in a PEM file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import re
from pathlib import Path

import certifi
from cryptography import x509

LOG = logging.getLogger(__name__)

DEFAULT_ROOT_FINGERPRINTS: dict[str, str] = {
    "8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e": "Amazon Root CA 1",
    "1ba5b2aa8c65401a82960118f80bec4f62304d83cec4713a19c39c011ea46db4": "Amazon Root CA 2",
    "18ce6cfe7bf14e60b2e347b8dfe868cb31d02ebb3ada271569f50343b46db3a4": "Amazon Root CA 3",
    "e35d28419ed02025cfa69038cd623962458da5c695fbdea3c22b0bfb25897092": "Amazon Root CA 4",
    "cb3ccbb76031e5e0138f8dd39a23f9de47ffc35e43c1144cea27d46a5ab1cb5f": "DigiCert Global Root G2",
}

_PEM_BLOCK = re.compile(
    rb"-----BEGIN CERTIFICATE-----(?P<body>[A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----"
)


class TrustRootsError(RuntimeError):
    """The configured anchors cannot be used; the endpoint must not start without them."""


def default_roots(bundle: Path | None = None) -> tuple[x509.Certificate, ...]:
    """The default anchors, from ``bundle`` (``certifi``'s file unless given)."""
    path = bundle or Path(certifi.where())
    found: dict[str, x509.Certificate] = {}
    # Only the pinned blocks are parsed: other roots in the bundle are never looked at.
    for der in _der_blocks(path.read_bytes()):
        fingerprint = hashlib.sha256(der).hexdigest()
        if fingerprint in DEFAULT_ROOT_FINGERPRINTS:
            found[fingerprint] = x509.load_der_x509_certificate(der)
    missing = sorted(DEFAULT_ROOT_FINGERPRINTS[f] for f in DEFAULT_ROOT_FINGERPRINTS.keys() - found)
    if not found:
        raise TrustRootsError(f"none of the default Alexa trust roots is in {path}")
    if missing:
        LOG.warning("default trust roots missing from %s: %s", path, ", ".join(missing))
    return tuple(found.values())


def roots_from_file(path: Path) -> tuple[x509.Certificate, ...]:
    """Every certificate in the PEM file at ``path`` (``LEGCRAMP_TRUST_ROOTS``)."""
    try:
        roots = tuple(x509.load_pem_x509_certificates(path.read_bytes()))
    except (OSError, ValueError) as exc:
        raise TrustRootsError(f"cannot read trust roots from {path}: {exc}") from exc
    return roots


def configured_roots(path: Path | None) -> tuple[x509.Certificate, ...]:
    """The anchors in ``path`` when set, otherwise the defaults."""
    return roots_from_file(path) if path is not None else default_roots()


def _der_blocks(pem: bytes) -> list[bytes]:
    blocks = []
    for match in _PEM_BLOCK.finditer(pem):
        try:
            blocks.append(base64.b64decode(b"".join(match["body"].split()), validate=True))
        except binascii.Error:
            continue
    return blocks
