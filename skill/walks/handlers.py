"""Why night cramps happen, and what helps: an overview that offers a walk through its topics."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.handling import IntentHandler, answer, dialog_state
from skill.names import Intent
from skill.walks.views import CausesOverview, ReliefOverview


class CausesIntentHandler(IntentHandler):
    """``CausesIntent``: "why do my legs cramp at night?"."""

    intents = (Intent.CAUSES,)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, CausesOverview())


class ReliefIntentHandler(IntentHandler):
    """``ReliefIntent``: "what helps with night cramps?"; "what can I do for her?" about a child
    talked about earlier is what helps a child's cramps or leg aches. "So what do I do about
    it?" right after a medicine's answer is to keep taking it and ask for a review; right after
    advice to get help, that advice again: it is what to do."""

    intents = (Intent.RELIEF,)

    def handle(self, handler_input: HandlerInput) -> Response:
        from skill.advice.models import Topics  # noqa: PLC0415
        from skill.medicines.views import (  # noqa: PLC0415
            MedicineAnswer,
            MedicineConcernAnswer,
            MedicineMore,
            MedicineWithSymptom,
        )
        from skill.symptoms.hearing import someone_is_a_child  # noqa: PLC0415
        from skill.symptoms.views import TriageAnswer  # noqa: PLC0415
        from skill.topics.views import TopicAnswer  # noqa: PLC0415

        if someone_is_a_child(handler_input):
            return answer(handler_input, TopicAnswer(Topics.CHILD_RELIEF))
        before = dialog_state(handler_input).view
        if isinstance(before, TriageAnswer | MedicineWithSymptom):
            return answer(handler_input, before)
        if isinstance(before, MedicineAnswer | MedicineMore | MedicineConcernAnswer):
            return answer(handler_input, TopicAnswer(Topics.MEDICATION))
        return answer(handler_input, ReliefOverview())
