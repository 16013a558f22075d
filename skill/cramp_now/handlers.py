"""A cramp happening now."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.advice.models import MedicineId, Muscle, Situation, Symptoms, ThighSide, TopicId, Topics
from skill.cramp_now.views import ASKED_WHICH_SIDE, Stretch, WhichSide, cramp_now
from skill.dialog.views import View
from skill.handling import IntentHandler, answer, dialog_state, heard, resolved
from skill.medicines.views import MedicineWithSymptom
from skill.names import Intent, Slot
from skill.session.views import Fallback
from skill.symptoms.hearing import (
    child_talked_about,
    heard_situations,
    heard_symptoms,
    situations_in_context,
    triage_rule,
    urgent_rule,
)
from skill.symptoms.views import TriageAnswer, WhatYouFeel
from skill.topics.views import TopicAnswer, TopicMore

# Answers to a cramp in progress given as topics (no stretch of their own in ``muscles``): "it's
# still going" after one of them is that answer again, not the calf's stretch.
CRAMP_IN_PROGRESS_TOPICS = frozenset(
    {Topics.INNER_THIGH, Topics.CANT_STRAIGHTEN, Topics.CANT_REACH_FOOT, Topics.TOE_UP}
)


class CrampNowIntentHandler(IntentHandler):
    """``CrampNowIntent``: "my calf is cramping right now" — the action comes first: that
    muscle's stretch (or the one just asked about), unless red-flag words came with it ("…and
    it's swollen and red"). A medicine named with it ("I'm on Lasix and my calf is cramping")
    has its line after the stretch, or joins the red flag's action ("…, and don't stop or change
    your medicine"). A bare "thigh" is asked "Is it the front or the back of your thigh?";
    ``ThighSideIntent`` ("the back", "my thigh at the back") names the side, and that side's
    stretch follows."""

    intents = (Intent.CRAMP_NOW, Intent.THIGH_SIDE)

    def handle(self, handler_input: HandlerInput) -> Response:
        if is_intent_name(Intent.THIGH_SIDE)(handler_input):
            return answer(handler_input, side_named(handler_input))
        medicine = medicine_named(handler_input)
        on_statin = frozenset({Situation.STATIN}) if medicine is MedicineId.STATIN else frozenset()
        rule = urgent_rule(handler_input, on_statin)
        if rule is not None and medicine is not None:
            return answer(handler_input, MedicineWithSymptom(medicine, rule.id))
        if rule is not None:
            return answer(handler_input, TriageAnswer(rule.id))
        muscle = resolved(handler_input, Slot.MUSCLE, Muscle)
        if muscle is None and Symptoms.CRAMPS_ELSEWHERE in heard_symptoms(handler_input):
            # "my hand keeps cramping up": not a leg to stretch; cramps elsewhere need a doctor.
            elsewhere = triage_rule(handler_input)
            if elsewhere is not None:
                return answer(handler_input, TriageAnswer(elsewhere.id))
        still = topic_still_going(handler_input)
        if still is not None:
            return answer(handler_input, TopicAnswer(still))
        child = Situation.CHILD in heard_situations(handler_input)  # "my seven year old's calf"
        muscle = muscle_meant(handler_input)
        last = dialog_state(handler_input).view
        named = resolved(handler_input, Slot.MUSCLE, Muscle) is not None
        if muscle is None and medicine is None and (child or child_talked_about(handler_input)):
            # "My granddaughter is five and wakes up crying about her legs", or "it's both legs"
            # after the children's answer: a child's legs, no muscle named; what helps a child's
            # cramp or leg aches, and when to see the doctor, not an adult's calf stretch.
            return answer(handler_input, TopicAnswer(Topics.CHILD_RELIEF))
        if isinstance(last, Stretch) and not named and medicine is None and not child:
            # "It's not stopping" after the calf's stretch: keep it up or press the heel down,
            # and over ten minutes get help today (another muscle's is its stretch again).
            next_step = last.still_cramping()
            if next_step is not None:
                return answer(handler_input, next_step)
        pregnant = Situation.PREGNANT in situations_in_context(handler_input)
        in_pregnancy = TopicAnswer(Topics.PREGNANCY)
        if (
            pregnant
            and not child
            and medicine is None
            and muscle in (None, Muscle.CALF)
            and last != in_pregnancy
        ):
            # "I'm 34 weeks pregnant, what about magnesium" … "my calf keeps cramping": the
            # pregnancy answer, as said in one breath (the gentle calf stretch, no quinine, a red
            # swollen leg is same day), unless it was the answer just heard.
            return answer(handler_input, in_pregnancy)
        return answer(handler_input, cramp_now(muscle, medicine, child))


def muscle_meant(handler_input: HandlerInput) -> Muscle | None:
    """The muscle named, or the one just asked or talked about: "it's cramping" answers "What's
    happening there?" about a foot with the foot's stretch, and "it's still going" after the
    front of the thigh's stretch is that stretch again, not the calf's."""
    muscle = resolved(handler_input, Slot.MUSCLE, Muscle)
    last = dialog_state(handler_input).view
    if muscle is None and isinstance(last, WhatYouFeel):
        return last.muscle
    if muscle is None and isinstance(last, Stretch):
        return last.muscle
    return muscle


def topic_still_going(handler_input: HandlerInput) -> TopicId | None:
    """The cramp-in-progress topic just answered ("my groin is cramping", "I can't straighten
    my leg"), when "it's still going" names no muscle; ``None`` otherwise."""
    if resolved(handler_input, Slot.MUSCLE, Muscle) is not None:
        return None
    last = dialog_state(handler_input).view
    if isinstance(last, TopicAnswer | TopicMore) and last.topic in CRAMP_IN_PROGRESS_TOPICS:
        return last.topic
    return None


def medicine_named(handler_input: HandlerInput) -> MedicineId | None:
    """The medicine said with the cramp: one not understood is any prescribed medicine."""
    medicine = resolved(handler_input, Slot.MEDICINE, MedicineId)
    if medicine is None and heard(handler_input, Slot.MEDICINE).words:
        return MedicineId.OTHER
    return medicine


def side_named(handler_input: HandlerInput) -> View:
    """What "the back" or "my thigh at the front" asks for: that side's stretch, for a thigh
    named with it or just asked about (with the line of a medicine named before the question);
    a side alone, with nothing asked, says nothing about a cramp."""
    muscle = resolved(handler_input, Slot.MUSCLE, Muscle)
    side = resolved(handler_input, Slot.SIDE, ThighSide)
    asked = dialog_state(handler_input).view
    about_a_thigh = muscle in ASKED_WHICH_SIDE or (muscle is None and isinstance(asked, WhichSide))
    medicine = asked.medicine if isinstance(asked, WhichSide) else None
    child = isinstance(asked, WhichSide) and asked.child
    if side is not None and about_a_thigh:
        return cramp_now(side.muscle, medicine, child)
    if muscle is not None:
        return cramp_now(muscle, medicine)  # "my calf at the back": the calf's own stretch
    return asked if isinstance(asked, WhichSide) else Fallback()
