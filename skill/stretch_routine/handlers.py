"""The guided bedtime stretch routine."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.handling import IntentHandler, answer
from skill.names import Intent
from skill.stretch_routine.views import RoutineStretch


class StretchIntentHandler(IntentHandler):
    """``StretchIntent``: "walk me through a stretch" — from the first stretch."""

    intents = (Intent.STRETCH,)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, RoutineStretch(0))
