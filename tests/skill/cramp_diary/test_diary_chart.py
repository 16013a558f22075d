"""The diary summary on a screen (issue 13): cramps per night for the last four weeks, drawn from
the real store (SQLite on disk and DynamoDB's API on dynalite) through the real Lambda handler;
voice-only devices hear and see exactly what they did before."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from typing import Any

import pytest
from voice_support import DiaryKit, builtin, custom

from legcramp.contract import MAX_RESPONSE_BYTES, speech_of
from skill.night_screen import screens
from skill.speech.catalog import speech_catalog

SPEECH = speech_catalog("en-US")
LOG, SUMMARY = "LogCrampIntent", "DiarySummaryIntent"
RENDER = "Alexa.Presentation.APL.RenderDocument"
# The clock starts on Monday 10 March 2025 at 9 am UTC: the current night is Sunday the 9th's,
# so the chart runs from the night of Monday 10 February to it.
CHART_FIRST = date(2025, 2, 10)
CHART_LAST = date(2025, 3, 9)
MAX_COUNT = 20  # the most cramps one entry holds (skill.diary.entries.MAX_COUNT)

Json = dict[str, Any]


def night(offset: int) -> Any:
    """The ``when`` slot naming the chart's night ``offset`` (0: four weeks ago; -1: before)."""
    return builtin((CHART_FIRST + timedelta(days=offset)).isoformat())


def render_of(response: Json) -> Json:
    [render] = [d for d in response["response"].get("directives", []) if d["type"] == RENDER]
    return render


def test_on_a_screen_the_summary_shows_cramps_per_night_for_the_last_four_weeks(
    kit: DiaryKit,
) -> None:
    alice = kit.device()
    alice.say(LOG, when=night(-1), leg=custom("left", "LEFT"))  # 29 nights ago: not charted
    alice.say(LOG, when=night(0), leg=custom("left", "LEFT"))
    alice.say(LOG, when=night(13), count=builtin("3"), leg=custom("right", "RIGHT"))
    alice.say(LOG, when=night(27), count=builtin("2"), leg=custom("right", "RIGHT"))
    alice.say(LOG, when=night(27), leg=custom("right", "RIGHT"))
    assert (CHART_FIRST + timedelta(days=27)) == CHART_LAST

    show = kit.device(screen=True)
    response = show.send(show.factory.intent(SUMMARY))

    render = render_of(response)
    night_data = render["datasources"]["night"]
    expected = [0] * screens.CHART_NIGHTS
    expected[0], expected[13], expected[27] = 1, 3, 3
    assert night_data["chart"]["bars"] == screens.chart_bars(expected)
    assert night_data["chart"]["bars"].count("Z") == 3  # one bar a night with cramps
    assert night_data["label"] == SPEECH.text("screen.label.diary")
    spoken = speech_of(response["response"])
    assert spoken.startswith(night_data["headline"])
    assert night_data["headline"] == SPEECH.text(
        "diary.summary.one_night", span="In the last 7 nights", what="3 cramps"
    )
    assert night_data["body"] and night_data["body"] in spoken
    assert "graphics" in render["document"]


def test_a_voice_only_device_gets_the_same_summary_without_the_screen(kit: DiaryKit) -> None:
    alice = kit.device()
    for offset, count in ((20, "2"), (26, "1"), (27, "4")):
        alice.say(LOG, when=night(offset), count=builtin(count), leg=custom("left", "LEFT"))
    voice, show = kit.device(), kit.device(screen=True)
    request = voice.factory.intent(SUMMARY)

    heard = voice.send(copy.deepcopy(request))
    seen = show.send(copy.deepcopy(request))

    assert "directives" not in heard["response"]
    assert [d["type"] for d in seen["response"]["directives"]] == [RENDER]
    del seen["response"]["directives"]
    assert json.dumps(seen, sort_keys=True) == json.dumps(heard, sort_keys=True)


def test_a_summary_said_again_from_the_session_keeps_its_words(kit: DiaryKit) -> None:
    """The chart is not kept in the session (a stored view is short): a summary read back
    from the session ("repeat") is said and carded from its stored figures, without a chart."""
    alice = kit.device()
    alice.say(LOG, when=night(27), leg=custom("left", "LEFT"))
    show = kit.device(screen=True)
    first = show.send(show.factory.intent(SUMMARY))
    again = show.factory.intent("AMAZON.RepeatIntent")
    again["session"]["new"] = False
    again["session"]["attributes"] = first["sessionAttributes"]

    repeated = show.send(again)

    assert speech_of(first["response"]).startswith(speech_of(repeated["response"]))  # less
    assert repeated["response"]["card"] == first["response"]["card"]  # the disclaimer, said once
    assert "directives" not in repeated["response"]  # no chart is made up


@pytest.mark.parametrize(
    "counts",
    [
        pytest.param([MAX_COUNT] * screens.CHART_NIGHTS, id="every-night-at-the-max"),
        # Bars of different heights have the longest coordinates ("93.5" against "8.0").
        pytest.param([1 + (n * 7) % MAX_COUNT for n in range(28)], id="every-night-varied"),
    ],
)
def test_the_largest_chart_fits_the_response_size_limit(kit: DiaryKit, counts: list[int]) -> None:
    """Every night of the four weeks with cramps, summarised over a whole month (the longest
    span spoken), with the details that make the longest words (found by trying each: 59-second
    cramps, so the longest nudge and "59 seconds"; "thigh"): the largest response a summary
    gives, still under the conservative 24,576-byte limit, measured as the contract checker
    measures it (the handler's JSON, UTF-8). The chart's size does not grow with the counts
    themselves: its bars are scaled to the worst night."""
    alice = kit.device()
    for offset, count in enumerate(counts):
        alice.say(
            LOG,
            when=night(offset),
            count=builtin(str(count)),
            duration=builtin("PT59S"),
            leg=custom("left", "LEFT"),
            muscle=custom("thigh", "THIGH_FRONT"),
        )
    show = kit.device(screen=True)

    response = show.send(show.factory.intent(SUMMARY, {"period": builtin("2025-02")}))

    bars = render_of(response)["datasources"]["night"]["chart"]["bars"]
    assert bars == screens.chart_bars(counts)
    assert bars.count("Z") == screens.CHART_NIGHTS
    assert SPEECH.text("diary.nudge.weekly_for_weeks") in speech_of(response["response"])
    size = len(json.dumps(response).encode("utf-8"))
    assert size <= MAX_RESPONSE_BYTES
