"""A throwaway PKI that signs requests the way Alexa does, and forges them as Alexa never does.

A root, an intermediate and a leaf for ``echo-api.amazon.com``; beside that genuine chain, chains
the endpoint must refuse (self-signed, issued for another name, expired), each with the key that
matches its leaf, and a rogue key that no certificate vouches for. ``install`` writes the files
the web endpoint reads through ``LEGCRAMP_TRUST_ROOTS`` and ``LEGCRAMP_CERT_DIR``, so nothing is
fetched. Keys are RSA 2048, the smallest that the web PKI policy of ``cryptography`` accepts.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CERT_URL_PREFIX = "https://s3.amazonaws.com/echo.api/"
SIGNING_NAME = "echo-api.amazon.com"
CERT_URL_HEADER = "SignatureCertChainUrl"
SIGNATURE_HEADER = "Signature-256"
_ORGANISATION = "Leg Cramp Helper throwaway PKI"


def new_key() -> rsa.RSAPrivateKey:
    """A fresh RSA 2048 key (the slow part of minting: call it a handful of times, not per test)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass(frozen=True)
class _Issuer:
    certificate: x509.Certificate | None  # None: the certificate signs itself
    key: rsa.RSAPrivateKey


def _certificate(
    common_name: str,
    key: rsa.RSAPrivateKey,
    issuer: _Issuer | None,
    validity: tuple[datetime, datetime],
    *,
    dns_name: str | None = None,
) -> x509.Certificate:
    """A CA certificate when ``dns_name`` is None, else a TLS server certificate for that name."""
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, _ORGANISATION),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    signer = issuer or _Issuer(None, key)
    issuer_name = signer.certificate.subject if signer.certificate is not None else subject
    is_ca = dns_name is None
    usage = dict.fromkeys(
        (
            "content_commitment",
            "data_encipherment",
            "key_agreement",
            "encipher_only",
            "decipher_only",
        ),
        False,
    )
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(validity[0])
        .not_valid_after(validity[1])
        .add_extension(x509.BasicConstraints(ca=is_ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not is_ca,
                key_encipherment=not is_ca,
                key_cert_sign=is_ca,
                crl_sign=is_ca,
                **usage,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(signer.key.public_key()),
            critical=False,
        )
    )
    if dns_name is not None:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName(dns_name)]), critical=False
        ).add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
    return builder.sign(signer.key, hashes.SHA256())


def _pem(*certificates: x509.Certificate) -> bytes:
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certificates)


@dataclass(frozen=True)
class Chain:
    """A signing-certificate chain as served from ``CERT_URL_PREFIX + file_name``, and its key."""

    file_name: str
    pem: bytes
    key: rsa.RSAPrivateKey

    @property
    def url(self) -> str:
        """The ``SignatureCertChainUrl`` that names this chain."""
        return CERT_URL_PREFIX + self.file_name


@dataclass(frozen=True)
class TrustFiles:
    """Where ``install`` wrote the anchors (``LEGCRAMP_TRUST_ROOTS``) and the chains."""

    roots: Path
    cert_dir: Path


@dataclass(frozen=True)
class SigningPki:
    """The genuine chain, the forged ones, and a rogue key."""

    roots_pem: bytes
    genuine: Chain
    forged: tuple[Chain, ...]
    rogue_key: rsa.RSAPrivateKey

    @classmethod
    def mint(cls, now: datetime) -> SigningPki:
        """Certificates valid around ``now`` (an aware datetime), except the expired one."""
        root_key, intermediate_key, leaf_key, rogue_key = (new_key() for _ in range(4))
        current = (now - timedelta(days=1), now + timedelta(days=30))
        root = _certificate(
            "Throwaway Root", root_key, None, (current[0], now + timedelta(days=3650))
        )
        intermediate = _certificate(
            "Throwaway Intermediate", intermediate_key, _Issuer(root, root_key), current
        )
        under_intermediate = _Issuer(intermediate, intermediate_key)

        def leaf(
            issuer: _Issuer | None,
            key: rsa.RSAPrivateKey,
            validity: tuple[datetime, datetime] = current,
            name: str = SIGNING_NAME,
        ) -> x509.Certificate:
            return _certificate("echo-api", key, issuer, validity, dns_name=name)

        expired = (now - timedelta(days=60), now - timedelta(days=1))
        forged = (
            Chain("self-signed.pem", _pem(leaf(None, rogue_key)), rogue_key),
            Chain(
                "other-name.pem",
                _pem(
                    leaf(under_intermediate, rogue_key, name="echo-api.example.com"), intermediate
                ),
                rogue_key,
            ),
            Chain(
                "expired.pem",
                _pem(leaf(under_intermediate, leaf_key, expired), intermediate),
                leaf_key,
            ),
        )
        genuine = Chain(
            "echo-api-cert.pem", _pem(leaf(under_intermediate, leaf_key), intermediate), leaf_key
        )
        return cls(_pem(root), genuine, forged, rogue_key)

    def sign(self, body: bytes, key: rsa.RSAPrivateKey | None = None) -> str:
        """``Signature-256`` of ``body``: RSA PKCS#1 v1.5 over SHA-256, base64 (the genuine key)."""
        signer = key or self.genuine.key
        return base64.b64encode(signer.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()

    def headers(
        self, body: bytes, chain: Chain | None = None, key: rsa.RSAPrivateKey | None = None
    ) -> dict[str, str]:
        """The two signature headers for ``body``: ``chain``'s URL, signed with ``key`` (default:
        the key of ``chain``, itself the genuine chain by default)."""
        chain = chain or self.genuine
        return {CERT_URL_HEADER: chain.url, SIGNATURE_HEADER: self.sign(body, key or chain.key)}

    def install(self, directory: Path) -> TrustFiles:
        """Write the anchors and every chain (genuine and forged) under ``directory``."""
        cert_dir = directory / "chains"
        cert_dir.mkdir(parents=True, exist_ok=True)
        for chain in (self.genuine, *self.forged):
            (cert_dir / chain.file_name).write_bytes(chain.pem)
        roots = directory / "roots.pem"
        roots.write_bytes(self.roots_pem)
        return TrustFiles(roots, cert_dir)
