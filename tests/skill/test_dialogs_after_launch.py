"""Every question works right after "open leg cramp helper": launch, then each custom intent,
through the real handler, answers as the one-shot does (without the disclaimer said twice)."""

from __future__ import annotations

import pytest

from skill.names import CUSTOM_INTENTS
from tests.conftest import Invoke
from tests.support.listener import Listener, match

# One typical request per custom intent, with the slots people use.
ASKED = {
    "CausesIntent": {},
    "ReliefIntent": {},
    "CrampNowIntent": {"muscle": "FOOT"},
    "StretchIntent": {},
    "TopicIntent": {"topic": "VITAMINS"},
    "SeeDoctorIntent": {},
    "SymptomIntent": {"symptom": "SWOLLEN", "symptomTwo": "RED"},
    "MedicineIntent": {"medicine": "DIURETIC"},
    "DoctorVisitIntent": {},
    "ContactDoctorIntent": {},
    "DiaryLimitsIntent": {},
}


def test_every_custom_intent_has_a_typical_request_here() -> None:
    assert set(ASKED) >= set(CUSTOM_INTENTS) - {
        # Issue 12 and 13 capabilities test their own launch dialogs.
        "LogCrampIntent",
        "DiarySummaryIntent",
        "DeleteDiaryIntent",
        "SetReminderIntent",
        "ReminderStatusIntent",
        "CancelReminderIntent",
        # The answers to the thigh and leg questions, tested after them (cramp_now, diary tests).
        "ThighSideIntent",
        "LegSideIntent",
    }


@pytest.mark.parametrize("intent", sorted(ASKED))
def test_launch_then_the_question_answers_as_the_one_shot(invoke: Invoke, intent: str) -> None:
    slots = {name: match(value) for name, value in ASKED[intent].items()}
    one_shot = Listener(invoke)
    one_shot.says(intent, **slots)
    after_launch = Listener(invoke)
    after_launch.launch()
    assert not after_launch.ended
    after_launch.says(intent, **slots)
    assert after_launch.first == one_shot.first
    assert after_launch.view == one_shot.view
