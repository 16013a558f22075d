"""The night screen through the real handler: APL devices get a dark RenderDocument, voice-only
devices exactly the response they got before, and each touch the answer of its voice intent."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest

from skill.advice.catalog import load_content
from skill.builder import VIEWS
from skill.dialog.conversation import Conversation
from skill.night_screen import screens
from skill.night_screen.screens import DOCUMENTS, Touch
from skill.speech.catalog import speech_catalog
from skill.speech.ssml import Pause
from skill.stretch_routine.timing import counted_hold
from tests.conftest import Handler, Invoke, Json, load_request

APL = {"runtime": {"maxVersion": "2024.2"}}
SCREENS = ("cramp_now", "stretch", "see_doctor", "topic_magnesium", "routine_next", "routine_pause")
RENDER = "Alexa.Presentation.APL.RenderDocument"
TOUCHES = {
    Touch.NEXT: "routine_next",
    Touch.BACK: "routine_previous",
    Touch.PAUSE: "routine_pause",
    Touch.REPEAT: "repeat_in_causes",
    Touch.RESUME: "routine_resume",
}
_HEX = re.compile(r"#([0-9A-Fa-f]{6})")


def on_screen(name: str) -> Json:
    event = load_request(name)
    event["context"]["System"]["device"]["supportedInterfaces"]["Alexa.Presentation.APL"] = APL
    return event


def directives(response: Json) -> list[Json]:
    found: list[Json] = response["response"].get("directives", [])
    return found


def luminance(colour: str) -> float:
    """WCAG relative luminance of ``#RRGGBB`` (0 black … 1 white)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("name", SCREENS)
def test_a_screen_device_gets_the_dark_night_document(invoke: Invoke, name: str) -> None:
    response = invoke(on_screen(name))

    render = directives(response)[0]
    assert render["type"] == RENDER
    document = render["document"]
    assert document["theme"] == "dark"
    colours = document["resources"][0]["colors"]
    assert luminance(colours["night"]) < 0.005  # the background: near black
    assert max(luminance(c) for c in colours.values()) < 0.6  # nothing near white
    assert "#FFFFFF" not in json.dumps(document).upper()
    night = render["datasources"]["night"]
    assert night["headline"] and night["buttons"]


@pytest.mark.parametrize("name", SCREENS)
def test_a_voice_only_device_gets_exactly_the_same_response_without_the_screen(
    invoke: Invoke, name: str
) -> None:
    voice = invoke(load_request(name))
    screen = invoke(on_screen(name))

    assert "directives" not in voice["response"]
    stripped = copy.deepcopy(screen)
    del stripped["response"]["directives"]
    assert stripped == voice


def test_cramp_now_leads_with_the_action_in_large_type(invoke: Invoke) -> None:
    night = directives(invoke(on_screen("cramp_now")))[0]["datasources"]["night"]
    passage = load_content("en-US").cramp_now
    assert passage.speech.startswith(night["headline"])
    assert night["headline"].endswith(".")


def test_triage_shows_the_most_urgent_tier_first(invoke: Invoke) -> None:
    night = directives(invoke(on_screen("see_doctor")))[0]["datasources"]["night"]
    assert night["urgent"] is True
    assert night["label"].startswith("EMERGENCY")
    assert night["headline"] == load_content("en-US").doctor.emergency.speech


def test_topic_answers_show_their_sources(invoke: Invoke) -> None:
    night = directives(invoke(on_screen("topic_magnesium")))[0]["datasources"]["night"]
    assert night["sources"].startswith("Sources: ")


def test_the_countdown_follows_the_spoken_hold(invoke: Invoke) -> None:
    response = invoke(on_screen("stretch"))
    render, run = directives(response)
    assert run["type"] == "Alexa.Presentation.APL.ExecuteCommands"
    assert run["token"] == render["token"]
    hold = load_content("en-US").routine.steps[0].hold_seconds
    assert render["datasources"]["night"]["hold"] == hold

    spoken = counted_hold(speech_catalog("en-US"), hold)
    spoken_pauses = [s.seconds for s in spoken if isinstance(s, Pause)]
    lead_in, *rest = run["commands"]
    assert lead_in["type"] == "Idle" and lead_in["delay"] > 0
    ticks = [c["repeatCount"] + 1 for c in rest if c["type"] == "Sequential"]
    assert ticks == spoken_pauses  # one tick a second through each silence, as many as spoken
    between = [c for c in rest if c["type"] == "Idle"]
    assert len(between) == len(spoken_pauses) - 1  # still while each count is said


def touched(voice_event: Json, token: str, argument: str) -> Json:
    """``voice_event`` with its request replaced by a press of the night screen's button."""
    touch_event = copy.deepcopy(voice_event)
    touch_event["request"] = {
        "type": "Alexa.Presentation.APL.UserEvent",
        "requestId": "amzn1.echo-api.request.touch",
        "timestamp": voice_event["request"]["timestamp"],
        "locale": voice_event["request"]["locale"],
        "token": token,
        "arguments": [argument],
        "source": {"type": "TouchWrapper", "handler": "Press", "id": ""},
    }
    return touch_event


