"""Request envelopes the SDK cannot read are rejected requests (400), not skill failures (500).

``WebserviceSkillHandler`` deserialises the body before it runs the verifiers, and SkillAdapter
turns any other error into a 500. Wrapping the skill's serializer turns a malformed envelope into
``RequestRejected`` instead; everything else (response serialisation, service-client payloads)
passes through untouched. Request types the SDK has no model for are refused the same way.
"""

from __future__ import annotations

from typing import Any

from ask_sdk_model import RequestEnvelope
from ask_sdk_model.services import Serializer

from skill.web.rejection import RequestRejected


class EnvelopeSerializer(Serializer):
    """Delegates to ``inner``; only a failed ``RequestEnvelope`` read changes meaning."""

    def __init__(self, inner: Serializer) -> None:
        self._inner = inner

    def serialize(self, obj: Any) -> Any:
        """Whatever ``inner`` makes of ``obj``."""
        return self._inner.serialize(obj)

    def deserialize(self, payload: str | None, obj_type: Any) -> Any:
        """``inner``'s object, or ``RequestRejected`` for an unreadable request envelope."""
        if obj_type is not RequestEnvelope:
            return self._inner.deserialize(payload, obj_type)
        try:
            return self._inner.deserialize(payload, obj_type)
        # The body is unauthenticated at this point: whatever the SDK trips over in it (its own
        # SerializationException, or e.g. RecursionError on deep nesting) is the sender's fault.
        except Exception as exc:
            raise RequestRejected("request envelope is malformed", repr(exc)) from exc
