"""The application-id check: every id the envelope carries must be this skill's."""

from __future__ import annotations

from typing import Any

import pytest

from skill.web.verification import ApplicationIdCheck, RequestRejected, application_ids

OURS = "amzn1.ask.skill.ours"
THEIRS = "amzn1.ask.skill.theirs"


def envelope(context_id: str | None, session_id: str | None) -> Any:
    def holder(app_id: str | None) -> Any:
        return {"application": {"applicationId": app_id}}

    found: dict[str, Any] = {}
    if context_id is not None:
        found["context"] = {"System": holder(context_id)}
    if session_id is not None:
        found["session"] = holder(session_id)
    return found


@pytest.mark.parametrize(("context_id", "session_id"), [(OURS, OURS), (OURS, None), (None, OURS)])
def test_our_id_wherever_it_appears_passes(context_id: str | None, session_id: str | None) -> None:
    ApplicationIdCheck(OURS).verify({}, b"{}", envelope(context_id, session_id))


@pytest.mark.parametrize(
    ("context_id", "session_id", "reason"),
    [
        (THEIRS, THEIRS, "request is for another skill"),
        (OURS, THEIRS, "request is for another skill"),
        (THEIRS, OURS, "request is for another skill"),
        (None, None, "request has no application id"),
    ],
)
def test_a_foreign_or_missing_id_is_rejected(
    context_id: str | None, session_id: str | None, reason: str
) -> None:
    with pytest.raises(RequestRejected) as caught:
        ApplicationIdCheck(OURS).verify({}, b"{}", envelope(context_id, session_id))
    assert caught.value.reason == reason


def test_both_places_are_read() -> None:
    assert application_ids(envelope(OURS, THEIRS)) == [OURS, THEIRS]
