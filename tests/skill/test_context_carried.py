"""What a person said earlier in the session changes what later turns hear (listener trial 7's
conversations): each test is one conversation of real request envelopes, words resolved offline,
through the real handler, with the session attributes carried from turn to turn."""

from __future__ import annotations

import pytest

from skill.advice.catalog import load_content
from skill.advice.models import MedicineId, Topics
from skill.advice.triage import rule_named
from tests.conftest import Invoke
from tests.support.listener import Listener, first_sentence

CONTENT = load_content("en-US")
CALF_STRETCH = first_sentence(CONTENT.muscles["CALF"].speech)  # type: ignore[index]


def test_a_statin_said_first_makes_aching_legs_same_day(invoke: Invoke) -> None:
    """C9: "im on atorvastatin" then "my legs ache all day" was a routine booking; on a statin,
    unexplained muscle pain is same day (fact sheet 5), and the statin is mentioned."""
    listener = Listener(invoke)
    listener.speaks("im on atorvastatin")
    listener.speaks("my legs ache all day")
    rule = rule_named(CONTENT.triage, "statin-muscle-ache")
    assert rule is not None
    assert listener.view == "triage:statin-muscle-ache"
    assert listener.first == first_sentence(CONTENT.triage.tiers[rule.tier].action)
    assert "statin" in listener.heard


def test_a_statin_named_as_the_medicine_holds_for_the_session_too(invoke: Invoke) -> None:
    """Listener trial 9, C2: "i started taking atorvastatin last month" (a medicine question,
    not "I'm on a statin") then "now my legs ache all the time" was a routine booking."""
    listener = Listener(invoke)
    listener.speaks("i started taking atorvastatin last month")
    assert listener.view == "medicine:STATIN", listener.view
    listener.speaks("now my legs ache all the time")
    assert listener.view == "triage:statin-muscle-ache", listener.heard
    assert "statin" in listener.heard


