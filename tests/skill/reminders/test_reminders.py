"""The bedtime reminder through the real handler and the SDK's real Reminders API client, against
a loopback TLS stand-in of the API (``tests.support.alexa_api``) trusted via REQUESTS_CA_BUNDLE."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.services import ApiConfiguration, ServiceClientFactory, ServiceException

from skill.api_client import LazyApiClient
from skill.builder import make_lambda_handler
from skill.names import Intent, IntentName, Slot
from skill.reminders.service import MISSING_SDK_MODULE, SCOPE
from skill.settings import API_TIMEOUT_ENV, DEFAULT_API_TIMEOUT_SECONDS, Settings
from skill.speech.catalog import speech_catalog
from tests.conftest import Invoke, Json, load_request
from tests.support.alexa_api import AlexaApi, serving, silent
from tests.support.pki import LoopbackTls

ACCESS_TOKEN = "stand-in-access-token"
CONSENT = {"consentToken": "stand-in-consent-token"}
# What a call that timed out may take beyond its timeout on this shared machine (handshakes,
# the handler's own work); the silent stand-in holds a connection for 30 s.
SLACK_SECONDS = 1.5


@pytest.fixture(scope="module")
def tls() -> LoopbackTls:
    return LoopbackTls.mint(datetime.now(UTC))


@pytest.fixture
def api(tls: LoopbackTls, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AlexaApi]:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tmp_path / "root.pem"))
    with serving(tls, tmp_path) as running:
        yield running


def envelope(
    api: AlexaApi,
    intent: IntentName,
    *,
    time: str | None = None,
    granted: bool = True,
    **request: Any,
) -> Json:
    """A real envelope (from a recorded one) whose apiEndpoint is the stand-in."""
    event = load_request("cramp_now")
    system = event["context"]["System"]
    system["apiEndpoint"] = api.url
    system["apiAccessToken"] = ACCESS_TOKEN
    if granted:
        system["user"]["permissions"] = CONSENT
    body = event["request"]
    body["intent"] = {"name": intent, "confirmationStatus": "NONE"}
    if time is not None:
        body["intent"]["slots"] = {Slot.TIME: {"name": Slot.TIME, "value": time}}
    body.update(request)
    return event


def connections_response(api: AlexaApi, status: str, *, code: str = "200") -> Json:
    """What Alexa sends back after our AskFor (the person has now granted, or not)."""
    event = envelope(api, Intent.SET_REMINDER, granted=status == "ACCEPTED")
    event["request"] = {
        "type": "Connections.Response",
        "requestId": "amzn1.echo-api.request.connections",
        "timestamp": "2026-11-24T21:02:00Z",
        "locale": "en-GB",
        "name": "AskFor",
        "status": {"code": code, "message": "OK"},
        "token": "bedtime-reminder:21:30",
        "payload": {"permissionScope": SCOPE, "status": status},
    }
    return event


def speech(response: Json) -> str:
    return str(response["response"]["outputSpeech"]["ssml"])


def test_granted_creates_one_daily_reminder_at_that_time_in_the_devices_zone(
    api: AlexaApi, invoke: Invoke
) -> None:
    response = invoke(envelope(api, Intent.SET_REMINDER, time="21:30"))

    assert "every night at 9:30 pm" in speech(response)
    assert response["response"]["shouldEndSession"] is True
    [create] = api.writes()
    assert (create.method, create.path) == ("POST", "/v1/alerts/reminders")
    assert create.authorization == f"Bearer {ACCESS_TOKEN}"
    body = create.body or {}
    assert body["trigger"] == {
        "type": "SCHEDULED_ABSOLUTE",
        "timeZoneId": "Europe/London",
        "recurrence": {
            "startDateTime": "2026-11-24T21:30:00",
            "recurrenceRules": ["FREQ=DAILY;BYHOUR=21;BYMINUTE=30;BYSECOND=0;INTERVAL=1"],
        },
    }
    assert body["requestTime"] == "2026-11-24T23:41:07"
    assert body["alertInfo"]["spokenInfo"]["content"] == [
        {"locale": "en-US", "text": "Time for your bedtime leg stretch."}
    ]
    assert body["pushNotification"] == {"status": "ENABLED"}
    assert api.invalid == []


def test_the_start_date_is_the_local_date_of_the_device(api: AlexaApi, invoke: Invoke) -> None:
    api.time_zone = "Australia/Sydney"  # 23:41 UTC on the 24th is the morning of the 25th there
    invoke(envelope(api, Intent.SET_REMINDER, time="21:00"))

    [create] = api.writes()
    recurrence = (create.body or {})["trigger"]["recurrence"]
    assert recurrence["startDateTime"] == "2026-11-25T21:00:00"


def test_a_second_remind_me_moves_the_one_reminder_instead_of_adding_one(
    api: AlexaApi, invoke: Invoke
) -> None:
    invoke(envelope(api, Intent.SET_REMINDER, time="21:30"))
    response = invoke(envelope(api, Intent.SET_REMINDER, time="22:15"))

    assert "now at 10:15 pm" in speech(response)
    assert [c.method for c in api.writes()] == ["POST", "PUT"]
    assert len(api.reminders) == 1
    [kept] = api.reminders.values()
    assert kept["trigger"]["recurrence"]["recurrenceRules"][0].startswith(
        "FREQ=DAILY;BYHOUR=22;BYMINUTE=15"
    )
    assert api.invalid == []


def test_a_reminder_deleted_meanwhile_is_made_again(api: AlexaApi, invoke: Invoke) -> None:
    invoke(envelope(api, Intent.SET_REMINDER, time="21:30"))
    api.fail_next("PUT", 404, "NOT_FOUND")  # removed in the Alexa app after it was listed

    response = invoke(envelope(api, Intent.SET_REMINDER, time="22:00"))

    assert "now at 10 pm" in speech(response)
    assert [c.method for c in api.writes()] == ["POST", "PUT", "POST"]
    assert len(api.reminders) == 1


def test_without_the_devices_time_zone_the_api_uses_the_devices_own(
    api: AlexaApi, invoke: Invoke
) -> None:
    api.time_zone_fails = True
    invoke(envelope(api, Intent.SET_REMINDER, time="21:30"))

    [create] = api.writes()
    trigger = (create.body or {})["trigger"]
    assert "timeZoneId" not in trigger
    assert trigger["recurrence"]["startDateTime"] == "2026-11-24T21:30:00"  # the UTC date
    assert api.invalid == []


def test_duplicates_made_elsewhere_are_folded_into_one(api: AlexaApi, invoke: Invoke) -> None:
    invoke(envelope(api, Intent.SET_REMINDER, time="21:30"))
    first = next(iter(api.reminders.values()))
    api.reminders["stray"] = {**first, "alertToken": "stray"}

    invoke(envelope(api, Intent.SET_REMINDER, time="21:45"))

    assert list(api.reminders) == ["stand-in-alert-1"]
    last = api.writes()[-1]
    assert (last.method, last.path) == ("DELETE", "/v1/alerts/reminders/stray")


def test_not_granted_asks_by_voice_with_the_time_in_the_token(
    api: AlexaApi, invoke: Invoke
) -> None:
    response = invoke(envelope(api, Intent.SET_REMINDER, time="21:30", granted=False))

    [directive] = response["response"]["directives"]
    assert directive["type"] == "Connections.SendRequest"
    assert directive["name"] == "AskFor"
    assert directive["token"] == "bedtime-reminder:21:30"
    assert directive["payload"]["permissionScopes"] == [
        {"permissionScope": SCOPE, "consentLevel": "ACCOUNT"}
    ]
    assert "permission" in speech(response)
    assert api.calls == []  # nothing is asked of the API before the person agrees


def test_accepted_sets_the_reminder_that_was_asked_for(api: AlexaApi, invoke: Invoke) -> None:
    response = invoke(connections_response(api, "ACCEPTED"))

    assert "every night at 9:30 pm" in speech(response)
    [create] = api.writes()
    content = (create.body or {})["alertInfo"]["spokenInfo"]["content"]
    assert content[0]["locale"] == "en-GB"


@pytest.mark.parametrize(
    ("status", "card", "words"),
    [("DENIED", False, "won't set a reminder"), ("NOT_ANSWERED", True, "haven't set a reminder")],
)
def test_denied_or_not_answered_sets_nothing(
    api: AlexaApi, invoke: Invoke, status: str, card: bool, words: str
) -> None:
    response = invoke(connections_response(api, status))

    assert words in speech(response)
    assert api.calls == []
    sent = response["response"].get("card", {})
    assert (sent.get("type") == "AskForPermissionsConsent") is card


def test_a_device_that_cannot_ask_by_voice_gets_the_consent_card(
    api: AlexaApi, invoke: Invoke
) -> None:
    response = invoke(connections_response(api, "NOT_ANSWERED", code="400"))

    assert response["response"]["card"] == {
        "type": "AskForPermissionsConsent",
        "permissions": [SCOPE],
    }
    assert "card to your Alexa app" in speech(response)


@pytest.mark.parametrize(
    ("status", "code", "words"),
    [
        (401, "UNAUTHORIZED", "not allowed to manage your reminders"),
        (403, "FORBIDDEN", "won't let me set reminders"),
        (403, "MAX_REMINDERS_EXCEEDED", "as many reminders as Alexa allows"),
        (400, "MAX_REMINDERS_EXCEEDED", "as many reminders as Alexa allows"),
        (429, "TOO_MANY_REQUESTS", "busy just now"),
        (500, "INTERNAL_SERVER_ERROR", "couldn't reach Alexa's reminders"),
        (503, "SERVICE_UNAVAILABLE", "couldn't reach Alexa's reminders"),
        (400, "INVALID_ALERT_INFO", "Something went wrong"),
    ],
)
def test_each_api_error_has_its_spoken_answer(
    api: AlexaApi, invoke: Invoke, status: int, code: str, words: str
) -> None:
    api.fail_next("POST", status, code)
    response = invoke(envelope(api, Intent.SET_REMINDER, time="21:30"))

    assert words in speech(response)
    assert api.reminders == {}
    consent_card = response["response"].get("card", {}).get("type") == "AskForPermissionsConsent"
    assert consent_card is (status == 401)


def test_an_unreachable_api_is_answered_too(invoke: Invoke, tmp_path: Path) -> None:
    event = envelope(AlexaApi(url="https://127.0.0.1:9"), Intent.REMINDER_STATUS)
    assert "couldn't reach Alexa's reminders" in speech(invoke(event))


def test_a_hanging_api_is_answered_within_the_timeout(
    tls: LoopbackTls, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The API accepts the connection, completes TLS and never answers: the skill gives up
    after the timeout its settings name and says it couldn't reach Alexa's reminders."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tmp_path / "root.pem"))
    settings = Settings.from_env({API_TIMEOUT_ENV: "0.5"})
    handler = make_lambda_handler(settings)
    with silent(tls, tmp_path) as url:
        event = envelope(AlexaApi(url=url), Intent.REMINDER_STATUS)
        started = time.monotonic()
        response = handler(event, None)
        waited = time.monotonic() - started

    assert speech_catalog("en-US").text("reminders.problem.unavailable") in speech(response)
    assert 0.5 <= waited < 0.5 + SLACK_SECONDS


def test_the_api_timeout_is_a_setting() -> None:
    assert Settings.from_env({}).api_timeout_seconds == DEFAULT_API_TIMEOUT_SECONDS
    for wrong in ("0", "-1", "soon", "30"):
        with pytest.raises(ValueError, match=API_TIMEOUT_ENV):
            Settings.from_env({API_TIMEOUT_ENV: wrong})


@pytest.mark.parametrize("handshake", [True, False], ids=["no-answer", "no-tls-handshake"])
def test_the_sdk_service_client_gives_up_after_the_timeout(
    tls: LoopbackTls, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, handshake: bool
) -> None:
    """The SDK's own Reminders client over our API client, with a short timeout: a server that
    never answers, or never even finishes the TLS handshake, is a 500 after the timeout."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tmp_path / "root.pem"))
    timeout = 0.3
    with silent(tls, tmp_path, handshake=handshake) as url:
        configuration = ApiConfiguration(
            DefaultSerializer(), LazyApiClient(timeout), ACCESS_TOKEN, url
        )
        reminders = ServiceClientFactory(configuration).get_reminder_management_service()
        started = time.monotonic()
        with pytest.raises(ServiceException) as failed:
            reminders.get_reminders()
        waited = time.monotonic() - started

    assert failed.value.status_code == 500
    assert "timed out" in str(failed.value).lower()
    assert timeout <= waited < timeout + SLACK_SECONDS


