"""The last line of defence: any exception still gets a short spoken apology (or silence)."""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.response_helper import ResponseFactory
from ask_sdk_model import Response

from skill.respond import keep_only
from skill.speech.catalog import speech_catalog
from skill.speech.ssml import to_ssml

logger = logging.getLogger(__name__)

ERROR_KEY = "error.speech"
# Read at import, from the default locale: if this is missing the skill cannot start at all,
# so at run time the apology below always exists.
_DEFAULT_APOLOGY = to_ssml((speech_catalog(None).text(ERROR_KEY),))

# Request types that must never get speech back.
_SILENT_TYPES = frozenset({"SessionEndedRequest", "CanFulfillIntentRequest"})


class ErrorHandler(AbstractExceptionHandler):
    """Catches everything; its own steps cannot raise past it."""

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        logger.error("handler failed: %s", type(exception).__name__, exc_info=exception)
        factory = ResponseFactory()
        try:  # the session ends here: keep none of the (untrusted) attributes it carried
            keep_only(handler_input, None)
        except Exception:
            logger.exception("could not clear the session attributes")
        request_type = getattr(handler_input.request_envelope.request, "object_type", None)
        if request_type in _SILENT_TYPES:
            return factory.response
        try:
            locale = getattr(handler_input.request_envelope.request, "locale", None)
            apology = to_ssml((speech_catalog(locale).text(ERROR_KEY),))
        except Exception:  # the localised text is optional; the default is not
            apology = _DEFAULT_APOLOGY
        factory.speak(apology)
        factory.set_should_end_session(True)
        return factory.response