def test_aching_legs_without_a_statin_said_stay_an_appointment(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("im 36 weeks pregnant")
    listener.speaks("my legs ache all day")
    assert listener.view != "triage:statin-muscle-ache"
    assert "statin" not in listener.first


def test_weeks_pregnant_then_a_calf_cramp_keeps_the_pregnancy_advice(invoke: Invoke) -> None:
    """C1: "im 36 weeks pregnant" was the fallback, and a calf cramp after it lost the
    pregnancy's lines (the midwife, no quinine, a red swollen leg); calcium asked after it leads
    with asking the midwife or doctor first (fact sheet 9.6, 4b)."""
    listener = Listener(invoke)
    listener.speaks("do magnesium tablets help cramps")
    listener.speaks("im 36 weeks pregnant")
    pregnancy = CONTENT.topics[Topics.PREGNANCY].answer
    assert listener.first == first_sentence(pregnancy.speech)
    listener.speaks("can i take calcium for it")
    assert "midwife" in listener.first
    listener.speaks("my calf is cramping right now")
    assert listener.heard.startswith(pregnancy.speech), listener.heard
    assert "quinine" in listener.heard


def test_a_cramp_right_after_the_pregnancy_answer_is_the_stretch_not_a_repeat(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke)
    listener.speaks("im 36 weeks pregnant")
    listener.speaks("my calf keeps cramping at night")
    assert listener.first == CALF_STRETCH


def test_a_foot_cramp_in_pregnancy_is_the_foot_stretch(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("im 36 weeks pregnant")
    listener.speaks("my foot is cramping")
    assert listener.first == first_sentence(CONTENT.muscles["FOOT"].speech)  # type: ignore[index]


def test_a_calf_cramp_said_with_pregnancy_is_the_pregnancy_answer(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("my calf is cramping and im pregnant")
    assert listener.first == first_sentence(CONTENT.topics[Topics.PREGNANCY].answer.speech)


def test_a_statin_carried_never_changes_a_cramp_without_muscle_pain(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("im on atorvastatin")
    listener.speaks("my calf is cramping")
    assert listener.first == CALF_STRETCH


@pytest.mark.parametrize(
    ("named", "follow_up", "medicine"),
    [
        ("im on furosemide", "is that why i get cramps", MedicineId.DIURETIC),
        ("i use a seretide inhaler", "do my cramps come from that", MedicineId.INHALER),
    ],
)
def test_asking_whether_the_medicine_just_named_causes_the_cramps_is_its_answer(
    invoke: Invoke, named: str, follow_up: str, medicine: MedicineId
) -> None:
    """C2, C5: "is that why i get cramps" after a water pill or an inhaler heard the generic
    causes; "that" is the medicine just talked about (its link with cramps, never stop it)."""
    listener = Listener(invoke)
    listener.speaks(named)
    listener.speaks(follow_up)
    assert listener.view == f"medicine:{medicine.value}"
    assert listener.first == first_sentence(CONTENT.medicines[medicine].speech)
    assert "link" in listener.heard


def test_is_that_why_with_nothing_said_before_is_any_medicine_never_stop(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("is that why i get cramps")
    assert listener.first == first_sentence(CONTENT.medicines[MedicineId.OTHER].speech)


def test_a_child_talked_about_is_her_in_what_helps_and_when_to_see_a_doctor(
    invoke: Invoke,
) -> None:
    """C7: after the children's answer, "what can i do for her" heard the help menu, and "when
    should i take her to the doctor" the adult's 911 list; they are the child's relief (stretch,
    rub, warmth) and the child's signs by tier (fact sheet 9.3)."""
    listener = Listener(invoke)
    listener.speaks("my seven year old gets cramps")
    assert listener.view == "topic:CHILDREN"
    listener.speaks("what can i do for her")
    assert listener.view == "topic:CHILD_RELIEF"
    assert "stretch" in listener.first and "rub" in listener.first
    listener.speaks("when should i take her to the doctor")
    assert listener.view == "topic:CHILD_DOCTOR"
    assert listener.first.startswith("Call nine one one now if a child is pale")
    assert "can't stand on the leg" in listener.heard
    assert "breathlessness" not in listener.heard


def test_a_child_talked_about_two_turns_back_is_still_him(invoke: Invoke) -> None:
    """Listener trial 9, C3: "my son is six", "he wakes up with sore legs at night", then "when
    should i take him to the doctor" heard the adult list: one answer in between lost the child.
    The asker's own question still gets the adult answer."""
    listener = Listener(invoke)
    listener.speaks("my son is six")
    assert listener.view == "topic:CHILDREN"
    listener.speaks("he wakes up with sore legs at night")
    listener.speaks("when should i take him to the doctor")
    assert listener.view == "topic:CHILD_DOCTOR", listener.heard
    listener.speaks("when should i see a doctor")
    assert listener.view != "topic:CHILD_DOCTOR"
    assert "child" not in listener.first


def test_the_child_tiers_name_the_locale_services(invoke: Invoke) -> None:
    listener = Listener(invoke, locale="en-GB")
    listener.speaks("my son keeps getting leg cramps")
    listener.speaks("when should i take him to the doctor")
    assert listener.first.startswith("Call nine nine nine now"), listener.heard
    assert "one one one" in listener.heard


def test_her_with_no_child_talked_about_is_the_adult_answer(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("what can i do for her")
    assert listener.view != "topic:CHILD_RELIEF"
    listener.speaks("when should i take her to the doctor")
    assert listener.first == first_sentence(CONTENT.doctor.emergency.speech)


def test_the_askers_own_doctor_question_after_a_child_is_the_adult_answer(invoke: Invoke) -> None:
    """A child is not carried into the asker's own question ("when should i see a doctor")."""
    listener = Listener(invoke)
    listener.speaks("my seven year old gets cramps")
    listener.speaks("when should i see a doctor")
    assert listener.first == first_sentence(CONTENT.doctor.emergency.speech)


def test_a_calf_cramp_not_stopping_after_its_advice_keeps_the_cramp(invoke: Invoke) -> None:
    """C3: after the calf's stretch and "tell me more" the session ended, and "its not stopping"
    heard the adult 911 list; the session stays open ("Is it still cramping?") and the cramp's
    next step follows: keep the stretch, over ten minutes get help today (fact sheet 5, 9.2)."""
    listener = Listener(invoke)
    listener.speaks("my calf is cramping")
    listener.speaks("tell me more")
    assert not listener.ended
    assert listener.heard.endswith("Is it still cramping?"), listener.heard
    listener.speaks("its not stopping")
    assert listener.view == "topic:CRAMP_NOT_EASING"
    assert "ten minutes" in listener.heard
    assert "nine one one now" not in listener.first


def test_yes_it_is_still_cramping_is_the_next_step(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("my calf is cramping")
    listener.speaks("tell me more")
    listener.speaks("yes")
    assert listener.view == "topic:CRAMP_NOT_EASING"


def test_no_longer_cramping_says_goodnight(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("my calf is cramping")
    listener.speaks("tell me more")
    listener.speaks("no")
    assert listener.ended


def test_a_foot_cramp_not_stopping_is_the_foot_stretch_again(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("my foot is cramping")
    listener.speaks("its not stopping")
    assert listener.first == first_sentence(CONTENT.muscles["FOOT"].speech)  # type: ignore[index]


@pytest.mark.parametrize(
    "words", ["should i get up and stand on it", "do i have to get out of bed and stand on my leg"]
)
def test_getting_up_to_stand_is_stretch_in_bed_first_with_the_fall_caution(
    invoke: Invoke, words: str
) -> None:
    """C8: an 84-year-old asking "should i get up and stand on it" heard the medicine answer;
    it is the in-bed stretch first, and before standing: sit on the bed edge, a light on, hold
    something steady (fact sheet 3b, 9.1, 9.12 #12)."""
    listener = Listener(invoke)
    listener.speaks("im 84 and i get cramps every night")
    listener.launch()  # the routine answer ended the session: asked again, as a new one
    listener.speaks(words)
    assert listener.view == "topic:GETTING_UP"
    assert listener.first == "You don't need to stand."
    assert "in bed" in listener.heard and "hold something steady" in listener.heard
    assert "light on" in listener.heard