def test_an_api_timeout_must_be_positive() -> None:
    for wrong in (0, -1.0, float("nan")):
        with pytest.raises(ValueError, match="positive"):
            LazyApiClient(wrong)


def test_cancel_sends_the_delete_and_says_so(api: AlexaApi, invoke: Invoke) -> None:
    invoke(envelope(api, Intent.SET_REMINDER, time="21:30"))
    response = invoke(envelope(api, Intent.CANCEL_REMINDER))

    assert "reminder is off" in speech(response)
    assert (api.writes()[-1].method, api.writes()[-1].path) == (
        "DELETE",
        "/v1/alerts/reminders/stand-in-alert-1",
    )
    assert api.reminders == {}
    again = invoke(envelope(api, Intent.CANCEL_REMINDER))
    assert "don't have a bedtime reminder" in speech(again)


def test_what_reminders_do_i_have(api: AlexaApi, invoke: Invoke) -> None:
    assert "don't have a bedtime reminder" in speech(invoke(envelope(api, Intent.REMINDER_STATUS)))
    invoke(envelope(api, Intent.SET_REMINDER, time="21:00"))
    assert "set for 9 pm, every night" in speech(invoke(envelope(api, Intent.REMINDER_STATUS)))


def test_without_consent_cancel_and_status_do_not_call_the_api(
    api: AlexaApi, invoke: Invoke
) -> None:
    for intent in (Intent.CANCEL_REMINDER, Intent.REMINDER_STATUS):
        response = invoke(envelope(api, intent, granted=False))
        assert response["response"]["card"]["type"] == "AskForPermissionsConsent"
    assert api.calls == []


@pytest.mark.parametrize("time", [None, "EV", "NI", "25:00", "nine thirty"])
def test_no_clear_time_asks_for_one(api: AlexaApi, invoke: Invoke, time: str | None) -> None:
    response = invoke(envelope(api, Intent.SET_REMINDER, time=time))

    assert response["response"]["shouldEndSession"] is False
    assert "What time" in speech(response)
    assert api.calls == []


def test_the_sdk_defect_the_service_works_around_is_still_there() -> None:
    """When ask_sdk_model ships the module its AlertInfo names, drop ``_repair_sdk_model``."""
    probe = f"import importlib.util as u; print(u.find_spec({MISSING_SDK_MODULE!r}) is None)"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"
