"""Session attributes are untrusted input: tampered or stale state falls back to a sane default.

The property: what the skill says depends on the session only through the state it can validate.
A request carrying any attributes at all is answered exactly like the same request carrying just
the canonical form of what decodes (the view, if it points at something real; ``disclaimed`` only
if it is the JSON ``true``). So a bad value can neither crash a turn nor make the skill repeat,
continue or skip to the wrong thing.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legcramp.contract import speech_of
from skill.advice.catalog import load_content
from skill.advice.models import Topics, Walk
from skill.builder import VIEWS
from skill.names import INTENTS, Attr, Intent
from skill.speech.catalog import speech_catalog
from skill.topics.views import TopicAnswer
from tests.conftest import Handler, Json, load_request
from tests.support.fuzzing import answer_problems, near_miss_views, reproducible, session_attributes

LOCALE = "en-US"
CONTENT = load_content(LOCALE)
SPEECH = speech_catalog(LOCALE)
# Every intent that reads the state (all of them read ``disclaimed``), and the launch.
TURNS = ["LaunchRequest", *INTENTS]


def _turn(turn: str, attributes: object) -> Json:
    """A resumed-session request for ``turn`` carrying ``attributes`` (any JSON at all)."""
    envelope = load_request("repeat_tampered")
    if turn == "LaunchRequest":
        envelope["request"] = {**envelope["request"], "type": "LaunchRequest"}
        del envelope["request"]["intent"], envelope["request"]["dialogState"]
    else:
        envelope["request"]["intent"] = {"name": turn, "confirmationStatus": "NONE"}
    envelope["session"]["attributes"] = attributes
    return envelope


def _answer(handler: Handler, turn: str, attributes: object) -> Json:
    response, problems = answer_problems(handler, _turn(turn, attributes))
    assert problems == []
    assert response is not None
    return response


def _canonical(attributes: Json) -> Json:
    """The attributes a careful reader keeps: the decodable view, and ``disclaimed`` if ``true``."""
    view = VIEWS.decode(attributes.get(Attr.VIEW), CONTENT)
    canonical: Json = {Attr.DISCLAIMED: attributes.get(Attr.DISCLAIMED) is True}
    if view is not None:
        canonical[Attr.VIEW] = view.encode()
    return canonical


@reproducible(max_examples=250)
@given(turn=st.sampled_from(TURNS), attributes=session_attributes(CONTENT))
def test_only_the_validated_state_shapes_the_answer(
    lambda_handler: Handler, turn: str, attributes: Json
) -> None:
    tampered = _answer(lambda_handler, turn, attributes)
    clean = _answer(lambda_handler, turn, _canonical(attributes))
    assert tampered["response"] == clean["response"]
    assert tampered.get("sessionAttributes") == clean.get("sessionAttributes")


@reproducible(max_examples=150)
@given(turn=st.sampled_from(TURNS), attributes=session_attributes(CONTENT))
def test_the_state_written_back_is_always_valid_and_canonical(
    lambda_handler: Handler, turn: str, attributes: Json
) -> None:
    written = _answer(lambda_handler, turn, attributes).get("sessionAttributes") or {}
    assert set(written) <= {Attr.VIEW, Attr.DISCLAIMED}
    assert isinstance(written.get(Attr.DISCLAIMED, False), bool)
    if Attr.VIEW in written:
        assert _canonical(written) == written


@reproducible(max_examples=100)
@given(view=near_miss_views(CONTENT), turn=st.sampled_from([Intent.REPEAT, Intent.NEXT]))
def test_a_view_that_points_nowhere_is_never_acted_on(
    lambda_handler: Handler, view: str, turn: str
) -> None:
    answer = _answer(lambda_handler, turn, {Attr.VIEW: view, Attr.DISCLAIMED: True})
    fresh = _answer(lambda_handler, turn, {Attr.DISCLAIMED: True})
    if VIEWS.decode(view, CONTENT) is None:
        assert answer["response"] == fresh["response"]


def _help_words() -> str:
    return SPEECH.text("help.speech")


@pytest.mark.parametrize(
    "view",
    [
        f"walk:causes:{len(CONTENT.walks[Walk.CAUSES])}",
        "walk:causes:99999999999999999999",
        f"routine:{len(CONTENT.routine.steps)}",
        "paused:-1",
        "topic:NOT_A_TOPIC",
        "topic:minerals",
        "walk:sideways:0",
        "launch:extra",
        "<speak>hacked</speak>",
        "walk:causes:0" * 10_000,
    ],
)
def test_repeat_of_a_stale_or_forged_view_offers_help_instead(
    lambda_handler: Handler, view: str
) -> None:
    body = _answer(lambda_handler, "AMAZON.RepeatIntent", {"view": view})["response"]
    assert speech_of(body).startswith(_help_words())
    assert body["shouldEndSession"] is False


@pytest.mark.parametrize("value", [3, 2.5, None, True, ["walk", "causes", 1], {"kind": "walk"}])
def test_a_view_of_the_wrong_type_is_ignored(lambda_handler: Handler, value: object) -> None:
    body = _answer(lambda_handler, "AMAZON.NextIntent", {"view": value})["response"]
    assert speech_of(body).startswith(SPEECH.text("no_list.speech"))


def test_next_past_the_end_of_a_list_does_not_jump_anywhere(lambda_handler: Handler) -> None:
    last = len(CONTENT.walks[Walk.CAUSES]) - 1
    at_end = _answer(lambda_handler, "AMAZON.NextIntent", {"view": f"walk:causes:{last}"})
    assert at_end["sessionAttributes"]["view"] == "walk_end:causes"
    beyond = _answer(lambda_handler, "AMAZON.NextIntent", {"view": f"walk:causes:{last + 1}"})
    assert beyond["sessionAttributes"]["view"] == "no_list"


@pytest.mark.parametrize("disclaimed", ["true", "yes", 1, [True], {"value": True}])
def test_only_a_real_true_counts_as_having_heard_the_disclaimer(
    lambda_handler: Handler, disclaimed: object
) -> None:
    body = _answer(lambda_handler, Intent.CAUSES, {"disclaimed": disclaimed})["response"]
    assert CONTENT.disclaimer in speech_of(body)
    already = _answer(lambda_handler, Intent.CAUSES, {"disclaimed": True})["response"]
    assert CONTENT.disclaimer not in speech_of(already)


def test_a_topic_without_more_cannot_be_continued_by_forging_its_view(
    lambda_handler: Handler,
) -> None:
    without_more = [t for t in CONTENT.topics.values() if t.answer.more is None]
    if not without_more:
        pytest.skip("every topic has a longer answer in this content")
    forged = f"topic_more:{without_more[0].id}"
    body = _answer(lambda_handler, "AMAZON.RepeatIntent", {"view": forged})["response"]
    assert speech_of(body).startswith(_help_words())


def test_huge_attributes_do_not_stop_the_skill_answering(lambda_handler: Handler) -> None:
    attributes = {"view": "x" * 200_000, "disclaimed": "y" * 200_000, "z" * 1000: ["w"] * 10_000}
    response = _answer(lambda_handler, Intent.TOPIC, attributes)
    assert response["sessionAttributes"] == {"disclaimed": False, "view": "ask_topic"}


def test_a_valid_view_still_works_after_all_that(lambda_handler: Handler) -> None:
    view = TopicAnswer(Topics.MINERALS).encode()
    body = _answer(lambda_handler, "AMAZON.RepeatIntent", {"view": view})["response"]
    assert speech_of(body).startswith(CONTENT.topics[Topics.MINERALS].answer.speech)


_HUGE_AND_ODD = {"view": "launch" * 20_000, "disclaimed": True, "junk": ["x" * 1000] * 100}


@pytest.mark.parametrize(
    ("request_type", "kept"),
    [
        ("SessionEndedRequest", {}),
        ("CanFulfillIntentRequest", {}),
        ("Display.ElementSelected", {"disclaimed": True}),
        ("Alexa.Presentation.APLA.UserEvent", {"disclaimed": True}),
    ],
)
def test_requests_without_speech_never_echo_what_the_session_carried(
    lambda_handler: Handler, request_type: str, kept: Json
) -> None:
    envelope = _turn("LaunchRequest", _HUGE_AND_ODD)
    envelope["request"]["type"] = request_type
    if request_type == "SessionEndedRequest":
        envelope["request"]["reason"] = "USER_INITIATED"
    if request_type == "CanFulfillIntentRequest":
        envelope["request"]["intent"] = {"name": Intent.TOPIC}
    response, problems = answer_problems(lambda_handler, envelope)
    assert problems == []
    assert response is not None and response["sessionAttributes"] == kept


def test_a_failed_turn_keeps_nothing_of_the_session(
    lambda_handler: Handler, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_: object, **__: object) -> object:
        raise RuntimeError("forced failure")

    monkeypatch.setattr("skill.dialog.conversation.Conversation.reply", fail)
    response = lambda_handler(_turn(Intent.REPEAT, _HUGE_AND_ODD), None)
    assert response["sessionAttributes"] == {}
    assert response["response"]["shouldEndSession"] is True
