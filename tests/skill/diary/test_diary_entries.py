"""Diary records: what ``new_entry`` accepts and rejects, and ``Owner`` digests."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from skill.diary import Field, InvalidEntry, Leg, Owner, Problem, new_entry
from skill.diary.entries import NO_PERSON, DiaryEntry

NOW = datetime(2025, 3, 10, 3, 12, tzinfo=UTC)


def test_an_entry_with_nothing_said_is_one_cramp_now() -> None:
    entry = new_entry(now=NOW)

    assert (entry.when, entry.logged_at, entry.count) == (NOW, NOW, 1)
    assert (entry.leg, entry.muscle, entry.duration_seconds) == (None, None, None)
    assert re.fullmatch(r"2025-03-10T03:12:00\.000000Z#[0-9a-f]{12}", entry.entry_id)


def test_slot_ids_pass_straight_in_and_times_become_utc() -> None:
    last_night = datetime(2025, 3, 9, 21, 30, tzinfo=timezone(timedelta(hours=-5)))

    entry = new_entry(
        now=NOW, when=last_night, leg="BOTH", muscle="THIGH_BACK", duration_seconds=300, count=2
    )

    assert entry.when == datetime(2025, 3, 10, 2, 30, tzinfo=UTC)
    assert entry.when.tzinfo is UTC
    assert (entry.leg, entry.muscle, entry.duration_seconds, entry.count) == (
        Leg.BOTH,
        "THIGH_BACK",
        300,
        2,
    )


def test_entries_made_at_the_same_moment_get_different_ids() -> None:
    assert len({new_entry(now=NOW).entry_id for _ in range(100)}) == 100


@pytest.mark.parametrize(
    ("slots", "field", "problem"),
    [
        ({"when": NOW + timedelta(hours=1)}, Field.WHEN, Problem.IN_FUTURE),
        ({"when": NOW - timedelta(days=32)}, Field.WHEN, Problem.TOO_OLD),
        ({"when": datetime(2025, 3, 10, 1, 0)}, Field.WHEN, Problem.NOT_UTC),  # naive
        ({"leg": "MIDDLE"}, Field.LEG, Problem.UNKNOWN),
        ({"leg": "?"}, Field.LEG, Problem.UNKNOWN),  # a slot Alexa could not resolve
        ({"muscle": "ARM"}, Field.MUSCLE, Problem.UNKNOWN),
        ({"duration_seconds": 5 * 3600}, Field.DURATION, Problem.TOO_LONG),
        ({"duration_seconds": 0}, Field.DURATION, Problem.TOO_SHORT),
        ({"count": 40}, Field.COUNT, Problem.TOO_MANY),
        ({"count": 0}, Field.COUNT, Problem.TOO_FEW),
    ],
)
def test_bad_input_is_rejected_with_the_field_and_the_problem(
    slots: dict[str, Any], field: Field, problem: Problem
) -> None:
    with pytest.raises(InvalidEntry) as raised:
        new_entry(now=NOW, **slots)

    assert (raised.value.field, raised.value.problem) == (field, problem)


def test_the_limits_themselves_are_accepted() -> None:
    entry = new_entry(
        now=NOW, when=NOW + timedelta(minutes=4), duration_seconds=3600, count=20
    )  # a device clock a little ahead; a full hour; twenty cramps
    assert (entry.duration_seconds, entry.count) == (3600, 20)


def test_a_stored_entry_must_be_in_utc() -> None:
    local = datetime(2025, 3, 10, 3, 0, tzinfo=timezone(timedelta(hours=1)))
    with pytest.raises(InvalidEntry):
        DiaryEntry(entry_id="x", when=local, logged_at=NOW)


def test_owner_keys_are_digests_never_the_raw_ids() -> None:
    owner = Owner.from_alexa("amzn1.ask.account.ALICE", "amzn1.ask.person.ME")

    assert re.fullmatch(r"[0-9a-f]{64}", owner.user)
    assert re.fullmatch(r"[0-9a-f]{64}", owner.person)
    assert "amzn1" not in repr(owner)


def test_one_diary_per_person_where_alexa_knows_the_voice_else_per_user() -> None:
    user = "amzn1.ask.account.ALICE"
    me, partner = Owner.from_alexa(user, "p.ME"), Owner.from_alexa(user, "p.PARTNER")
    nobody = Owner.from_alexa(user)

    assert me.user == partner.user == nobody.user
    assert len({me.person, partner.person, nobody.person}) == 3
    assert nobody.person == NO_PERSON
    assert Owner.from_alexa(user, "p.ME") == me  # stable across requests
    assert Owner.from_alexa("amzn1.ask.account.BOB", "p.ME").person != me.person
    assert Owner.from_alexa(user, "") == nobody


def test_an_owner_needs_a_user_id() -> None:
    with pytest.raises(ValueError, match="user ID"):
        Owner.from_alexa("")
