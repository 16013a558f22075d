"""``legcramp resolve``: one JSON line per utterance, from arguments or standard input."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from legcramp import resolve_cmd


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="legcramp")
    resolve_cmd.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    status: int = args.func(args)
    return status


def lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("resolve", "Alexa, ask leg cramp helper is it my statins?", "play jazz") == 0
    first, second = lines(capsys)
    assert first == {
        "utterance": "Alexa, ask leg cramp helper is it my statins?",
        "intent": "TopicIntent",
        "slots": {"topic": {"value": "statins", "id": "MEDICATION"}},
        "score": 1.0,
    }
    assert second["intent"] == "AMAZON.FallbackIntent"
    assert second["slots"] == {}
    assert isinstance(second["score"], float)


def test_standard_input_one_utterance_per_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("say that again\n\nis it my thyroid\n"))
    assert run("resolve", "--locale", "en-GB") == 0
    first, second = lines(capsys)
    assert first["intent"] == "AMAZON.RepeatIntent"
    assert second == {
        "utterance": "is it my thyroid",
        "intent": "TopicIntent",
        "slots": {"topic": {"value": "thyroid", "id": None}},
        "score": 0.75,
    }


def test_locale_changes_the_answer(capsys: pytest.CaptureFixture[str]) -> None:
    run("resolve", "--locale", "en-GB", "can i take paracetamol")
    run("resolve", "--locale", "en-US", "can i take paracetamol")
    british, american = lines(capsys)
    assert british["slots"] == {"topic": {"value": "paracetamol", "id": "PAINKILLERS"}}
    assert american["slots"] == {"topic": {"value": "paracetamol", "id": None}}


def test_calibrate_prints_the_band(capsys: pytest.CaptureFixture[str], tmp_path: object) -> None:
    assert run("nlu-calibrate") == 0
    out = capsys.readouterr().out
    assert out.startswith("best threshold ")
    assert "shipped 0.43" in out
