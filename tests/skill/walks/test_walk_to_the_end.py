"""A walk to its end through the real handler: varied frames, a closing line and an offer."""

from __future__ import annotations

import pytest

from skill.advice.catalog import load_content
from skill.advice.models import Walk
from skill.speech.catalog import speech_catalog
from tests.conftest import Invoke
from tests.support.listener import Listener

CONTENT = load_content("en-US")
SPEECH = speech_catalog("en-US")
OVERVIEW = {Walk.CAUSES: "CausesIntent", Walk.RELIEF: "ReliefIntent"}
AFTER_THE_OFFER = {Walk.CAUSES: "relief", Walk.RELIEF: "routine:0"}


@pytest.mark.parametrize("walk", list(Walk))
def test_a_walk_to_its_end_closes_and_offers_what_comes_next(invoke: Invoke, walk: Walk) -> None:
    listener = Listener(invoke)
    listener.says(OVERVIEW[walk])
    frames: list[str] = []
    for position, topic_id in enumerate(CONTENT.walks[walk]):
        listener.says("Yes")
        topic = CONTENT.topics[topic_id]
        assert topic.for_walk(walk).speech in listener.heard
        assert listener.view == f"walk:{walk.value}:{position}"
        frames.append(listener.heard.split(topic.title)[0])
        assert not listener.ended  # the walk never stops without a word
    assert SPEECH.text(f"walk.closing.{walk.value}") in listener.heard
    assert listener.heard.endswith(SPEECH.text(f"walk.offer.{walk.value}"))
    # No frame is heard more than twice in a row of nine or ten.
    assert max(frames.count(frame) for frame in frames) <= len(frames) // 3 + 1
    listener.says("Yes")
    assert listener.view == AFTER_THE_OFFER[walk]


def test_next_after_the_last_stop_ends_the_list_and_offers_to_start_again(
    invoke: Invoke,
) -> None:
    last = len(CONTENT.walks[Walk.CAUSES]) - 1
    listener = Listener(invoke)
    listener.factory.attributes = {"view": f"walk:causes:{last}", "disclaimed": True}
    listener.factory.new_session = False
    listener.says("Next")
    assert listener.view == "walk_end:causes"
    assert not listener.ended


def test_tell_me_more_inside_a_walk_gives_that_topics_follow_up(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("CausesIntent")
    listener.says("Yes")
    listener.says("More")
    first = CONTENT.topics[CONTENT.walks[Walk.CAUSES][0]]
    assert listener.heard.startswith(first.answer.more or "")


# ---------------------------------------------------------------------------------------------
# Found by the listener trial


@pytest.mark.parametrize("walk", list(Walk))
def test_tell_me_more_inside_a_walk_stays_in_the_walk_and_next_moves_on(
    invoke: Invoke, walk: Walk
) -> None:
    listener = Listener(invoke)
    listener.says(OVERVIEW[walk])
    listener.says("Yes")
    position = next(
        i for i, t in enumerate(CONTENT.walks[walk]) if CONTENT.topics[t].for_walk(walk).more
    )
    for _ in range(position):
        listener.says("Next")
    assert listener.view == f"walk:{walk.value}:{position}"
    topic = CONTENT.topics[CONTENT.walks[walk][position]]
    listener.says("More")
    assert listener.heard.startswith(topic.for_walk(walk).more or "")
    assert listener.view == f"walk:{walk.value}:{position}:more"
    assert not listener.ended and listener.heard.endswith("?")  # the walk's own question
    listener.says("Next")
    following = CONTENT.topics[CONTENT.walks[walk][position + 1]]
    assert following.for_walk(walk).speech in listener.heard
    assert listener.view == f"walk:{walk.value}:{position + 1}"


def test_yes_after_a_stops_follow_up_is_the_next_stop(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.factory.attributes = {"view": "walk:causes:0:more", "disclaimed": True}
    listener.factory.new_session = False
    listener.says("Yes")
    assert listener.view == "walk:causes:1"
    listener.says("Previous")
    assert listener.view == "walk:causes:0"


def test_the_last_stops_follow_up_closes_the_walk_with_its_offer(invoke: Invoke) -> None:
    for walk in Walk:
        last = len(CONTENT.walks[walk]) - 1
        if CONTENT.topics[CONTENT.walks[walk][last]].for_walk(walk).more is None:
            continue
        listener = Listener(invoke)
        listener.factory.attributes = {"view": f"walk:{walk.value}:{last}", "disclaimed": True}
        listener.factory.new_session = False
        listener.says("More")
        assert listener.heard.endswith(SPEECH.text(f"walk.offer.{walk.value}"))
        listener.says("Yes")
        assert listener.view == AFTER_THE_OFFER[walk]


@pytest.mark.parametrize(
    ("walk", "counted"), [(Walk.CAUSES, "possible causes"), (Walk.RELIEF, "things")]
)
def test_the_first_stop_says_what_it_is_counting(invoke: Invoke, walk: Walk, counted: str) -> None:
    """Found by a listener trial: the walk began "There are 10." with no noun."""
    listener = Listener(invoke)
    listener.says(OVERVIEW[walk])
    listener.says("Yes")
    total = len(CONTENT.walks[walk])
    assert listener.first.startswith(f"There are {total} {counted}"), listener.first
