from __future__ import annotations

import json
import logging

import pytest

from tests.conftest import Invoke, load_request

FIXTURES = ["launch", "topic_magnesium", "yes_after_causes", "session_ended_error",
            "can_fulfill_topic", "unknown_request_type"]


@pytest.mark.parametrize("fixture", FIXTURES)
def test_logs_never_carry_raw_identifiers_or_tokens(
    invoke: Invoke, caplog: pytest.LogCaptureFixture, fixture: str
) -> None:
    request = load_request(fixture)
    system = request["context"]["System"]
    secrets = [system["user"]["userId"], system["device"]["deviceId"], system["apiAccessToken"]]
    if "session" in request:
        secrets.append(request["session"]["sessionId"])
    with caplog.at_level(logging.DEBUG):
        invoke(request)
    logged = "\n".join(
        f"{record.getMessage()} {record.__dict__}" for record in caplog.records
    )
    assert caplog.records, "requests are logged"
    for secret in secrets:
        assert secret not in logged


def test_each_turn_is_one_structured_line(
    invoke: Invoke, caplog: pytest.LogCaptureFixture
) -> None:
    request = load_request("topic_magnesium")
    with caplog.at_level(logging.INFO, logger="legcramp.requests"):
        invoke(request)
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "legcramp.requests"]
    assert len(lines) == 1
    assert lines[0] == {
        "event": "turn",
        "type": "IntentRequest",
        "intent": "TopicIntent",
        "locale": "en-US",
        "request_id": request["request"]["requestId"],
        "new_session": True,
        "end_session": False,
        "speech_chars": lines[0]["speech_chars"],
        "card": True,
    }
    assert lines[0]["speech_chars"] > 100


def test_session_end_reasons_are_logged(invoke: Invoke, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        invoke(load_request("session_ended_error"))
    ended = [r for r in caplog.records if r.getMessage() == "session ended"]
    assert ended and ended[0].__dict__["reason"] == "ERROR"
    assert ended[0].__dict__["error_type"] == "INVALID_RESPONSE"

