"""The one respond path: every effect a reply can carry, on devices with and without a screen."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

from skill.dialog.effects import AskPermission, ElicitSlot, Remember, Screen
from skill.dialog.reply import Reply
from skill.dialog.state import DialogState
from skill.respond import respond
from skill.storage import SqliteAttributes
from tests.conftest import load_request

SERIALIZER = DefaultSerializer()


def handler_input(name: str, *, apl: bool = False, adapter: Any = None) -> HandlerInput:
    event = load_request(name)
    if apl:
        interfaces = event["context"]["System"]["device"]["supportedInterfaces"]
        interfaces["Alexa.Presentation.APL"] = {"runtime": {"maxVersion": "2024.2"}}
    envelope = SERIALIZER.deserialize(json.dumps(event), RequestEnvelope)
    manager = AttributesManager(request_envelope=envelope, persistence_adapter=adapter)
    return HandlerInput(request_envelope=envelope, attributes_manager=manager)


def reply(*effects: Any) -> Reply:
    return Reply(("Hello.",), None, None, DialogState(), effects)


def directives(response: Any) -> list[str]:
    return [type(d).__name__ for d in response.directives or ()]


SCREEN = Screen("night", {"type": "APL", "version": "2024.2"}, {"data": {"title": "x"}})


def test_a_screen_goes_only_to_a_device_that_renders_apl() -> None:
    assert directives(respond(handler_input("causes"), reply(SCREEN))) == []
    shown = respond(handler_input("causes", apl=True), reply(SCREEN))
    assert directives(shown) == ["RenderDocumentDirective"]
    assert shown.directives[0].document == {"type": "APL", "version": "2024.2"}


def test_elicit_slot_and_permission_requests_become_their_directives() -> None:
    response = respond(
        handler_input("cramp_now"),
        reply(ElicitSlot("muscle"), AskPermission("alexa::alerts:reminders:skill:readwrite", "t")),
    )
    assert directives(response) == ["ElicitSlotDirective", "SendRequestDirective"]
    ask = response.directives[1]
    assert ask.name == "AskFor"
    assert ask.payload["permissionScopes"][0]["permissionScope"].startswith("alexa::alerts")


def test_remember_writes_through_the_persistence_adapter(tmp_path: Path) -> None:
    store = SqliteAttributes(tmp_path / "store.db")
    response = respond(handler_input("causes", adapter=store), reply(Remember({"nights": 3})))
    assert response.output_speech is not None
    again = SqliteAttributes(tmp_path / "store.db")  # a new connection: it is on disk
    assert again.get_attributes(handler_input("causes").request_envelope) == {"nights": 3}


def test_a_storage_failure_still_answers_and_logs_without_ids(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.ERROR):
        response = respond(handler_input("causes"), reply(Remember({"nights": 3})))
    assert response.output_speech is not None
    assert "could not save" in caplog.text
    assert "amzn1.ask.account" not in caplog.text


def test_people_on_one_device_are_kept_apart(tmp_path: Path) -> None:
    store = SqliteAttributes(tmp_path / "store.db")
    alone = handler_input("causes").request_envelope
    store.save_attributes(alone, {"who": "account"})
    event = load_request("causes")
    event["context"]["System"]["person"] = {"personId": "amzn1.ask.person.SOMEONE"}
    person = SERIALIZER.deserialize(json.dumps(event), RequestEnvelope)
    assert store.get_attributes(person) == {}
    store.save_attributes(person, {"who": "person"})
    assert store.get_attributes(alone) == {"who": "account"}
    store.delete_attributes(person)
    assert store.get_attributes(person) == {}
