"""Hypothesis strategies for Alexa request envelopes, as the request format allows them.

Every request type (and types no SDK release models yet), real and unknown intent names, the
``topic`` slot in every shape entity resolution delivers, every locale (shipped, unshipped and
garbage), new and resumed sessions, and session attributes that are anything at all, including
near misses of the skill's own ``view`` and ``disclaimed`` values. Enum values are spelled from the
request format documentation, not read from ``ask_sdk_model``, so a gap in the SDK shows up.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from hypothesis import strategies as st

from legcramp.envelopes import API_ENDPOINT, CONSOLE_SKILL_ID
from skill.advice.models import TOPIC_IDS
from skill.locales import SHIPPED_LOCALES
from skill.names import INTENTS, TOPIC_SLOT_TYPE, Intent, Slot
from skill.night_screen.screens import Touch
from skill.reminders.clock import ClockTime
from tests.support.fuzzing.session import json_values, session_attributes

Json = dict[str, Any]

# Locales Alexa serves that the skill does not ship: answered from the default content.
UNSHIPPED_LOCALES = (
    "de-DE",
    "ja-JP",
    "fr-FR",
    "fr-CA",
    "es-ES",
    "es-MX",
    "es-US",
    "it-IT",
    "pt-BR",
    "hi-IN",
    "ar-SA",
    "nl-NL",
)
GARBAGE_LOCALES = ("", "en", "EN-us", "en_US", "en-us", "xx-XX", "en-GB-oed", "../en", "en-US\n")
SESSION_ENDED_REASONS = ("USER_INITIATED", "ERROR", "EXCEEDED_MAX_REPROMPTS")
SESSION_ENDED_ERRORS = (
    "INVALID_RESPONSE",
    "DEVICE_COMMUNICATION_ERROR",
    "INTERNAL_SERVICE_ERROR",
    "ENDPOINT_TIMEOUT",
)
RESOLUTION_CODES = (
    "ER_SUCCESS_MATCH",
    "ER_SUCCESS_NO_MATCH",
    "ER_ERROR_TIMEOUT",
    "ER_ERROR_EXCEPTION",
)
CONFIRMATIONS = ("NONE", "CONFIRMED", "DENIED")
DIALOG_STATES = ("STARTED", "IN_PROGRESS", "COMPLETED")
# Requests the skill gets and must answer with speech; every other type must get silence.
VOICE_REQUEST_TYPES = frozenset({"LaunchRequest", "IntentRequest"})
# A night-screen button is answered as its voice intent is (skill.night_screen), and the answer to
# the skill's own permission request as a voice request is (skill.reminders).
TOUCH_EVENT = "Alexa.Presentation.APL.UserEvent"
TOUCH_ARGUMENTS = frozenset(touch.value for touch in Touch)
PERMISSION_ANSWER = "Connections.Response"


def is_spoken_to(request: Json) -> bool:
    """Whether the skill answers ``request`` with speech (else it must stay silent)."""
    kind = request.get("type")
    if kind in VOICE_REQUEST_TYPES:
        return True
    if kind == TOUCH_EVENT:
        arguments = request.get("arguments")
        if not isinstance(arguments, list) or len(arguments) != 1:
            return False
        return arguments[0] in TOUCH_ARGUMENTS
    if kind == PERMISSION_ANSWER:
        ours = ClockTime.from_token(request.get("token")) is not None
        return request.get("name") == "AskFor" and ours
    return False


# Other interfaces, with the fields that make each one realistic (a UserEvent from a night-screen
# button and an AskFor answer are spoken to; see is_spoken_to).
_OTHER_REQUESTS: dict[str, Json] = {
    "Display.ElementSelected": {"token": "topic-list"},
    "System.ExceptionEncountered": {
        "error": {"type": "INVALID_RESPONSE", "message": "The response is invalid."},
        "cause": {"requestId": "amzn1.echo-api.request.previous"},
    },
    "AudioPlayer.PlaybackStarted": {"token": "t", "offsetInMilliseconds": 0},
    "AudioPlayer.PlaybackFinished": {"token": "t", "offsetInMilliseconds": 1000},
    "PlaybackController.PlayCommandIssued": {},
    "Connections.Response": {
        "name": "Buy",
        "status": {"code": "200", "message": "OK"},
        "token": "t",
        "payload": {},
    },
    "SessionResumedRequest": {},
    "Alexa.Presentation.APL.UserEvent": {"token": "t", "arguments": ["next"]},
    "AlexaSkillEvent.SkillEnabled": {"eventCreationTime": "2026-11-24T23:41:07Z"},
    "Messaging.MessageReceived": {"message": {}},
}
OTHER_REQUEST_TYPES = tuple(_OTHER_REQUESTS)
# Types that reach a skill without a session (the player's events).
_SESSIONLESS_PREFIXES = ("AudioPlayer.", "PlaybackController.", "AlexaSkillEvent.", "Messaging.")
# Types no ask_sdk_model release knows, standing for whatever Alexa adds next.
UNSEEN_REQUEST_TYPES = (
    "Alexa.Presentation.APL.UserEventV2",
    "Alexa.Presentation.APLA.UserEvent",
    "Reminders.ReminderSnoozed",
    "Dialog.SessionPaused",
    "Alexa.Health.NightModeChanged",
)
_CORE_TYPES = frozenset(VOICE_REQUEST_TYPES | {"SessionEndedRequest", "CanFulfillIntentRequest"})
# Built-in intents that exist but that the skill's model does not declare, and made-up names.
UNKNOWN_INTENTS = (
    "AMAZON.ShuffleOnIntent",
    "AMAZON.LoopOffIntent",
    "AMAZON.ScrollDownIntent",
    "AMAZON.SelectIntent",
    "AMAZON.MoreIntent",
    "OrderPizzaIntent",
    "HelloWorldIntent",
)


def locales() -> st.SearchStrategy[str | None]:
    """A request locale: shipped, served by Alexa but unshipped, malformed, or absent (``None``)."""
    return st.one_of(
        st.sampled_from(SHIPPED_LOCALES),
        st.sampled_from(UNSHIPPED_LOCALES),
        st.sampled_from(GARBAGE_LOCALES),
        st.text(max_size=12),
        st.none(),
    )


def identifiers(prefix: str) -> st.SearchStrategy[str]:
    """An opaque Alexa identifier, ``<prefix>.<random>``: long enough never to occur by chance."""
    tail = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=24, max_size=64)
    return tail.map(lambda random: f"{prefix}.{random}")


def access_tokens() -> st.SearchStrategy[str]:
    """A bearer token shaped like the ones Alexa hands out (three base64url parts)."""
    part = st.text(
        alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
        min_size=12,
        max_size=40,
    )
    return st.tuples(part, part, part).map(lambda parts: "eyJ" + ".".join(parts))


def timestamps() -> st.SearchStrategy[str]:
    """ISO 8601 instants in UTC, with and without milliseconds, as Alexa writes them."""
    instants = st.datetimes(
        min_value=datetime(2015, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)
    )
    return st.one_of(
        instants.map(lambda at: at.strftime("%Y-%m-%dT%H:%M:%SZ")),
        instants.map(lambda at: at.isoformat(timespec="milliseconds").replace("+00:00", "Z")),
    )


def slot_words() -> st.SearchStrategy[str]:
    """What a user might have said for a slot: ordinary, tricky in XML, any script, very long."""
    return st.one_of(
        st.sampled_from(
            [
                "magnesium",
                "statins",
                "tonic water",
                "a warm bath",
                "quinine",
                "Tom & Jerry",
                "<5 minutes",
                "what?",
                "don't know",
                "ʃtɹɛtʃ",
                "マグネシウム",
                "crampes",
                "a\x01b",
                "\x1b[31m red",
                "nul\x00",
                "\ufffe",
                "\ud800",
            ]
        ),
        st.text(max_size=40),
        st.builds(
            lambda piece, times: piece * times,
            st.text(min_size=1, max_size=12),
            st.integers(min_value=100, max_value=800),
        ),
    )


@st.composite
def _authority(draw: st.DrawFn, skill_id: str, name: str) -> Json:
    code = draw(st.sampled_from(RESOLUTION_CODES))
    kind = draw(st.sampled_from(["echo-sdk", "echo-sdk.dynamic"]))
    authority: Json = {
        "authority": f"amzn1.er-authority.{kind}.{skill_id}.{TOPIC_SLOT_TYPE}",
        "status": {"code": code},
    }
    if code == "ER_SUCCESS_MATCH":
        ids = st.one_of(
            st.sampled_from(list(TOPIC_IDS)),
            st.sampled_from(["NOT_A_TOPIC", "minerals", ""]),
        )
        values = st.lists(ids, min_size=1, max_size=3)
        authority["values"] = [{"value": {"name": name, "id": i}} for i in draw(values)]
    return authority


@st.composite
def topic_slots(draw: st.DrawFn, skill_id: str = CONSOLE_SKILL_ID) -> Json | None:
    """The ``topic`` slot: absent (``None``), without a value, empty, or filled, with or without
    entity resolution (matched, unmatched, timed out), in the old and the ``slotValue`` form."""
    shape = draw(st.sampled_from(["absent", "unfilled", "empty", "filled", "filled"]))
    if shape == "absent":
        return None
    slot: Json = {
        "name": Slot.TOPIC,
        "confirmationStatus": draw(st.sampled_from(CONFIRMATIONS)),
    }
    if shape == "unfilled":
        return slot
    words = "" if shape == "empty" else draw(slot_words())
    slot |= {"value": words, "source": "USER"}
    if draw(st.booleans()):
        authorities = st.lists(_authority(skill_id, words), max_size=2)
        slot["resolutions"] = {"resolutionsPerAuthority": draw(authorities)}
    if draw(st.booleans()):
        slot["slotValue"] = {"type": "Simple", "value": words}
        if "resolutions" in slot:
            slot["slotValue"]["resolutions"] = slot["resolutions"]
    return slot


def intent_names() -> st.SearchStrategy[str]:
    """Every intent the skill answers, built-ins it does not declare, and made-up names."""
    return st.one_of(
        st.just(Intent.TOPIC),  # the one with a slot, so the most ways to go wrong
        st.sampled_from(list(INTENTS)),
        st.sampled_from(UNKNOWN_INTENTS),
        st.from_regex(r"\A(AMAZON\.)?[A-Z][A-Za-z_]{0,30}Intent\Z"),
    )


@st.composite
def intents(draw: st.DrawFn, skill_id: str = CONSOLE_SKILL_ID) -> Json:
    """The ``intent`` object of an IntentRequest or CanFulfillIntentRequest."""
    intent: Json = {
        "name": draw(intent_names()),
        "confirmationStatus": draw(st.sampled_from(CONFIRMATIONS)),
    }
    slots: Json = {}
    topic = draw(topic_slots(skill_id))
    if topic is not None:
        slots[Slot.TOPIC] = topic
    if draw(st.integers(min_value=0, max_value=4)) == 0:
        slots["query"] = {
            "name": "query",
            "value": draw(slot_words()),
            "confirmationStatus": "NONE",
        }
    keep_empty = draw(st.booleans())
    if slots or keep_empty:
        intent["slots"] = slots
    return intent


def request_types() -> st.SearchStrategy[str]:
    """The core types, the other interfaces', unseen ones, and made-up ``Namespace.Name`` types."""
    made_up = st.from_regex(r"\A[A-Z][A-Za-z]{1,16}(\.[A-Z][A-Za-z]{1,16}){0,3}\Z")
    return st.one_of(
        st.sampled_from(sorted(_CORE_TYPES)),
        st.sampled_from(sorted(_OTHER_REQUESTS)),
        st.sampled_from(UNSEEN_REQUEST_TYPES),
        made_up.filter(lambda name: name not in _CORE_TYPES),
    )


