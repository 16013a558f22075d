"""Helpers the diary-by-voice tests share (imported by name: pytest puts this folder on
sys.path): a settable clock, real handlers on one store, and a device that talks to them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from legcramp.contract import assert_contract, speech_of
from legcramp.envelopes import EnvelopeFactory, Json
from legcramp.resolution import ResolutionStatus, SlotResolution
from legcramp.resolver.resolver import Resolver
from skill.builder import make_lambda_handler
from skill.diary.entries import Owner
from skill.diary.store import DiaryStore, open_store
from skill.settings import Settings

START = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)  # a Monday morning
MATCH = ResolutionStatus.MATCH
APL = "Alexa.Presentation.APL"
APL_RUNTIME = {"runtime": {"maxVersion": "2024.2"}}


class FakeClock:
    """A clock the test moves by hand: ``clock()`` is ``clock.now``."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def custom(value: str, value_id: str | None) -> SlotResolution:
    """A custom slot as Alexa fills it: matched to ``value_id``, or heard but matching nothing."""
    if value_id is None:
        return SlotResolution(value, ResolutionStatus.NO_MATCH)
    return SlotResolution(value, MATCH, value_id, value)


def builtin(value: str) -> SlotResolution:
    """An Amazon built-in slot (AMAZON.DATE, TIME, DURATION, NUMBER): the normalised value."""
    return SlotResolution(value, MATCH, builtin=True)


@dataclass
class DiaryKit:
    """How the tests reach one kind of store: working (``url``) or failing on every call."""

    url: str
    broken_url: str
    clock: FakeClock
    retention_days: int = 400

    def settings(self, *, broken: bool = False) -> Settings:
        url = self.broken_url if broken else self.url
        return Settings(store=url, retention_days=self.retention_days)

    def device(
        self,
        user: str = "ALICE",
        person: str | None = None,
        *,
        screen: bool = False,
        locale: str = "en-US",
        **kwargs: Any,
    ) -> Device:
        """A device of ``user`` (``person`` where Alexa recognised a voice); ``screen``: an
        Echo Show, whose requests say it renders APL."""
        handler = make_lambda_handler(self.settings(**kwargs), clock=self.clock)
        factory = EnvelopeFactory(
            locale=locale,
            user_id=f"amzn1.ask.account.{user}",
            person_id=None if person is None else f"amzn1.ask.person.{person}",
            clock=self.clock,
        )
        return Device(handler, factory, screen)

    def store(self) -> DiaryStore:
        """The same store, opened directly (to see what was really saved)."""
        return open_store(self.url, retention_days=self.retention_days, clock=self.clock)


def owner(user: str = "ALICE", person: str | None = None) -> Owner:
    person_id = None if person is None else f"amzn1.ask.person.{person}"
    return Owner.from_alexa(f"amzn1.ask.account.{user}", person_id)


@dataclass
class Device:
    """One Echo talking to the real Lambda handler; every response must pass the contract."""

    handler: Any
    factory: EnvelopeFactory
    screen: bool = False
    last: Json = field(default_factory=dict)

    def send(self, envelope: Json) -> Json:
        if self.screen:
            interfaces = envelope["context"]["System"]["device"]["supportedInterfaces"]
            interfaces[APL] = APL_RUNTIME
        response: Json = self.handler(envelope, None)
        assert_contract(response, envelope)
        self.factory.carry(response)
        self.last = response
        return response

    def say(self, intent: str, **slots: SlotResolution) -> str:
        """An IntentRequest; returns the words spoken back."""
        return speech_of(self.send(self.factory.intent(intent, slots))["response"])

    def speaks(self, words: str) -> str:
        """Words as the person says them, resolved offline into the intent and slots Alexa would
        send (the console's resolver); returns the words spoken back."""
        resolution = Resolver.for_locale(self.factory.locale).resolve(words)
        return speech_of(self.send(self.factory.resolved(resolution))["response"])

    def launch(self) -> str:
        return speech_of(self.send(self.factory.launch())["response"])

    @property
    def ended(self) -> bool:
        return self.last["response"].get("shouldEndSession") is not False

    @property
    def card(self) -> dict[str, str] | None:
        card: dict[str, str] | None = self.last["response"].get("card")
        return card
