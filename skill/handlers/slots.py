"""Reading the ``topic`` slot the way entity resolution delivers it."""

from __future__ import annotations

from typing import NamedTuple

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Intent as IntentModel

from skill.advice.models import TopicId
from skill.names import Slot

# Compared by value: importing ask_sdk_model's StatusCode enum would add to every cold start.
_MATCH = "ER_SUCCESS_MATCH"


class HeardTopic(NamedTuple):
    """The words heard for the topic slot, and the topic they resolved to (if any)."""

    words: str | None
    topic: TopicId | None


def heard_topic(handler_input: HandlerInput) -> HeardTopic:
    """The ``topic`` slot of this request's intent; missing or unmatched values give ``None``."""
    intent = getattr(handler_input.request_envelope.request, "intent", None)
    return topic_of(intent)


def topic_of(intent: IntentModel | None) -> HeardTopic:
    """The ``topic`` slot of ``intent``, resolved to a topic ID only on ``ER_SUCCESS_MATCH``."""
    slots = intent.slots if intent is not None else None
    slot = slots.get(Slot.TOPIC.value) if isinstance(slots, dict) else None
    if slot is None:
        return HeardTopic(None, None)
    words = slot.value if isinstance(slot.value, str) else None
    resolutions = slot.resolutions.resolutions_per_authority if slot.resolutions else None
    for authority in resolutions or ():
        code = getattr(authority.status, "code", None)
        if getattr(code, "value", code) != _MATCH:
            continue
        for wrapper in authority.values or ():
            topic_id = wrapper.value.id if wrapper.value is not None else None
            if isinstance(topic_id, str) and topic_id in TopicId.__members__:
                return HeardTopic(words, TopicId(topic_id))
    return HeardTopic(words, None)