@st.composite
def requests(draw: st.DrawFn, request_type: str, skill_id: str = CONSOLE_SKILL_ID) -> Json:
    """The type-specific part of a ``request`` object of ``request_type``."""
    request: Json = {"type": request_type}
    if request_type in ("IntentRequest", "CanFulfillIntentRequest"):
        request["intent"] = draw(intents(skill_id))
    if request_type == "IntentRequest" and draw(st.booleans()):
        request["dialogState"] = draw(st.sampled_from(DIALOG_STATES))
    if request_type == "LaunchRequest" and draw(st.booleans()):
        request["shouldLinkResultBeReturned"] = draw(st.booleans())
    if request_type == "SessionEndedRequest":
        request["reason"] = draw(st.sampled_from(SESSION_ENDED_REASONS))
        if draw(st.booleans()):
            message = draw(st.text(max_size=60))
            request["error"] = {
                "type": draw(st.sampled_from(SESSION_ENDED_ERRORS)),
                "message": message,
            }
    if request_type in _OTHER_REQUESTS:
        request |= _OTHER_REQUESTS[request_type]
    elif request_type not in _CORE_TYPES:
        extras = st.dictionaries(st.from_regex(r"\A[a-z][A-Za-z]{0,12}\Z"), json_values, max_size=3)
        request |= {k: v for k, v in draw(extras).items() if k not in ("type", "locale")}
    return request


