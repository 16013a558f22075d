"""Check 3 of 3: the request is for this skill (every application id it carries is ours)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from skill.web.flask_sdk import AbstractVerifier
from skill.web.rejection import RequestRejected

if TYPE_CHECKING:
    from ask_sdk_model import RequestEnvelope


class ApplicationIdVerifier(AbstractVerifier):
    """Rejects requests for another skill before dispatch (the SDK's own check would give 500)."""

    def __init__(self, skill_id: str) -> None:
        self._skill_id = skill_id

    def verify(
        self,
        headers: Mapping[str, Any],
        serialized_request_env: str,
        deserialized_request_env: RequestEnvelope,
    ) -> None:
        """Raise ``RequestRejected`` unless the application ids are present and all ours."""
        ids = application_ids(deserialized_request_env)
        if not ids:
            raise RequestRejected("request has no application id")
        if any(found != self._skill_id for found in ids):
            raise RequestRejected("request is for another skill")


def application_ids(envelope: RequestEnvelope) -> list[str]:
    """``context.System.application.applicationId`` and ``session.application.applicationId``."""
    system = getattr(envelope.context, "system", None)
    holders = (getattr(system, "application", None), getattr(envelope.session, "application", None))
    return [
        str(holder.application_id)
        for holder in holders
        if holder is not None and holder.application_id is not None
    ]
