"""Requests that get no speech: the session ending, and request types the skill does not use."""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.handlers.turn import dialog_state, keep_only

logger = logging.getLogger(__name__)


class SessionEndedHandler(AbstractRequestHandler):
    """Any reason, with or without an error: log it, answer with an empty response, keep nothing."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("SessionEndedRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        error = getattr(request, "error", None)
        logger.info(
            "session ended",
            extra={
                "reason": getattr(getattr(request, "reason", None), "value", None),
                "error_type": getattr(getattr(error, "object_type", None), "value", None)
                or getattr(error, "object_type", None),
            },
        )
        keep_only(handler_input, None)
        return handler_input.response_builder.response


class UnknownRequestHandler(AbstractRequestHandler):
    """Any other request type (display events, exceptions reported by the device …): no speech,
    and the session keeps only the state the skill can validate."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        logger.info(
            "unhandled request type",
            extra={"request_type": getattr(request, "object_type", None)},
        )
        keep_only(handler_input, dialog_state(handler_input))
        return handler_input.response_builder.response
