"""Web-endpoint fixtures: a throwaway PKI (root → intermediate → leaf), signed requests, a clock.

Nothing here touches the network: chains come from an in-memory fetcher, time from a fixed clock.
Tests reach every helper through a fixture (``pki``, ``endpoint``, ``make_endpoint``), never by
importing this file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from cryptography.hazmat.primitives.asymmetric import rsa
from flask import Flask
from flask.testing import FlaskClient

from legcramp.envelopes import EnvelopeFactory
from skill.builder import make_skill_builder
from skill.settings import Settings
from skill.web.app import create_app
from tests.support.fuzzing import Hierarchy

NOW = datetime(2030, 3, 1, 12, 0, 0, tzinfo=UTC)
SKILL_ID = "amzn1.ask.skill.5f0c3a52-7d55-4a8e-9a57-2a1c0ffee123"
CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert.pem"

Json = dict[str, Any]


# --- the PKI -------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pki() -> Hierarchy:
    """Minted once per run (RSA key generation is the slow part) by ``tests.support.pki``."""
    decade = timedelta(days=3650)  # the root is also valid today, for live-server tests
    return Hierarchy.mint(
        (NOW - decade, NOW + decade), (NOW - timedelta(days=30), NOW + timedelta(days=60))
    )


@pytest.fixture
def roots_file(pki: Hierarchy, tmp_path: Path) -> Path:
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
    pki: Hierarchy
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
def make_endpoint(pki: Hierarchy, roots_file: Path) -> Iterator[Callable[..., Endpoint]]:
    """Build a verified endpoint; keyword arguments override the ``Settings``.

    ``inject_fetcher=False`` leaves chain loading to the app (``LEGCRAMP_CERT_DIR`` or HTTPS).
    """

    def build(*, inject_fetcher: bool = True, **settings: Any) -> Endpoint:
        clock = Clock()
        fetcher = Fetcher({CERT_URL: pki.chain()})
        handled = CountingInterceptor()
        builder = make_skill_builder(Settings(skill_id=SKILL_ID))
        builder.add_global_request_interceptor(handled)
        options: dict[str, Any] = {"skill_id": SKILL_ID, "trust_roots": roots_file} | settings
        app = create_app(
            Settings(**options),
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
