"""Every name shared with the interaction model or kept in a session: spelled here once.

The interaction model (``interaction_model/``) uses the same strings; a contract test proves the
two agree, so a rename here without the model (or the reverse) fails the suite.
"""

from __future__ import annotations

from enum import StrEnum


class Intent(StrEnum):
    """Intent names: our custom intents and the Amazon built-ins the skill answers."""

    CAUSES = "CausesIntent"
    RELIEF = "ReliefIntent"
    CRAMP_NOW = "CrampNowIntent"
    THIGH_SIDE = "ThighSideIntent"
    STRETCH = "StretchIntent"
    TOPIC = "TopicIntent"
    SEE_DOCTOR = "SeeDoctorIntent"
    SYMPTOM = "SymptomIntent"
    MEDICINE = "MedicineIntent"
    LOG_CRAMP = "LogCrampIntent"
    DIARY_SUMMARY = "DiarySummaryIntent"
    DELETE_DIARY = "DeleteDiaryIntent"
    SET_REMINDER = "SetReminderIntent"
    CANCEL_REMINDER = "CancelReminderIntent"
    REMINDER_STATUS = "ReminderStatusIntent"
    HELP = "AMAZON.HelpIntent"
    STOP = "AMAZON.StopIntent"
    CANCEL = "AMAZON.CancelIntent"
    NAVIGATE_HOME = "AMAZON.NavigateHomeIntent"
    FALLBACK = "AMAZON.FallbackIntent"
    REPEAT = "AMAZON.RepeatIntent"
    NEXT = "AMAZON.NextIntent"
    PREVIOUS = "AMAZON.PreviousIntent"
    YES = "AMAZON.YesIntent"
    NO = "AMAZON.NoIntent"
    START_OVER = "AMAZON.StartOverIntent"
    PAUSE = "AMAZON.PauseIntent"
    RESUME = "AMAZON.ResumeIntent"
    MORE = "AMAZON.MoreIntent"


CUSTOM_INTENTS: frozenset[Intent] = frozenset(
    i for i in Intent if not i.value.startswith("AMAZON.")
)


class Slot(StrEnum):
    """Slot names and slot types."""

    TOPIC = "topic"
    MUSCLE = "muscle"
    SYMPTOM = "symptom"
    SYMPTOM_TWO = "symptomTwo"
    SYMPTOM_THREE = "symptomThree"
    SITUATION = "situation"
    MEDICINE = "medicine"
    LEG = "leg"
    WHEN = "when"
    TIME = "time"
    DURATION = "duration"
    COUNT = "count"
    PERIOD = "period"
    SCOPE = "scope"
    SIDE = "side"
    CONCERN = "concern"


TOPIC_SLOT_TYPE = "CrampTopic"
MUSCLE_SLOT_TYPE = "CrampMuscle"
SYMPTOM_SLOT_TYPE = "Symptom"
SITUATION_SLOT_TYPE = "SymptomSituation"
MEDICINE_SLOT_TYPE = "CrampMedicine"
CONCERN_SLOT_TYPE = "MedicineConcern"
LEG_SLOT_TYPE = "Leg"
SCOPE_SLOT_TYPE = "DiaryScope"
SIDE_SLOT_TYPE = "ThighSide"
DATE_SLOT_TYPE = "AMAZON.DATE"
TIME_SLOT_TYPE = "AMAZON.TIME"
DURATION_SLOT_TYPE = "AMAZON.DURATION"
NUMBER_SLOT_TYPE = "AMAZON.NUMBER"

INVOCATION_NAME = "leg cramp helper"


class Attr(StrEnum):
    """Session-attribute keys. Values that come back from Alexa are untrusted input."""

    VIEW = "view"
    DISCLAIMED = "disclaimed"
