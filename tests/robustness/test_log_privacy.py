"""No log line carries a raw user ID, device ID, person ID, session ID or access token.

``tests/skill/test_interceptors.py`` shows it for a handful of recorded requests; here it holds for
generated ones, through the Lambda handler (including failing handlers, whose tracebacks are
logged) and through the web endpoint (signed, refused and malformed requests alike). Everything a
record carries is searched: the message, its arguments, any extra fields and the traceback.
"""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skill.dialog.conversation import Conversation
from tests.conftest import Handler, Json
from tests.robustness.web_service import PKI, SKILL_ID, STAMP, Service
from tests.support.fuzzing import (
    envelopes,
    forgeries,
    json_body,
    reproducible,
    secrets_of,
)

_FORMATTER = logging.Formatter("%(levelname)s %(name)s %(message)s")


def _private(max_examples: int) -> settings:
    # caplog is function-scoped, so each example clears it before it runs.
    return reproducible(max_examples, HealthCheck.function_scoped_fixture)


def _logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(
        f"{_FORMATTER.format(record)} {record.args!r} {record.__dict__!r}"
        for record in caplog.records
    )


def _assert_private(caplog: pytest.LogCaptureFixture, envelope: Json) -> None:
    logged = _logged(caplog)
    leaked = [secret for secret in secrets_of(envelope) if secret in logged]
    assert leaked == [], f"logged: {leaked}"


@_private(200)
@given(envelope=envelopes())
def test_lambda_logs_name_no_one(
    lambda_handler: Handler, caplog: pytest.LogCaptureFixture, envelope: Json
) -> None:
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        lambda_handler(envelope, None)
    assert caplog.records, "every request is logged"
    _assert_private(caplog, envelope)


@pytest.fixture
def failing_conversation(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object, **__: object) -> object:
        raise RuntimeError("forced failure")

    # Every spoken answer goes through this one method.
    monkeypatch.setattr(Conversation, "reply", fail)


@pytest.mark.usefixtures("failing_conversation")
@_private(60)
@given(envelope=envelopes(request_type=st.sampled_from(["LaunchRequest", "IntentRequest"])))
def test_failures_are_logged_without_naming_anyone(
    lambda_handler: Handler, caplog: pytest.LogCaptureFixture, envelope: Json
) -> None:
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        lambda_handler(envelope, None)
    assert any(record.exc_info for record in caplog.records), "the failure was logged"
    _assert_private(caplog, envelope)


@_private(120)
@given(
    envelope=envelopes(skill_id=SKILL_ID, timestamp=st.just(STAMP)),
    forgery=st.sampled_from(["genuine", *sorted(forgeries(PKI))]),
    junk=st.sampled_from([b"", b"}", b"\xff"]),
)
def test_web_endpoint_logs_name_no_one(
    service: Service,
    caplog: pytest.LogCaptureFixture,
    envelope: Json,
    forgery: str,
    junk: bytes,
) -> None:
    body = json_body(envelope) + junk
    if forgery == "genuine":
        headers = list(PKI.headers(body).items())
    else:
        headers = forgeries(PKI)[forgery](body)
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        service.post(body, headers)
    _assert_private(caplog, envelope)
