"""Per-request plumbing shared by the handlers: the conversation, the state, the response."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.ui import SimpleCard

from skill.conversation import Conversation, DialogState, Reply
from skill.speech.ssml import to_ssml

# Request-attribute key under which the localisation interceptor leaves the conversation.
CONVERSATION_KEY = "conversation"


def conversation(handler_input: HandlerInput) -> Conversation:
    """The conversation for this request's locale (set by the localisation interceptor)."""
    found = handler_input.attributes_manager.request_attributes.get(CONVERSATION_KEY)
    if isinstance(found, Conversation):
        return found
    return conversation_for_request(handler_input)


def conversation_for_request(handler_input: HandlerInput) -> Conversation:
    """A conversation for the request's locale; a missing or non-text locale gets the default."""
    locale = getattr(handler_input.request_envelope.request, "locale", None)
    return Conversation(locale if isinstance(locale, str) else None)


def dialog_state(handler_input: HandlerInput) -> DialogState:
    """The dialog state this session carried in (untrusted, checked)."""
    session = handler_input.request_envelope.session
    attributes = session.attributes if session is not None else None
    return conversation(handler_input).state_from(attributes)


def keep_only(handler_input: HandlerInput, state: DialogState | None) -> None:
    """Send back ``state`` (nothing, for ``None``) instead of the attributes the request carried.

    Otherwise the SDK echoes those back unchecked, however odd or large they are.
    """
    if handler_input.request_envelope.session is not None:
        attributes = state.to_attributes() if state is not None else {}
        handler_input.attributes_manager.session_attributes = attributes


def respond(handler_input: HandlerInput, reply: Reply) -> Response:
    """Build the Alexa response for ``reply``, storing the new dialog state in the session."""
    builder = handler_input.response_builder
    builder.speak(to_ssml(reply.speech))
    if reply.reprompt is None:
        builder.set_should_end_session(True)
    else:
        builder.ask(to_ssml(reply.reprompt))
    if reply.card is not None:
        builder.set_card(SimpleCard(title=reply.card.title, content=reply.card.text))
    handler_input.attributes_manager.session_attributes = reply.state.to_attributes()
    return builder.response
