"""What a request body must be before the SDK sees it: at most 128 KB of shallow JSON object.

The SDK's deserialiser and its attributes manager recurse into the body, so nesting deep enough
to exhaust Python's stack would be a 500 (and it happens before the signature is checked). Real
envelopes are about ten levels deep; anything past ``MAX_JSON_DEPTH`` is refused up front.
"""

from __future__ import annotations

import json
from typing import Any

MAX_BODY_BYTES = 128 * 1024
MAX_JSON_DEPTH = 64


def unreadable_body_reason(body: bytes) -> str | None:
    """Why ``body`` is not an acceptable JSON object, or ``None`` when it is one."""
    try:
        parsed = json.loads(body.decode("utf-8"))
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return "body is not JSON"
    if not isinstance(parsed, dict):
        return "body is not a JSON object"
    if nesting_exceeds(parsed, MAX_JSON_DEPTH):
        return f"body is nested deeper than {MAX_JSON_DEPTH} levels"
    return None


def nesting_exceeds(value: Any, limit: int) -> bool:
    """Whether objects and arrays in ``value`` nest more than ``limit`` deep (no recursion)."""
    pending: list[tuple[Any, int]] = [(value, 1)] if isinstance(value, dict | list) else []
    while pending:
        item, depth = pending.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item
        pending.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False
