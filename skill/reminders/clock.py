"""A time of day as Alexa's ``AMAZON.TIME`` slot gives it, and the token that carries it."""

from __future__ import annotations

import re
from typing import NamedTuple

# AMAZON.TIME resolves "nine thirty p.m." to "21:30"; vague answers come as "EV", "NI", "MO"
# or "AF", which name no time a reminder could be set for.
_CLOCK = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")
# The permission request's token: the time the person asked for, so the reminder can be set
# when Alexa hands the answer back (``Connections.Response``) without any stored state.
TOKEN_PREFIX = "bedtime-reminder"


class ClockTime(NamedTuple):
    """A time of day on the 24-hour clock."""

    hour: int
    minute: int

    @classmethod
    def parse(cls, value: object) -> ClockTime | None:
        """``HH:MM`` as the slot gives it; ``None`` for anything else (vague or malformed)."""
        match = _CLOCK.fullmatch(value) if isinstance(value, str) else None
        return None if match is None else cls(int(match[1]), int(match[2]))

    def encode(self) -> str:
        """``HH:MM``."""
        return f"{self.hour:02d}:{self.minute:02d}"

    def token(self) -> str:
        """The permission request's token for this time."""
        return f"{TOKEN_PREFIX}:{self.encode()}"

    @classmethod
    def from_token(cls, token: object) -> ClockTime | None:
        """The time a permission request's token carries; ``None`` if it is not ours."""
        if not isinstance(token, str) or not token.startswith(f"{TOKEN_PREFIX}:"):
            return None
        return cls.parse(token.removeprefix(f"{TOKEN_PREFIX}:"))

    def rule(self) -> str:
        """The iCalendar rule of a reminder every day at this time."""
        return f"FREQ=DAILY;BYHOUR={self.hour};BYMINUTE={self.minute};BYSECOND=0;INTERVAL=1"
