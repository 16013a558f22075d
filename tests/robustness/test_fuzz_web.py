"""The web endpoint under arbitrary bodies and headers: no 5xx, no handler without verification.

The app is the real one (``create_app``) with the real chain source (``LEGCRAMP_CERT_DIR`` mode)
over a throwaway PKI, a fixed clock, and a spy that counts every request reaching the skill's
dispatch. After every hostile request a genuinely signed one must still be answered.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from ask_sdk_model import Request
from hypothesis import given
from hypothesis import strategies as st

from legcramp.contract import check_response
from legcramp.envelopes import EnvelopeFactory
from tests.robustness.web_service import NOW, PKI, SKILL_ID, STAMP, Service
from tests.support.fuzzing import (
    MALFORMED_BODIES,
    envelopes,
    json_body,
    reproducible,
    unverified_requests,
)

Json = dict[str, Any]
# Types ask_sdk_model can read; others are read from their essentials (skill.envelope).
MODELLED_TYPES = frozenset(Request.discriminator_value_class_map)


def _ours(timestamp: str = STAMP) -> st.SearchStrategy[Json]:
    return envelopes(skill_id=SKILL_ID, timestamp=st.just(timestamp))


def _refused(service: Service, response: Any) -> None:
    assert 400 <= response.status_code < 500, response.get_data(as_text=True)
    assert response.is_json and set(response.get_json()) == {"error"}
    assert service.spy.seen == []


@reproducible(max_examples=250)
@given(request=unverified_requests(PKI, _ours()))
def test_unverified_requests_are_refused_before_any_handler(
    service: Service, request: tuple[bytes, list[tuple[str, str]]]
) -> None:
    body, headers = request
    _refused(service, service.post(body, headers))
    service.still_serves()


@reproducible(max_examples=150)
@given(envelope=_ours())
def test_signed_requests_are_answered_within_the_contract(service: Service, envelope: Json) -> None:
    response = service.signed(envelope)
    request_type = envelope["request"]["type"]
    assert response.status_code == 200, response.get_data(as_text=True)
    assert check_response(response.get_json(), envelope) == []
    if request_type not in MODELLED_TYPES:
        # The one envelope policy: read from its essentials, answered with an empty response.
        assert "outputSpeech" not in response.get_json()["response"]
        return
    assert service.spy.seen == [request_type]


@reproducible(max_examples=60)
@given(
    envelope=envelopes(skill_id=SKILL_ID),
    skew=st.integers(min_value=151, max_value=10**8),
    direction=st.sampled_from([-1, 1]),
    other_skill=st.booleans(),
)
def test_signed_but_stale_or_foreign_requests_are_refused(
    service: Service, envelope: Json, skew: int, direction: int, other_skill: bool
) -> None:
    at = NOW + direction * timedelta(seconds=skew)
    envelope["request"]["timestamp"] = at.strftime("%Y-%m-%dT%H:%M:%SZ")
    if other_skill:
        envelope["request"]["timestamp"] = STAMP
        for holder in (envelope["context"]["System"], envelope.get("session", {})):
            holder["application"] = {"applicationId": "amzn1.ask.skill.someone-else"}
    _refused(service, service.signed(envelope))
    service.still_serves()


@pytest.mark.parametrize("name", sorted(MALFORMED_BODIES))
def test_malformed_bodies_are_refused_even_when_signed(service: Service, name: str) -> None:
    body = MALFORMED_BODIES[name]
    _refused(service, service.post(body, list(PKI.headers(body).items())))
    service.still_serves()


def test_a_non_ascii_signature_is_refused_not_a_server_error(service: Service) -> None:
    body = json_body(EnvelopeFactory(skill_id=SKILL_ID, clock=lambda: NOW).launch())
    _refused(
        service,
        service.post(body, [("SignatureCertChainUrl", PKI.genuine.url), ("Signature-256", "\x80")]),
    )


def test_other_methods_and_paths_are_client_errors(service: Service) -> None:
    for method, path in [("GET", "/"), ("PUT", "/"), ("DELETE", "/"), ("POST", "/nope")]:
        response = service.client.open(path, method=method, data=b"{}")
        _refused(service, response)
    service.still_serves()
