"""The timestamp check on its own: the 150 s window both ways, and timestamps it cannot trust."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from skill.web.verification import RequestRejected, TimestampCheck

NOW = datetime(2030, 1, 1, tzinfo=UTC)


def check(stamp: Any) -> None:
    """The check on an envelope whose ``request.timestamp`` is ``stamp`` (a time is sent as ISO)."""
    sent = stamp.isoformat() if isinstance(stamp, datetime) else stamp
    TimestampCheck(lambda: NOW).verify({}, b"{}", {"request": {"timestamp": sent}})


@pytest.mark.parametrize("offset", [0, 1, 149, 150, -149, -150])
def test_inside_the_window_passes(offset: int) -> None:
    check(NOW - timedelta(seconds=offset))


@pytest.mark.parametrize("offset", [151, -151, 150.001, -150.001, 86400])
def test_outside_the_window_is_rejected(offset: float) -> None:
    with pytest.raises(RequestRejected, match="150 s"):
        check(NOW - timedelta(seconds=offset))


def test_other_time_zones_are_compared_as_instants() -> None:
    same_instant = NOW.astimezone(timezone(timedelta(hours=2)))
    assert same_instant.hour == 2
    check(same_instant)
    with pytest.raises(RequestRejected):
        check(same_instant.replace(tzinfo=UTC))


@pytest.mark.parametrize(
    ("stamp", "reason"),
    [
        (None, "request has no timestamp"),
        (1893456000, "request has no timestamp"),
        ("yesterday", "request timestamp is not a time"),
        (NOW.replace(tzinfo=None), "request timestamp has no time zone"),
    ],
)
def test_missing_or_naive_timestamps_are_rejected(stamp: Any, reason: str) -> None:
    with pytest.raises(RequestRejected) as caught:
        check(stamp)
    assert caught.value.reason == reason