@st.composite
def envelopes(
    draw: st.DrawFn,
    *,
    skill_id: str = CONSOLE_SKILL_ID,
    request_type: st.SearchStrategy[str] | None = None,
    timestamp: st.SearchStrategy[str] | None = None,
) -> Json:
    """A whole request envelope, as the Alexa service would send it to ``skill_id``."""
    kind = draw(request_types() if request_type is None else request_type)
    user: Json = {"userId": draw(identifiers("amzn1.ask.account"))}
    if draw(st.booleans()):
        user["accessToken"] = draw(access_tokens())
    application = {"applicationId": skill_id}
    system: Json = {
        "application": application,
        "user": user,
        "device": {
            "deviceId": draw(identifiers("amzn1.ask.device")),
            "supportedInterfaces": draw(
                st.sampled_from([{}, {"AudioPlayer": {}}, {"Display": {}}])
            ),
        },
        "apiEndpoint": API_ENDPOINT,
        "apiAccessToken": draw(access_tokens()),
    }
    if draw(st.booleans()):
        system["person"] = {
            "personId": draw(identifiers("amzn1.ask.person")),
            "accessToken": draw(access_tokens()),
        }
    request = draw(requests(kind, skill_id))
    request["requestId"] = draw(identifiers("amzn1.echo-api.request"))
    request["timestamp"] = draw(timestamps() if timestamp is None else timestamp)
    locale = draw(locales())
    if locale is not None:
        request["locale"] = locale
    envelope: Json = {"version": "1.0", "context": {"System": system}, "request": request}
    if draw(st.booleans()):
        envelope["context"]["AudioPlayer"] = {"playerActivity": "IDLE"}
    session = draw(_sessions(kind, application, user))
    if session is not None:
        envelope["session"] = session
    return envelope


