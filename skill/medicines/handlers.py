"""Questions about a medicine: never told to stop it."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.advice.models import MedicineId, Situation
from skill.handling import IntentHandler, answer, resolved
from skill.medicines.views import MedicineAnswer, MedicineWithSymptom
from skill.names import Intent, Slot
from skill.symptoms.hearing import triage_rule


class MedicineIntentHandler(IntentHandler):
    """``MedicineIntent``: "can I stop my water pill?", "my statin makes my muscles ache".

    A medicine not understood is answered as any prescribed medicine (``OTHER``); a symptom
    named with it puts its tier's action in the first sentence, with "don't stop or change it".
    """

    intents = (Intent.MEDICINE,)

    def handle(self, handler_input: HandlerInput) -> Response:
        medicine = resolved(handler_input, Slot.MEDICINE.value, MedicineId) or MedicineId.OTHER
        on_statin = frozenset({Situation.STATIN}) if medicine is MedicineId.STATIN else frozenset()
        rule = triage_rule(handler_input, on_statin)
        if rule is not None:
            return answer(handler_input, MedicineWithSymptom(medicine, rule.id))
        return answer(handler_input, MedicineAnswer(medicine))
