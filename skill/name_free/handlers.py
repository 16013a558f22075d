"""Name-free interaction: say whether we could answer an intent, with no speech and no state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.advice.models import as_topic_id
from skill.handling import heard, resolved
from skill.names import CUSTOM_INTENTS, Intent, Slot
from skill.respond import keep_only

if TYPE_CHECKING:
    from ask_sdk_model.canfulfill import CanFulfillIntent

# Answers to the skill's own questions ("the back", to "front or back of your thigh?"; "the
# left one", to "which leg was it?") mean nothing without them: never offered to a name-free
# request.
_ANSWERS_ONLY = frozenset({Intent.THIGH_SIDE, Intent.LEG_SIDE})
_CUSTOM_NAMES = frozenset(CUSTOM_INTENTS) - _ANSWERS_ONLY


def verdict(intent_name: str | None, topic_understood: bool | None) -> CanFulfillIntent:
    """YES for our intents whose slots we understand; NO for anything else.

    ``topic_understood`` is ``None`` when the intent carries no topic slot value.
    """
    # Imported here, not at module level: five SDK modules that only name-free requests need,
    # kept off every other cold start.
    from ask_sdk_model.canfulfill import (  # noqa: PLC0415
        CanFulfillIntent,
        CanFulfillIntentValues,
        CanFulfillSlot,
        CanFulfillSlotValues,
        CanUnderstandSlotValues,
    )

    if intent_name not in _CUSTOM_NAMES:
        return CanFulfillIntent(can_fulfill=CanFulfillIntentValues.NO)
    if intent_name != Intent.TOPIC:
        return CanFulfillIntent(can_fulfill=CanFulfillIntentValues.YES)
    yes = bool(topic_understood)
    slot = CanFulfillSlot(
        can_understand=CanUnderstandSlotValues.YES if yes else CanUnderstandSlotValues.NO,
        can_fulfill=CanFulfillSlotValues.YES if yes else CanFulfillSlotValues.NO,
    )
    return CanFulfillIntent(
        can_fulfill=CanFulfillIntentValues.YES if yes else CanFulfillIntentValues.NO,
        slots={Slot.TOPIC: slot},
    )


class CanFulfillIntentRequestHandler(AbstractRequestHandler):
    """``CanFulfillIntentRequest``: no session is assumed and nothing is stored."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("CanFulfillIntentRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        intent = getattr(handler_input.request_envelope.request, "intent", None)
        name = getattr(intent, "name", None)
        topic = resolved(handler_input, Slot.TOPIC, as_topic_id)
        understood = None
        if heard(handler_input, Slot.TOPIC).words is not None or topic is not None:
            understood = topic is not None
        builder = handler_input.response_builder
        builder.set_can_fulfill_intent(verdict(name, understood))
        keep_only(handler_input, None)
        return builder.response
