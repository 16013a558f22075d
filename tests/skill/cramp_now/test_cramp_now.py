"""A cramp happening now, through the real handler: the first words are that muscle's stretch."""

from __future__ import annotations

import pytest

from skill.advice.catalog import load_content
from skill.advice.models import Muscle, Tier
from tests.conftest import Invoke
from tests.support.listener import Listener, first_sentence, match, no_match

CONTENT = load_content("en-US")


@pytest.mark.parametrize("muscle", list(Muscle))
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


@pytest.mark.parametrize("muscle", list(Muscle))
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
