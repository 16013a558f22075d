"""A cramp happening now, through the real handler: the first words are that muscle's stretch."""

from __future__ import annotations

import pytest

from skill.advice.catalog import load_content
from skill.advice.models import Muscle, Tier
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


def test_pain_with_a_red_flag_is_triaged_first(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("it hurts so much and my calf is red and hot")
    assert listener.first == CONTENT.triage.tiers[Tier.SAME_DAY].action


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


@pytest.mark.parametrize("intent", ["CrampNowIntent", "StretchIntent", "SymptomIntent"])
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
    assert CONTENT.disclaimer in listener.heard  # said once, after the first real answer


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
    "words", ["a charley horse in my calf", "my toes are curling up and won't straighten"]
)
def test_the_listener_trial_words_for_a_cramp_now_get_a_stretch(invoke: Invoke, words: str) -> None:
    """Found by a listener trial: these went to a topic and to the fallback."""
    listener = Listener(invoke)
    listener.speaks(words)
    stretches = {passage.speech.split(". ")[0] + "." for passage in CONTENT.muscles.values()}
    stretches.add(CONTENT.cramp_now.speech.split(". ")[0] + ".")
    assert listener.first in stretches, listener.heard
