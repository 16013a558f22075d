"""A person describing what they feel: triage first."""

from __future__ import annotations

from typing import assert_never

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.advice.models import MedicineId, Muscle, Situation, Symptoms, Topics
from skill.dialog.views import View
from skill.doctor.views import DoctorUrgent
from skill.handling import IntentHandler, answer, dialog_state, resolved
from skill.medicines.views import MedicineAnswer
from skill.names import Intent, Slot
from skill.symptoms.hearing import (
    child_talked_about,
    heard_symptoms,
    only_set_aside,
    someone_is_a_child,
    triage_rule,
    unresolved_symptom_words,
)
from skill.symptoms.views import TriageAnswer, WhatYouFeel
from skill.topics.views import TopicAnswer

# A child's aching legs with nothing more ("her legs ache at bedtime, both of them, and she's
# right as rain by breakfast"): the children's answer, which says when a doctor is needed (one
# leg, a joint, by day, a limp) and what growing pains are (fact sheet 9.3), not a booking.
CHILD_ACHES = frozenset({Symptoms.MUSCLE_ACHE})
A_CHILD = frozenset({Situation.CHILD})


class SymptomIntentHandler(IntentHandler):
    """``SymptomIntent``: "my calf is swollen and red" — the most urgent advice that fits, first.

    A cold said of something other than the leg ("I have a cold and my legs cramp", "it's
    freezing in my bedroom"), with nothing else heard, gets why cramps happen. Symptoms heard
    that no rule answers (words not understood, or an adult's fever, for which
    the fact sheet gives no tier) get the urgent signs to look out for; a situation alone ("I'm
    pregnant and my legs cramp") gets its topic. A muscle alone ("my foot feels strange") is
    asked what is happening there, once: its stretch would be the wrong help for a foot that
    will not move; asked again, the urgent signs.
    """

    intents = (Intent.SYMPTOM,)

    def handle(self, handler_input: HandlerInput) -> Response:
        talked_about = child_talked_about(handler_input)
        # "Her knee is red and hot", after "my daughter is seven": the child's rules come first.
        rule = triage_rule(handler_input, child_said_again(handler_input))
        if rule is None and talked_about:
            # "Hobbling", after the children's answer: a sign with a tier only for a child.
            rule = triage_rule(handler_input, A_CHILD)
        if rule is not None:
            return answer(handler_input, TriageAnswer(rule.id))
        symptoms = heard_symptoms(handler_input)
        situation = resolved(handler_input, Slot.SITUATION, Situation)
        about_a_child = talked_about or situation is Situation.CHILD
        if symptoms and symptoms <= CHILD_ACHES and about_a_child:
            return answer(handler_input, about(Situation.CHILD))
        if only_set_aside(handler_input):  # "I have a cold and my legs cramp at night"
            from skill.walks.views import CausesOverview  # noqa: PLC0415 (rarely needed)

            return answer(handler_input, CausesOverview())
        if symptoms or unresolved_symptom_words(handler_input):
            return answer(handler_input, DoctorUrgent())
        if situation is not None:
            return answer(handler_input, about(situation))
        muscle = resolved(handler_input, Slot.MUSCLE, Muscle)
        if muscle is None or isinstance(dialog_state(handler_input).view, WhatYouFeel):
            return answer(handler_input, DoctorUrgent())
        return answer(handler_input, WhatYouFeel(muscle))


def child_said_again(handler_input: HandlerInput) -> frozenset[Situation]:
    """A child, when "her", "him" or "they" in this request is the child talked about before."""
    return A_CHILD if someone_is_a_child(handler_input) else frozenset()


def about(situation: Situation) -> View:
    """What a person in ``situation`` hears when they describe no symptom."""
    match situation:
        case Situation.PREGNANT:
            return TopicAnswer(Topics.PREGNANCY)
        case Situation.CHILD:
            return TopicAnswer(Topics.CHILDREN)
        case Situation.STATIN:
            return MedicineAnswer(MedicineId.STATIN)
        case Situation.KIDNEY:
            return TopicAnswer(Topics.HEALTH_CONDITIONS)
        case Situation.IMMOBILE:
            return DoctorUrgent()  # the content's rules answer it first; failing that, the signs
        case _:
            assert_never(situation)
