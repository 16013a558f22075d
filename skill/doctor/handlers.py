"""When to see a doctor."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.doctor.views import DoctorUrgent
from skill.handling import IntentHandler, answer
from skill.names import Intent


class SeeDoctorIntentHandler(IntentHandler):
    """``SeeDoctorIntent``: "when should I see a doctor?" — urgent signs first."""

    intents = (Intent.SEE_DOCTOR,)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, DoctorUrgent())
