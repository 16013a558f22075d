"""The response-contract checker catches each kind of broken response."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from legcramp.contract import ContractViolationError, assert_contract, check_response
from legcramp.ssml_rules import ssml_errors
from tests.conftest import load_request

Json = dict[str, Any]

GOOD_OPEN: Json = {
    "version": "1.0",
    "sessionAttributes": {},
    "response": {
        "outputSpeech": {"type": "SSML", "ssml": "<speak>Hello. What would you like?</speak>"},
        "reprompt": {"outputSpeech": {"type": "SSML", "ssml": "<speak>What now?</speak>"}},
        "shouldEndSession": False,
    },
}
GOOD_CLOSED: Json = {
    "version": "1.0",
    "response": {
        "outputSpeech": {"type": "SSML", "ssml": "<speak>Goodnight.</speak>"},
        "shouldEndSession": True,
    },
}


def _with(base: Json, **changes: Any) -> Json:
    response = copy.deepcopy(base)
    response["response"].update(changes)
    return response


def _ssml(text: str) -> Json:
    return {"type": "SSML", "ssml": text}


def test_good_responses_pass() -> None:
    assert check_response(GOOD_OPEN, load_request("launch")) == []
    assert check_response(GOOD_CLOSED, load_request("stop")) == []


BROKEN = {
    "wrong version": ({**GOOD_CLOSED, "version": "2.0"}, "launch", "schema"),
    "attributes not an object": ({**GOOD_CLOSED, "sessionAttributes": []}, "launch", "schema"),
    "bad speech type": (_with(GOOD_CLOSED, outputSpeech={"type": "Audio"}), "launch", "schema"),
    "bad play behaviour": (
        _with(GOOD_CLOSED, outputSpeech={"type": "PlainText", "text": "x", "playBehavior": "NOW"}),
        "launch",
        "schema",
    ),
    "speech too long": (
        _with(GOOD_CLOSED, outputSpeech=_ssml("<speak>" + "a" * 8001 + "</speak>")),
        "launch",
        "schema",
    ),
    "bad card": (_with(GOOD_CLOSED, card={"type": "Fancy"}), "launch", "schema"),
    "http image": (
        _with(GOOD_CLOSED, card={"type": "Standard", "image": {"smallImageUrl": "http://x"}}),
        "launch",
        "schema",
    ),
    "response too big": (
        {**GOOD_CLOSED, "sessionAttributes": {"x": "y" * 25_000}},
        "launch",
        "bytes",
    ),
    "implicit end": (_with(GOOD_OPEN, shouldEndSession=None), "launch", "schema"),
    "missing end": (
        {"version": "1.0", "response": {"outputSpeech": _ssml("<speak>Hi.</speak>")}},
        "launch",
        "explicit boolean",
    ),
    "open without question": (
        _with(GOOD_OPEN, outputSpeech=_ssml("<speak>Hello.</speak>")),
        "launch",
        "open session",
    ),
    "open without reprompt": (_with(GOOD_OPEN, reprompt=None), "launch", "schema"),
    "question then close": (
        _with(GOOD_CLOSED, outputSpeech=_ssml("<speak>Anything else?</speak>")),
        "launch",
        "keep the session open",
    ),
    "speech on session end": (GOOD_CLOSED, "session_ended_user", "must not carry outputSpeech"),
    "bad ssml": (
        _with(GOOD_CLOSED, outputSpeech=_ssml("<speak>Tom & Jerry</speak>")),
        "launch",
        "well-formed",
    ),
    "long break": (
        _with(GOOD_CLOSED, outputSpeech=_ssml('<speak>a<break time="11s"/></speak>')),
        "launch",
        "allowed value",
    ),
    "unknown tag": (
        _with(GOOD_CLOSED, outputSpeech=_ssml("<speak><blink>a</blink></speak>")),
        "launch",
        "not an Alexa SSML tag",
    ),
    "help closes": (_with(GOOD_CLOSED), "help", "Help must"),
    "stop stays open": (GOOD_OPEN, "stop", "must end the session"),
    "long goodbye": (
        _with(GOOD_CLOSED, outputSpeech=_ssml("<speak>" + "word " * 20 + "</speak>")),
        "cancel",
        "must be short",
    ),
    "fallback closes": (GOOD_CLOSED, "fallback", "Fallback must"),
    "topic missing closes": (GOOD_CLOSED, "topic_missing_slot", "missing or unmatched topic"),
    "can fulfil with speech": (
        {
            "version": "1.0",
            "response": {
                "canFulfillIntent": {"canFulfill": "YES"},
                "outputSpeech": _ssml("<speak>Hi</speak>"),
            },
        },
        "can_fulfill_topic",
        "must not carry outputSpeech",
    ),
    "can fulfil maybe slot": (
        {
            "version": "1.0",
            "response": {
                "canFulfillIntent": {
                    "canFulfill": "YES",
                    "slots": {"topic": {"canUnderstand": "YES", "canFulfill": "MAYBE"}},
                }
            },
        },
        "can_fulfill_topic",
        "schema",
    ),
    "can fulfil persists": (
        {
            "version": "1.0",
            "sessionAttributes": {"a": 1},
            "response": {"canFulfillIntent": {"canFulfill": "NO"}},
        },
        "can_fulfill_topic",
        "persisted",
    ),
}


@pytest.mark.parametrize(("response", "fixture", "expected"), BROKEN.values(), ids=BROKEN.keys())
def test_each_broken_response_is_caught(response: Json, fixture: str, expected: str) -> None:
    errors = check_response(response, load_request(fixture))
    assert any(expected in error for error in errors), errors
    with pytest.raises(ContractViolationError):
        assert_contract(response, load_request(fixture))


@pytest.mark.parametrize(
    "ssml",
    [
        '<speak><prosody rate="10%">slow</prosody></speak>',
        '<speak><prosody pitch="+60%">high</prosody></speak>',
        '<speak><say-as interpret-as="cardinal" format="mdy">1</say-as></speak>',
        '<speak><audio src="http://example.com/a.mp3"/></speak>',
        "<speak>" + '<audio src="soundbank://x"/>' * 6 + "</speak>",
        "<speak><speak>nested</speak></speak>",
        "<p>not speak</p>",
        '<speak><amazon:effect name="shouting">a</amazon:effect></speak>',
    ],
)
def test_ssml_rule_breaches_are_named(ssml: str) -> None:
    assert ssml_errors(ssml)


def test_alexa_specific_tags_are_accepted() -> None:
    ssml = (
        '<speak><amazon:effect name="whispered">shh</amazon:effect>'
        '<say-as interpret-as="date" format="mdy">1</say-as>'
        '<prosody rate="85%" pitch="-10%" volume="+2dB">x</prosody></speak>'
    )
    assert ssml_errors(ssml) == []
