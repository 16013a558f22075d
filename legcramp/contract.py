"""The response contract: Alexa's response format (a JSON Schema) plus checks 19 to 33 of the rules.

``check_response(response, request)`` lists every violation; tests run it on every response the
suite produces, and ``legcramp package --check`` on the responses of the built bundle.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from legcramp.ssml_rules import spoken_text, ssml_errors
from skill.names import Intent, Slot

SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "response.schema.json"
MAX_SPEECH_CHARACTERS = 8000
MAX_CARD_CHARACTERS = 8000
# The conservative figure of older documentation (the current cap is 120 KB).
MAX_RESPONSE_BYTES = 24_576
# "Short speech or none" for Stop, Cancel and NavigateHome.
MAX_GOODBYE_WORDS = 15
# The skill's core function, which Help and Fallback must mention.
CORE_FUNCTION = re.compile(r"\bcramps?\b", re.IGNORECASE)
_EXITS = frozenset({Intent.STOP, Intent.CANCEL, Intent.NAVIGATE_HOME})
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

Json = Mapping[str, Any]


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


class ContractViolationError(AssertionError):
    """A response broke the contract; the message lists every violation."""


def assert_contract(response: Json, request: Json) -> None:
    """Raise ``ContractViolationError`` listing every broken rule, if any."""
    errors = check_response(response, request)
    if errors:
        raise ContractViolationError("\n".join(errors))


def check_response(response: Json, request: Json) -> list[str]:
    """Every violation of the response contract by ``response`` to ``request``."""
    schema_errors = [
        f"schema: {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
        for e in _validator().iter_errors(response)
    ]
    if schema_errors:
        return schema_errors
    return list(_rule_errors(response, request.get("request", {})))


def speech_of(body: Json) -> str:
    """The words of an outputSpeech object (SSML or plain)."""
    speech = body.get("outputSpeech") or {}
    if speech.get("type") == "SSML":
        return spoken_text(speech.get("ssml", ""))
    return str(speech.get("text", ""))


def asks_question(words: str) -> bool:
    """Whether the last sentence of ``words`` is a question."""
    sentences = [s for s in _SENTENCE_END.split(words.strip()) if s]
    return bool(sentences) and sentences[-1].endswith("?")


def _rule_errors(envelope: Json, request: Json) -> Iterator[str]:
    body: Json = envelope["response"]
    yield from _size_errors(envelope, body)
    reprompt = (body.get("reprompt") or {}).get("outputSpeech")
    for where, speech in (("outputSpeech", body.get("outputSpeech")), ("reprompt", reprompt)):
        if speech and speech.get("type") == "SSML":
            yield from (f"{where}: {error}" for error in ssml_errors(speech["ssml"]))
    request_type = request.get("type")
    if request_type == "SessionEndedRequest":
        yield from _silent(body, "SessionEndedRequest", ("outputSpeech", "card", "reprompt"))
        return
    if request_type == "CanFulfillIntentRequest":
        yield from _can_fulfill_errors(envelope, body)
        return
    if "outputSpeech" not in body:
        return
    yield from _session_errors(body)
    if request_type == "LaunchRequest":
        yield from _launch_errors(body)
    if request_type == "IntentRequest":
        yield from _intent_errors(body, request.get("intent") or {})


def _size_errors(envelope: Json, body: Json) -> Iterator[str]:
    size = len(json.dumps(envelope).encode("utf-8"))
    if size > MAX_RESPONSE_BYTES:
        yield f"response is {size} bytes (at most {MAX_RESPONSE_BYTES})"
    card = body.get("card") or {}
    card_text = sum(len(v) for v in card.values() if isinstance(v, str)) - len(card.get("type", ""))
    if card_text > MAX_CARD_CHARACTERS:
        yield f"card text is {card_text} characters (at most {MAX_CARD_CHARACTERS})"


def _silent(body: Json, what: str, fields: tuple[str, ...]) -> Iterator[str]:
    for name in (*fields, "directives"):
        if body.get(name):
            yield f"{what} must not carry {name}"


def _session_errors(body: Json) -> Iterator[str]:
    end = body.get("shouldEndSession")
    if not isinstance(end, bool):
        yield "shouldEndSession must be an explicit boolean on a voice response"
        return
    words = speech_of(body)
    question = asks_question(words)
    reprompt = bool((body.get("reprompt") or {}).get("outputSpeech"))
    if end is False and not (question and reprompt):
        yield "an open session needs a question at the end of the speech and a reprompt"
    if end is True and (question or reprompt):
        yield "a response that asks a question (or reprompts) must keep the session open"


def _launch_errors(body: Json) -> Iterator[str]:
    if not speech_of(body):
        yield "LaunchRequest: empty speech"


def _intent_errors(body: Json, intent: Json) -> Iterator[str]:
    name = intent.get("name")
    words = speech_of(body)
    opened = body.get("shouldEndSession") is False
    if name == Intent.HELP and not (opened and CORE_FUNCTION.search(words)):
        yield "Help must explain the skill's core function and keep the session open"
    if name in _EXITS:
        if not body.get("shouldEndSession") or body.get("reprompt"):
            yield f"{name} must end the session without a reprompt"
        if len(words.split()) > MAX_GOODBYE_WORDS:
            yield f"{name} must be short ({len(words.split())} words)"
    if name == Intent.FALLBACK and not (opened and CORE_FUNCTION.search(words)):
        yield "Fallback must say what the skill can do and keep the session open"
    if name == Intent.TOPIC and not _resolved(intent) and not opened:
        yield "a missing or unmatched topic must get a question and a reprompt, not an ending"


def _resolved(intent: Json) -> bool:
    slot = (intent.get("slots") or {}).get(Slot.TOPIC) or {}
    authorities = (slot.get("resolutions") or {}).get("resolutionsPerAuthority") or []
    return any(a.get("status", {}).get("code") == "ER_SUCCESS_MATCH" for a in authorities)


def _can_fulfill_errors(envelope: Json, body: Json) -> Iterator[str]:
    if "canFulfillIntent" not in body:
        yield "CanFulfillIntentRequest: response.canFulfillIntent is missing"
    yield from _silent(body, "CanFulfillIntentRequest", ("outputSpeech", "card", "reprompt"))
    if envelope.get("sessionAttributes"):
        yield "CanFulfillIntentRequest: nothing may be persisted (sessionAttributes set)"