@pytest.mark.parametrize("touch", list(Touch))
def test_each_touch_gets_the_answer_of_its_voice_intent(invoke: Invoke, touch: Touch) -> None:
    voice_event = on_screen(TOUCHES[touch])
    touch_event = touched(voice_event, "night", touch.value)

    assert invoke(touch_event) == invoke(voice_event)


def test_a_paused_stretch_shows_which_stretch_is_paused_and_one_resume_button(
    invoke: Invoke,
) -> None:
    paused = on_screen("routine_pause")
    position = int(paused["session"]["attributes"]["view"].split(":")[1])
    response = invoke(paused)

    [render] = directives(response)  # no countdown runs while paused
    assert render["type"] == RENDER
    night = render["datasources"]["night"]
    routine = load_content("en-US").routine
    step = routine.steps[position]
    assert night["label"] == speech_catalog("en-US").text(
        "screen.label.paused", position=position + 1, total=len(routine.steps)
    )
    assert night["headline"] == step.name
    assert night["body"] == step.instruction
    assert night["hold"] == 0
    assert night["buttons"] == [{"command": Touch.RESUME.value, "label": "Resume"}]


def test_touching_resume_on_the_paused_screen_answers_as_saying_resume(invoke: Invoke) -> None:
    paused = invoke(on_screen("routine_pause"))
    [render] = directives(paused)
    [button] = render["datasources"]["night"]["buttons"]
    voice = on_screen("routine_resume")
    voice["session"]["attributes"] = paused["sessionAttributes"]
    touch = touched(voice, render["token"], button["command"])

    resumed = invoke(voice)
    assert invoke(touch) == resumed
    assert directives(resumed)[0]["datasources"]["night"]["hold"] > 0  # the stretch again


def test_a_user_event_that_is_not_a_button_of_ours_gets_an_empty_answer(invoke: Invoke) -> None:
    event = on_screen("routine_next")
    event["request"] = {
        "type": "Alexa.Presentation.APL.UserEvent",
        "requestId": "amzn1.echo-api.request.touch",
        "timestamp": "2026-11-24T23:41:07Z",
        "locale": "en-US",
        "arguments": ["launch-missiles"],
    }
    assert "outputSpeech" not in invoke(event)["response"]


def test_the_document_fits_round_small_and_large_viewports() -> None:
    document: dict[str, Any] = json.loads((DOCUMENTS / "night.json").read_text("utf-8"))
    conditions = [r.get("when", "") for r in document["resources"]]
    assert any("viewport.shape == 'round'" in c for c in conditions)
    assert any("pixelWidth < 1100" in c for c in conditions)
    for resource in document["resources"][1:]:  # every profile sizes every text
        assert set(resource["dimensions"]) == set(document["resources"][1]["dimensions"])
    assert all(_HEX.fullmatch(c) for c in document["resources"][0]["colors"].values())


def test_a_voice_only_request_never_reads_the_document(lambda_handler: Handler) -> None:
    screens._document.cache_clear()
    lambda_handler(load_request("cramp_now"), None)
    assert screens._document.cache_info().currsize == 0
    lambda_handler(on_screen("cramp_now"), None)
    assert screens._document.cache_info().currsize == 1


def test_every_view_on_a_screen_device_keeps_the_contract_and_size_limit(invoke: Invoke) -> None:
    """"Repeat" re-renders any view: on an APL device every one passes the response contract,
    which holds the whole response to 24,576 bytes (the document travels with each screen)."""
    shown = 0
    for view in VIEWS.every(load_content("en-US")):
        event = on_screen("repeat_in_causes")
        event["session"]["attributes"] = {"view": view.encode(), "disclaimed": False}
        response = invoke(event)
        shown += any(d["type"] == RENDER for d in directives(response))
    assert shown > 0


def test_the_diary_chart_has_one_bar_per_night_with_cramps_scaled_to_the_worst() -> None:
    counts = [0] * screens.CHART_NIGHTS
    counts[3], counts[27] = 2, 1
    bars = screens.chart_bars(counts).split(" Z")
    tops = [float(bar.split(",")[1].split()[0]) for bar in bars if bar.strip()]
    assert len(tops) == 2
    assert tops[0] < tops[1]  # two cramps stand twice as high above the axis as one
    base = 98
    assert (base - tops[0]) == pytest.approx(2 * (base - tops[1]))
    assert screens.chart_bars([0] * screens.CHART_NIGHTS) == "M0,0"


def test_the_diary_chart_screen_carries_its_bars_and_the_graphic() -> None:
    talk = Conversation("en-US", VIEWS)
    screen = screens.diary_chart(talk, [0, 1, 0, 2] * 7, "Headline.")
    night = screen.data["night"]
    assert isinstance(night, dict) and night["chart"]["bars"].startswith("M")
    assert "graphics" in dict(screen.document)
