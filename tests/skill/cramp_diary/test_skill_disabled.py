"""Disabling the skill forgets the user: after ``AlexaSkillEvent.SkillDisabled`` (a real envelope
through the real Lambda handler) the store holds nothing of that user, each recognised person's
diary, nudge note and persistent attributes included, on SQLite (one file: the diary's tables and
the SDK adapter's) and on DynamoDB's API (dynalite: the diary table, the only thing kept there)."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Mapping
from pathlib import Path

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope
from voice_support import Device, DiaryKit, builtin, custom, owner

from skill.builder import make_skill, make_skill_builder
from skill.diary.entries import Owner
from skill.storage import SqliteAttributes
from tests.support.dynalite import dynamodb_client

PEOPLE = (None, "ME", "PARTNER")  # the account's own diary, and two voices Alexa recognises
LEFT = custom("left", "LEFT")


def remember(kit: DiaryKit, device: Device, values: Mapping[str, object]) -> None:
    """Save persistent attributes for the person ``device`` speaks for, through the skill's
    SQLite attributes adapter, keyed from a real envelope of that device."""
    envelope = device.factory.intent("AMAZON.HelpIntent")
    request = DefaultSerializer().deserialize(json.dumps(envelope), RequestEnvelope)
    SqliteAttributes(_sqlite_path(kit)).save_attributes(request, dict(values))


def held(kit: DiaryKit, user: str) -> dict[str, int]:
    """What the store holds for ``user``, read from the database itself: rows per SQLite table,
    or items in the user's DynamoDB partition."""
    digest = Owner.from_alexa(f"amzn1.ask.account.{user}").user
    if kit.url.startswith("dynamodb://"):
        answer = dynamodb_client().query(
            TableName=kit.url.removeprefix("dynamodb://"),
            KeyConditionExpression="pk = :pk",
            ExpressionAttributeValues={":pk": {"S": digest}},
            ConsistentRead=True,
        )
        return {"items": int(answer["Count"])}
    connection = sqlite3.connect(_sqlite_path(kit))
    try:
        return {
            "entries": connection.execute(
                "SELECT count(*) FROM entries WHERE user = ?", (digest,)
            ).fetchone()[0],
            "notes": connection.execute(
                "SELECT count(*) FROM notes WHERE user = ?", (digest,)
            ).fetchone()[0],
            "attributes": connection.execute(
                "SELECT count(*) FROM attributes_v1 WHERE substr(owner, 1, ?) = ?",
                (len(digest) + 1, f"{digest}/"),
            ).fetchone()[0],
        }
    finally:
        connection.close()


def _sqlite_path(kit: DiaryKit) -> Path:
    return Path(kit.url.removeprefix("sqlite:///"))


def keep_everything(kit: DiaryKit, user: str, person: str | None) -> None:
    """A diary entry, a nudge note and (where the skill wires an attributes adapter, SQLite)
    persistent attributes for one person of ``user``."""
    device = kit.device(user=user, person=person)
    device.say("LogCrampIntent", when=builtin("2025-03-09"), leg=LEFT)
    kit.store().mark_nudged(owner(user, person), kit.clock())
    if kit.url.startswith("sqlite:///"):
        remember(kit, device, {"bedtime": "21:30", "who": person or "account"})


def test_skill_disabled_leaves_nothing_of_that_user_in_the_store(kit: DiaryKit) -> None:
    for person in PEOPLE:
        keep_everything(kit, "ALICE", person)
    keep_everything(kit, "BOB", None)
    bob_before = held(kit, "BOB")
    assert all(held(kit, "ALICE").values())
    alice = kit.device()

    response = alice.send(alice.factory.skill_disabled())

    assert "outputSpeech" not in response["response"]
    assert set(held(kit, "ALICE").values()) == {0}
    assert held(kit, "BOB") == bob_before  # another user keeps everything


def test_only_the_sqlite_store_has_an_attributes_adapter(kit: DiaryKit) -> None:
    """Why the DynamoDB check above is the whole check: on that store no attributes adapter is
    wired (the diary keeps its own items), so there are no adapter rows to delete."""
    adapter = make_skill(make_skill_builder(kit.settings())).persistence_adapter
    if kit.url.startswith("dynamodb://"):
        assert adapter is None
    else:
        assert isinstance(adapter, SqliteAttributes)


def test_a_failing_store_still_answers_skill_disabled_and_logs_no_ids(
    kit: DiaryKit, caplog: pytest.LogCaptureFixture
) -> None:
    broken = kit.device(broken=True)
    with caplog.at_level(logging.INFO):
        response = broken.send(broken.factory.skill_disabled())
    assert "outputSpeech" not in response["response"]
    assert "delete on SkillDisabled failed" in caplog.text
    assert "amzn1.ask.account" not in caplog.text
    assert Owner.from_alexa("amzn1.ask.account.ALICE").user not in caplog.text
