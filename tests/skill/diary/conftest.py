"""Fixtures for the diary: a settable clock, and one ``store_kit`` per real store (SQLite on
disk, DynamoDB's API served by dynalite, ``tests.support.dynalite``) for the behaviour suite."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from diary_support import FakeClock, StoreKit

from skill.diary.dynamo_store import DynamoDiaryStore
from skill.diary.sqlite_store import SqliteDiaryStore
from tests.support.dynalite import aws_env, dynalite, dynamo_table

__all__ = ["aws_env", "dynalite", "dynamo_table"]  # fixtures this folder's tests use


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=["sqlite", "dynamodb"])
def store_kit(request: pytest.FixtureRequest, tmp_path: Path) -> StoreKit:
    if request.param == "sqlite":
        path = tmp_path / "data" / "diary.db"
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("a file where the diary's folder should be\n")
        return StoreKit(
            kind="sqlite",
            make=lambda clock, retention_days=400: SqliteDiaryStore(
                path, retention_days=retention_days, clock=clock
            ),
            broken=lambda: SqliteDiaryStore(blocker / "diary.db"),
        )
    table: str = request.getfixturevalue("dynamo_table")
    return StoreKit(
        kind="dynamodb",
        make=lambda clock, retention_days=400: DynamoDiaryStore(
            table, retention_days=retention_days, clock=clock
        ),
        broken=lambda: DynamoDiaryStore(f"missing-{uuid.uuid4().hex}"),
    )
