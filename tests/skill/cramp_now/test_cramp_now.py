"""A cramp happening now, through the real handler: the first words are that muscle's stretch."""

from __future__ import annotations

import pytest

from skill.advice.catalog import load_content
from skill.advice.models import Conditions, MedicineId, Muscle, Tier
from skill.speech.catalog import speech_catalog
from tests.conftest import Invoke
from tests.support.listener import Listener, first_sentence, match, no_match

CONTENT = load_content("en-US")
SPEECH = speech_catalog("en-US")
WHICH_SIDE = SPEECH.text("cramp_now.which_thigh")
ONE_SIDED = [muscle for muscle in Muscle if muscle is not Muscle.THIGH]


@pytest.mark.parametrize("muscle", ONE_SIDED)
def test_a_named_muscle_hears_its_own_stretch_first(invoke: Invoke, muscle: Muscle) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match(muscle.value))
    assert listener.first == first_sentence(CONTENT.muscles[muscle].speech)
    assert listener.view == f"cramp_now:{muscle.value}"


def test_the_front_of_the_thigh_is_not_told_to_pull_the_toes_up(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("THIGH_FRONT"))
    assert "toes toward your shin" not in listener.heard
    assert "heel toward your buttock" in listener.first


@pytest.mark.parametrize("slots", [{}, {"muscle": no_match("big toe thing")}])
def test_no_muscle_gets_the_calf_stretch_and_a_line_on_the_others(
    invoke: Invoke, slots: dict[str, object]
) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", **slots)  # type: ignore[arg-type]
    assert listener.heard.startswith(CONTENT.cramp_now.speech)
    assert "foot, thigh, or shin" in listener.heard


@pytest.mark.parametrize("muscle", ONE_SIDED)
def test_how_do_i_stretch_my_muscle_is_that_stretch_not_the_routine(
    invoke: Invoke, muscle: Muscle
) -> None:
    listener = Listener(invoke)
    listener.says("StretchIntent", muscle=match(muscle.value))
    assert listener.first == first_sentence(CONTENT.muscles[muscle].speech)
    listener = Listener(invoke)
    listener.says("StretchIntent")
    assert listener.view == "routine:0"


def test_tell_me_more_gives_the_towel_and_what_not_to_do(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("CALF"))
    assert not listener.ended
    listener.says("More")
    assert listener.heard.startswith(CONTENT.muscles[Muscle.CALF].more or "")
    assert "towel" in listener.heard and "Don't point your toes" in listener.heard


# ---------------------------------------------------------------------------------------------
# Found by the listener trial


@pytest.mark.parametrize("words", ["it hurts so much", "i'm scared", "it really hurts"])
def test_pain_or_fear_during_a_cramp_gets_calm_cramp_now_help_with_the_stretch_first(
    invoke: Invoke, words: str
) -> None:
    listener = Listener(invoke)
    listener.speaks(words)
    assert listener.first == first_sentence(CONTENT.cramp_now.speech), listener.heard
    assert listener.view == "cramp_now"
    assert "within minutes" in listener.heard  # it passes: calm, not alarming


@pytest.mark.parametrize("words", ["owww my calf owww", "oww oww my calf"])
def test_a_cry_of_pain_around_the_calf_hears_the_calf_stretch(invoke: Invoke, words: str) -> None:
    """Listener trial 7: "owww my calf owww" was "Sorry, I can't help with that one"."""
    listener = Listener(invoke)
    listener.speaks(words)
    assert listener.view == "cramp_now:CALF", listener.heard
    assert listener.first == first_sentence(CONTENT.muscles[Muscle.CALF].speech)


