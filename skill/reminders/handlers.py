"""The bedtime stretch reminder: set (or move) it, cancel it, say when it is, and the answer to
the permission request that Alexa hands back."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.dialog.views import View
from skill.handling import IntentHandler, answer, conversation, heard
from skill.names import Intent, Slot
from skill.reminders import service
from skill.reminders.clock import ClockTime
from skill.reminders.views import (
    AskReminderTime,
    ConsentDenied,
    ConsentNotAnswered,
    NoReminder,
    PermissionByCard,
    PermissionByVoice,
    ReminderCancelled,
    ReminderCurrent,
    ReminderMoved,
    ReminderSet,
    ReminderTrouble,
)
from skill.respond import supports_voice_consent

# The request Alexa sends back after a ``Connections.SendRequest`` ``AskFor``.
CONNECTIONS_RESPONSE = "Connections.Response"
ASK_FOR = "AskFor"
_OK = "200"
DEFAULT_LOCALE = "en-US"


class Consent(StrEnum):
    """The person's answer to Alexa's permission question (``payload.status``)."""

    ACCEPTED = "ACCEPTED"
    DENIED = "DENIED"
    NOT_ANSWERED = "NOT_ANSWERED"


def _through_api(call: Callable[[], View]) -> View:
    """The view ``call`` picks, or the spoken answer to the API's error."""
    try:
        return call()
    except service.ReminderError as error:
        return ReminderTrouble(error.problem)


def _with_consent(handler_input: HandlerInput, call: Callable[[], View]) -> View:
    """``call``'s view when the person has granted permissions; else, without asking the API
    (it could only refuse), the answer to a missing permission."""
    if not service.has_consent(handler_input):
        return ReminderTrouble(service.Problem.NOT_PERMITTED)
    return _through_api(call)


def set_reminder(handler_input: HandlerInput, time: ClockTime) -> View:
    """Create the bedtime reminder at ``time``, or move the one there is."""
    locale = getattr(handler_input.request_envelope.request, "locale", None)
    text = conversation(handler_input).speech.text("reminders.alert_text")

    def call() -> View:
        moved = service.set_bedtime(handler_input, time, text, locale or DEFAULT_LOCALE)
        return ReminderMoved(time) if moved else ReminderSet(time)

    return _through_api(call)


def ask_permission(handler_input: HandlerInput, time: ClockTime) -> View:
    """By voice where Alexa can ask it, else the Alexa app's card."""
    return PermissionByVoice(time) if supports_voice_consent(handler_input) else PermissionByCard()


class SetReminderIntentHandler(IntentHandler):
    """``SetReminderIntent``: "remind me to stretch every night at nine thirty"."""

    intents = (Intent.SET_REMINDER,)

    def handle(self, handler_input: HandlerInput) -> Response:
        time = ClockTime.parse(heard(handler_input, Slot.TIME).words)
        if time is None:
            return answer(handler_input, AskReminderTime())
        if not service.has_consent(handler_input):
            return answer(handler_input, ask_permission(handler_input, time))
        return answer(handler_input, set_reminder(handler_input, time))


class CancelReminderIntentHandler(IntentHandler):
    """``CancelReminderIntent``: "stop my bedtime reminder"."""

    intents = (Intent.CANCEL_REMINDER,)

    def handle(self, handler_input: HandlerInput) -> Response:
        def call() -> View:
            return ReminderCancelled() if service.cancel(handler_input) else NoReminder()

        return answer(handler_input, _with_consent(handler_input, call))


class ReminderStatusIntentHandler(IntentHandler):
    """``ReminderStatusIntent``: "what reminders do I have"."""

    intents = (Intent.REMINDER_STATUS,)

    def handle(self, handler_input: HandlerInput) -> Response:
        def call() -> View:
            time = service.current(handler_input)
            return NoReminder() if time is None else ReminderCurrent(time)

        return answer(handler_input, _with_consent(handler_input, call))


class ConnectionsResponseHandler(AbstractRequestHandler):
    """``Connections.Response`` to our ``AskFor``: the person's answer to the permission question,
    with the time they asked for in the token."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        return (
            bool(is_request_type(CONNECTIONS_RESPONSE)(handler_input))
            and getattr(request, "name", None) == ASK_FOR
            and ClockTime.from_token(getattr(request, "token", None)) is not None
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        time = ClockTime.from_token(getattr(request, "token", None))
        assert time is not None  # can_handle
        if getattr(getattr(request, "status", None), "code", None) != _OK:
            # Alexa could not ask by voice on this device: the card instead.
            return answer(handler_input, PermissionByCard())
        payload = getattr(request, "payload", None)
        status = payload.get("status") if isinstance(payload, dict) else None
        match status:
            case Consent.ACCEPTED.value:
                return answer(handler_input, set_reminder(handler_input, time))
            case Consent.DENIED.value:
                return answer(handler_input, ConsentDenied())
            case Consent.NOT_ANSWERED.value:
                return answer(handler_input, ConsentNotAnswered())
            case _:  # an answer Alexa does not document is not a yes
                return answer(handler_input, ConsentNotAnswered())
