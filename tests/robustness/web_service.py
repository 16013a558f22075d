"""The web endpoint as the robustness tests drive it: the real app over a throwaway PKI.

One module-level PKI (minting keys is slow) and fixed clock; ``start`` builds the real
``create_app`` in ``LEGCRAMP_CERT_DIR`` mode with a spy in the skill's dispatch. Reached through
the ``service`` fixture (``conftest.py``) and imported as ``tests.robustness.web_service``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from flask.testing import FlaskClient

from legcramp.contract import check_response
from legcramp.envelopes import EnvelopeFactory
from skill.builder import make_skill_builder
from skill.settings import Settings
from skill.web.app import create_app
from tests.support.fuzzing import SigningPki, json_body

Json = dict[str, Any]
Headers = list[tuple[str, str]]
NOW = datetime(2031, 5, 4, 3, 2, 1, tzinfo=UTC)
STAMP = NOW.strftime("%Y-%m-%dT%H:%M:%SZ")
SKILL_ID = "amzn1.ask.skill.7a1c55e2-0b9d-4f3e-8c21-00000000f022"
PKI = SigningPki.mint(NOW)


class DispatchSpy(AbstractRequestInterceptor):
    """Runs first in the skill's dispatch: every request it records reached the handlers."""

    def __init__(self) -> None:
        self.seen: list[str | None] = []

    def process(self, handler_input: HandlerInput) -> None:
        self.seen.append(getattr(handler_input.request_envelope.request, "object_type", None))


@dataclass
class Service:
    """The app under test, its client and the spy inside it."""

    client: FlaskClient
    spy: DispatchSpy

    def post(self, body: bytes, headers: Headers) -> Any:
        """POST ``body`` with exactly ``headers``; the spy starts from zero."""
        self.spy.seen.clear()
        return self.client.post("/", data=body, headers=headers)

    def signed(self, envelope: Json) -> Any:
        """POST ``envelope`` as Alexa would: signed with the genuine key under the genuine chain."""
        body = json_body(envelope)
        return self.post(body, list(PKI.headers(body).items()))

    def still_serves(self) -> None:
        """A genuine LaunchRequest is answered within the contract, by exactly one dispatch."""
        envelope = EnvelopeFactory(skill_id=SKILL_ID, clock=lambda: NOW).launch()
        response = self.signed(envelope)
        assert response.status_code == 200, response.get_data(as_text=True)
        assert check_response(response.get_json(), envelope) == []
        assert self.spy.seen == ["LaunchRequest"]


def start(directory: Path) -> Service:
    """The verified app, with the PKI's anchors and chains written under ``directory``."""
    files = PKI.install(directory)
    spy = DispatchSpy()
    builder = make_skill_builder(Settings(skill_id=SKILL_ID))
    builder.add_global_request_interceptor(spy)
    settings = Settings(skill_id=SKILL_ID, trust_roots=files.roots, cert_dir=files.cert_dir)
    app = create_app(settings, skill_builder=builder, clock=lambda: NOW)
    return Service(app.test_client(), spy)
