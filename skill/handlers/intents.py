"""Intent handlers: each intent maps to one conversation step. The table is the routing."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.conversation import Conversation, DialogState, Reply, ViewKind
from skill.handlers.slots import heard_topic
from skill.handlers.turn import conversation, dialog_state, respond
from skill.names import Intent

Step = Callable[[Conversation, DialogState, HandlerInput], Reply]


def _say(kind: ViewKind) -> Step:
    return lambda talk, state, _: talk.say(kind, state)


def _topic(talk: Conversation, state: DialogState, handler_input: HandlerInput) -> Reply:
    heard = heard_topic(handler_input)
    return talk.topic(state, heard.topic, heard.words)


STEPS: Mapping[Intent, Step] = MappingProxyType(
    {
        Intent.CAUSES: _say(ViewKind.CAUSES),
        Intent.RELIEF: _say(ViewKind.RELIEF),
        Intent.CRAMP_NOW: _say(ViewKind.CRAMP_NOW),
        Intent.SEE_DOCTOR: _say(ViewKind.DOCTOR),
        Intent.STRETCH: lambda talk, state, _: talk.stretch(state),
        Intent.TOPIC: _topic,
        Intent.HELP: _say(ViewKind.HELP),
        Intent.FALLBACK: _say(ViewKind.FALLBACK),
        Intent.STOP: _say(ViewKind.GOODBYE),
        Intent.CANCEL: _say(ViewKind.GOODBYE),
        Intent.NAVIGATE_HOME: _say(ViewKind.GOODBYE),
        Intent.NO: _say(ViewKind.GOODBYE),
        Intent.YES: lambda talk, state, _: talk.yes(state),
        Intent.REPEAT: lambda talk, state, _: talk.repeat(state),
        Intent.NEXT: lambda talk, state, _: talk.next(state),
        Intent.PREVIOUS: lambda talk, state, _: talk.previous(state),
        Intent.START_OVER: lambda talk, state, _: talk.start_over(state),
        Intent.PAUSE: lambda talk, state, _: talk.pause(state),
        Intent.RESUME: lambda talk, state, _: talk.resume(state),
    }
)

_NAMES = frozenset(intent.value for intent in STEPS)


def _intent_name(handler_input: HandlerInput) -> object:
    # Unlike the SDK's get_intent_name, an IntentRequest without an intent reads as no name.
    return getattr(getattr(handler_input.request_envelope.request, "intent", None), "name", None)


class IntentHandler(AbstractRequestHandler):
    """Every intent in ``STEPS``: read the state, take the step, answer."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("IntentRequest")(handler_input) and (
            _intent_name(handler_input) in _NAMES
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        step = STEPS[Intent(str(_intent_name(handler_input)))]
        reply = step(conversation(handler_input), dialog_state(handler_input), handler_input)
        return respond(handler_input, reply)


class LaunchHandler(AbstractRequestHandler):
    """"Alexa, open leg cramp helper": a short welcome and one question."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("LaunchRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        talk = conversation(handler_input)
        return respond(handler_input, talk.say(ViewKind.LAUNCH, dialog_state(handler_input)))


class UnknownIntentHandler(AbstractRequestHandler):
    """An intent the skill does not know (an old model, a forged request): treated as fallback."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("IntentRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        talk = conversation(handler_input)
        return respond(handler_input, talk.say(ViewKind.FALLBACK, dialog_state(handler_input)))
