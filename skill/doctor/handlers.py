"""When to see a doctor, what to tell them, and what the diary can't do."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.advice.models import Topics
from skill.doctor.views import DiaryLimits, DoctorContact, DoctorUrgent, DoctorVisit
from skill.handling import IntentHandler, answer
from skill.names import Intent
from skill.symptoms.hearing import someone_is_a_child, urgent_rule
from skill.symptoms.views import TriageAnswer
from skill.topics.views import TopicAnswer


class SeeDoctorIntentHandler(IntentHandler):
    """``SeeDoctorIntent``: "when should I see a doctor?" — urgent signs first. "When should I
    take her to the doctor?" about a child talked about earlier is the child's signs, by tier."""

    intents = (Intent.SEE_DOCTOR,)

    def handle(self, handler_input: HandlerInput) -> Response:
        if someone_is_a_child(handler_input):
            return answer(handler_input, TopicAnswer(Topics.CHILD_DOCTOR))
        return answer(handler_input, DoctorUrgent())


class DoctorVisitIntentHandler(IntentHandler):
    """``DoctorVisitIntent``: "what should I tell my doctor?", "what should I bring?" — what to
    tell them and bring; ``ContactDoctorIntent``: "can you tell my doctor?" — it can't contact
    anyone, but the diary's summary can go along. Red-flag words said with either ("what do I
    tell the doctor about my swollen red calf") are triaged first."""

    intents = (Intent.DOCTOR_VISIT, Intent.CONTACT_DOCTOR)

    def handle(self, handler_input: HandlerInput) -> Response:
        rule = urgent_rule(handler_input)
        if rule is not None:
            return answer(handler_input, TriageAnswer(rule.id))
        if is_intent_name(Intent.CONTACT_DOCTOR)(handler_input):
            return answer(handler_input, DoctorContact())
        return answer(handler_input, DoctorVisit())


class DiaryLimitsIntentHandler(IntentHandler):
    """``DiaryLimitsIntent``: "does my diary show if it's serious?", "add a note that I took my
    water pill", "log it as really bad" — what the diary keeps, that it can't tell whether
    something is serious; nothing is logged (so no second entry for the cramp just logged)."""

    intents = (Intent.DIARY_LIMITS,)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, DiaryLimits())
