"""How a request reaches the diary: the store ``Settings.store`` names, whose diary it is, the
clock and the listener's time zone. The builder makes one ``DiaryAccess`` per skill and an
interceptor hands it to every request; nothing here opens a file or imports boto3 until a
handler asks for the store.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput

from skill.settings import Settings

if TYPE_CHECKING:
    from skill.diary.entries import Owner
    from skill.diary.store import DiaryStore

logger = logging.getLogger(__name__)

ACCESS_KEY = "diary"
Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class NoStore(Exception):  # noqa: N818 - reads as what it is: there is no store
    """This deployment keeps no diary (``DIARY_STORE`` is unset on Lambda)."""


class DiaryAccess:
    """The diary store of one skill instance, opened on first use, and its clock and zone."""

    def __init__(self, settings: Settings, clock: Clock = _utc_now) -> None:
        self._url = settings.store
        self._retention_days = settings.retention_days
        self._zone_name = settings.time_zone
        self.clock = clock
        self._store: DiaryStore | None = None
        self._zone: tzinfo | None = None
        self._lock = threading.Lock()

    @property
    def configured(self) -> bool:
        """Whether a store is configured at all."""
        return self._url is not None

    def store(self) -> DiaryStore:
        """The store (opened once; opening does no I/O). Raises ``NoStore`` when none is set."""
        if self._url is None:
            raise NoStore
        with self._lock:
            if self._store is None:
                from skill.diary.store import open_store  # noqa: PLC0415 - diary requests only

                self._store = open_store(
                    self._url, retention_days=self._retention_days, clock=self.clock
                )
            return self._store

    @property
    def zone(self) -> tzinfo:
        """The zone nights and spoken times are counted in (UTC if the name is unknown)."""
        if self._zone is None:
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # noqa: PLC0415

            try:
                self._zone = ZoneInfo(self._zone_name)
            except (ZoneInfoNotFoundError, ValueError):
                logger.warning("unknown DIARY_TIME_ZONE; diary nights are counted in UTC")
                self._zone = UTC
        return self._zone


class DiaryAccessInterceptor(AbstractRequestInterceptor):
    """Puts the skill's ``DiaryAccess`` into every request's attributes (no I/O)."""

    def __init__(self, access: DiaryAccess) -> None:
        self.access = access

    def process(self, handler_input: HandlerInput) -> None:
        handler_input.attributes_manager.request_attributes[ACCESS_KEY] = self.access


def diary_access(handler_input: HandlerInput) -> DiaryAccess:
    """This request's ``DiaryAccess`` (left by the interceptor)."""
    found = handler_input.attributes_manager.request_attributes.get(ACCESS_KEY)
    if not isinstance(found, DiaryAccess):
        raise LookupError("the diary interceptor did not run for this request")
    return found


def owner_of(handler_input: HandlerInput, *, person: bool = True) -> Owner:
    """Whose diary this request is about: the recognised person where Alexa names one (and
    ``person`` is true), else the account. Raises ``ValueError`` without a user ID."""
    from skill.diary.entries import Owner  # noqa: PLC0415 - hashlib only for diary requests

    system = getattr(handler_input.request_envelope.context, "system", None)
    user = getattr(getattr(system, "user", None), "user_id", None)
    person_id = getattr(getattr(system, "person", None), "person_id", None) if person else None
    return Owner.from_alexa(user if isinstance(user, str) else "", person_id)
