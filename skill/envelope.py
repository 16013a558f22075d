"""Reading request envelopes: their timestamps without ``dateutil``, and envelopes that are
newer than the installed ``ask_sdk_model``."""

from __future__ import annotations

import json
import logging
from datetime import date, datetime
from typing import Any

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import Request, RequestEnvelope
from ask_sdk_model.services import Serializer

Json = dict[str, Any]

logger = logging.getLogger(__name__)

# What a request keeps when the rest of it cannot be read (see TolerantEnvelopeSerializer): the
# common fields, and what a night-screen button (UserEvent ``arguments``) and the answer to a
# permission request (Connections.Response ``name``, ``status``, ``payload``, ``token``) carry.
_REQUEST_ESSENTIALS = (
    "type",
    "requestId",
    "timestamp",
    "locale",
    "arguments",
    "name",
    "status",
    "payload",
    "token",
)


class UnmodelledRequest(Request):
    """A request of a type the installed ``ask_sdk_model`` does not model: common fields only."""

    def __init__(
        self,
        object_type: str,
        request_id: str | None = None,
        timestamp: datetime | None = None,
        locale: str | None = None,
    ) -> None:
        super().__init__(object_type, request_id, timestamp, locale)


class IsoTimestampSerializer(DefaultSerializer):
    """The SDK's serializer, reading ISO 8601 times with the standard library.

    The SDK reads every date and time with ``dateutil.parser``, whose import (with ``calendar``,
    ``locale`` and ``dateutil.relativedelta``) was the largest single cost of a first request,
    about 5 ms (``benchmarks/handler_latency.py``), paid for the request's ``timestamp``. Alexa
    sends ISO 8601 (``2026-11-29T14:02:34Z``), which ``datetime.fromisoformat`` reads; anything
    else still goes to the SDK's own reader. The SDK names that reader privately, so this
    overrides the mangled name; ``tests/skill/test_envelope.py`` fails if the SDK stops calling it.
    """

    def _DefaultSerializer__deserialize_datetime(  # noqa: N802  (the SDK's mangled name)
        self, payload: str, obj_type: type[date] | type[datetime]
    ) -> date | datetime:
        try:
            parsed = datetime.fromisoformat(payload)
        except (TypeError, ValueError):
            read = super()._DefaultSerializer__deserialize_datetime  # type: ignore[misc]
            found: date | datetime = read(payload, obj_type)
            return found
        return parsed.date() if obj_type is date else parsed


class TolerantEnvelopeSerializer(Serializer):
    """Reads request envelopes that are newer than the installed ``ask_sdk_model``.

    Alexa adds request types and enum values (end reasons, error types, status codes) before the
    SDK models them, and the SDK's deserializer raises on every one. When it does, the envelope is
    read again from its essentials: the session, ``context.System``, and the request's type, id,
    time, locale and intent name (and a UserEvent's arguments, a Connections.Response's answer).
    A type the SDK does not know at all, or whose essentials it still cannot read, becomes an
    ``UnmodelledRequest``, which the catch-all handler answers with silence. Everything else goes
    to ``inner`` unchanged, and an envelope whose request has no type still fails.
    """

    def __init__(self, inner: Serializer) -> None:
        self._inner = inner

    def serialize(self, obj: Any) -> Any:
        """Whatever ``inner`` makes of ``obj``."""
        return self._inner.serialize(obj)

    def deserialize(self, payload: str | None, obj_type: Any) -> Any:
        """``inner``'s object, or for a request envelope it cannot read, one from the essentials."""
        try:
            return self._read(payload, obj_type)
        except SerializationException:
            essentials = _essentials(payload) if obj_type is RequestEnvelope else None
            if essentials is None:
                raise
        envelope, request = essentials
        return self._read_essentials(envelope, request)

    def _read(self, payload: str | None, obj_type: Any) -> Any:
        return self._inner.deserialize(payload, obj_type)

    def _read_essentials(self, envelope: Json, request: Json) -> RequestEnvelope:
        timestamp = self._timestamp(request.pop("timestamp", None))
        read: RequestEnvelope
        try:
            read = self._read(json.dumps({**envelope, "request": request}), RequestEnvelope)
        except SerializationException:  # a request type this SDK does not model
            read = self._read(json.dumps(envelope), RequestEnvelope)
            read.request = UnmodelledRequest(
                request["type"],
                request_id=_text(request.get("requestId")),
                locale=_text(request.get("locale")),
            )
        if read.request is not None:
            read.request.timestamp = timestamp
        logger.info("request read from its essentials", extra={"request_type": request["type"]})
        return read

    def _timestamp(self, raw: object) -> datetime | None:
        if not isinstance(raw, str):
            return None
        try:
            parsed: datetime = self._read(json.dumps(raw), datetime)
        except SerializationException:
            return None
        return parsed


def _essentials(payload: str | None) -> tuple[Json, Json] | None:
    """The envelope less its request, and the request's essentials; ``None`` without a type."""
    try:
        event = json.loads(payload or "")
    except (ValueError, RecursionError):
        return None
    request = event.get("request") if isinstance(event, dict) else None
    if not isinstance(request, dict) or not isinstance(request.get("type"), str):
        return None
    essentials = {key: request[key] for key in _REQUEST_ESSENTIALS if key in request}
    intent = request.get("intent")
    if isinstance(intent, dict) and isinstance(intent.get("name"), str):
        essentials["intent"] = {"name": intent["name"]}
    context = event.get("context")
    system = context.get("System") if isinstance(context, dict) else None
    envelope = {"version": event.get("version"), "session": event.get("session")}
    return {**envelope, "context": {"System": system}}, essentials


def _text(value: object) -> str | None:
    return None if value is None else str(value)
