"""The person's one bedtime reminder, through the SDK's ``ReminderManagementServiceClient``.

Every reminder this skill creates is the bedtime stretch reminder, so the skill's own reminders
(``GET /v1/alerts/reminders`` lists only those) are the state: a second "remind me" updates the
first reminder instead of adding one, and nothing is kept in a store of ours. The SDK's service
modules are imported here, on the first request that needs them, never at cold start.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from skill.reminders.clock import ClockTime

if TYPE_CHECKING:
    from ask_sdk_core.handler_input import HandlerInput
    from ask_sdk_model.services.reminder_management import (
        ReminderManagementServiceClient,
        ReminderRequest,
    )

SCOPE = "alexa::alerts:reminders:skill:readwrite"
# The Reminders API's error code when the person has as many reminders as Alexa allows.
TOO_MANY_CODE = "MAX_REMINDERS_EXCEEDED"
_RULE_TIME = re.compile(r"BYHOUR=(\d{1,2});BYMINUTE=(\d{1,2})")


class Problem(StrEnum):
    """Why the Reminders API did not do what was asked; each has its own spoken answer."""

    NOT_PERMITTED = "not_permitted"  # 401: the person has not granted (or has withdrawn) it
    FORBIDDEN = "forbidden"  # 403: not allowed here (device or account)
    TOO_MANY = "too_many"  # MAX_REMINDERS_EXCEEDED
    THROTTLED = "throttled"  # 429
    UNAVAILABLE = "unavailable"  # 5xx, or the API could not be reached
    REJECTED = "rejected"  # any other refusal (400 …)


class ReminderError(Exception):
    """The Reminders API refused or failed; ``problem`` says how."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def has_consent(handler_input: HandlerInput) -> bool:
    """Whether the request carries a consent token (the person granted the skill permissions)."""
    system = getattr(handler_input.request_envelope.context, "system", None)
    permissions = getattr(getattr(system, "user", None), "permissions", None)
    return bool(getattr(permissions, "consent_token", None))


def set_bedtime(handler_input: HandlerInput, time: ClockTime, text: str, locale: str) -> bool:
    """Make the person's one bedtime reminder ring every day at ``time``, saying ``text``.

    Returns whether an existing reminder was moved (rather than a new one created). Raises
    ``ReminderError``.
    """
    client = _client(handler_input)
    request = _reminder_request(handler_input, time, text, locale)
    with _problems():
        existing = _tokens(client)
        if not existing:
            client.create_reminder(request)
            return False
        first, *extra = existing
        if not _updated(client, first, request):  # gone since it was listed: make it again
            client.create_reminder(request)
        for token in extra:  # never more than one: a duplicate made elsewhere goes
            client.delete_reminder(token)
        return True


def _updated(client: ReminderManagementServiceClient, token: str, request: ReminderRequest) -> bool:
    """Move reminder ``token``; ``False`` if the API no longer has it (404)."""
    from ask_sdk_model.services import ServiceException  # noqa: PLC0415

    try:
        client.update_reminder(token, request)
    except ServiceException as error:
        if error.status_code == 404:
            return False
        raise
    return True


def cancel(handler_input: HandlerInput) -> bool:
    """Delete the bedtime reminder; whether there was one. Raises ``ReminderError``."""
    client = _client(handler_input)
    with _problems():
        existing = _tokens(client)
        for token in existing:
            client.delete_reminder(token)
    return bool(existing)


def current(handler_input: HandlerInput) -> ClockTime | None:
    """The time of the bedtime reminder, if one is on. Raises ``ReminderError``."""
    client = _client(handler_input)
    with _problems():
        listed = client.get_reminders()
    for reminder in getattr(listed, "alerts", None) or ():
        status = getattr(getattr(reminder, "status", None), "value", None)
        if status == "ON":
            return _time_of(reminder)
    return None


def _client(handler_input: HandlerInput) -> ReminderManagementServiceClient:
    _repair_sdk_model()
    factory = handler_input.service_client_factory
    if factory is None:  # no API client wired, or a request without an access token
        raise ReminderError(Problem.UNAVAILABLE)
    return factory.get_reminder_management_service()


# ask_sdk_model (1.82 and earlier) types ``AlertInfo.spokenInfo`` as a class in a module it does
# not ship, so the SDK cannot read back any reminder that has spoken text (every reminder):
# ``get_reminders`` raises SerializationException. The class it means is ``SpokenInfo``.
MISSING_SDK_MODULE = "ask_sdk_model.services.reminder_management.alert_info_spoken_info"


def _repair_sdk_model() -> None:
    """Let the SDK find ``SpokenInfo`` under the module name its ``AlertInfo`` model uses."""
    import sys  # noqa: PLC0415

    from ask_sdk_model.services.reminder_management import spoken_info  # noqa: PLC0415

    sys.modules.setdefault(MISSING_SDK_MODULE, spoken_info)


