"""Why night cramps happen, and what helps: an overview that offers a walk through its topics."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.handling import IntentHandler, answer
from skill.names import Intent
from skill.walks.views import CausesOverview, ReliefOverview


class CausesIntentHandler(IntentHandler):
    """``CausesIntent``: "why do my legs cramp at night?"."""

    intents = (Intent.CAUSES,)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, CausesOverview())


class ReliefIntentHandler(IntentHandler):
    """``ReliefIntent``: "what helps with night cramps?"; "what can I do for her?" about a child
    talked about earlier is what helps a child's cramps or leg aches."""

    intents = (Intent.RELIEF,)

    def handle(self, handler_input: HandlerInput) -> Response:
        from skill.symptoms.hearing import someone_is_a_child  # noqa: PLC0415

        if someone_is_a_child(handler_input):
            from skill.advice.models import Topics  # noqa: PLC0415
            from skill.topics.views import TopicAnswer  # noqa: PLC0415

            return answer(handler_input, TopicAnswer(Topics.CHILD_RELIEF))
        return answer(handler_input, ReliefOverview())
