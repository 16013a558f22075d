"""Touch on the night screen: each button is answered by the handler of its voice intent."""

from __future__ import annotations

from typing import assert_never

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.navigation.handlers import (
    NextIntentHandler,
    PauseIntentHandler,
    PreviousIntentHandler,
    RepeatIntentHandler,
    ResumeIntentHandler,
)
from skill.night_screen.screens import Touch

USER_EVENT = "Alexa.Presentation.APL.UserEvent"
_NEXT, _BACK, _PAUSE, _REPEAT, _RESUME = (
    NextIntentHandler(),
    PreviousIntentHandler(),
    PauseIntentHandler(),
    RepeatIntentHandler(),
    ResumeIntentHandler(),
)


def touched(handler_input: HandlerInput) -> Touch | None:
    """The button a UserEvent names (its one argument); ``None`` if it is not one of ours."""
    arguments = getattr(handler_input.request_envelope.request, "arguments", None)
    if not isinstance(arguments, list) or len(arguments) != 1:
        return None
    try:
        return Touch(arguments[0])
    except ValueError:
        return None


def voice_handler(touch: Touch) -> AbstractRequestHandler:
    """The handler of the voice intent a button stands for."""
    match touch:
        case Touch.NEXT:
            return _NEXT
        case Touch.BACK:
            return _BACK
        case Touch.PAUSE:
            return _PAUSE
        case Touch.REPEAT:
            return _REPEAT
        case Touch.RESUME:
            return _RESUME
        case _:
            assert_never(touch)


class UserEventHandler(AbstractRequestHandler):
    """``Alexa.Presentation.APL.UserEvent`` from a night-screen button."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        event = bool(is_request_type(USER_EVENT)(handler_input))
        return event and touched(handler_input) is not None

    def handle(self, handler_input: HandlerInput) -> Response:
        touch = touched(handler_input)
        assert touch is not None  # can_handle
        response = voice_handler(touch).handle(handler_input)
        assert response is not None  # every navigation handler answers
        return response
