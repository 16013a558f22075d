"""The body gate in front of the SDK: a JSON object, nested no deeper than the SDK can follow."""

from __future__ import annotations

import json
from typing import Any

import pytest

from skill.web.verification import MAX_JSON_DEPTH, RequestRejected, nesting_exceeds, read_body


def unreadable_body_reason(body: bytes) -> str | None:
    try:
        read_body(body)
    except RequestRejected as rejected:
        return rejected.reason
    return None


def nested(depth: int) -> Any:
    value: Any = 0
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


@pytest.mark.parametrize("depth", [0, 1, 10, MAX_JSON_DEPTH])
def test_nesting_up_to_the_limit_is_fine(depth: int) -> None:
    assert not nesting_exceeds(nested(depth), MAX_JSON_DEPTH)


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 5_000])
def test_nesting_past_the_limit_is_caught_without_recursion(depth: int) -> None:
    assert nesting_exceeds(nested(depth), MAX_JSON_DEPTH)


def test_depth_counts_the_deepest_branch_not_the_widest() -> None:
    wide = {str(n): [n] for n in range(1000)}
    assert not nesting_exceeds(wide, 2)
    assert nesting_exceeds({"a": wide, "b": nested(3)}, 3)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"{}", None),
        (json.dumps({"version": "1.0", "request": {"type": "LaunchRequest"}}).encode(), None),
        (b"", "body is not JSON"),
        (b"\xc3\x28", "body is not JSON"),
        (b"{'a': 1}", "body is not JSON"),
        (b"[" * 100_000, "body is not JSON"),
        (b"null", "body is not a JSON object"),
        (b"[{}]", "body is not a JSON object"),
        (
            json.dumps({"k": nested(MAX_JSON_DEPTH)}).encode(),
            "body is nested deeper than 64 levels",
        ),
    ],
)
def test_reasons(body: bytes, reason: str | None) -> None:
    assert unreadable_body_reason(body) == reason
