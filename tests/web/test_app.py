"""The endpoint over HTTP: what Alexa gets back; rejected requests never reach a handler."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from legcramp.contract import check_response
from skill.settings import Settings
from skill.web.app import ConfigurationError, create_app
from skill.web.verification import MAX_BODY_BYTES

Json = dict[str, Any]

VALID_URL_FORMS = [
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem",
]
INVALID_URL_FORMS = [
    "http://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://notamazon.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem",
    "https://s3.amazonaws.com/invalid.path/echo-api-cert.pem",
    "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem",
]


def assert_rejected(endpoint: Any, response: Any, reason: str, status: int = 400) -> None:
    """``status`` with a short JSON error naming ``reason``, and no handler ran."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.is_json
    assert response.get_json() == {"error": reason}
    assert endpoint.handled.count == 0


def assert_answered(endpoint: Any, response: Any, envelope: Json) -> None:
    """200 with a response that keeps the contract, from exactly one skill invocation."""
    assert response.status_code == 200, response.get_data(as_text=True)
    assert check_response(response.get_json(), envelope) == []
    assert endpoint.handled.count == 1


def test_a_signed_request_is_answered(endpoint: Any) -> None:
    envelope = endpoint.envelope()
    response = endpoint.post(endpoint.body(envelope))
    assert_answered(endpoint, response, envelope)
    assert response.get_json()["version"] == "1.0"


def test_a_tampered_body_is_rejected(endpoint: Any) -> None:
    body = endpoint.body(endpoint.envelope())
    signature = endpoint.pki.sign(body)
    tampered = body.replace(b'"locale":"en-US"', b'"locale":"en-GB"')
    assert tampered != body
    response = endpoint.post(tampered, signature=signature)
    assert_rejected(endpoint, response, "signature does not match the body")


def test_the_raw_bytes_are_verified_not_a_reserialisation(endpoint: Any) -> None:
    envelope = endpoint.envelope()
    signature = endpoint.pki.sign(endpoint.body(envelope))
    same_json_other_bytes = json.dumps(envelope, indent=2).encode()
    response = endpoint.post(same_json_other_bytes, signature=signature)
    assert_rejected(endpoint, response, "signature does not match the body")


def test_a_signature_from_another_key_is_rejected(endpoint: Any) -> None:
    response = endpoint.post(endpoint.body(endpoint.envelope()), key=endpoint.pki.other_key)
    assert_rejected(endpoint, response, "signature does not match the body")


@pytest.mark.parametrize("signature", ["not base64!", "QUJD=x", "%%%%", "\x80\xff", "é" * 344])
def test_a_signature_that_is_not_base64_is_rejected(endpoint: Any, signature: str) -> None:
    response = endpoint.post(endpoint.body(endpoint.envelope()), signature=signature)
    assert_rejected(endpoint, response, "Signature-256 is not base64")


@pytest.mark.parametrize("missing", ["signature", "cert_url", "both"])
def test_missing_headers_are_rejected(endpoint: Any, missing: str) -> None:
    body = endpoint.body(endpoint.envelope())
    signature = "" if missing in ("signature", "both") else None
    cert_url = None if missing in ("cert_url", "both") else endpoint.cert_url
    response = endpoint.post(body, signature=signature, cert_url=cert_url)
    assert_rejected(endpoint, response, "missing SignatureCertChainUrl or Signature-256 header")
    assert endpoint.fetcher.calls == []


def test_header_names_are_case_insensitive(endpoint: Any) -> None:
    envelope = endpoint.envelope()
    body = endpoint.body(envelope)
    headers = {
        "signaturecertchainurl": endpoint.cert_url,
        "SIGNATURE-256": endpoint.pki.sign(body),
    }
    response = endpoint.client.post("/", data=body, headers=headers)
    assert_answered(endpoint, response, envelope)


@pytest.mark.parametrize("url", VALID_URL_FORMS)
def test_each_valid_certificate_url_form_is_answered(endpoint: Any, url: str) -> None:
    envelope = endpoint.envelope()
    response = endpoint.post(endpoint.body(envelope), cert_url=url)
    assert_answered(endpoint, response, envelope)
    assert endpoint.fetcher.calls == [endpoint.cert_url]  # fetched in its normalised form


@pytest.mark.parametrize("url", INVALID_URL_FORMS)
def test_each_invalid_certificate_url_form_is_rejected_before_any_fetch(
    endpoint: Any, url: str
) -> None:
    response = endpoint.post(endpoint.body(endpoint.envelope()), cert_url=url)
    assert response.status_code == 400
    assert response.get_json()["error"].startswith("certificate URL ")
    assert endpoint.handled.count == 0
    assert endpoint.fetcher.calls == []


def expired_leaf(pki: Any, now: datetime) -> bytes:
    return pki.chain(pki.leaf_with(not_after=now - timedelta(seconds=1)))


def not_yet_valid_leaf(pki: Any, now: datetime) -> bytes:
    return pki.chain(pki.leaf_with(not_before=now + timedelta(days=1)))


