"""The requests a deployment check sends: one of each kind the function must answer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from legcramp.envelopes import EnvelopeFactory
from legcramp.resolution import ResolutionStatus, SlotResolution
from skill.names import CUSTOM_INTENTS, Intent, Slot

DEFAULT_LOCALE = "en-US"
# A topic as Alexa's entity resolution hands it over: the words heard, the ID and its name.
RESOLVED_TOPIC = SlotResolution(
    value="not drinking enough",
    status=ResolutionStatus.MATCH,
    id="DEHYDRATION",
    canonical="dehydration",
)
_BUILT_INS = (Intent.HELP, Intent.STOP)


@dataclass(frozen=True, slots=True)
class Scenario:
    """A named request envelope."""

    name: str
    event: dict[str, Any]


def model_locales(root: Path) -> list[str]:
    """The locales that have an interaction model in ``root/interaction_model``."""
    return sorted(path.stem for path in (root / "interaction_model").glob("*-*.json"))


def deployment_scenarios(locales: list[str] | None = None) -> list[Scenario]:
    """A LaunchRequest per locale, every custom intent, built-ins, SessionEnded and CanFulfill."""
    scenarios = [
        Scenario(f"LaunchRequest {locale}", EnvelopeFactory(locale=locale).launch())
        for locale in (locales or [DEFAULT_LOCALE])
    ]
    factory = EnvelopeFactory(locale=DEFAULT_LOCALE)
    for intent in sorted(CUSTOM_INTENTS):
        slots: dict[str, SlotResolution] | None = None
        if intent == Intent.TOPIC:
            slots = {Slot.TOPIC: RESOLVED_TOPIC}
        scenarios.append(Scenario(intent, factory.intent(intent, slots)))
    scenarios.extend(Scenario(intent, factory.intent(intent)) for intent in _BUILT_INS)
    scenarios.append(Scenario("SessionEndedRequest", factory.session_ended("USER_INITIATED")))
    scenarios.append(
        Scenario(
            "CanFulfillIntentRequest",
            factory.can_fulfill(Intent.TOPIC, {Slot.TOPIC: RESOLVED_TOPIC}),
        )
    )
    return scenarios
