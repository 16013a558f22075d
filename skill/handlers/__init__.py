"""Request handlers in dispatch order: the first whose ``can_handle`` matches answers."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler

from skill.handlers.can_fulfill import CanFulfillHandler
from skill.handlers.errors import ErrorHandler
from skill.handlers.intents import STEPS, IntentHandler, LaunchHandler, UnknownIntentHandler
from skill.handlers.lifecycle import SessionEndedHandler, UnknownRequestHandler

REQUEST_HANDLERS: tuple[AbstractRequestHandler, ...] = (
    LaunchHandler(),
    IntentHandler(),
    CanFulfillHandler(),
    SessionEndedHandler(),
    UnknownIntentHandler(),
    UnknownRequestHandler(),
)

HANDLED_INTENTS: frozenset[str] = frozenset(intent.value for intent in STEPS)

__all__ = ["HANDLED_INTENTS", "REQUEST_HANDLERS", "ErrorHandler"]
