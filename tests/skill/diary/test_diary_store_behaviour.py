"""One behaviour suite, run on both real stores: SQLite on disk and DynamoDB's API (dynalite)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from diary_support import FakeClock, StoreKit

from skill.diary import Leg, Owner, StoreError, last_nights, new_entry, summarise
from skill.diary.entries import DiaryEntry

ALICE = Owner.from_alexa("amzn1.ask.account.ALICE")
BOB = Owner.from_alexa("amzn1.ask.account.BOB")
# Two people recognised by voice on Alice's bedroom speaker.
ALICE_ME = Owner.from_alexa("amzn1.ask.account.ALICE", "amzn1.ask.person.ME")
ALICE_PARTNER = Owner.from_alexa("amzn1.ask.account.ALICE", "amzn1.ask.person.PARTNER")


def log(store_clock: FakeClock, hours_ago: float = 0, **slots: object) -> DiaryEntry:
    now = store_clock()
    return new_entry(now=now, when=now - timedelta(hours=hours_ago), **slots)  # type: ignore[arg-type]


def test_an_entry_comes_back_as_it_was_saved(store_kit: StoreKit, clock: FakeClock) -> None:
    store = store_kit.make(clock)
    full = log(clock, 5, leg="LEFT", muscle="CALF", duration_seconds=90, count=2)
    bare = log(clock, 1)
    store.add(ALICE, bare)
    store.add(ALICE, full)

    assert store.list(ALICE) == (full, bare)  # oldest first, every field intact
    assert store.list(ALICE)[0].leg is Leg.LEFT


def test_list_keeps_to_since_and_until(store_kit: StoreKit, clock: FakeClock) -> None:
    store = store_kit.make(clock)
    old, middle, recent = log(clock, 48), log(clock, 24), log(clock, 1)
    for entry in (old, middle, recent):
        store.add(ALICE, entry)

    assert store.list(ALICE, since=middle.when) == (middle, recent)
    assert store.list(ALICE, until=middle.when) == (old,)  # until is exclusive
    assert store.list(ALICE, since=old.when, until=recent.when) == (old, middle)


def test_summary_counts_what_was_stored(store_kit: StoreKit, clock: FakeClock) -> None:
    store = store_kit.make(clock)
    # This week: three nights with cramps (one with two), mostly the right leg; before: one.
    for hours_ago, leg, count in ((6, "RIGHT", 2), (30, "RIGHT", 1), (78, "LEFT", 1)):
        store.add(ALICE, log(clock, hours_ago, leg=leg, count=count))
    store.add(ALICE, log(clock, 24 * 9, leg="LEFT"))
    period = last_nights(clock())

    entries = store.list(ALICE, since=period.previous().start, until=period.end)
    summary = summarise(entries, period)

    assert (summary.cramps, summary.entries, summary.nights_with_cramps) == (4, 3, 3)
    assert summary.usual_leg is Leg.RIGHT
    assert summary.previous_cramps == 1


def test_delete_last_removes_the_entry_logged_last(store_kit: StoreKit, clock: FakeClock) -> None:
    store = store_kit.make(clock)
    earlier = log(clock, 1)
    store.add(ALICE, earlier)
    clock.advance(timedelta(minutes=10))
    back_dated = log(clock, 30)  # "I had a cramp last night", said after the other one
    store.add(ALICE, back_dated)

    assert store.delete_last(ALICE) == back_dated
    assert store.list(ALICE) == (earlier,)
    assert store.delete_last(ALICE) == earlier
    assert store.delete_last(ALICE) is None
    assert store.list(ALICE) == ()


def test_delete_all_empties_one_diary_only(store_kit: StoreKit, clock: FakeClock) -> None:
    store = store_kit.make(clock)
    for hours_ago in (1, 2, 3):
        store.add(ALICE, log(clock, hours_ago))
    bobs = log(clock, 2)
    store.add(BOB, bobs)

    assert store.delete_all(ALICE) == 3
    assert store.list(ALICE) == ()
    assert store.list(BOB) == (bobs,)
    assert store.delete_all(ALICE) == 0


def test_skill_disabled_deletes_every_diary_of_that_user(
    store_kit: StoreKit, clock: FakeClock
) -> None:
    store = store_kit.make(clock)
    for owner in (ALICE, ALICE_ME, ALICE_PARTNER, ALICE_PARTNER):
        store.add(owner, log(clock, 1))
    bobs = log(clock, 1)
    store.add(BOB, bobs)

    # SkillDisabled carries only the user ID: no person.
    assert store.delete_user(Owner.from_alexa("amzn1.ask.account.ALICE")) == 4
    for owner in (ALICE, ALICE_ME, ALICE_PARTNER):
        assert store.list(owner) == ()
    assert store.list(BOB) == (bobs,)


def test_entries_past_retention_are_not_returned(store_kit: StoreKit, clock: FakeClock) -> None:
    store = store_kit.make(clock, retention_days=30)
    old = log(clock, 1)
    store.add(ALICE, old)
    clock.advance(timedelta(days=29))
    recent = log(clock, 1)
    store.add(ALICE, recent)
    assert store.list(ALICE) == (old, recent)

    clock.advance(timedelta(days=1, hours=1))

    assert store.list(ALICE) == (recent,)
    assert store.list(ALICE, since=old.when - timedelta(days=1)) == (recent,)
    assert store.delete_last(ALICE) == recent
    assert store.delete_last(ALICE) is None  # the expired one is not "the last entry"


def test_two_users_are_kept_apart(store_kit: StoreKit, clock: FakeClock) -> None:
    store = store_kit.make(clock)
    alices, bobs = log(clock, 2, leg="LEFT"), log(clock, 1, leg="RIGHT")
    store.add(ALICE, alices)
    store.add(BOB, bobs)

    assert store.list(ALICE) == (alices,)
    assert store.list(BOB) == (bobs,)
    assert store.delete_last(BOB) == bobs
    assert store.list(ALICE) == (alices,)


def test_two_people_on_one_device_are_kept_apart(store_kit: StoreKit, clock: FakeClock) -> None:
    store = store_kit.make(clock)
    mine, partners, unrecognised = log(clock, 3), log(clock, 2), log(clock, 1)
    store.add(ALICE_ME, mine)
    store.add(ALICE_PARTNER, partners)
    store.add(ALICE, unrecognised)

    assert store.list(ALICE_ME) == (mine,)
    assert store.list(ALICE_PARTNER) == (partners,)
    assert store.list(ALICE) == (unrecognised,)
    assert store.delete_all(ALICE_PARTNER) == 1
    assert store.list(ALICE_ME) == (mine,)
    assert store.list(ALICE) == (unrecognised,)


def test_twenty_concurrent_writers_lose_no_entry(store_kit: StoreKit, clock: FakeClock) -> None:
    writers = 20
    start = threading.Barrier(writers)
    entries = [log(clock, 0) for _ in range(writers)]  # all at the same moment

    def write(entry: DiaryEntry) -> None:
        store = store_kit.make(clock)  # each writer its own store, as two devices would have
        start.wait(timeout=30)
        store.add(ALICE, entry)

    with ThreadPoolExecutor(max_workers=writers) as pool:
        for future in [pool.submit(write, entry) for entry in entries]:
            future.result()

    stored = store_kit.make(clock).list(ALICE)
    assert len(stored) == writers
    assert set(stored) == set(entries)


def test_a_failing_store_raises_store_error(store_kit: StoreKit, clock: FakeClock) -> None:
    store = store_kit.broken()
    with pytest.raises(StoreError):
        store.add(ALICE, log(clock))
    with pytest.raises(StoreError):
        store.list(ALICE)
    with pytest.raises(StoreError):
        store.delete_last(ALICE)
    with pytest.raises(StoreError):
        store.delete_all(ALICE)
    with pytest.raises(StoreError):
        store.delete_user(ALICE)


def test_store_errors_never_name_the_user(
    store_kit: StoreKit, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    store = store_kit.broken()
    with pytest.raises(StoreError) as raised:
        store.add(ALICE_ME, log(clock))

    text = str(raised.value) + caplog.text
    assert caplog.records, "a failure is logged"
    for secret in ("ALICE", "amzn1", ALICE_ME.user, ALICE_ME.person):
        assert secret not in text


def test_replace_overwrites_one_entry_and_only_if_it_is_still_there(
    store_kit: StoreKit, clock: FakeClock
) -> None:
    store = store_kit.make(clock)
    entry = log(clock, 1, muscle="CALF")
    other = log(clock, 2)
    store.add(ALICE, entry)
    store.add(ALICE, other)
    with_leg = DiaryEntry(
        entry.entry_id, entry.when, entry.logged_at, Leg.LEFT, entry.muscle, None, 1
    )

    assert store.replace(ALICE, with_leg) is True
    assert store.list(ALICE) == (other, with_leg)
    assert store.replace(BOB, with_leg) is False  # not Bob's entry: nothing written
    store.delete_all(ALICE)
    assert store.replace(ALICE, with_leg) is False
    assert store.list(ALICE) == ()


def test_the_nudge_note_is_per_person_and_goes_with_the_diary(
    store_kit: StoreKit, clock: FakeClock
) -> None:
    store = store_kit.make(clock, retention_days=30)
    assert store.last_nudged(ALICE_ME) is None
    store.add(ALICE_ME, log(clock, 1))
    store.mark_nudged(ALICE_ME, clock())
    store.mark_nudged(ALICE_PARTNER, clock())

    assert store.last_nudged(ALICE_ME) == clock()
    assert store.last_nudged(ALICE) is None
    assert store.list(ALICE_ME) == store.list(ALICE_ME, since=clock() - timedelta(days=1))
    assert store.delete_last(ALICE_ME) is not None  # the note is never "the last entry"
    assert store.delete_all(ALICE_ME) == 0  # the note is not counted as an entry
    assert store.last_nudged(ALICE_ME) is None
    assert store.last_nudged(ALICE_PARTNER) == clock()
    clock.advance(timedelta(days=31))
    assert store.last_nudged(ALICE_PARTNER) is None  # past retention
    store.mark_nudged(ALICE_PARTNER, clock())
    assert store.delete_user(ALICE) == 0
    assert store.last_nudged(ALICE_PARTNER) is None
