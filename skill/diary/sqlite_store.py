"""The diary in one SQLite file (standard library): the console's and the web endpoint's store.

One row per entry, so concurrent writers never overwrite each other. The file is in WAL mode
(readers never block the writer); every write is a short ``BEGIN IMMEDIATE`` transaction and each
connection waits up to ``busy_seconds`` for another writer's lock. A connection is opened per
operation, so the store is safe to share between threads and processes.

The schema version is ``PRAGMA user_version``. ``MIGRATIONS[i]`` takes a file from version ``i``
to ``i + 1``; an older file is brought up to date the first time it is used, inside one
exclusive transaction, so two processes opening it at once migrate it once.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from skill.diary.entries import DiaryEntry, Leg, Owner, iso_utc, parse_iso_utc, utc_now
from skill.diary.store import DEFAULT_RETENTION_DAYS, Clock, StoreError

LOG = logging.getLogger(__name__)

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 0 -> 1: the first diary table.
    (
        """CREATE TABLE entries (
            user TEXT NOT NULL,
            person TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            at TEXT NOT NULL,
            leg TEXT,
            muscle TEXT,
            duration_seconds INTEGER,
            count INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (user, person, entry_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX entries_at ON entries (at)",
    ),
    # 1 -> 2: when each entry was saved, so "delete my last entry" removes the one just logged.
    (
        "ALTER TABLE entries ADD COLUMN logged_at TEXT",
        "UPDATE entries SET logged_at = at WHERE logged_at IS NULL",
        "CREATE INDEX entries_logged ON entries (user, person, logged_at)",
    ),
    # 2 -> 3: notes kept beside a diary (when the doctor nudge was last said).
    (
        """CREATE TABLE notes (
            user TEXT NOT NULL,
            person TEXT NOT NULL,
            name TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (user, person, name)
        ) WITHOUT ROWID""",
    ),
)
NUDGED = "nudged"
SCHEMA_VERSION = len(MIGRATIONS)

_PREPARE_ATTEMPTS = 8

_COLUMNS = "entry_id, at, logged_at, leg, muscle, duration_seconds, count"


