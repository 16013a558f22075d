"""A cramp happening now."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.advice.models import Muscle
from skill.cramp_now.views import CrampNow
from skill.handling import IntentHandler, answer, resolved
from skill.names import Intent, Slot
from skill.symptoms.hearing import urgent_rule
from skill.symptoms.views import TriageAnswer


class CrampNowIntentHandler(IntentHandler):
    """``CrampNowIntent``: "my calf is cramping right now" — the action comes first: that
    muscle's stretch, unless red-flag words came with it ("…and it's swollen and red")."""

    intents = (Intent.CRAMP_NOW,)

    def handle(self, handler_input: HandlerInput) -> Response:
        rule = urgent_rule(handler_input)
        if rule is not None:
            return answer(handler_input, TriageAnswer(rule.id))
        return answer(handler_input, CrampNow(resolved(handler_input, Slot.MUSCLE.value, Muscle)))
