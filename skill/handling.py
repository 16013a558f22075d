"""What every request handler shares: the intent handler base, this request's conversation and
dialog state, and slot values as entity resolution delivers them."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from functools import lru_cache
from typing import ClassVar, TypeVar

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_slot, is_intent_name, is_request_type
from ask_sdk_model import Response

from skill.dialog.conversation import Conversation
from skill.dialog.state import DialogState
from skill.dialog.values import FrozenValue
from skill.dialog.views import View, ViewRegistry
from skill.names import IntentName, Slot
from skill.respond import respond

# Request-attribute keys under which the localisation interceptor leaves the request's context.
CONVERSATION_KEY = "conversation"
# Compared by value: importing ask_sdk_model's StatusCode enum would add to every cold start.
_MATCH = "ER_SUCCESS_MATCH"

E = TypeVar("E", bound=str)


class IntentHandler(AbstractRequestHandler):
    """Handles the intents in ``intents`` (an ``IntentRequest`` that names one of them)."""

    intents: ClassVar[tuple[IntentName, ...]]

    def can_handle(self, handler_input: HandlerInput) -> bool:
        intent = getattr(handler_input.request_envelope.request, "intent", None)
        # Unlike is_intent_name alone, an IntentRequest without an intent reads as no match.
        if not is_request_type("IntentRequest")(handler_input) or intent is None:
            return False
        return any(is_intent_name(intent)(handler_input) for intent in self.intents)


def conversation(handler_input: HandlerInput) -> Conversation:
    """The conversation for this request's locale (left by the localisation interceptor)."""
    found = handler_input.attributes_manager.request_attributes.get(CONVERSATION_KEY)
    if not isinstance(found, Conversation):
        raise LookupError("the localisation interceptor did not run for this request")
    return found


def conversation_for(handler_input: HandlerInput, views: ViewRegistry) -> Conversation:
    """A conversation for the request's locale; a missing or non-text locale gets the default.
    One per locale and registry, made once: a conversation is pure, so requests share it."""
    locale = getattr(handler_input.request_envelope.request, "locale", None)
    return _conversation(locale if isinstance(locale, str) else None, views)


# Bounded: the locale comes from the request, so it can be any string.
@lru_cache(maxsize=64)
def _conversation(locale: str | None, views: ViewRegistry) -> Conversation:
    return Conversation(locale, views)


def dialog_state(handler_input: HandlerInput) -> DialogState:
    """The dialog state this session carried in (untrusted, checked)."""
    session = handler_input.request_envelope.session
    attributes = session.attributes if session is not None else None
    return conversation(handler_input).state_from(attributes)


class Heard(FrozenValue):
    """The words heard for a slot, and the ID they resolved to (if any)."""

    words: str | None
    id: str | None


def heard(handler_input: HandlerInput, slot_name: str) -> Heard:
    """A slot of this request's (or name-free) intent; the ID only on ``ER_SUCCESS_MATCH``."""
    slots = getattr(getattr(handler_input.request_envelope.request, "intent", None), "slots", None)
    if not isinstance(slots, dict):
        return Heard(None, None)
    # A CanFulfillIntentRequest carries an intent too, but get_slot only reads IntentRequests.
    is_intent_request = is_request_type("IntentRequest")(handler_input)
    slot = get_slot(handler_input, slot_name) if is_intent_request else slots.get(slot_name)
    if slot is None:
        return Heard(None, None)
    words = slot.value if isinstance(slot.value, str) else None
    resolutions = slot.resolutions.resolutions_per_authority if slot.resolutions else None
    for authority in resolutions or ():
        code = getattr(authority.status, "code", None)
        if getattr(code, "value", code) != _MATCH:
            continue
        for wrapper in authority.values or ():
            value_id = wrapper.value.id if wrapper.value is not None else None
            if isinstance(value_id, str):
                return Heard(words, value_id)
    return Heard(words, None)


def resolved(handler_input: HandlerInput, slot_name: str, ids: Callable[[str], E]) -> E | None:
    """The slot's resolved ID as a member of ``ids``; ``None`` when missing or not one of ours."""
    value_id = heard(handler_input, slot_name).id
    if value_id is None:
        return None
    try:
        return ids(value_id)
    except ValueError:
        return None


class Action(ABC):
    """A view that stands for something to do first (delete a diary once "yes" confirmed it):
    ``answer`` performs it and says the view it returns. Never stored in a session."""

    @abstractmethod
    def perform(self, handler_input: HandlerInput) -> View:
        """Do it; the view that says how it went."""


def answer(
    handler_input: HandlerInput,
    view: View,
    *,
    prefix: tuple[str, ...] = (),
    remember: frozenset[str] = frozenset(),
) -> Response:
    """Answer with ``view`` (after ``prefix``) from the state this session carried in; an
    ``Action`` view is performed first. The situation heard ("I'm pregnant") and ``remember``
    (what the handler learnt otherwise: a statin named as the medicine) are kept for the
    session."""
    if isinstance(view, Action):
        view = view.perform(handler_input)
    talk = conversation(handler_input)
    state = dialog_state(handler_input)
    said = heard(handler_input, Slot.SITUATION).id
    for situation in sorted(remember | ({said} if said is not None else set())):
        state = state.remembering(situation)
    return respond(handler_input, talk.reply(view, state, prefix=prefix))
