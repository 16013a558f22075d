"""The diary by voice on both real stores: one ``DiaryKit`` per store (SQLite on disk, DynamoDB's
API served by dynalite), each making real Lambda handlers with a clock the test moves."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from voice_support import DiaryKit, FakeClock

from tests.support.dynalite import aws_env, dynalite, dynamo_table

__all__ = ["aws_env", "dynalite", "dynamo_table"]  # fixtures this folder's tests use


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=["sqlite", "dynamodb"])
def kit(request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock) -> DiaryKit:
    if request.param == "sqlite":
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("a file where the diary's folder should be\n")
        return DiaryKit(
            f"sqlite:///{tmp_path / 'data' / 'diary.db'}",
            f"sqlite:///{blocker / 'diary.db'}",
            clock,
        )
    table: str = request.getfixturevalue("dynamo_table")
    return DiaryKit(f"dynamodb://{table}", f"dynamodb://missing-{uuid.uuid4().hex}", clock)
