"""Real Alexa request envelopes, as the Alexa service would send them to the skill."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from legcramp.resolution import Resolution, ResolutionStatus, SlotResolution
from skill.names import TOPIC_SLOT_TYPE

CONSOLE_SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-00000000c0de"
API_ENDPOINT = "https://api.amazonalexa.com"

Json = dict[str, Any]


def _new_id(prefix: str) -> str:
    return f"{prefix}.{uuid.uuid4()}"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def slot_json(name: str, slot: SlotResolution, skill_id: str = CONSOLE_SKILL_ID) -> Json:
    """A filled custom slot with Alexa's entity-resolution block (a built-in slot: none)."""
    if slot.builtin:
        return {"name": name, "value": slot.value, "confirmationStatus": "NONE", "source": "USER"}
    authority: Json = {
        "authority": f"amzn1.er-authority.echo-sdk.{skill_id}.{TOPIC_SLOT_TYPE}",
        "status": {"code": slot.status.value},
    }
    if slot.status is ResolutionStatus.MATCH and slot.id is not None:
        authority["values"] = [{"value": {"name": slot.canonical or slot.value, "id": slot.id}}]
    return {
        "name": name,
        "value": slot.value,
        "confirmationStatus": "NONE",
        "source": "USER",
        "resolutions": {"resolutionsPerAuthority": [authority]},
    }


def intent_json(
    name: str, slots: Mapping[str, SlotResolution] | None = None, skill_id: str = CONSOLE_SKILL_ID
) -> Json:
    """The ``intent`` object of an IntentRequest or CanFulfillIntentRequest."""
    intent: Json = {"name": name, "confirmationStatus": "NONE"}
    if slots:
        intent["slots"] = {key: slot_json(key, value, skill_id) for key, value in slots.items()}
    return intent


@dataclass
class EnvelopeFactory:
    """Builds envelopes for one user and one session at a time, like a single Echo device."""

    locale: str = "en-US"
    skill_id: str = CONSOLE_SKILL_ID
    user_id: str = field(default_factory=lambda: _new_id("amzn1.ask.account"))
    device_id: str = field(default_factory=lambda: _new_id("amzn1.ask.device"))
    person_id: str | None = None  # a voice Alexa recognised (context.System.person)
    clock: Callable[[], datetime] = _utc_now
    session_id: str = field(default_factory=lambda: _new_id("amzn1.echo-api.session"))
    attributes: Json = field(default_factory=dict)
    new_session: bool = True

    def launch(self) -> Json:
        """ "Alexa, open leg cramp helper"."""
        return self._envelope({"type": "LaunchRequest"})

    def intent(self, name: str, slots: Mapping[str, SlotResolution] | None = None) -> Json:
        """An IntentRequest for ``name`` with resolved ``slots``."""
        request = {"type": "IntentRequest", "dialogState": "COMPLETED"}
        return self._envelope({**request, "intent": intent_json(name, slots, self.skill_id)})

    def resolved(self, resolution: Resolution) -> Json:
        """The IntentRequest Alexa would send for an utterance the resolver understood."""
        return self.intent(resolution.intent, resolution.slots)

    def skill_disabled(self) -> Json:
        """``AlexaSkillEvent.SkillDisabled``: the user disabled the skill (no session)."""
        request: Json = {
            "type": "AlexaSkillEvent.SkillDisabled",
            "eventCreationTime": self.clock().strftime("%Y-%m-%dT%H:%M:%SZ"),
            "eventPublishingTime": self.clock().strftime("%Y-%m-%dT%H:%M:%SZ"),
            "body": {"userInformationPersistenceStatus": "NOT_PERSISTED"},
        }
        return self._envelope(request, with_session=False)

    def session_ended(self, reason: str = "USER_INITIATED", error: Json | None = None) -> Json:
        """A SessionEndedRequest, optionally carrying an error object."""
        request: Json = {"type": "SessionEndedRequest", "reason": reason}
        if error is not None:
            request["error"] = error
        return self._envelope(request)

    def can_fulfill(self, name: str, slots: Mapping[str, SlotResolution] | None = None) -> Json:
        """A CanFulfillIntentRequest: as documented, it carries no session object."""
        intent = intent_json(name, slots, self.skill_id)
        request = {"type": "CanFulfillIntentRequest", "intent": intent}
        return self._envelope(request, with_session=False)

    def carry(self, response: Json) -> None:
        """Continue the session with the attributes a response returned (or start a new one)."""
        if response.get("response", {}).get("shouldEndSession", True) is not False:
            self.session_id = _new_id("amzn1.echo-api.session")
            self.attributes = {}
            self.new_session = True
            return
        self.attributes = dict(response.get("sessionAttributes") or {})
        self.new_session = False

    def _envelope(self, request: Json, *, with_session: bool = True) -> Json:
        request = {
            **request,
            "requestId": _new_id("amzn1.echo-api.request"),
            "timestamp": self.clock().strftime("%Y-%m-%dT%H:%M:%SZ"),
            "locale": self.locale,
        }
        application = {"applicationId": self.skill_id}
        user = {"userId": self.user_id}
        system: Json = {
            "application": application,
            "user": user,
            "device": {"deviceId": self.device_id, "supportedInterfaces": {}},
            "apiEndpoint": API_ENDPOINT,
            "apiAccessToken": _new_id("console.token"),
        }
        if self.person_id is not None:
            system["person"] = {"personId": self.person_id}
        envelope: Json = {
            "version": "1.0",
            "context": {"System": system},
            "request": request,
        }
        if with_session:
            envelope["session"] = {
                "new": self.new_session,
                "sessionId": self.session_id,
                "application": application,
                "user": user,
                "attributes": dict(self.attributes),
            }
        return envelope
