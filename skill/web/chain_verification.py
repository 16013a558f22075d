"""Is a PEM chain the Alexa signing chain? Checked with ``cryptography``'s x509 verification API.

``PolicyBuilder`` builds the path from the leaf through the supplied intermediates to one of the
trust anchors, checks every certificate's validity dates at the given time, and checks that the
leaf is a TLS certificate for ``echo-api.amazon.com``. On top of that, Amazon's rule asks for that
exact name among the leaf's SAN DNS names (a wildcard would satisfy the TLS name check alone).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

from skill.web.rejection import RequestRejected

SIGNING_NAME = "echo-api.amazon.com"
MAX_CHAIN_DEPTH = 6


@dataclass(frozen=True, slots=True)
class VerifiedChain:
    """What a request's signature check needs from a chain that passed."""

    public_key: RSAPublicKey
    expires_at: datetime


class ChainVerifier:
    """Verifies chains against a fixed set of anchors."""

    def __init__(self, roots: Iterable[x509.Certificate]) -> None:
        self._store = Store(list(roots))

    def verify(self, pem: bytes, now: datetime) -> VerifiedChain:
        """Check ``pem`` (leaf first, then intermediates) at time ``now``.

        Raises:
            RequestRejected: unparsable, untrusted, outside its dates, wrong name or key type.
        """
        leaf, intermediates = _parse(pem)
        verifier = (
            PolicyBuilder()
            .store(self._store)
            .time(now)
            .max_chain_depth(MAX_CHAIN_DEPTH)
            .build_server_verifier(x509.DNSName(SIGNING_NAME))
        )
        try:
            path = verifier.verify(leaf, intermediates)
        except VerificationError as exc:
            raise RequestRejected("certificate chain is not trusted", str(exc)) from exc
        if SIGNING_NAME not in _san_dns_names(leaf):
            raise RequestRejected(f"signing certificate does not name {SIGNING_NAME}")
        key = leaf.public_key()
        if not isinstance(key, RSAPublicKey):
            raise RequestRejected("signing certificate does not hold an RSA key")
        return VerifiedChain(
            public_key=key, expires_at=min(cert.not_valid_after_utc for cert in path)
        )


def _parse(pem: bytes) -> tuple[x509.Certificate, list[x509.Certificate]]:
    try:
        certificates = x509.load_pem_x509_certificates(pem)
    except ValueError as exc:
        raise RequestRejected("certificate chain is not PEM", str(exc)) from exc
    return certificates[0], certificates[1:]


def _san_dns_names(certificate: x509.Certificate) -> list[str]:
    try:
        san = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except x509.ExtensionNotFound:
        return []
    return san.value.get_values_for_type(x509.DNSName)
