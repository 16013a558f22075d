"""Every name shared with the interaction model or kept in a session: spelled here once.

The interaction model (``interaction_model/``) uses the same strings; a contract test proves the
two agree, so a rename here without the model (or the reverse) fails the suite.

They are plain constants of a ``NewType`` rather than ``StrEnum`` members: nothing dispatches on
them as a closed set (routes and handlers name the ones they answer), and building these three
enums cost every cold start about 4.7 million instructions (``valgrind --tool=callgrind``),
2 % of the minimal skill's whole cold start. ``NewType`` keeps mypy checking that a route or a
handler lists intent names, not any string.
"""

from __future__ import annotations

from typing import Final, NewType

from skill.dialog.values import constants

IntentName = NewType("IntentName", str)
SlotName = NewType("SlotName", str)
AttrName = NewType("AttrName", str)


class Intent:
    """Intent names: our custom intents and the Amazon built-ins the skill answers."""

    CAUSES: Final = IntentName("CausesIntent")
    RELIEF: Final = IntentName("ReliefIntent")
    CRAMP_NOW: Final = IntentName("CrampNowIntent")
    THIGH_SIDE: Final = IntentName("ThighSideIntent")
    STRETCH: Final = IntentName("StretchIntent")
    TOPIC: Final = IntentName("TopicIntent")
    SEE_DOCTOR: Final = IntentName("SeeDoctorIntent")
    DOCTOR_VISIT: Final = IntentName("DoctorVisitIntent")
    CONTACT_DOCTOR: Final = IntentName("ContactDoctorIntent")
    DIARY_LIMITS: Final = IntentName("DiaryLimitsIntent")
    SYMPTOM: Final = IntentName("SymptomIntent")
    MEDICINE: Final = IntentName("MedicineIntent")
    LOG_CRAMP: Final = IntentName("LogCrampIntent")
    LEG_SIDE: Final = IntentName("LegSideIntent")
    DIARY_SUMMARY: Final = IntentName("DiarySummaryIntent")
    DELETE_DIARY: Final = IntentName("DeleteDiaryIntent")
    SET_REMINDER: Final = IntentName("SetReminderIntent")
    CANCEL_REMINDER: Final = IntentName("CancelReminderIntent")
    REMINDER_STATUS: Final = IntentName("ReminderStatusIntent")
    HELP: Final = IntentName("AMAZON.HelpIntent")
    STOP: Final = IntentName("AMAZON.StopIntent")
    CANCEL: Final = IntentName("AMAZON.CancelIntent")
    NAVIGATE_HOME: Final = IntentName("AMAZON.NavigateHomeIntent")
    FALLBACK: Final = IntentName("AMAZON.FallbackIntent")
    REPEAT: Final = IntentName("AMAZON.RepeatIntent")
    NEXT: Final = IntentName("AMAZON.NextIntent")
    PREVIOUS: Final = IntentName("AMAZON.PreviousIntent")
    YES: Final = IntentName("AMAZON.YesIntent")
    NO: Final = IntentName("AMAZON.NoIntent")
    START_OVER: Final = IntentName("AMAZON.StartOverIntent")
    PAUSE: Final = IntentName("AMAZON.PauseIntent")
    RESUME: Final = IntentName("AMAZON.ResumeIntent")
    MORE: Final = IntentName("AMAZON.MoreIntent")


INTENTS: tuple[IntentName, ...] = tuple(IntentName(name) for name in constants(Intent))
"""Every intent name, in declaration order."""
CUSTOM_INTENTS: frozenset[IntentName] = frozenset(i for i in INTENTS if not i.startswith("AMAZON."))


class Slot:
    """Slot names and slot types."""

    TOPIC: Final = SlotName("topic")
    MUSCLE: Final = SlotName("muscle")
    SYMPTOM: Final = SlotName("symptom")
    SYMPTOM_TWO: Final = SlotName("symptomTwo")
    SYMPTOM_THREE: Final = SlotName("symptomThree")
    SITUATION: Final = SlotName("situation")
    MEDICINE: Final = SlotName("medicine")
    LEG: Final = SlotName("leg")
    WHEN: Final = SlotName("when")
    TIME: Final = SlotName("time")
    DURATION: Final = SlotName("duration")
    AGO: Final = SlotName("ago")  # how long ago a cramp was ("about an hour ago"), not its length
    NIGHTS: Final = SlotName("nights")  # a summary's last nights said as a length ("a fortnight")
    COUNT: Final = SlotName("count")
    PERIOD: Final = SlotName("period")
    SCOPE: Final = SlotName("scope")
    SIDE: Final = SlotName("side")
    CONCERN: Final = SlotName("concern")
    SOMEONE: Final = SlotName("someone")


SLOTS: tuple[SlotName, ...] = tuple(SlotName(name) for name in constants(Slot))
"""Every slot name, in declaration order."""

TOPIC_SLOT_TYPE = "CrampTopic"
MUSCLE_SLOT_TYPE = "CrampMuscle"
SYMPTOM_SLOT_TYPE = "Symptom"
SITUATION_SLOT_TYPE = "SymptomSituation"
MEDICINE_SLOT_TYPE = "CrampMedicine"
CONCERN_SLOT_TYPE = "MedicineConcern"
LEG_SLOT_TYPE = "Leg"
SCOPE_SLOT_TYPE = "DiaryScope"
SIDE_SLOT_TYPE = "ThighSide"
SOMEONE_SLOT_TYPE = "Someone"
DATE_SLOT_TYPE = "AMAZON.DATE"
TIME_SLOT_TYPE = "AMAZON.TIME"
DURATION_SLOT_TYPE = "AMAZON.DURATION"
NUMBER_SLOT_TYPE = "AMAZON.NUMBER"

INVOCATION_NAME = "leg cramp helper"


class Attr:
    """Session-attribute keys. Values that come back from Alexa are untrusted input."""

    VIEW: Final = AttrName("view")
    DISCLAIMED: Final = AttrName("disclaimed")
    CONTEXT: Final = AttrName("context")
