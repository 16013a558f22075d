from __future__ import annotations

import pytest

from skill.name_free.handlers import verdict
from skill.names import CUSTOM_INTENTS, Intent, IntentName
from tests.conftest import Invoke, load_request


def test_a_resolved_topic_can_be_fulfilled(invoke: Invoke) -> None:
    response = invoke(load_request("can_fulfill_topic"))
    assert response["response"] == {
        "canFulfillIntent": {
            "canFulfill": "YES",
            "slots": {"topic": {"canUnderstand": "YES", "canFulfill": "YES"}},
        }
    }
    assert not response.get("sessionAttributes")


def test_our_slotless_intents_can_be_fulfilled(invoke: Invoke) -> None:
    response = invoke(load_request("can_fulfill_causes"))
    assert response["response"] == {"canFulfillIntent": {"canFulfill": "YES"}}


def test_someone_elses_intent_is_declined(invoke: Invoke) -> None:
    response = invoke(load_request("can_fulfill_other"))
    assert response["response"] == {"canFulfillIntent": {"canFulfill": "NO"}}


@pytest.mark.parametrize(
    "intent", sorted(CUSTOM_INTENTS - {Intent.TOPIC, Intent.THIGH_SIDE, Intent.LEG_SIDE})
)
def test_every_custom_intent_without_slots_is_yes(intent: IntentName) -> None:
    assert verdict(intent, None).can_fulfill.value == "YES"


def test_an_answer_to_the_skills_own_question_is_not_offered_name_free() -> None:
    # "the back" answers "Is it the front or the back of your thigh?" and nothing else.
    assert verdict(Intent.THIGH_SIDE, None).can_fulfill.value == "NO"
    assert verdict(Intent.LEG_SIDE, None).can_fulfill.value == "NO"


@pytest.mark.parametrize("understood", [False, None])
def test_a_topic_we_do_not_understand_is_no(understood: bool | None) -> None:
    assert verdict(Intent.TOPIC, understood).can_fulfill.value == "NO"


def test_built_ins_are_not_offered_for_name_free_requests() -> None:
    assert verdict(Intent.HELP, None).can_fulfill.value == "NO"
