"""Questions about a medicine: never told to stop it."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.advice.models import Concern, MedicineId, Situation
from skill.dialog.views import View
from skill.handling import IntentHandler, answer, conversation, dialog_state, heard, resolved
from skill.medicines.views import MedicineAnswer, MedicineConcernAnswer, MedicineWithSymptom
from skill.names import Intent, Slot
from skill.symptoms.hearing import URGENT, triage_rule
from skill.topics.views import TopicAnswer


class MedicineIntentHandler(IntentHandler):
    """``MedicineIntent``: "can I stop my water pill?", "my statin makes my muscles ache",
    "can I take ibuprofen with Eliquis?", "I doubled my water tablets".

    A medicine not understood is answered as any prescribed medicine (``OTHER``). The most
    urgent advice goes first: a symptom that needs help today or now puts its tier's action in
    the first sentence, with "don't stop or change it"; then a concern asked with it (a
    painkiller, vitamin K, potassium, an extra dose …) that the content answers; then any other
    symptom's tier; else the medicine's own answer. Something to take or do asked about with no
    medicine said at all ("can I rub my calf?") is its topic's question. A question that names
    nothing at all ("should I just stop them then?") is about the medicine just talked about.
    """

    intents = (Intent.MEDICINE,)

    def handle(self, handler_input: HandlerInput) -> Response:
        named = heard(handler_input, Slot.MEDICINE).words is not None
        medicine = resolved(handler_input, Slot.MEDICINE, MedicineId)
        if not named and not heard(handler_input, Slot.CONCERN).words:
            # "I'm on water pills" … "should I just stop them then?": the medicine just discussed.
            medicine = medicine_in_context(handler_input)
        medicine = medicine or MedicineId.OTHER
        on_statin = frozenset({Situation.STATIN}) if medicine is MedicineId.STATIN else frozenset()

        def reply(view: View) -> Response:
            # "I started taking atorvastatin last month" … "now my legs ache": the statin holds
            # for the session, as "I'm on a statin" does.
            return answer(handler_input, view, remember=on_statin)

        rule = triage_rule(handler_input, on_statin)
        if rule is not None and rule.tier in URGENT:
            return reply(MedicineWithSymptom(medicine, rule.id))
        concern = resolved(handler_input, Slot.CONCERN, Concern)
        if concern is not None and concern.topic is not None and not named:
            # "Can I rub my calf?": something to take or do, with no medicine said at all.
            return reply(TopicAnswer(concern.topic))
        questions = conversation(handler_input).content.medicine_questions
        if concern is not None and questions.answer(concern, medicine) is not None:
            return reply(MedicineConcernAnswer(concern, medicine))
        if rule is not None:
            return reply(MedicineWithSymptom(medicine, rule.id))
        return reply(MedicineAnswer(medicine))


def medicine_talked_about(view: View | None) -> MedicineId | None:
    """The medicine group the last answer was about (a medicine answer, or a cramp's stretch
    said to someone on one), if it was about one."""
    medicine = getattr(view, "medicine", None)
    return medicine if isinstance(medicine, MedicineId) else None


def medicine_in_context(handler_input: HandlerInput) -> MedicineId | None:
    """The medicine a question naming none is about: the one the last answer was about, else a
    statin said earlier in the session ("I'm on a statin" … "is it causing my cramps?")."""
    state = dialog_state(handler_input)
    medicine = medicine_talked_about(state.view)
    if medicine is None and Situation.STATIN in state.context:
        return MedicineId.STATIN
    return medicine