@st.composite
def _sessions(draw: st.DrawFn, kind: str, application: Json, user: Json) -> Json | None:
    if kind.startswith(_SESSIONLESS_PREFIXES):
        return None
    sessionless = kind == "CanFulfillIntentRequest" or kind not in _CORE_TYPES | set(
        _OTHER_REQUESTS
    )
    if sessionless and draw(st.booleans()):
        return None
    session: Json = {
        "new": draw(st.booleans()),
        "sessionId": draw(identifiers("amzn1.echo-api.session")),
        "application": application,
        "user": user,
    }
    # A CanFulfillIntentRequest is asked outside any conversation: its session is always new.
    if kind == "CanFulfillIntentRequest":
        return session | {"new": True, "attributes": {}}
    attributes = draw(st.none() | session_attributes())
    if attributes is not None:
        session["attributes"] = attributes
    return session


def secrets_of(envelope: Json) -> list[str]:
    """Every user, device, person and session ID and token in ``envelope`` (none may be logged)."""
    system = envelope.get("context", {}).get("System", {})
    session = envelope.get("session", {})
    found = [
        system.get("user", {}).get("userId"),
        system.get("user", {}).get("accessToken"),
        system.get("device", {}).get("deviceId"),
        system.get("person", {}).get("personId"),
        system.get("person", {}).get("accessToken"),
        system.get("apiAccessToken"),
        session.get("sessionId"),
        session.get("user", {}).get("userId"),
        session.get("user", {}).get("accessToken"),
    ]
    return [value for value in found if isinstance(value, str) and value]
