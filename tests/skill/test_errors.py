from __future__ import annotations

from typing import Any

import pytest

from legcramp.contract import speech_of
from skill.dialog.conversation import Conversation
from skill.speech.catalog import speech_catalog
from tests.conftest import Invoke, load_request


@pytest.fixture
def broken_conversation(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*_: Any, **__: Any) -> Any:
        raise RuntimeError("forced failure")

    monkeypatch.setattr(Conversation, "reply", explode)


@pytest.mark.usefixtures("broken_conversation")
def test_a_failing_handler_still_gets_a_spoken_apology(invoke: Invoke) -> None:
    body = invoke(load_request("causes"))["response"]
    assert speech_of(body) == speech_catalog("en-US").text("error.speech")
    assert body["shouldEndSession"] is True


@pytest.mark.usefixtures("broken_conversation")
def test_the_apology_survives_a_broken_speech_catalogue(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_catalogue(_: object) -> Any:
        raise OSError("locale files unreadable")

    monkeypatch.setattr("skill.errors.speech_catalog", no_catalogue)
    body = invoke(load_request("stretch"))["response"]
    assert speech_of(body) == speech_catalog(None).text("error.speech")


def test_a_failure_while_ending_a_session_stays_silent(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*_: Any, **__: Any) -> Any:
        raise RuntimeError("forced failure")

    monkeypatch.setattr("skill.session.handlers.SessionEndedRequestHandler.handle", explode)
    assert invoke(load_request("session_ended_error"))["response"] == {}
