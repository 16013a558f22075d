"""Where diaries are kept: one interface, two real databases, one setting to choose.

``DIARY_STORE=sqlite:///path/to/diary.db`` (the default, at ``default_sqlite_path()``) or
``DIARY_STORE=dynamodb://TABLE`` (boto3's ``AWS_ENDPOINT_URL_DYNAMODB`` and region variables
apply). ``open_store`` does no I/O and imports neither boto3 nor the SQLite module's work: a store
connects on first use, so a request that never touches the diary pays nothing for it.

Every storage failure (throttling, a missing table, a locked file, a full disk, a folder that
cannot be written) surfaces as ``StoreError``, so a caller can still give its advice and say the
diary could not be saved. Failures are logged by the stores with the error's kind only, never a
user or person ID (they hold digests anyway).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol

from skill.diary.entries import DiaryEntry, Owner, utc_now
from skill.settings import DEFAULT_RETENTION_DAYS, local_store_path

__all__ = [
    "DEFAULT_RETENTION_DAYS",
    "Clock",
    "DiaryStore",
    "StoreError",
    "default_sqlite_path",
    "open_store",
]
Clock = Callable[[], datetime]


class StoreError(Exception):
    """The diary could not be read or written. The message never holds a user or person ID."""


class DiaryStore(Protocol):
    """Diaries keyed by ``Owner``. Entries older than the store's retention (days, counted back
    from its clock) are never returned and are purged (SQLite) or expire (DynamoDB TTL).
    Every method raises ``StoreError`` on a storage failure."""

    retention_days: int

    def add(self, owner: Owner, entry: DiaryEntry) -> None:
        """Save one entry; two writers adding at once both keep theirs."""
        ...

    def list(
        self, owner: Owner, since: datetime | None = None, until: datetime | None = None
    ) -> Sequence[DiaryEntry]:
        """``owner``'s entries with ``since <= when < until``, oldest first (``since`` defaults
        to the retention limit, ``until`` to no limit)."""
        ...

    def replace(self, owner: Owner, entry: DiaryEntry) -> bool:
        """Overwrite the stored entry with ``entry.entry_id`` (its leg, say, added afterwards);
        False, and nothing written, when that entry is no longer there."""
        ...

    def last_nudged(self, owner: Owner) -> datetime | None:
        """When ``owner`` was last told a doctor's appointment may help (None: never, or that
        note has passed retention or was deleted with the diary)."""
        ...

    def mark_nudged(self, owner: Owner, at: datetime) -> None:
        """Note that ``owner`` was told at ``at`` (the nudge is said once, not every time)."""
        ...

    def delete_last(self, owner: Owner) -> DiaryEntry | None:
        """Delete the entry logged most recently (by ``logged_at``) and return it; None if the
        diary is empty."""
        ...

    def delete_all(self, owner: Owner) -> int:
        """Delete ``owner``'s whole diary (and its nudge note); return how many entries went."""
        ...

    def delete_user(self, owner: Owner) -> int:
        """Delete every diary under ``owner.user``, each person's too (``owner.person`` is
        ignored): what ``AlexaSkillEvent.SkillDisabled`` asks for. Return how many went."""
        ...


def default_sqlite_path() -> Path:
    """``$XDG_DATA_HOME/leg-cramp-helper/diary.db``; without that variable, the same under
    ``~/.local/share`` (the one definition is ``skill.settings.local_store_path``)."""
    return local_store_path()


def open_store(
    url: str | None,
    *,
    retention_days: int = DEFAULT_RETENTION_DAYS,
    clock: Clock = utc_now,
) -> DiaryStore:
    """The store a ``DIARY_STORE`` value names; None means SQLite at ``default_sqlite_path()``.

    ``sqlite:///abs/path.db`` (``sqlite://rel/path.db`` is relative; ``~`` expands) or
    ``dynamodb://TABLE``. Raises ``ValueError`` for anything else (a configuration error, to be
    reported at start-up), never ``StoreError``: nothing is opened yet.
    """
    if retention_days < 1:
        raise ValueError("retention_days must be at least 1")
    if url is None or not url.strip():
        from skill.diary.sqlite_store import SqliteDiaryStore  # noqa: PLC0415

        return SqliteDiaryStore(default_sqlite_path(), retention_days=retention_days, clock=clock)
    scheme, separator, rest = url.strip().partition("://")
    if separator and scheme == "sqlite" and rest:
        from skill.diary.sqlite_store import SqliteDiaryStore  # noqa: PLC0415

        path = Path(rest).expanduser()
        return SqliteDiaryStore(path, retention_days=retention_days, clock=clock)
    if separator and scheme == "dynamodb" and rest and "/" not in rest:
        from skill.diary.dynamo_store import DynamoDiaryStore  # noqa: PLC0415 - boto3 on use

        return DynamoDiaryStore(rest, retention_days=retention_days, clock=clock)
    raise ValueError(
        "DIARY_STORE must be sqlite:///path/to/diary.db or dynamodb://TABLE, "
        f"not {url.strip()[:80]!r}"
    )