class SqliteDiaryStore:
    """``DiaryStore`` on one SQLite file at ``path`` (its folder is created on first use)."""

    def __init__(
        self,
        path: Path,
        *,
        retention_days: int = DEFAULT_RETENTION_DAYS,
        clock: Clock = utc_now,
        busy_seconds: float = 10.0,
    ) -> None:
        self.path = Path(path)
        self.retention_days = retention_days
        self._clock = clock
        self._busy_seconds = busy_seconds
        self._ready = False
        self._ready_lock = threading.Lock()

    # -- connections -------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(
            self.path, timeout=self._busy_seconds, isolation_level=None, check_same_thread=False
        )
        connection.execute(f"PRAGMA busy_timeout = {int(self._busy_seconds * 1000)}")
        return connection

    def _prepare(self) -> None:
        with self._ready_lock:
            if self._ready:
                return
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Switching a new file to WAL takes an exclusive lock, and SQLite answers "database is
            # locked" at once (without its busy handler) when two processes create the file
            # together; the loser tries again after the winner, which has then done the work.
            for attempt in range(_PREPARE_ATTEMPTS):
                connection = self._connect()
                try:
                    connection.execute("PRAGMA journal_mode = WAL")
                    migrate(connection)
                    break
                except sqlite3.OperationalError:
                    if attempt + 1 == _PREPARE_ATTEMPTS:
                        raise
                finally:
                    connection.close()
                time.sleep(0.05 * (attempt + 1))
            self._ready = True

    @contextmanager
    def _session(self, action: str, *, write: bool) -> Iterator[sqlite3.Connection]:
        """A connection in a transaction (``BEGIN IMMEDIATE`` for writes), committed on success;
        any failure becomes ``StoreError`` and one log line without IDs."""
        try:
            self._prepare()
            connection = self._connect()
        except (OSError, sqlite3.Error) as error:
            raise self._failed(action, error) from error
        try:
            connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            yield connection
            connection.execute("COMMIT")
        except (OSError, sqlite3.Error) as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise self._failed(action, error) from error
        finally:
            connection.close()

    def _failed(self, action: str, error: Exception) -> StoreError:
        LOG.error("diary %s failed on SQLite: %s: %s", action, type(error).__name__, error)
        return StoreError(f"the diary could not {action}: {type(error).__name__}: {error}")

    def _cutoff(self) -> datetime:
        return self._clock() - timedelta(days=self.retention_days)

    # -- DiaryStore --------------------------------------------------------------------------

    def add(self, owner: Owner, entry: DiaryEntry) -> None:
        with self._session("save the entry", write=True) as connection:
            connection.execute("DELETE FROM entries WHERE at < ?", (iso_utc(self._cutoff()),))
            connection.execute(
                f"INSERT INTO entries (user, person, {_COLUMNS}) VALUES ({', '.join('?' * 9)})",
                (
                    owner.user,
                    owner.person,
                    entry.entry_id,
                    iso_utc(entry.when),
                    iso_utc(entry.logged_at),
                    None if entry.leg is None else str(entry.leg),
                    entry.muscle,
                    entry.duration_seconds,
                    entry.count,
                ),
            )

    def list(
        self, owner: Owner, since: datetime | None = None, until: datetime | None = None
    ) -> Sequence[DiaryEntry]:
        cutoff = self._cutoff()
        low = cutoff if since is None else max(since, cutoff)
        query = f"SELECT {_COLUMNS} FROM entries WHERE user = ? AND person = ? AND at >= ?"
        parameters: list[str] = [owner.user, owner.person, iso_utc(low)]
        if until is not None:
            query += " AND at < ?"
            parameters.append(iso_utc(until))
        with self._session("read the diary", write=False) as connection:
            rows = connection.execute(query + " ORDER BY at, entry_id", parameters).fetchall()
        return tuple(_entry(row) for row in rows)

    def replace(self, owner: Owner, entry: DiaryEntry) -> bool:
        with self._session("save the entry", write=True) as connection:
            cursor = connection.execute(
                "UPDATE entries SET at = ?, leg = ?, muscle = ?, duration_seconds = ?, count = ? "
                "WHERE user = ? AND person = ? AND entry_id = ?",
                (
                    iso_utc(entry.when),
                    None if entry.leg is None else str(entry.leg),
                    entry.muscle,
                    entry.duration_seconds,
                    entry.count,
                    owner.user,
                    owner.person,
                    entry.entry_id,
                ),
            )
            return cursor.rowcount == 1

    def last_nudged(self, owner: Owner) -> datetime | None:
        with self._session("read the diary", write=False) as connection:
            row = connection.execute(
                "SELECT at FROM notes WHERE user = ? AND person = ? AND name = ? AND at >= ?",
                (owner.user, owner.person, NUDGED, iso_utc(self._cutoff())),
            ).fetchone()
        return None if row is None else parse_iso_utc(row[0])

    def mark_nudged(self, owner: Owner, at: datetime) -> None:
        with self._session("save the note", write=True) as connection:
            connection.execute(
                "INSERT INTO notes (user, person, name, at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (user, person, name) DO UPDATE SET at = excluded.at",
                (owner.user, owner.person, NUDGED, iso_utc(at)),
            )

    def delete_last(self, owner: Owner) -> DiaryEntry | None:
        with self._session("delete the last entry", write=True) as connection:
            row = connection.execute(
                f"SELECT {_COLUMNS} FROM entries WHERE user = ? AND person = ? AND at >= ? "
                "ORDER BY logged_at DESC, entry_id DESC LIMIT 1",
                (owner.user, owner.person, iso_utc(self._cutoff())),
            ).fetchone()
            if row is None:
                return None
            connection.execute(
                "DELETE FROM entries WHERE user = ? AND person = ? AND entry_id = ?",
                (owner.user, owner.person, row[0]),
            )
        return _entry(row)

    def delete_all(self, owner: Owner) -> int:
        with self._session("delete the diary", write=True) as connection:
            cursor = connection.execute(
                "DELETE FROM entries WHERE user = ? AND person = ?", (owner.user, owner.person)
            )
            deleted = cursor.rowcount
            connection.execute(
                "DELETE FROM notes WHERE user = ? AND person = ?", (owner.user, owner.person)
            )
            return deleted

    def delete_user(self, owner: Owner) -> int:
        with self._session("delete the user's diaries", write=True) as connection:
            cursor = connection.execute("DELETE FROM entries WHERE user = ?", (owner.user,))
            deleted = cursor.rowcount
            connection.execute("DELETE FROM notes WHERE user = ?", (owner.user,))
            return deleted


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the file up to schema ``target`` in one exclusive transaction; return the version
    it was at. A file newer than this code is refused rather than guessed at."""
    connection.execute("BEGIN EXCLUSIVE")
    try:
        version: int = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(
                f"diary schema {version} is newer than this program's {SCHEMA_VERSION}"
            )
        for step in range(version, target):
            for statement in MIGRATIONS[step]:
                connection.execute(statement)
        if target > version:
            connection.execute(f"PRAGMA user_version = {int(target)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return version


def _entry(row: tuple[str, str, str, str | None, str | None, int | None, int]) -> DiaryEntry:
    entry_id, at, logged_at, leg, muscle, duration_seconds, count = row
    return DiaryEntry(
        entry_id=entry_id,
        when=parse_iso_utc(at),
        logged_at=parse_iso_utc(logged_at),
        leg=None if leg is None else Leg(leg),
        muscle=muscle,
        duration_seconds=duration_seconds,
        count=count,
    )
