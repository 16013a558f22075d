"""Moving through what was said, through the real handler: yes, next, previous, repeat, pause,
resume and start over after every kind of view (the stored view is the session attribute)."""

from __future__ import annotations

from typing import Any

from legcramp.contract import speech_of
from skill.advice.catalog import load_content
from skill.advice.models import Topics, Walk
from skill.speech.catalog import speech_catalog
from tests.conftest import Invoke, load_request

CONTENT = load_content("en-US")
SPEECH = speech_catalog("en-US")
CAUSES = CONTENT.walks[Walk.CAUSES]
STRETCHES = CONTENT.routine.steps

Json = dict[str, Any]


def ask(invoke: Invoke, intent: str, view: str | None, **slots: str) -> Json:
    """``intent`` (``AMAZON.`` added to built-ins) in a session whose last view was ``view``."""
    envelope = load_request("yes_after_causes")
    name = intent if "Intent" in intent else f"AMAZON.{intent}Intent"
    envelope["request"]["intent"]["name"] = name
    attributes: Json = {"disclaimed": True}
    if view is not None:
        attributes["view"] = view
    envelope["session"]["attributes"] = attributes
    if slots:
        envelope["request"]["intent"]["slots"] = {
            name: {"name": name, "value": value} for name, value in slots.items()
        }
    return invoke(envelope)


def view_of(response: Json) -> str | None:
    found: str | None = response.get("sessionAttributes", {}).get("view")
    return found


def said(response: Json) -> str:
    return speech_of(response["response"])


def test_yes_after_the_causes_overview_walks_the_causes_one_by_one(invoke: Invoke) -> None:
    response = ask(invoke, "Yes", "causes")
    first = CONTENT.topics[CAUSES[0]]
    assert first.answer.speech in said(response)
    assert view_of(response) == "walk:causes:0"
    assert response["response"]["card"]["title"] == first.title


def test_next_and_previous_move_through_a_walk_and_stop_at_its_ends(invoke: Invoke) -> None:
    assert view_of(ask(invoke, "Next", "walk:causes:0")) == "walk:causes:1"
    assert view_of(ask(invoke, "Previous", "walk:causes:1")) == "walk:causes:0"
    assert view_of(ask(invoke, "Previous", "walk:causes:0")) == "walk:causes:0"
    last = f"walk:causes:{len(CAUSES) - 1}"
    assert view_of(ask(invoke, "Next", last)) == "walk_end:causes"
    assert view_of(ask(invoke, "Yes", "walk_end:causes")) == "walk:causes:0"
    assert view_of(ask(invoke, "Previous", "walk_end:causes")) == last


def test_the_relief_walk_speaks_the_tips_of_a_cause_topic(invoke: Invoke) -> None:
    index = CONTENT.walks[Walk.RELIEF].index(Topics.DEHYDRATION)
    response = ask(invoke, "Next", f"walk:relief:{index - 1}")
    tips = CONTENT.topics[Topics.DEHYDRATION].tips
    assert tips is not None and tips.speech in said(response)


def test_repeat_says_the_same_thing_again(invoke: Invoke) -> None:
    first = ask(invoke, "Yes", "causes")
    again = ask(invoke, "Repeat", view_of(first))
    assert said(again) == said(first)


def test_repeat_with_nothing_to_repeat_offers_help(invoke: Invoke) -> None:
    assert said(ask(invoke, "Repeat", None)).startswith(SPEECH.text("help.speech"))


def test_the_routine_goes_forward_and_back_with_counted_holds(invoke: Invoke) -> None:
    start = ask(invoke, "StretchIntent", None)
    assert said(start).startswith(CONTENT.routine.intro)
    assert "<break" in start["response"]["outputSpeech"]["ssml"]
    assert STRETCHES[0].instruction in said(start)
    second = ask(invoke, "Yes", view_of(start))
    assert STRETCHES[1].instruction in said(second)
    assert CONTENT.routine.intro not in said(second)
    assert view_of(ask(invoke, "Previous", view_of(second))) == "routine:0"


def test_the_last_stretch_ends_with_the_outro_and_closes(invoke: Invoke) -> None:
    last = ask(invoke, "Next", f"routine:{len(STRETCHES) - 2}")
    assert said(last).endswith(CONTENT.routine.outro)
    assert last["response"]["shouldEndSession"] is True


def test_pause_and_resume_hold_the_place_in_the_routine(invoke: Invoke) -> None:
    paused = ask(invoke, "Pause", "routine:2")
    assert view_of(paused) == "paused:2"
    assert paused["response"]["shouldEndSession"] is False
    resumed = ask(invoke, "Resume", "paused:2")
    assert view_of(resumed) == "routine:2"
    assert STRETCHES[2].instruction in said(resumed)
    assert view_of(ask(invoke, "Yes", "paused:2")) == "routine:2"


def test_start_over_restarts_what_is_in_progress(invoke: Invoke) -> None:
    assert view_of(ask(invoke, "StartOver", "routine:3")) == "routine:0"
    assert view_of(ask(invoke, "StartOver", "walk:relief:4")) == "walk:relief:0"
    assert view_of(ask(invoke, "StartOver", None)) == "launch"


def test_next_after_an_answer_goes_on_to_its_next_passage(invoke: Invoke) -> None:
    response = ask(invoke, "Next", "cramp_now")
    assert said(response).startswith(CONTENT.cramp_now.more or "")
    assert view_of(response) == "cramp_now_more"


def test_next_with_nothing_further_says_there_is_no_list_and_asks(invoke: Invoke) -> None:
    response = ask(invoke, "Next", "cramp_now_more")
    assert said(response).startswith(SPEECH.text("no_list.speech"))
    assert response["response"]["shouldEndSession"] is False


def test_a_topic_with_more_offers_it_and_yes_gives_it(invoke: Invoke) -> None:
    topic_id, topic = next((t, v) for t, v in CONTENT.topics.items() if v.answer.more)
    more = ask(invoke, "Yes", f"topic:{topic_id}")
    assert said(more).startswith(topic.answer.more or "")
    assert view_of(more) == f"topic_more:{topic_id}"


def test_see_doctor_then_yes_gives_the_appointment_advice(invoke: Invoke) -> None:
    response = ask(invoke, "Yes", "doctor")
    assert said(response).startswith(CONTENT.doctor.appointment.speech)
    assert view_of(response) == "doctor_appointment"


def test_goodbye_forgets_the_view(invoke: Invoke) -> None:
    response = ask(invoke, "No", "causes")
    assert response["response"]["shouldEndSession"] is True
    assert "view" not in response.get("sessionAttributes", {})
