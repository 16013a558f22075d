from __future__ import annotations

import pytest

from skill.advice.catalog import load_content
from skill.advice.models import Topics, Walk
from skill.builder import VIEWS
from skill.dialog.views import View
from skill.topics.views import TopicAnswer, TopicTips
from skill.walks.views import WalkStop

CONTENT = load_content("en-US")


def test_every_capability_view_class_is_registered_once() -> None:
    kinds = [cls.kind for cls in VIEWS.classes]
    assert len(kinds) == len(set(kinds))
    assert {"launch", "topic", "walk", "routine", "paused", "doctor_appointment"} <= set(kinds)


@pytest.mark.parametrize("view", VIEWS.every(CONTENT), ids=View.encode)
def test_every_view_survives_a_round_trip_through_the_session(view: View) -> None:
    assert VIEWS.decode(view.encode(), CONTENT) == view


@pytest.mark.parametrize(
    "stored",
    [
        None, 7, ["topic"], {"kind": "topic"}, "", "nonsense", "topic", "topic:NOT_A_TOPIC",
        "topic:QUININE:extra", "walk:causes", "walk:causes:-1", "walk:causes:99",
        "walk:sideways:0", "routine:999", "routine:one", "launch:1", "<speak>x</speak>",
        "walk:causes:" + "9" * 80, "routine:\u0663", "walk:causes:\uff11",
        "cramp_now:CALF:NOT_A_MEDICINE", "cramp_now:", "cramp_now::", "cramp_now:CALF:STATIN:x",
        "cramp_now:NOPE:STATIN", "medicine_concern:MASSAGE:STATIN", "medicine_concern:PAINKILLER",
        "medicine_concern:NOPE:OTHER",
    ],
)  # fmt: skip
def test_tampered_or_stale_views_are_refused(stored: object) -> None:
    assert VIEWS.decode(stored, CONTENT) is None


def test_views_only_point_at_follow_ups_that_exist() -> None:
    without_tips = next(t for t, topic in CONTENT.topics.items() if topic.tips is None)
    assert VIEWS.decode(f"topic_tips:{without_tips}", CONTENT) is None
    assert TopicTips(without_tips) not in VIEWS.every(CONTENT)
    assert VIEWS.decode("walk:causes:0", CONTENT) == WalkStop(Walk.CAUSES, 0)
    assert VIEWS.decode("topic:QUININE", CONTENT) == TopicAnswer(Topics.QUININE)
    # Massage has an answer on a blood thinner only: on any other medicine it is not stored.
    assert VIEWS.decode("medicine_concern:MASSAGE:BLOOD_THINNER", CONTENT) is not None
    assert VIEWS.decode("medicine_concern:MASSAGE:STATIN", CONTENT) is None
    # Any other medicine with a painkiller has the answer for any medicine.
    assert VIEWS.decode("medicine_concern:PAINKILLER:STATIN", CONTENT) is not None


def test_a_view_class_that_forgets_a_behaviour_cannot_be_made() -> None:
    class Forgetful(View):
        kind = "forgetful"

    with pytest.raises(TypeError, match="abstract"):
        Forgetful()  # type: ignore[abstract]
