"""Web-endpoint fixtures: a PKI minted here (root → intermediate → leaf), signed requests, a clock.

Nothing here touches the network: chains come from an in-memory fetcher, time from a fixed clock.
Tests reach every helper through a fixture (``pki``, ``endpoint``, ``make_endpoint``), never by
importing this file.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from flask import Flask
from flask.testing import FlaskClient

from legcramp.envelopes import EnvelopeFactory
from skill.builder import make_skill_builder
from skill.web.app import create_app
from skill.web.settings import WebSettings

NOW = datetime(2030, 3, 1, 12, 0, 0, tzinfo=UTC)
SKILL_ID = "amzn1.ask.skill.5f0c3a52-7d55-4a8e-9a57-2a1c0ffee123"
CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert.pem"
SIGNING_NAME = "echo-api.amazon.com"

Json = dict[str, Any]


# --- the PKI -------------------------------------------------------------------------------------


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Leg Cramp Helper Test PKI"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def mint(
    subject: str,
    key: rsa.RSAPrivateKey,
    issuer: x509.Certificate | None,
    issuer_key: rsa.RSAPrivateKey,
    *,
    ca: bool,
    not_before: datetime = NOW - timedelta(days=30),
    not_after: datetime = NOW + timedelta(days=60),
    dns_names: tuple[str, ...] = (),
) -> x509.Certificate:
    """One certificate shaped like the web PKI's (what ``PolicyBuilder`` expects)."""
    issuer_name = issuer.subject if issuer is not None else _name(subject)
    issuer_public = issuer_key.public_key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_public), critical=False
        )
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=False,
                key_encipherment=not ca,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    if not ca:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
    if dns_names:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName(n) for n in dns_names]), critical=False
        )
    return builder.sign(issuer_key, hashes.SHA256())


def pem(*certificates: x509.Certificate) -> bytes:
    """The PEM chain of ``certificates``, in order."""
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certificates)


@dataclass(frozen=True)
class Pki:
    """A root, an intermediate, a good Alexa-like leaf, and the keys to misbehave with."""

    root: x509.Certificate
    root_key: rsa.RSAPrivateKey
    intermediate: x509.Certificate
    intermediate_key: rsa.RSAPrivateKey
    leaf: x509.Certificate
    leaf_key: rsa.RSAPrivateKey
    other_key: rsa.RSAPrivateKey

    def leaf_with(self, **overrides: Any) -> x509.Certificate:
        """Another leaf under the intermediate (same key), e.g. other dates or names."""
        options: dict[str, Any] = {"dns_names": (SIGNING_NAME,)} | overrides
        return mint(
            "echo-api", self.leaf_key, self.intermediate, self.intermediate_key, ca=False, **options
        )

    def chain_valid_around(self, when: datetime) -> bytes:
        """A fresh intermediate and leaf (same keys and root) valid from a day before ``when``
        to a day after, for a server that runs on the real clock."""
        window = {"not_before": when - timedelta(days=1), "not_after": when + timedelta(days=1)}
        intermediate = mint(
            "Test Intermediate", self.intermediate_key, self.root, self.root_key, ca=True, **window
        )
        leaf = mint(
            "echo-api",
            self.leaf_key,
            intermediate,
            self.intermediate_key,
            ca=False,
            dns_names=(SIGNING_NAME,),
            **window,
        )
        return pem(leaf, intermediate)

    def self_signed_leaf(self) -> x509.Certificate:
        """A leaf that looks right (name, dates, key) but vouches for itself."""
        return mint(
            "echo-api", self.leaf_key, None, self.leaf_key, ca=False, dns_names=(SIGNING_NAME,)
        )

    def chain(self, leaf: x509.Certificate | None = None, *, intermediate: bool = True) -> bytes:
        """Leaf then intermediate, as Amazon serves its chain (the root stays out)."""
        certificates = [leaf or self.leaf] + ([self.intermediate] if intermediate else [])
        return pem(*certificates)

    def roots(self) -> bytes:
        """The trust anchor, as a PEM file's content."""
        return pem(self.root)

    def sign(self, body: bytes, key: rsa.RSAPrivateKey | None = None) -> str:
        """``Signature-256`` for ``body``: RSA PKCS#1 v1.5, SHA-256, base64 (the leaf's key)."""
        signer = key or self.leaf_key
        raw = signer.sign(body, padding.PKCS1v15(), hashes.SHA256())
        return base64.b64encode(raw).decode("ascii")


