"""Check 2 of 3: the request is fresh (``request.timestamp`` within 150 s of now, either way)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from skill.web.clock import Clock
from skill.web.flask_sdk import AbstractVerifier
from skill.web.rejection import RequestRejected

if TYPE_CHECKING:
    from ask_sdk_model import RequestEnvelope

TOLERANCE = timedelta(seconds=150)


class TimestampVerifier(AbstractVerifier):
    """Rejects replays and clock-skewed requests, with time from the injected clock."""

    def __init__(self, clock: Clock, tolerance: timedelta = TOLERANCE) -> None:
        self._clock = clock
        self._tolerance = tolerance

    def verify(
        self,
        headers: Mapping[str, Any],
        serialized_request_env: str,
        deserialized_request_env: RequestEnvelope,
    ) -> None:
        """Raise ``RequestRejected`` unless the timestamp is within the tolerance."""
        request = deserialized_request_env.request
        stamp = getattr(request, "timestamp", None)
        if not isinstance(stamp, datetime):
            raise RequestRejected("request has no timestamp")
        if stamp.tzinfo is None or stamp.utcoffset() is None:
            raise RequestRejected("request timestamp has no time zone")
        if abs(self._clock() - stamp) > self._tolerance:
            raise RequestRejected("request timestamp is outside the 150 s tolerance")
