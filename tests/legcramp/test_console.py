"""Multi-turn dialogs through ``legcramp chat --script``: real envelopes, the real handler."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from legcramp.cli import main
from legcramp.contract import assert_contract, speech_of
from skill.advice.catalog import load_content
from skill.advice.models import Muscle, Walk
from skill.speech.catalog import speech_catalog
from tests.conftest import REPO_ROOT

DIALOGS = REPO_ROOT / "tests" / "fixtures" / "dialogs"
CONTENT = load_content("en-US")
SPEECH = speech_catalog("en-US")
Json = dict[str, Any]


def _chat(capsys: pytest.CaptureFixture[str], *args: str) -> list[Json]:
    assert main(["chat", "--json", *args]) == 0
    turns = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    for turn in turns:
        assert_contract(turn["response"], turn["request"])
    return turns


def _intents(turns: list[Json]) -> list[str]:
    return [
        t["request"]["request"].get("intent", {}).get("name", t["request"]["request"]["type"])
        for t in turns
    ]


def test_launch_causes_yes_repeat_next_stop(capsys: pytest.CaptureFixture[str]) -> None:
    turns = _chat(capsys, "--script", str(DIALOGS / "causes_walk.txt"))
    assert _intents(turns) == [
        "LaunchRequest",
        "CausesIntent",
        "AMAZON.YesIntent",
        "AMAZON.RepeatIntent",
        "AMAZON.NextIntent",
        "AMAZON.StopIntent",
    ]
    said = [speech_of(t["response"]["response"]) for t in turns]
    causes = CONTENT.walks[Walk.CAUSES]
    assert said[1].startswith(CONTENT.causes.speech)
    assert CONTENT.topics[causes[0]].answer.speech in said[2]
    assert said[3] == said[2]
    assert CONTENT.topics[causes[1]].answer.speech in said[4]
    assert said[5] == SPEECH.text("goodbye")
    sessions = {t["request"]["session"]["sessionId"] for t in turns}
    assert len(sessions) == 1, "one device session from launch to stop"
    assert [t["request"]["session"]["new"] for t in turns] == [True] + [False] * 5
    assert turns[-1]["response"]["response"]["shouldEndSession"] is True


def test_the_stretch_routine_forward_and_back(capsys: pytest.CaptureFixture[str]) -> None:
    turns = _chat(capsys, "--script", str(DIALOGS / "stretch_routine.txt"))
    views = [t["response"].get("sessionAttributes", {}).get("view") for t in turns]
    assert views == [
        "launch",
        "routine:0",
        "routine:1",
        "routine:2",
        "routine:1",
        "paused:1",
        "routine:1",
        "routine:0",
        None,
    ]
    steps = CONTENT.routine.steps
    said = [speech_of(t["response"]["response"]) for t in turns]
    assert steps[1].instruction in said[4]
    assert '<break time="' in turns[2]["response"]["response"]["outputSpeech"]["ssml"]


def test_cramp_now_as_a_one_shot(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "my calf is cramping right now"]) == 0
    turn = json.loads(capsys.readouterr().out)
    assert_contract(turn["response"], turn["request"])
    assert turn["request"]["request"]["intent"]["name"] == "CrampNowIntent"
    assert turn["request"]["session"]["new"] is True
    body = turn["response"]["response"]
    assert speech_of(body).startswith(CONTENT.muscles[Muscle.CALF].speech)
    assert body["shouldEndSession"] is False  # it offers the rest: the towel, what not to do


def test_ask_prints_the_speech_and_the_card_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "is it my statins"]) == 0
    out = capsys.readouterr().out
    assert "alexa> " in out and "card> " in out and "<speak>" not in out


def test_chat_reads_stdin_when_no_script_is_given(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = tmp_path / "lines.txt"
    source.write_text("what helps\nno\n")
    with source.open() as stdin:
        monkeypatch.setattr("sys.stdin", stdin)
        turns = _chat(capsys, "--locale", "en-GB")
    assert _intents(turns) == ["LaunchRequest", "ReliefIntent", "AMAZON.NoIntent"]
    assert {t["request"]["request"]["locale"] for t in turns} == {"en-GB"}


def test_speak_says_clearly_when_espeak_is_missing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("shutil.which", lambda _: None)
    script = tmp_path / "s.txt"
    script.write_text("stop\n")
    assert main(["chat", "--speak", "--script", str(script)]) == 0
    captured = capsys.readouterr()
    assert "espeak-ng is not installed" in captured.err
    assert "Goodnight" in captured.out
