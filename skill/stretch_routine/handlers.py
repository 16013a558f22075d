"""The guided bedtime stretch routine."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.advice.models import Muscle
from skill.cramp_now.views import cramp_now
from skill.handling import IntentHandler, answer, resolved
from skill.names import Intent, Slot
from skill.stretch_routine.views import RoutineStretch


class StretchIntentHandler(IntentHandler):
    """``StretchIntent``: "walk me through a stretch" — the bedtime routine from its first
    stretch; "how do I stretch my thigh" — that muscle's stretch."""

    intents = (Intent.STRETCH,)

    def handle(self, handler_input: HandlerInput) -> Response:
        muscle = resolved(handler_input, Slot.MUSCLE, Muscle)
        return answer(handler_input, RoutineStretch(0) if muscle is None else cramp_now(muscle))
