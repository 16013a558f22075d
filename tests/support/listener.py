"""A listener in a real session: each turn is a real request envelope through the real handler,
with the session attributes carried from one answer to the next as Alexa carries them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from legcramp.contract import speech_of
from legcramp.envelopes import EnvelopeFactory
from legcramp.resolution import ResolutionStatus, SlotResolution
from legcramp.resolver.resolver import Resolver

Json = dict[str, Any]
Send = Callable[[Json], Json]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def match(slot_id: str, words: str | None = None) -> SlotResolution:
    """A slot Alexa resolved to ``slot_id`` (heard as ``words``)."""
    return SlotResolution(words or slot_id.lower(), ResolutionStatus.MATCH, slot_id)


def no_match(words: str) -> SlotResolution:
    """A slot Alexa heard as ``words`` but could not resolve."""
    return SlotResolution(words, ResolutionStatus.NO_MATCH)


def first_sentence(words: str) -> str:
    """The first sentence of ``words``."""
    return _SENTENCE_END.split(words.strip(), maxsplit=1)[0]


@dataclass
class Listener:
    """One person on one device, turn after turn."""

    send: Send
    locale: str = "en-US"
    factory: EnvelopeFactory = field(init=False)
    last: Json = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.factory = EnvelopeFactory(locale=self.locale)

    def launch(self) -> Json:
        """ "Alexa, open leg cramp helper"."""
        return self._turn(self.factory.launch())

    def says(self, intent: str, **slots: SlotResolution) -> Json:
        """An intent with resolved (or unresolved) slots; built-ins may drop ``AMAZON.``."""
        name = intent if "Intent" in intent else f"AMAZON.{intent}Intent"
        return self._turn(self.factory.intent(name, slots))

    def speaks(self, words: str) -> Json:
        """Words as the person says them, resolved offline into the intent and slots Alexa would
        send (the console's resolver over the generated interaction model)."""
        resolution = Resolver.for_locale(self.locale).resolve(words)
        return self._turn(self.factory.resolved(resolution))

    def _turn(self, envelope: Json) -> Json:
        self.last = self.send(envelope)
        self.factory.carry(self.last)
        return self.last

    @property
    def heard(self) -> str:
        """The words of the last answer."""
        return speech_of(self.last["response"])

    @property
    def first(self) -> str:
        """The first sentence of the last answer."""
        return first_sentence(self.heard)

    @property
    def view(self) -> str | None:
        """The view the last answer stored in the session."""
        found: str | None = self.last.get("sessionAttributes", {}).get("view")
        return found

    @property
    def card(self) -> Json:
        """The last answer's card (empty when it had none)."""
        card: Json = self.last["response"].get("card", {})
        return card

    @property
    def ended(self) -> bool:
        """Whether the last answer ended the session."""
        return self.last["response"].get("shouldEndSession", True) is not False
