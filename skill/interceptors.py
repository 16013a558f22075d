"""Request and response interceptors: the locale's conversation, and privacy-safe logs."""

from __future__ import annotations

import json
import logging

from ask_sdk_core.dispatch_components import (
    AbstractRequestInterceptor,
    AbstractResponseInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.conversation import Conversation
from skill.handlers.turn import CONVERSATION_KEY

logger = logging.getLogger("legcramp.requests")


class _JsonLine:
    """A log argument rendered as one JSON line only if a handler actually emits the record."""

    def __init__(self, record: dict[str, object]) -> None:
        self.record = record

    def __str__(self) -> str:
        return json.dumps(self.record, default=str)


class LocalizationInterceptor(AbstractRequestInterceptor):
    """Attach the conversation (content and speech templates) for the request's locale."""

    def process(self, handler_input: HandlerInput) -> None:
        locale = getattr(handler_input.request_envelope.request, "locale", None)
        conversation = Conversation(locale if isinstance(locale, str) else None)
        handler_input.attributes_manager.request_attributes[CONVERSATION_KEY] = conversation


class RequestLogInterceptor(AbstractRequestInterceptor):
    """One structured line per request: type, intent, locale, request ID. No user or device IDs.

    The request ID identifies one request, not a person; the response line carries it too, so
    the two can be joined without logging the session, user or device identifiers.
    """

    def process(self, handler_input: HandlerInput) -> None:
        envelope = handler_input.request_envelope
        request = envelope.request
        session = envelope.session
        intent = getattr(request, "intent", None)
        record = {
            "event": "request",
            "type": getattr(request, "object_type", None),
            "intent": getattr(intent, "name", None),
            "locale": getattr(request, "locale", None),
            "request_id": getattr(request, "request_id", None),
            "new_session": getattr(session, "new", None),
        }
        logger.info("%s", _JsonLine(record))


class ResponseLogInterceptor(AbstractResponseInterceptor):
    """One structured line per response: whether it ends the session and how long it is."""

    def process(self, handler_input: HandlerInput, response: Response | None) -> None:
        speech = getattr(getattr(response, "output_speech", None), "ssml", None) or ""
        request = handler_input.request_envelope.request
        record = {
            "event": "response",
            "request_id": getattr(request, "request_id", None),
            "end_session": getattr(response, "should_end_session", None),
            "speech_chars": len(speech),
            "card": getattr(response, "card", None) is not None,
        }
        logger.info("%s", _JsonLine(record))
