from __future__ import annotations

import pytest

from skill.advice.catalog import load_content
from skill.advice.models import TopicId, Walk
from skill.conversation.views import View, ViewKind

CONTENT = load_content("en-US")


def _every_view() -> list[View]:
    views = [View(kind) for kind in ViewKind if kind not in _ARGUED]
    for topic_id, topic in CONTENT.topics.items():
        views.append(View(ViewKind.TOPIC, topic=topic_id))
        if topic.answer.more is not None:
            views.append(View(ViewKind.TOPIC_MORE, topic=topic_id))
        if topic.tips is not None:
            views.append(View(ViewKind.TOPIC_TIPS, topic=topic_id))
    for walk, ids in CONTENT.walks.items():
        views += [View(ViewKind.WALK, walk=walk, position=i) for i in range(len(ids))]
        views.append(View(ViewKind.WALK_END, walk=walk))
    for i in range(len(CONTENT.routine.steps)):
        views += [View(ViewKind.ROUTINE, position=i), View(ViewKind.PAUSED, position=i)]
    return views


_ARGUED = {
    ViewKind.TOPIC, ViewKind.TOPIC_MORE, ViewKind.TOPIC_TIPS, ViewKind.WALK,
    ViewKind.WALK_END, ViewKind.ROUTINE, ViewKind.PAUSED,
}


@pytest.mark.parametrize("view", _every_view(), ids=View.encode)
def test_every_view_survives_a_round_trip_through_the_session(view: View) -> None:
    assert View.decode(view.encode(), CONTENT) == view


@pytest.mark.parametrize(
    "stored",
    [
        None, 7, ["topic"], {"kind": "topic"}, "", "nonsense", "topic", "topic:NOT_A_TOPIC",
        "topic:QUININE:extra", "walk:causes", "walk:causes:-1", "walk:causes:99",
        "walk:sideways:0", "routine:999", "routine:one", "launch:1", "<speak>x</speak>",
        "walk:causes:" + "9" * 80, "routine:\u0663", "walk:causes:\uff11",
    ],
)
def test_tampered_or_stale_views_are_refused(stored: object) -> None:
    assert View.decode(stored, CONTENT) is None


def test_views_only_point_at_follow_ups_that_exist() -> None:
    without_tips = next(t for t, topic in CONTENT.topics.items() if topic.tips is None)
    assert View.decode(f"topic_tips:{without_tips}", CONTENT) is None
    assert View(ViewKind.WALK, walk=Walk.CAUSES, position=0).fits(CONTENT)
    assert View(ViewKind.TOPIC, topic=TopicId.QUININE).fits(CONTENT)
