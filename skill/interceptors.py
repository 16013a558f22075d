"""Interceptors: the locale's conversation in, one privacy-safe log line out."""

from __future__ import annotations

import json
import logging

from ask_sdk_core.dispatch_components import (
    AbstractRequestInterceptor,
    AbstractResponseInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.dialog.views import ViewRegistry
from skill.handling import CONVERSATION_KEY, conversation_for

logger = logging.getLogger("legcramp.requests")


class _JsonLine:
    """A log argument rendered as one JSON line only if a handler actually emits the record."""

    def __init__(self, record: dict[str, object]) -> None:
        self.record = record

    def __str__(self) -> str:
        return json.dumps(self.record, default=str)


class LocalizationInterceptor(AbstractRequestInterceptor):
    """Attach the conversation (content, speech templates, views) for the request's locale."""

    def __init__(self, views: ViewRegistry) -> None:
        self.views = views

    def process(self, handler_input: HandlerInput) -> None:
        conversation = conversation_for(handler_input, self.views)
        handler_input.attributes_manager.request_attributes[CONVERSATION_KEY] = conversation


class TurnLogInterceptor(AbstractResponseInterceptor):
    """One structured line per answered request: what came in and what went out.

    It names the request by its request ID, which identifies one request, not a person: no user,
    device or session IDs and no tokens are logged. (Failed requests are logged by the
    exception handler instead.)
    """

    def process(self, handler_input: HandlerInput, response: Response | None) -> None:
        if not logger.isEnabledFor(logging.INFO):
            return
        envelope = handler_input.request_envelope
        request = envelope.request
        speech = getattr(getattr(response, "output_speech", None), "ssml", None) or ""
        record = {
            "event": "turn",
            "type": getattr(request, "object_type", None),
            "intent": getattr(getattr(request, "intent", None), "name", None),
            "locale": getattr(request, "locale", None),
            "request_id": getattr(request, "request_id", None),
            "new_session": getattr(envelope.session, "new", None),
            "end_session": getattr(response, "should_end_session", None),
            "speech_chars": len(speech),
            "card": getattr(response, "card", None) is not None,
        }
        logger.info("%s", _JsonLine(record))