@pytest.fixture(scope="session")
def pki() -> Pki:
    """Minted once per run: RSA key generation is the slow part."""
    keys = [rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(4)]
    root_key, intermediate_key, leaf_key, other_key = keys
    decade = timedelta(days=3650)  # the root is also valid today, for live-server tests
    root = mint(
        "Test Root",
        root_key,
        None,
        root_key,
        ca=True,
        not_before=NOW - decade,
        not_after=NOW + decade,
    )
    intermediate = mint("Test Intermediate", intermediate_key, root, root_key, ca=True)
    leaf = mint(
        "echo-api", leaf_key, intermediate, intermediate_key, ca=False, dns_names=(SIGNING_NAME,)
    )
    return Pki(root, root_key, intermediate, intermediate_key, leaf, leaf_key, other_key)


@pytest.fixture
def roots_file(pki: Pki, tmp_path: Path) -> Path:
    """The test root as a ``LEGCRAMP_TRUST_ROOTS`` file."""
    path = tmp_path / "roots.pem"
    path.write_bytes(pki.roots())
    return path


# --- time, chains, skill -------------------------------------------------------------------------


@dataclass
class Clock:
    """A clock that moves only when told to."""

    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Fetcher:
    """Serves chains from a dict and counts every download."""

    chains: dict[str, bytes]
    calls: list[str] = field(default_factory=list)

    def __call__(self, url: str) -> bytes:
        self.calls.append(url)
        return self.chains[url]


class CountingInterceptor(AbstractRequestInterceptor):  # type: ignore[misc]
    """Runs inside ``skill.invoke`` before any handler: a count of 0 means no handler ran."""

    def __init__(self) -> None:
        self.count = 0

    def process(self, handler_input: HandlerInput) -> None:
        self.count += 1


@dataclass
class Endpoint:
    """A verified app under test, its test client and the doubles it was built with."""

    app: Flask
    client: FlaskClient
    clock: Clock
    fetcher: Fetcher
    handled: CountingInterceptor
    pki: Pki
    skill_id: str = SKILL_ID
    cert_url: str = CERT_URL

    def envelope(self, *, skill_id: str = SKILL_ID, age: timedelta = timedelta(0)) -> Json:
        """A LaunchRequest stamped ``age`` before the clock (negative: in the future)."""
        return EnvelopeFactory(skill_id=skill_id, clock=lambda: self.clock.now - age).launch()

    def post(
        self,
        body: bytes,
        *,
        signature: str | None = None,
        cert_url: str | None = CERT_URL,
        key: rsa.RSAPrivateKey | None = None,
    ) -> Any:
        """POST ``body`` signed with ``key`` (the leaf's unless given) unless ``signature`` is."""
        headers: dict[str, str] = {}
        if cert_url is not None:
            headers["SignatureCertChainUrl"] = cert_url
        if signature is None:
            signature = self.pki.sign(body, key)
        if signature:
            headers["Signature-256"] = signature
        return self.client.post("/", data=body, headers=headers)

    @staticmethod
    def body(envelope: Json) -> bytes:
        """The exact bytes sent (and signed)."""
        return json.dumps(envelope, separators=(",", ":")).encode("utf-8")


@pytest.fixture
def make_endpoint(pki: Pki, roots_file: Path) -> Iterator[Callable[..., Endpoint]]:
    """Build a verified endpoint; keyword arguments override the ``WebSettings``.

    ``inject_fetcher=False`` leaves chain loading to the app (``LEGCRAMP_CERT_DIR`` or HTTPS).
    """

    def build(*, inject_fetcher: bool = True, **settings: Any) -> Endpoint:
        clock = Clock()
        fetcher = Fetcher({CERT_URL: pki.chain()})
        handled = CountingInterceptor()
        builder = make_skill_builder(SKILL_ID)
        builder.add_global_request_interceptor(handled)
        options: dict[str, Any] = {"skill_id": SKILL_ID, "trust_roots": roots_file} | settings
        app = create_app(
            WebSettings(**options),
            skill_builder=builder,
            clock=clock,
            fetch_chain=fetcher if inject_fetcher else None,
        )
        return Endpoint(app, app.test_client(), clock, fetcher, handled, pki)

    yield build


@pytest.fixture
def endpoint(make_endpoint: Callable[..., Endpoint]) -> Endpoint:
    """The default verified endpoint."""
    return make_endpoint()
