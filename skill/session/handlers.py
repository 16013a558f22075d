"""Launch, help, fallback, stop, the end of a session, and the catch-alls."""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.handling import IntentHandler, answer, dialog_state
from skill.names import Intent
from skill.respond import keep_only
from skill.session.views import Fallback, Goodbye, Help, Launch

logger = logging.getLogger(__name__)


class LaunchRequestHandler(AbstractRequestHandler):
    """"Alexa, open leg cramp helper": a short welcome and one question. It never reads the
    diary: on Lambda that would load boto3 into every cold start."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("LaunchRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, Launch())


class HelpIntentHandler(IntentHandler):
    """``AMAZON.HelpIntent``: what the skill can do."""

    intents = (Intent.HELP,)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, Help())


class FallbackIntentHandler(IntentHandler):
    """``AMAZON.FallbackIntent``: out of domain."""

    intents = (Intent.FALLBACK,)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, Fallback())


class StopIntentHandler(IntentHandler):
    """``AMAZON.StopIntent``, ``AMAZON.CancelIntent``, ``AMAZON.NavigateHomeIntent``: goodnight."""

    intents = (Intent.STOP, Intent.CANCEL, Intent.NAVIGATE_HOME)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, Goodbye())


class SessionEndedRequestHandler(AbstractRequestHandler):
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


class UnknownIntentHandler(AbstractRequestHandler):
    """Any intent no other handler took (an old model, a forged request): the fallback answer."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("IntentRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, Fallback())


class UnknownRequestHandler(AbstractRequestHandler):
    """Any other request type, modelled by the SDK or not (display events, newer system events):
    an empty, valid response, and the session keeps only the state the skill can validate."""

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