@pytest.mark.parametrize(
    ("words", "muscle"),
    [
        ("my calf is rock hard and it really hurts", Muscle.CALF),
        ("the muscle down the front of my shin has locked", Muscle.SHIN),
        # trial 13: a fallback, and "what's happening there" mid-cramp
        ("the back of my thigh locked solid while i was turning over", Muscle.THIGH_BACK),
        ("my lad is eleven and screaming that his calf has gone hard", Muscle.CALF),
        ("im eighty seven and my calf has gone in bed and im frightened to stand up", Muscle.CALF),
        # a listener check: asked "front or back?" though the front was said
        ("my thigh muscle at the front has seized up help", Muscle.THIGH_FRONT),
    ],
)
def test_a_hard_or_locked_muscle_is_a_cramp_and_hears_its_stretch(
    invoke: Invoke, words: str, muscle: Muscle
) -> None:
    """Listener trial 8: both were asked "what's happening there" mid-cramp (fact sheet 1: a
    cramp is a hard, painful tightening of the muscle)."""
    listener = Listener(invoke)
    listener.speaks(words)
    assert listener.view.startswith(f"cramp_now:{muscle}"), (
        listener.heard
    )  # a child's, for "my lad"
    assert listener.first == first_sentence(CONTENT.muscles[muscle].speech)


