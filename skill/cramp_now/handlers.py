"""A cramp happening now."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.cramp_now.views import CrampNow
from skill.handling import IntentHandler, answer
from skill.names import Intent


class CrampNowIntentHandler(IntentHandler):
    """``CrampNowIntent``: "my calf is cramping right now" — the action comes first."""

    intents = (Intent.CRAMP_NOW,)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, CrampNow())
