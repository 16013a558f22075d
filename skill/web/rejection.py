"""The one exception every request check raises: SkillAdapter turns it into HTTP 400."""

from __future__ import annotations

import logging

from skill.web.flask_sdk import VerificationException


class RequestRejected(VerificationException):
    """A request that must not reach the skill.

    ``reason`` is the short phrase sent back in the 400 body; ``detail`` only goes to the log.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class OneLineRejections(logging.Filter):
    """Turns SkillAdapter's ERROR-with-traceback for each rejected request into one WARNING line.

    A rejection is routine (scanners, replays, clock skew); a traceback per request would let
    anyone fill the log.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite records about ``RequestRejected``; pass everything else through unchanged."""
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, RequestRejected):
            record.msg, record.args = "request rejected: %s", (str(error),)
            record.exc_info, record.exc_text = None, None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True
