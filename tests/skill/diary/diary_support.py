"""Helpers the diary tests share (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from skill.diary.store import DiaryStore
from tests.support.dynalite import dynamodb_client

__all__ = ["START", "FakeClock", "StoreKit", "dynamodb_client"]

START = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)  # a Monday morning


class FakeClock:
    """A clock the test moves by hand: ``clock()`` is ``clock.now``."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@dataclass
class StoreKit:
    """How the behaviour suite makes a store of one kind: working, or failing on every call."""

    kind: str
    make: Callable[..., DiaryStore]  # (clock, retention_days=...) -> store on the shared data
    broken: Callable[[], DiaryStore]
