"""``legcramp resolve``: one JSON line per utterance, from arguments or standard input."""

from __future__ import annotations

import io
import json
from collections.abc import Callable

import pytest

from legcramp.resolver.similarity import THRESHOLD, UNKNOWN_PENALTY


def lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_arguments(resolve_cli: Callable[..., int], capsys: pytest.CaptureFixture[str]) -> None:
    assert resolve_cli("resolve", "Alexa, ask leg cramp helper is it my statins?", "play jazz") == 0
    first, second = lines(capsys)
    assert first == {
        "utterance": "Alexa, ask leg cramp helper is it my statins?",
        "intent": "MedicineIntent",
        "slots": {"medicine": {"value": "statins", "id": "STATIN"}},
        "score": 1.0,
    }
    assert second["intent"] == "AMAZON.FallbackIntent"
    assert second["slots"] == {}
    assert isinstance(second["score"], float)


def test_standard_input_one_utterance_per_line(
    resolve_cli: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("say that again\n\nis it my shoes\n"))
    assert resolve_cli("resolve", "--locale", "en-GB") == 0
    first, second = lines(capsys)
    assert first["intent"] == "AMAZON.RepeatIntent"
    assert second == {
        "utterance": "is it my shoes",
        "intent": "TopicIntent",
        "slots": {"topic": {"value": "shoes", "id": None}},
        "score": 0.75,
    }


def test_locale_changes_the_answer(
    resolve_cli: Callable[..., int], capsys: pytest.CaptureFixture[str]
) -> None:
    resolve_cli("resolve", "--locale", "en-GB", "can i take nurofen")
    resolve_cli("resolve", "--locale", "en-US", "can i take nurofen")
    british, american = lines(capsys)
    assert british["slots"] == {"topic": {"value": "nurofen", "id": "PAINKILLERS"}}
    assert american["slots"] == {"topic": {"value": "nurofen", "id": None}}


def test_calibrate_prints_the_band(
    resolve_cli: Callable[..., int], capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    assert resolve_cli("nlu-calibrate") == 0
    out = capsys.readouterr().out
    assert out.startswith("best threshold ")
    assert f"shipped {THRESHOLD:.2f} with {UNKNOWN_PENALTY:.2f}" in out
    assert "with unknown-word penalty " in out