def wrong_san_leaf(pki: Any, now: datetime) -> bytes:
    return pki.chain(pki.leaf_with(dns_names=("echo-api.example.com",)))


def wildcard_san_leaf(pki: Any, now: datetime) -> bytes:
    return pki.chain(pki.leaf_with(dns_names=("*.amazon.com",)))


def self_signed_leaf(pki: Any, now: datetime) -> bytes:
    return pki.chain(pki.self_signed_leaf(), intermediate=False)


def leaf_without_intermediate(pki: Any, now: datetime) -> bytes:
    return pki.chain(intermediate=False)


def not_pem(pki: Any, now: datetime) -> bytes:
    return b"<html>Access Denied</html>"


@pytest.mark.parametrize(
    ("make_chain", "reason", "logged"),
    [
        (expired_leaf, "certificate chain is not trusted", "not valid at validation time"),
        (not_yet_valid_leaf, "certificate chain is not trusted", "not valid at validation time"),
        (wrong_san_leaf, "certificate chain is not trusted", "no matching subjectAltName"),
        (wildcard_san_leaf, "signing certificate does not name echo-api.amazon.com", ""),
        (self_signed_leaf, "certificate chain is not trusted", "candidates exhausted"),
        (leaf_without_intermediate, "certificate chain is not trusted", "candidates exhausted"),
        (not_pem, "certificate chain is not PEM", ""),
    ],
)
def test_an_untrusted_chain_is_rejected(
    endpoint: Any,
    make_chain: Callable[[Any, datetime], bytes],
    reason: str,
    logged: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    endpoint.fetcher.chains[endpoint.cert_url] = make_chain(endpoint.pki, endpoint.clock.now)
    with caplog.at_level(logging.WARNING):
        response = endpoint.post(endpoint.body(endpoint.envelope()))
    assert_rejected(endpoint, response, reason)
    assert logged in caplog.text


@pytest.mark.parametrize("age_seconds", [151, -151, 3600])
def test_a_stale_or_future_timestamp_is_rejected(endpoint: Any, age_seconds: int) -> None:
    envelope = endpoint.envelope(age=timedelta(seconds=age_seconds))
    response = endpoint.post(endpoint.body(envelope))
    assert_rejected(endpoint, response, "request timestamp is outside the 150 s tolerance")


@pytest.mark.parametrize("age_seconds", [149, -149, 150, 0])
def test_a_timestamp_within_150_seconds_is_accepted(endpoint: Any, age_seconds: int) -> None:
    envelope = endpoint.envelope(age=timedelta(seconds=age_seconds))
    assert_answered(endpoint, endpoint.post(endpoint.body(envelope)), envelope)


def test_a_request_for_another_skill_is_rejected(endpoint: Any) -> None:
    envelope = endpoint.envelope(skill_id="amzn1.ask.skill.00000000-0000-4000-8000-000000000bad")
    response = endpoint.post(endpoint.body(envelope))
    assert_rejected(endpoint, response, "request is for another skill")


def test_a_request_with_no_application_id_is_rejected(endpoint: Any) -> None:
    envelope = endpoint.envelope()
    del envelope["context"]["System"]["application"]
    del envelope["session"]["application"]
    response = endpoint.post(endpoint.body(envelope))
    assert_rejected(endpoint, response, "request has no application id")


@pytest.mark.parametrize("body", [b"not json", b"\xff\xfe{}", b"", b"[1, 2]", b'"launch"'])
def test_a_body_that_is_not_a_json_object_is_rejected(endpoint: Any, body: bytes) -> None:
    response = endpoint.post(body)
    assert response.status_code == 400
    assert response.get_json()["error"] in {"body is not JSON", "body is not a JSON object"}
    assert endpoint.handled.count == 0
    assert endpoint.fetcher.calls == []


def test_deeply_nested_json_is_a_400_not_a_500(endpoint: Any) -> None:
    for body in (b"[" * 50_000, b'{"a":' * 5_000 + b"1" + b"}" * 5_000):
        response = endpoint.post(body)
        assert response.status_code == 400
        assert response.get_json()["error"] in {
            "body is not JSON",
            "body is nested deeper than 64 levels",
        }
    assert endpoint.handled.count == 0


def test_signed_attributes_nested_past_the_limit_are_refused_before_the_sdk(endpoint: Any) -> None:
    envelope = endpoint.envelope()
    deep: Json = {}
    for _ in range(900):  # deep enough to exhaust the SDK's recursive copy of the attributes
        deep = {"a": deep}
    envelope["session"]["attributes"] = deep
    response = endpoint.post(endpoint.body(envelope))
    assert_rejected(endpoint, response, "body is nested deeper than 64 levels")


@pytest.mark.parametrize(
    ("request_part", "reason"),
    [
        ({"type": "LaunchRequest", "timestamp": "yesterday"}, "request timestamp is not a time"),
        (5, "request has no timestamp"),
    ],
)
def test_an_envelope_that_cannot_be_verified_is_a_400_not_a_500(
    endpoint: Any, request_part: Any, reason: str
) -> None:
    envelope = endpoint.envelope()
    envelope["request"] = request_part
    response = endpoint.post(endpoint.body(envelope))
    assert_rejected(endpoint, response, reason)


def test_a_signed_request_of_a_type_the_sdk_does_not_model_gets_the_lambda_answer(
    endpoint: Any, lambda_handler: Any
) -> None:
    """The one envelope policy: an empty, valid response on both entry points (never a 400)."""
    envelope = endpoint.envelope()
    envelope["request"] = {**envelope["request"], "type": "Alexa.Presentation.APL.FutureEvent"}
    response = endpoint.post(endpoint.body(envelope))
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.get_json() == lambda_handler(envelope, None)
    assert "outputSpeech" not in response.get_json()["response"]


def test_a_body_over_128_kb_is_refused_with_413(endpoint: Any) -> None:
    envelope = endpoint.envelope()
    envelope["padding"] = "x" * MAX_BODY_BYTES
    response = endpoint.post(endpoint.body(envelope))
    assert_rejected(endpoint, response, "request entity too large", status=413)


def test_a_body_of_exactly_128_kb_is_still_read(endpoint: Any) -> None:
    envelope = endpoint.envelope()
    envelope["padding"] = ""
    filler = MAX_BODY_BYTES - len(endpoint.body(envelope))
    envelope["padding"] = "x" * filler
    body = endpoint.body(envelope)
    assert len(body) == MAX_BODY_BYTES
    assert_answered(endpoint, endpoint.post(body), envelope)


def test_get_on_the_skill_route_is_405(endpoint: Any) -> None:
    response = endpoint.client.get("/")
    assert response.status_code == 405
    assert response.get_json() == {"error": "method not allowed"}
    assert "POST" in response.headers["Allow"]


def test_health_answers_200_without_verification(endpoint: Any) -> None:
    response = endpoint.client.get("/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_the_chain_is_fetched_once_and_reused(endpoint: Any) -> None:
    for _ in range(3):
        envelope = endpoint.envelope()
        assert endpoint.post(endpoint.body(envelope)).status_code == 200
    assert endpoint.fetcher.calls == [endpoint.cert_url]


def test_an_expired_cached_chain_is_fetched_again_and_then_refused(endpoint: Any) -> None:
    assert endpoint.post(endpoint.body(endpoint.envelope())).status_code == 200
    endpoint.clock.now = endpoint.pki.leaf.not_valid_after_utc + timedelta(seconds=1)
    response = endpoint.post(endpoint.body(endpoint.envelope()))
    assert response.status_code == 400
    assert response.get_json() == {"error": "certificate chain is not trusted"}
    assert endpoint.fetcher.calls == [endpoint.cert_url, endpoint.cert_url]
    assert endpoint.handled.count == 1


def test_a_rejection_is_logged_as_one_warning_line(
    endpoint: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        endpoint.post(endpoint.body(endpoint.envelope()), key=endpoint.pki.other_key)
    records = [r for r in caplog.records if "rejected" in r.getMessage()]
    assert [r.levelname for r in records] == ["WARNING"]
    assert records[0].exc_info is None
    assert "signature does not match the body" in records[0].getMessage()


def test_chains_come_from_the_cert_dir_when_it_is_set(
    make_endpoint: Callable[..., Any], pki: Any, tmp_path: Path
) -> None:
    cert_dir = tmp_path / "chains"
    cert_dir.mkdir()
    (cert_dir / "echo-api-cert.pem").write_bytes(pki.chain())
    endpoint = make_endpoint(cert_dir=cert_dir, inject_fetcher=False)
    envelope = endpoint.envelope()
    assert_answered(endpoint, endpoint.post(endpoint.body(envelope)), envelope)
    absent = endpoint.cert_url.replace("echo-api-cert", "not-downloaded")
    response = endpoint.post(endpoint.body(envelope), cert_url=absent)
    assert response.get_json() == {"error": "certificate chain is not available offline"}
    assert endpoint.fetcher.calls == []


def test_verification_needs_a_skill_id(roots_file: Path) -> None:
    with pytest.raises(ConfigurationError, match="SKILL_ID"):
        create_app(Settings(skill_id=None, trust_roots=roots_file))


def test_unverified_mode_answers_unsigned_requests_but_still_checks_the_skill_id(
    make_endpoint: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        endpoint = make_endpoint(verify=False)
    assert "VERIFICATION IS OFF" in caplog.text
    envelope = endpoint.envelope(age=timedelta(hours=5))
    response = endpoint.client.post("/", data=endpoint.body(envelope))
    assert_answered(endpoint, response, envelope)
    other = endpoint.envelope(skill_id="amzn1.ask.skill.other")
    refused = endpoint.client.post("/", data=endpoint.body(other))
    assert refused.status_code == 400
    assert endpoint.fetcher.calls == []
