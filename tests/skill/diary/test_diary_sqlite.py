"""What only the SQLite store has: the file, its schema version and migrations, WAL, purging,
and a locked file."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from diary_support import FakeClock

from skill.diary import Owner, StoreError, new_entry
from skill.diary.entries import iso_utc
from skill.diary.sqlite_store import MIGRATIONS, SCHEMA_VERSION, SqliteDiaryStore, migrate

ALICE = Owner.from_alexa("amzn1.ask.account.ALICE")


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        version: int = connection.execute("PRAGMA user_version").fetchone()[0]
    return version


def test_a_new_file_is_created_in_wal_mode_at_the_current_schema(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "deep" / "folder" / "diary.db"
    store = SqliteDiaryStore(path, clock=clock)
    assert not path.exists()  # nothing happens before first use

    store.add(ALICE, new_entry(now=clock()))

    assert user_version(path) == SCHEMA_VERSION >= 2
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_version_1_file_is_migrated_and_keeps_its_entries(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "diary.db"
    connection = sqlite3.connect(path, isolation_level=None)
    assert migrate(connection, target=1) == 0
    when = clock() - timedelta(hours=3)
    connection.execute(
        "INSERT INTO entries (user, person, entry_id, at, leg, muscle, duration_seconds, count) "
        "VALUES (?, ?, ?, ?, 'LEFT', 'CALF', 60, 2)",
        (ALICE.user, ALICE.person, f"{iso_utc(when)}#0123456789ab", iso_utc(when)),
    )
    connection.close()
    assert user_version(path) == 1

    store = SqliteDiaryStore(path, clock=clock)
    (entry,) = store.list(ALICE)

    assert user_version(path) == SCHEMA_VERSION
    assert (entry.when, entry.logged_at, entry.count, entry.muscle) == (when, when, 2, "CALF")
    clock.advance(timedelta(minutes=1))
    newer = new_entry(now=clock(), when=when - timedelta(hours=1))
    store.add(ALICE, newer)
    assert store.delete_last(ALICE) == newer  # logged_at, the column version 2 added, works


def test_migrating_twice_changes_nothing(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "diary.db", isolation_level=None)
    assert migrate(connection) == 0
    assert migrate(connection) == len(MIGRATIONS)
    connection.close()


def test_a_file_from_a_newer_program_is_refused_not_guessed_at(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "diary.db"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")

    with pytest.raises(StoreError, match="newer"):
        SqliteDiaryStore(path, clock=clock).list(ALICE)


def test_expired_rows_are_purged_from_the_file(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "diary.db"
    store = SqliteDiaryStore(path, retention_days=400, clock=clock)
    store.add(ALICE, new_entry(now=clock()))
    store.add(Owner.from_alexa("amzn1.ask.account.BOB"), new_entry(now=clock()))
    clock.advance(timedelta(days=401))

    store.add(ALICE, new_entry(now=clock()))

    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 1


def test_a_locked_file_raises_store_error_after_the_busy_timeout(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "diary.db"
    SqliteDiaryStore(path, clock=clock).list(ALICE)  # create it
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        store = SqliteDiaryStore(path, clock=clock, busy_seconds=0.05)
        with pytest.raises(StoreError, match="locked"):
            store.add(ALICE, new_entry(now=clock()))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    SqliteDiaryStore(path, clock=clock).add(ALICE, new_entry(now=clock()))  # fine once released


def test_the_file_holds_digests_never_raw_ids(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "diary.db"
    owner = Owner.from_alexa("amzn1.ask.account.ALICE", "amzn1.ask.person.ME")
    SqliteDiaryStore(path, clock=clock).add(owner, new_entry(now=clock(), leg="LEFT"))

    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("diary.db"))

    assert b"amzn1" not in raw
    assert owner.user.encode() in raw