def _tokens(client: ReminderManagementServiceClient) -> list[str]:
    listed = client.get_reminders()
    alerts = getattr(listed, "alerts", None) or ()
    return [a.alert_token for a in alerts if isinstance(getattr(a, "alert_token", None), str)]


def _time_of(reminder: Any) -> ClockTime | None:
    """The time of day a reminder rings, from its rule (or its start)."""
    recurrence = getattr(getattr(reminder, "trigger", None), "recurrence", None)
    for rule in getattr(recurrence, "recurrence_rules", None) or ():
        match = _RULE_TIME.search(rule)
        if match is not None:
            return ClockTime.parse(f"{int(match[1]):02d}:{int(match[2]):02d}")
    start = getattr(recurrence, "start_date_time", None)
    return ClockTime(start.hour, start.minute) if isinstance(start, datetime) else None


@contextmanager
def _problems() -> Iterator[None]:
    """Turns the SDK's ``ServiceException`` into ``ReminderError`` with its ``Problem``."""
    from ask_sdk_model.services import ServiceException  # noqa: PLC0415

    try:
        yield
    except ServiceException as error:
        raise ReminderError(problem_of(error.status_code, error.body)) from error


def problem_of(status: int, body: object) -> Problem:
    """The problem an error response names: the too-many code first, then the status."""
    if _error_code(body) == TOO_MANY_CODE:
        return Problem.TOO_MANY
    if status == 401:
        return Problem.NOT_PERMITTED
    if status == 403:
        return Problem.FORBIDDEN
    if status == 429:
        return Problem.THROTTLED
    if status >= 500:
        return Problem.UNAVAILABLE
    return Problem.REJECTED


def _error_code(body: object) -> str | None:
    """The ``code`` of an error body: the SDK's ``Error`` model, or raw JSON it did not model."""
    if isinstance(body, str):
        try:
            body = json.loads(body)
        except ValueError:
            return None
    code = body.get("code") if isinstance(body, dict) else getattr(body, "code", None)
    return code if isinstance(code, str) else None


def _reminder_request(
    handler_input: HandlerInput, time: ClockTime, text: str, locale: str
) -> ReminderRequest:
    """A daily reminder at ``time`` in the device's time zone, starting on today's local date."""
    from ask_sdk_model.services.reminder_management import (  # noqa: PLC0415
        AlertInfo,
        PushNotification,
        PushNotificationStatus,
        Recurrence,
        ReminderRequest,
        SpokenInfo,
        SpokenText,
        Trigger,
        TriggerType,
    )

    now = _request_time(handler_input)
    zone = _time_zone(handler_input)
    start = datetime.combine(_local_date(now, zone), datetime.min.time()).replace(
        hour=time.hour, minute=time.minute
    )
    trigger = Trigger(
        object_type=TriggerType.SCHEDULED_ABSOLUTE,
        time_zone_id=zone,
        recurrence=Recurrence(start_date_time=start, recurrence_rules=[time.rule()]),
    )
    return ReminderRequest(
        request_time=now.replace(tzinfo=None, microsecond=0),
        trigger=trigger,
        alert_info=AlertInfo(
            spoken_info=SpokenInfo(content=[SpokenText(locale=locale, text=text)])
        ),
        push_notification=PushNotification(status=PushNotificationStatus.ENABLED),
    )


def _request_time(handler_input: HandlerInput) -> datetime:
    """When the request was made (UTC), from the envelope: the skill never reads a clock."""
    stamp = getattr(handler_input.request_envelope.request, "timestamp", None)
    if not isinstance(stamp, datetime):
        raise ReminderError(Problem.REJECTED)
    return stamp.astimezone(UTC) if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)


def _time_zone(handler_input: HandlerInput) -> str | None:
    """The device's time zone (Settings API); ``None`` lets the Reminders API use the device's."""
    from ask_sdk_model.services import ServiceException  # noqa: PLC0415

    system = getattr(handler_input.request_envelope.context, "system", None)
    device_id = getattr(getattr(system, "device", None), "device_id", None)
    factory = handler_input.service_client_factory
    if factory is None or not isinstance(device_id, str):
        return None
    try:
        zone = factory.get_ups_service().get_system_time_zone(device_id)
    except ServiceException:
        return None
    return zone if isinstance(zone, str) and zone else None


def _local_date(now: datetime, zone: str | None) -> date:
    """Today's date in ``zone`` (UTC's when the zone is unknown to this system)."""
    if zone is None:
        return now.date()
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # noqa: PLC0415

    try:
        return now.astimezone(ZoneInfo(zone)).date()
    except (ZoneInfoNotFoundError, ValueError):
        return now.date()
