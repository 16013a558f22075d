"""The Lambda handler under generated request envelopes: it always answers within the contract.

Every example goes through ``answer_problems`` from
``tests.support.fuzzing``: no exception escapes, the response
passes the response contract, no handler fails on the way, voice requests get speech and every
other type gets silence. The examples are the same on every run (``reproducible``).
"""

from __future__ import annotations

import copy

import pytest
from ask_sdk_core.exceptions import AskSdkException
from hypothesis import given
from hypothesis import strategies as st

from skill.builder import make_lambda_handler
from skill.locales import SHIPPED_LOCALES
from skill.settings import Settings
from tests.conftest import Handler, Json, load_request
from tests.support.fuzzing import (
    OTHER_REQUEST_TYPES,
    SESSION_ENDED_ERRORS,
    SESSION_ENDED_REASONS,
    UNSEEN_REQUEST_TYPES,
    VOICE_REQUEST_TYPES,
    answer_problems,
    envelopes,
    locales,
    reproducible,
    topic_slots,
)

OUR_SKILL = "amzn1.ask.skill.00000000-0000-4000-8000-0000000f0221"


@reproducible(max_examples=800)
@given(envelope=envelopes())
def test_every_envelope_is_answered_within_the_contract(
    lambda_handler: Handler, envelope: Json
) -> None:
    _, problems = answer_problems(lambda_handler, envelope)
    assert problems == []


def test_the_generated_envelopes_cover_the_request_format() -> None:
    """The examples the suite runs do reach every part of the format the strategy promises."""
    seen: set[object] = set()

    # As many as the property runs (300, then 600, derandomised draws stopped reaching every slot
    # shape when the views and request handling they draw from grew with the capability folders).
    @reproducible(max_examples=800)
    @given(envelope=envelopes())
    def record(envelope: Json) -> None:
        request = envelope["request"]
        seen.update({request["type"], request.get("locale"), request.get("reason")})
        seen.add((request.get("error") or {}).get("type"))
        seen.add(("session", "session" in envelope, (envelope.get("session") or {}).get("new")))
        slot = (request.get("intent") or {}).get("slots", {}).get("topic")
        seen.add(("slot", None if slot is None else ("value" in slot, "resolutions" in slot)))

    record()
    wanted = {
        *VOICE_REQUEST_TYPES, "SessionEndedRequest", "CanFulfillIntentRequest",
        *SHIPPED_LOCALES, "de-DE", "ja-JP", None,
        ("session", False, None), ("session", True, True), ("session", True, False),
        ("slot", None), ("slot", (False, False)), ("slot", (True, False)), ("slot", (True, True)),
    }  # fmt: skip
    assert wanted - seen == set()
    assert seen & set(OTHER_REQUEST_TYPES), "some type of an interface the skill does not use"
    assert seen & set(UNSEEN_REQUEST_TYPES), "some type no SDK release models"


# Each type on its own as well: the mixed run above need not reach every one of them.
@pytest.mark.parametrize(
    "request_type",
    [*sorted(VOICE_REQUEST_TYPES), "SessionEndedRequest", "CanFulfillIntentRequest",
     *OTHER_REQUEST_TYPES, *UNSEEN_REQUEST_TYPES],
)  # fmt: skip
def test_each_request_type_is_answered_within_the_contract(
    lambda_handler: Handler, request_type: str
) -> None:
    @reproducible(max_examples=15)
    @given(envelope=envelopes(request_type=st.just(request_type)))
    def check(envelope: Json) -> None:
        _, problems = answer_problems(lambda_handler, envelope)
        assert problems == []

    check()


@pytest.mark.parametrize("reason", SESSION_ENDED_REASONS)
@pytest.mark.parametrize("error", [None, *SESSION_ENDED_ERRORS])
def test_every_end_reason_and_error_ends_silently(
    lambda_handler: Handler, reason: str, error: str | None
) -> None:
    envelope = load_request("session_ended_error")
    envelope["request"]["reason"] = reason
    envelope["request"].pop("error", None)
    if error is not None:
        envelope["request"]["error"] = {"type": error, "message": "It went wrong."}
    response, problems = answer_problems(lambda_handler, envelope)
    assert problems == []
    assert response is not None and response["response"] == {}


@reproducible(max_examples=200)
@given(slot=topic_slots(), locale=locales(), can_fulfill=st.booleans())
def test_whatever_was_heard_for_the_topic_is_answered_within_the_contract(
    lambda_handler: Handler, slot: Json | None, locale: str | None, can_fulfill: bool
) -> None:
    envelope = load_request("can_fulfill_topic" if can_fulfill else "topic_no_match")
    envelope["request"]["intent"]["slots"] = {} if slot is None else {"topic": slot}
    envelope["request"]["locale"] = locale
    _, problems = answer_problems(lambda_handler, envelope)
    assert problems == []


