"""A throwaway PKI that signs requests the way Alexa does, and forges them as Alexa never does.

``Hierarchy`` is a root, an intermediate and a leaf for ``echo-api.amazon.com`` with their keys,
and mints more leaves and chains on demand (other dates, other names, self-signed). ``SigningPki``
is built on one: beside the genuine chain, chains the endpoint must refuse (self-signed, issued for
another name, expired), each with the key that matches its leaf, and a rogue key that no
certificate vouches for. ``install`` writes the files the web endpoint reads through
``LEGCRAMP_TRUST_ROOTS`` and ``LEGCRAMP_CERT_DIR``, so nothing is fetched. Keys are RSA 2048, the
smallest that the web PKI policy of ``cryptography`` accepts.
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
_LEAF_NAME = "echo-api"

Validity = tuple[datetime, datetime]  # not before, not after (aware datetimes)


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
    validity: Validity,
    *,
    dns_names: tuple[str, ...] = (),
) -> x509.Certificate:
    """A CA certificate when ``dns_names`` is empty, else a TLS server certificate for them."""
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, _ORGANISATION),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    signer = issuer or _Issuer(None, key)
    issuer_name = signer.certificate.subject if signer.certificate is not None else subject
    is_ca = not dns_names
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
    if dns_names:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName(name) for name in dns_names]),
            critical=False,
        ).add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
    return builder.sign(signer.key, hashes.SHA256())


def pem(*certificates: x509.Certificate) -> bytes:
    """The PEM chain of ``certificates``, in order."""
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certificates)


def signature(body: bytes, key: rsa.RSAPrivateKey) -> str:
    """``Signature-256`` of ``body`` by ``key``: RSA PKCS#1 v1.5 over SHA-256, base64."""
    return base64.b64encode(key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode("ascii")


def _intermediate_and_leaf(
    root: _Issuer,
    intermediate_key: rsa.RSAPrivateKey,
    leaf_key: rsa.RSAPrivateKey,
    validity: Validity,
) -> tuple[x509.Certificate, x509.Certificate]:
    """An intermediate under ``root`` and a leaf for ``SIGNING_NAME`` under it, both valid over
    ``validity``."""
    intermediate = _certificate("Throwaway Intermediate", intermediate_key, root, validity)
    leaf = _certificate(
        _LEAF_NAME,
        leaf_key,
        _Issuer(intermediate, intermediate_key),
        validity,
        dns_names=(SIGNING_NAME,),
    )
    return intermediate, leaf


@dataclass(frozen=True)
class Hierarchy:
    """A root, an intermediate under it and an Alexa-like leaf under that, each with its key, and
    another key that no certificate vouches for."""

    root: x509.Certificate
    root_key: rsa.RSAPrivateKey
    intermediate: x509.Certificate
    intermediate_key: rsa.RSAPrivateKey
    leaf: x509.Certificate
    leaf_key: rsa.RSAPrivateKey
    other_key: rsa.RSAPrivateKey

    @classmethod
    def mint(cls, root_validity: Validity, validity: Validity) -> Hierarchy:
        """Four fresh keys; the root valid over ``root_validity``, the intermediate and the leaf
        (named ``SIGNING_NAME``) over ``validity``."""
        root_key, intermediate_key, leaf_key, other_key = (new_key() for _ in range(4))
        root = _certificate("Throwaway Root", root_key, None, root_validity)
        intermediate, leaf = _intermediate_and_leaf(
            _Issuer(root, root_key), intermediate_key, leaf_key, validity
        )
        return cls(root, root_key, intermediate, intermediate_key, leaf, leaf_key, other_key)

    @property
    def _leaf_validity(self) -> Validity:
        return self.leaf.not_valid_before_utc, self.leaf.not_valid_after_utc

    def leaf_with(
        self,
        *,
        not_before: datetime | None = None,
        not_after: datetime | None = None,
        dns_names: tuple[str, ...] = (SIGNING_NAME,),
        key: rsa.RSAPrivateKey | None = None,
    ) -> x509.Certificate:
        """Another leaf under the intermediate, e.g. other dates or names: the leaf's key and
        dates unless given."""
        default_before, default_after = self._leaf_validity
        validity = (not_before or default_before, not_after or default_after)
        issuer = _Issuer(self.intermediate, self.intermediate_key)
        return _certificate(_LEAF_NAME, key or self.leaf_key, issuer, validity, dns_names=dns_names)

    def self_signed_leaf(self, key: rsa.RSAPrivateKey | None = None) -> x509.Certificate:
        """A leaf that looks right (name, dates, key unless given) but vouches for itself."""
        return _certificate(
            _LEAF_NAME, key or self.leaf_key, None, self._leaf_validity, dns_names=(SIGNING_NAME,)
        )

    def chain_valid_around(self, when: datetime) -> bytes:
        """A fresh intermediate and leaf (same keys and root) valid from a day before ``when``
        to a day after, for a server that runs on the real clock."""
        window = (when - timedelta(days=1), when + timedelta(days=1))
        intermediate, leaf = _intermediate_and_leaf(
            _Issuer(self.root, self.root_key), self.intermediate_key, self.leaf_key, window
        )
        return pem(leaf, intermediate)

    def chain(self, leaf: x509.Certificate | None = None, *, intermediate: bool = True) -> bytes:
        """Leaf then intermediate, as Amazon serves its chain (the root stays out)."""
        certificates = [leaf or self.leaf] + ([self.intermediate] if intermediate else [])
        return pem(*certificates)

    def roots(self) -> bytes:
        """The trust anchor, as a PEM file's content."""
        return pem(self.root)

    def sign(self, body: bytes, key: rsa.RSAPrivateKey | None = None) -> str:
        """``Signature-256`` for ``body`` (by the leaf's key unless ``key`` is given)."""
        return signature(body, key or self.leaf_key)


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

    def environment(self) -> dict[str, str]:
        """The variables that point the web endpoint at these files."""
        return {"LEGCRAMP_TRUST_ROOTS": str(self.roots), "LEGCRAMP_CERT_DIR": str(self.cert_dir)}


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
        current = (now - timedelta(days=1), now + timedelta(days=30))
        pki = Hierarchy.mint((current[0], now + timedelta(days=3650)), current)
        rogue_key = pki.other_key
        forged = (
            Chain("self-signed.pem", pem(pki.self_signed_leaf(rogue_key)), rogue_key),
            Chain(
                "other-name.pem",
                pki.chain(pki.leaf_with(key=rogue_key, dns_names=("echo-api.example.com",))),
                rogue_key,
            ),
            Chain(
                "expired.pem",
                pki.chain(
                    pki.leaf_with(
                        not_before=now - timedelta(days=60), not_after=now - timedelta(days=1)
                    )
                ),
                pki.leaf_key,
            ),
        )
        genuine = Chain("echo-api-cert.pem", pki.chain(), pki.leaf_key)
        return cls(pki.roots(), genuine, forged, rogue_key)

    def sign(self, body: bytes, key: rsa.RSAPrivateKey | None = None) -> str:
        """``Signature-256`` of ``body``: RSA PKCS#1 v1.5 over SHA-256, base64 (the genuine key)."""
        return signature(body, key or self.genuine.key)

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


@dataclass(frozen=True)
class LoopbackTls:
    """A throwaway root and a server certificate for ``127.0.0.1`` under it, for a TLS stand-in
    of an Amazon API; clients trust the root through ``REQUESTS_CA_BUNDLE``."""

    root_pem: bytes
    chain_pem: bytes
    key_pem: bytes

    @classmethod
    def mint(cls, now: datetime) -> LoopbackTls:
        """Certificates valid from a day before ``now`` (aware) to a day after."""
        import ipaddress  # noqa: PLC0415

        validity = (now - timedelta(days=1), now + timedelta(days=1))
        root_key, leaf_key = new_key(), new_key()
        root = _certificate("Throwaway Loopback Root", root_key, None, validity)
        leaf = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(root.subject)
            .public_key(leaf_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(validity[0])
            .not_valid_after(validity[1])
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.SubjectAlternativeName(
                    [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
                ),
                critical=False,
            )
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
            )
            .sign(root_key, hashes.SHA256())
        )
        key_pem = leaf_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return cls(pem(root), pem(leaf), key_pem)

    def install(self, directory: Path) -> tuple[Path, Path, Path]:
        """Write the root (for ``REQUESTS_CA_BUNDLE``), the server chain and its key."""
        paths = (directory / "root.pem", directory / "server.pem", directory / "server.key")
        for path, data in zip(paths, (self.root_pem, self.chain_pem, self.key_pem), strict=True):
            path.write_bytes(data)
        return paths