def test_a_hard_calf_that_is_also_swollen_is_triaged_first(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("my calf is rock hard and swollen")
    assert listener.first == CONTENT.triage.tiers[Tier.SAME_DAY].action


def test_pain_with_a_red_flag_is_triaged_first(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("it hurts so much and my calf is red and hot")
    assert listener.first == CONTENT.triage.tiers[Tier.SAME_DAY].action


LONG_CRAMP = CONTENT.triage.conditions[Conditions.LONG_CRAMP].speech
CLOT = CONTENT.triage.conditions[Conditions.CLOT].speech


def test_a_cramp_now_that_wont_stop_is_the_long_cramps_answer_not_a_clots(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says(
        "CrampNowIntent", muscle=match("CALF"), symptom=match("PAIN_NOT_PASSING", "won't stop")
    )
    assert listener.first == CONTENT.triage.tiers[Tier.SAME_DAY].action, listener.heard
    assert LONG_CRAMP in listener.heard
    assert CLOT not in listener.heard


@pytest.mark.parametrize(
    "words", ["it wont stop its been fifteen minutes", "my foot cramp just won't stop"]
)
def test_the_listener_trial_words_for_a_cramp_that_wont_stop(invoke: Invoke, words: str) -> None:
    """A sixth listener trial: the right tier, but explained with one leg's clot."""
    listener = Listener(invoke)
    listener.speaks(words)
    assert listener.first == CONTENT.triage.tiers[Tier.SAME_DAY].action, listener.heard
    assert LONG_CRAMP in listener.heard
    assert CLOT not in listener.heard


def test_pain_that_wont_pass_described_as_a_symptom_is_still_a_possible_clot(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke)
    listener.says("SymptomIntent", muscle=match("CALF"), symptom=match("PAIN_NOT_PASSING"))
    assert listener.first == CONTENT.triage.tiers[Tier.SAME_DAY].action, listener.heard
    assert CLOT in listener.heard


def test_a_shin_cramp_gets_the_shin_stretch_not_the_calf_stretch(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("SHIN", "shin"))
    assert listener.first == first_sentence(CONTENT.muscles[Muscle.SHIN].speech)
    assert "away from your shin" in listener.first
    assert "toward your shin" not in listener.first
    assert listener.card["title"] == "Easing a cramp in the front of the shin"


@pytest.mark.parametrize("words", ["my shin is cramping", "cramp in the front of my lower leg"])
def test_the_listener_trial_words_for_a_shin_cramp(invoke: Invoke, words: str) -> None:
    listener = Listener(invoke)
    listener.speaks(words)
    assert listener.view == "cramp_now:SHIN", listener.heard
    assert listener.first == first_sentence(CONTENT.muscles[Muscle.SHIN].speech)


@pytest.mark.parametrize("intent", ["CrampNowIntent", "StretchIntent"])
def test_a_bare_thigh_is_asked_front_or_back_in_one_short_question(
    invoke: Invoke, intent: str
) -> None:
    listener = Listener(invoke)
    listener.says(intent, muscle=match("THIGH", "thigh"))
    assert listener.heard == WHICH_SIDE  # nothing before it, not even the disclaimer
    assert not listener.ended
    assert listener.view == "cramp_now:THIGH"
    assert "front of the thigh" in listener.card["content"].lower()
    assert "back of the thigh" in listener.card["content"].lower()


def test_a_thigh_described_with_no_symptom_is_asked_what_then_which_side(
    invoke: Invoke,
) -> None:
    """A ``SymptomIntent`` with only a muscle is first asked what is happening there; a cramp
    in a bare thigh is then asked which side, as when it was said straight away."""
    listener = Listener(invoke)
    listener.says("SymptomIntent", muscle=match("THIGH", "thigh"))
    assert listener.view == "what_you_feel:THIGH"
    listener.says("CrampNowIntent")
    assert listener.heard == WHICH_SIDE
    assert listener.view == "cramp_now:THIGH"


@pytest.mark.parametrize(
    ("side", "muscle"), [("FRONT", Muscle.THIGH_FRONT), ("BACK", Muscle.THIGH_BACK)]
)
def test_the_answer_front_or_back_gets_that_sides_stretch(
    invoke: Invoke, side: str, muscle: Muscle
) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("THIGH", "thigh"))
    listener.says("ThighSideIntent", side=match(side, f"the {side.lower()}"))
    assert listener.first == first_sentence(CONTENT.muscles[muscle].speech)
    assert listener.view == f"cramp_now:{muscle.value}"
    assert CONTENT.disclaimer not in listener.heard  # still in pain: on the card instead
    assert CONTENT.disclaimer in listener.card["content"]


def test_a_bare_back_heard_as_previous_is_the_back_of_the_thigh(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("THIGH", "thigh"))
    listener.says("Previous")  # Alexa hears a bare "back" as AMAZON.PreviousIntent
    assert listener.first == first_sentence(CONTENT.muscles[Muscle.THIGH_BACK].speech)


def test_tell_me_more_after_the_question_gives_both_stretches(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("THIGH", "thigh"))
    listener.says("More")
    assert listener.heard.startswith(CONTENT.muscles[Muscle.THIGH].speech)


def test_a_side_with_no_question_asked_is_not_taken_for_a_thigh(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("ThighSideIntent", side=match("BACK", "the back"))
    assert listener.view == "fallback"


def test_the_listener_trial_thigh_words(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("my thigh is cramping")
    assert listener.heard == WHICH_SIDE
    listener.speaks("the back")
    assert listener.first == first_sentence(CONTENT.muscles[Muscle.THIGH_BACK].speech)
    for words in ("my thigh at the back", "cramp in my thigh at the back"):
        listener = Listener(invoke)
        listener.speaks(words)
        assert listener.view == "cramp_now:THIGH_BACK", words


@pytest.mark.parametrize(
    "words",
    [
        "a charley horse in my calf",
        "my toes are curling up and won't straighten",
        "charlie horse",  # as speech recognition spells it (a third listener trial: the fallback)
    ],
)
def test_the_listener_trial_words_for_a_cramp_now_get_a_stretch(invoke: Invoke, words: str) -> None:
    """Found by a listener trial: these went to a topic and to the fallback."""
    listener = Listener(invoke)
    listener.speaks(words)
    stretches = {passage.speech.split(". ")[0] + "." for passage in CONTENT.muscles.values()}
    stretches.add(CONTENT.cramp_now.speech.split(". ")[0] + ".")
    assert listener.first in stretches, listener.heard


# ---------------------------------------------------------------------------------------------
# A cramp now with a medicine named (found by a listener trial: "I'm on Lasix and my calf is
# cramping" heard only the water-pill answer, and no stretch; "my water pills, my calf is
# cramping right now" heard only the stretch, and nothing about the water pills)

AFTER_STRETCH = CONTENT.medicine_questions.after_stretch


@pytest.mark.parametrize("medicine", list(MedicineId))
def test_a_cramp_now_on_a_medicine_hears_the_stretch_first_then_its_line(
    invoke: Invoke, medicine: MedicineId
) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("CALF"), medicine=match(medicine.value))
    stretch = CONTENT.muscles[Muscle.CALF].speech
    assert listener.heard.startswith(f"{stretch} {AFTER_STRETCH[medicine].speech}")
    assert "don't stop or change" in AFTER_STRETCH[medicine].speech.lower()
    assert listener.view == f"cramp_now:CALF:{medicine.value}"
    assert "https://" in listener.card["content"]
    assert AFTER_STRETCH[medicine].card in listener.card["content"]


@pytest.mark.parametrize(
    ("words", "muscle", "medicine"),
    [
        ("I'm on Lasix and my calf is cramping", Muscle.CALF, MedicineId.DIURETIC),
        ("my water pills, my calf is cramping right now", Muscle.CALF, MedicineId.DIURETIC),
        ("I'm on Xarelto and my foot is cramping right now", Muscle.FOOT, MedicineId.BLOOD_THINNER),
    ],
)
def test_the_listener_trial_words_for_a_cramp_on_a_medicine(
    invoke: Invoke, words: str, muscle: Muscle, medicine: MedicineId
) -> None:
    listener = Listener(invoke)
    listener.speaks(words)
    assert listener.first == first_sentence(CONTENT.muscles[muscle].speech), listener.heard
    assert AFTER_STRETCH[medicine].speech in listener.heard


def test_the_water_pill_line_asks_whether_they_could_be_the_cause(invoke: Invoke) -> None:
    listener = Listener(invoke, locale="en-GB")
    listener.speaks("I'm on Lasix and my calf is cramping")
    assert (
        "don't stop or change your water tablets on your own; ask your GP or pharmacist "
        "whether they could be causing your cramps" in listener.heard
    )


def test_a_statin_line_sends_unexplained_muscle_pain_to_same_day_care(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("CALF"), medicine=match("STATIN", "statin"))
    assert listener.first == first_sentence(CONTENT.muscles[Muscle.CALF].speech)
    assert "contact your doctor or an urgent care clinic today" in listener.heard


def test_a_blood_thinner_line_names_the_signs_of_a_clot(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("CALF"), medicine=match("BLOOD_THINNER"))
    assert "swollen, warm, or red" in listener.heard
    assert "today" in listener.heard


def test_a_medicine_not_understood_with_a_cramp_is_any_medicine(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("CALF"), medicine=no_match("my purple pills"))
    assert AFTER_STRETCH[MedicineId.OTHER].speech in listener.heard
    assert listener.view == "cramp_now:CALF:OTHER"


def test_no_muscle_on_a_medicine_is_the_calf_stretch_then_the_line(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", medicine=match("INHALER"))
    assert listener.heard.startswith(CONTENT.cramp_now.speech)
    assert AFTER_STRETCH[MedicineId.INHALER].speech in listener.heard
    assert listener.view == "cramp_now::INHALER"


def test_a_red_flag_with_a_cramp_on_a_medicine_joins_the_action_with_do_not_stop(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke)
    listener.says(
        "CrampNowIntent",
        muscle=match("CALF"),
        medicine=match("BLOOD_THINNER", "warfarin"),
        symptom=match("SWOLLEN"),
    )
    assert listener.first == CONTENT.triage.tiers[Tier.SAME_DAY].with_medicine


def test_a_statin_with_a_tender_cramping_calf_is_same_day_first(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says(
        "CrampNowIntent", muscle=match("CALF"), medicine=match("STATIN"), symptom=match("TENDER")
    )
    assert listener.first == CONTENT.triage.tiers[Tier.SAME_DAY].with_medicine
    assert listener.view == "medicine_symptom:STATIN:statin-tender"


def test_tell_me_more_goes_on_to_the_towel_then_the_medicine_answer(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("CALF"), medicine=match("DIURETIC"))
    listener.says("More")
    assert listener.heard.startswith(CONTENT.muscles[Muscle.CALF].more or "")
    assert not listener.ended
    listener.says("More")
    assert listener.heard.startswith(CONTENT.medicines[MedicineId.DIURETIC].speech)
    assert listener.view == "medicine:DIURETIC"


def test_a_bare_thigh_on_a_medicine_is_asked_its_side_and_keeps_the_medicine(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("THIGH", "thigh"), medicine=match("DIURETIC"))
    assert listener.heard == WHICH_SIDE
    assert listener.view == "cramp_now:THIGH:DIURETIC"
    listener.says("ThighSideIntent", side=match("BACK", "the back"))
    assert listener.first == first_sentence(CONTENT.muscles[Muscle.THIGH_BACK].speech)
    assert AFTER_STRETCH[MedicineId.DIURETIC].speech in listener.heard
    assert listener.view == "cramp_now:THIGH_BACK:DIURETIC"


def test_previous_and_more_after_the_side_question_keep_the_medicine(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("THIGH", "thigh"), medicine=match("STATIN"))
    listener.says("Previous")
    assert AFTER_STRETCH[MedicineId.STATIN].speech in listener.heard
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("THIGH", "thigh"), medicine=match("STATIN"))
    listener.says("More")
    assert listener.heard.startswith(CONTENT.muscles[Muscle.THIGH].speech)
    assert AFTER_STRETCH[MedicineId.STATIN].speech in listener.heard


@pytest.mark.parametrize("slots", [{}, {"muscle": match("CALF")}, {"muscle": match("FOOT")}])
def test_someone_in_pain_now_hears_no_disclaimer_until_the_end_of_more(
    invoke: Invoke, slots: dict[str, object]
) -> None:
    """Found by a listener trial: the disclaimer came between the stretch and the offer."""
    listener = Listener(invoke)
    listener.says("CrampNowIntent", **slots)  # type: ignore[arg-type]
    assert CONTENT.disclaimer not in listener.heard
    assert listener.heard.endswith(SPEECH.text("more.question"))
    assert CONTENT.disclaimer in listener.card["content"]
    listener.says("Yes")
    # Said once, after all of the advice; a calf's cramp (or one with no muscle named) is then
    # asked whether it is still cramping (the session stays open for its next step).
    still = SPEECH.text("cramp_now.still_cramping")
    calf = slots.get("muscle") in (None, match("CALF"))
    assert listener.heard.endswith(f"{CONTENT.disclaimer} {still}" if calf else CONTENT.disclaimer)
    assert listener.ended is not calf


def test_the_line_on_the_other_muscles_says_opposite_to_what(invoke: Invoke) -> None:
    """Found by a listener trial: "stretch that muscle the opposite way" (opposite to what?)."""
    listener = Listener(invoke)
    listener.speaks("i've got a cramp")
    assert listener.view == "cramp_now"
    assert "gently stretch it the opposite way to the cramp." in listener.heard


def test_a_cramp_still_going_after_a_thigh_stretch_keeps_that_muscle(invoke: Invoke) -> None:
    """Found by listener trial 6 (conversation 4): "it's still going" got the calf stretch."""
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("THIGH"))
    listener.says("ThighSideIntent", side=match("FRONT", "the front"))
    front = first_sentence(CONTENT.muscles[Muscle.THIGH_FRONT].speech)
    assert listener.first == front
    listener.says("CrampNowIntent")  # "it's still going": no muscle named
    assert listener.first == front
    assert "toes toward your shin" not in listener.heard
    listener = Listener(invoke)
    listener.says("CrampNowIntent")
    assert listener.heard.startswith(CONTENT.cramp_now.speech)  # with nothing before: the calf's


def test_a_toe_locked_pointing_up_is_eased_down_not_pulled_further_up(invoke: Invoke) -> None:
    """Found by listener trial 6 (#60): a big toe pointing up heard the foot stretch, which pulls
    the toes up further; the muscle that tightened is eased the other way."""
    listener = Listener(invoke)
    listener.speaks("my big toe is pointing up and cramping")
    assert listener.first == first_sentence(CONTENT.muscles[Muscle.SHIN].speech)
    assert "down" in listener.first
    assert "toes up" not in listener.heard
    listener = Listener(invoke)
    listener.speaks("my big toe is cramping")  # a toe said with no direction: the foot's stretch
    assert listener.first == first_sentence(CONTENT.muscles[Muscle.FOOT].speech)


# ---------------------------------------------------------------------------------------------
# A child's cramp (listener trial 6): the stretch first, then the children's line

CHILD_LINE = CONTENT.triage.conditions[Conditions.CHILD_CRAMPS]


@pytest.mark.parametrize(
    "words",
    [
        "my seven year old woke up screaming her calf was cramping",
        "my little boy's calf is cramping right now",
    ],
)
def test_a_childs_cramp_now_hears_the_stretch_then_that_cramps_are_rare_under_eight(
    invoke: Invoke, words: str
) -> None:
    """The CHILD situation was heard and dropped: the parent heard the adult's stretch only, not
    that night cramps are rare under eight and what needs a doctor (fact sheet 9.3, 9.12 #5)."""
    listener = Listener(invoke)
    listener.speaks(words)
    stretch = CONTENT.muscles[Muscle.CALF].speech
    assert listener.heard.startswith(f"{stretch} {CHILD_LINE.speech}"), listener.heard
    assert "under eight" in CHILD_LINE.speech
    assert listener.view == "cramp_now:CALF::CHILD"
    assert CHILD_LINE.card in listener.card["content"]


def test_a_childs_cramp_is_remembered_through_more_and_repeat(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("CALF"), situation=match("CHILD", "my son"))
    first = listener.heard
    listener.says("AMAZON.RepeatIntent")
    assert CHILD_LINE.speech in listener.heard and listener.heard.startswith(first.split(".")[0])
    listener.says("AMAZON.MoreIntent")
    assert listener.view == "cramp_now_more:CALF::CHILD"


def test_an_adults_cramp_has_no_childrens_line(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("CrampNowIntent", muscle=match("CALF"))
    assert CHILD_LINE.speech not in listener.heard
    assert listener.view == "cramp_now:CALF"


# ---------------------------------------------------------------------------------------------
# Found by listener trial 7


def test_a_doubled_plea_is_a_cramp_now_with_the_calf_stretch_first(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("leg cramp leg cramp what do i do")
    assert listener.view == "cramp_now", listener.heard
    assert listener.heard.startswith(CONTENT.cramp_now.speech)


@pytest.mark.parametrize(
    ("words", "muscle"),
    [
        ("my front thigh is cramping badly", Muscle.THIGH_FRONT),
        ("my back thigh is cramping", Muscle.THIGH_BACK),
    ],
)
def test_a_thigh_said_with_its_side_hears_that_stretch_without_the_question(
    invoke: Invoke, words: str, muscle: Muscle
) -> None:
    listener = Listener(invoke)
    listener.speaks(words)
    assert WHICH_SIDE not in listener.heard
    assert listener.first == first_sentence(CONTENT.muscles[muscle].speech)


def test_a_tummy_cramp_alone_is_not_given_a_leg_stretch(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("my tummy is cramping")
    assert "toes toward your shin" not in listener.heard, listener.heard
    assert "Straighten your knee" not in listener.heard


# ---------------------------------------------------------------------------------------------
# A child's legs with no muscle named (listener trial 10, #56 and C1)


def test_a_child_waking_up_crying_about_her_legs_gets_a_childs_relief_not_the_calf_stretch(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke)
    listener.speaks("my granddaughter is five and wakes up crying about her legs")
    assert listener.view == "topic:CHILD_RELIEF", listener.heard


def test_both_legs_after_the_childrens_answer_is_the_childs_then_my_own_calf_is_mine(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke)
    listener.speaks("my grandson is seven and he keeps saying his legs hurt at bedtime")
    assert listener.view == "topic:CHILDREN", listener.heard
    listener.speaks("its both legs usually")
    assert listener.view == "topic:CHILD_RELIEF", listener.heard
    listener.speaks("my own calf is cramping now")
    assert listener.view == "cramp_now:CALF", listener.heard


def test_the_inside_to_which_side_of_the_thigh_is_the_inner_thighs_answer(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("cramp on the inside of my thigh up near the groin")
    assert listener.view == "cramp_now:THIGH", listener.heard  # front or back?
    listener.speaks("the inside")
    assert listener.view == "topic:INNER_THIGH", listener.heard