_VOICE = st.sampled_from(["LaunchRequest", "IntentRequest"])


@reproducible(max_examples=150)
@given(envelope=envelopes(request_type=_VOICE))
def test_voice_requests_get_speech_and_keep_the_session_rules(
    lambda_handler: Handler, envelope: Json
) -> None:
    response, problems = answer_problems(lambda_handler, envelope)
    assert problems == []
    assert response is not None
    body = response["response"]
    assert isinstance(body["shouldEndSession"], bool)
    attributes = response.get("sessionAttributes") or {}
    assert set(attributes) <= {"view", "disclaimed"}, "only the skill's own state is kept"


def _drift(draw: st.DrawFn, envelope: Json) -> Json:
    """``envelope`` with one value no ask_sdk_model release knows yet (what Alexa adds next)."""
    request = envelope["request"]
    unseen = draw(st.from_regex(r"\A[A-Z][A-Z_]{2,20}\Z"))
    where = draw(st.sampled_from(["type", "timestamp", "enum"]))
    if where == "type":
        request["type"] = draw(st.sampled_from(UNSEEN_REQUEST_TYPES))
    elif where == "timestamp":
        request["timestamp"] = draw(st.sampled_from(["soon", "", "2026-13-45T99:00:00Z"]))
    elif request["type"] == "SessionEndedRequest":
        request["reason"] = unseen
        request.setdefault("error", {})["type"] = unseen
    elif "intent" in request:
        request["intent"]["confirmationStatus"] = unseen
        request["dialogState"] = unseen
    else:
        envelope["context"]["Viewport"] = {"shape": unseen, "mode": unseen}
    return envelope


@st.composite
def drifted_envelopes(draw: st.DrawFn) -> Json:
    return _drift(draw, draw(envelopes()))


@reproducible(max_examples=150)
@given(envelope=drifted_envelopes())
def test_envelopes_newer_than_the_sdk_are_still_answered(
    lambda_handler: Handler, envelope: Json
) -> None:
    _, problems = answer_problems(lambda_handler, envelope)
    assert problems == []


@pytest.mark.parametrize("request_type", UNSEEN_REQUEST_TYPES)
def test_a_request_type_the_sdk_does_not_model_gets_silence(
    lambda_handler: Handler, request_type: str
) -> None:
    envelope = _launch()
    envelope["request"]["type"] = request_type
    response, problems = answer_problems(lambda_handler, envelope)
    assert problems == []
    assert response is not None and response["response"] == {}


def test_an_unknown_end_reason_still_ends_silently(lambda_handler: Handler) -> None:
    envelope = _launch()
    envelope["request"] |= {"type": "SessionEndedRequest", "reason": "SKILL_SUSPENDED"}
    response, problems = answer_problems(lambda_handler, envelope)
    assert problems == [] and response is not None and response["response"] == {}


def test_an_intent_request_without_an_intent_gets_the_fallback(lambda_handler: Handler) -> None:
    envelope = _launch()
    envelope["request"]["type"] = "IntentRequest"
    response, problems = answer_problems(lambda_handler, envelope)
    assert problems == [] and response is not None
    assert response["sessionAttributes"]["view"] == "fallback"


def test_an_envelope_without_a_request_type_is_still_refused(lambda_handler: Handler) -> None:
    envelope = _launch()
    del envelope["request"]["type"]
    with pytest.raises(AskSdkException):
        lambda_handler(envelope, None)


@reproducible(max_examples=40)
@given(envelope=envelopes(skill_id=OUR_SKILL), other=st.sampled_from(["LaunchRequest", None]))
def test_requests_for_another_skill_are_rejected_even_when_unreadable(
    envelope: Json, other: str | None
) -> None:
    checked = _checked_handler()
    if other is None:
        envelope["request"]["type"] = UNSEEN_REQUEST_TYPES[0]
    assert checked(copy.deepcopy(envelope), None)["version"] == "1.0"
    envelope["context"]["System"]["application"]["applicationId"] = "amzn1.ask.skill.other"
    with pytest.raises(AskSdkException, match="Skill ID Verification failed"):
        checked(envelope, None)


_CHECKED: list[Handler] = []


def _checked_handler() -> Handler:
    if not _CHECKED:
        _CHECKED.append(make_lambda_handler(Settings(skill_id=OUR_SKILL)))
    return _CHECKED[0]


def _launch() -> Json:
    return load_request("launch")
