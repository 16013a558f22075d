"""The one path from a platform-neutral ``Reply`` to the SDK's ``Response``.

Device capability checks (supported interfaces, viewport) live here and nowhere else: a reply
says what it would like to show or do, and this module decides what the device gets.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, assert_never

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.ui import SimpleCard

from skill.dialog.state import DialogState
from skill.speech.ssml import to_ssml

if TYPE_CHECKING:
    from skill.dialog.effects import Effect
    from skill.dialog.reply import Reply

logger = logging.getLogger(__name__)

APL_INTERFACE = "Alexa.Presentation.APL"


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
    for effect in reply.effects:
        _apply(handler_input, effect)
    keep_only(handler_input, reply.state)
    return builder.response


def keep_only(handler_input: HandlerInput, state: DialogState | None) -> None:
    """Send back ``state`` (nothing, for ``None``) instead of the attributes the request carried.

    Otherwise the SDK echoes those back unchecked, however odd or large they are.
    """
    if handler_input.request_envelope.session is not None:
        attributes = state.to_attributes() if state is not None else {}
        handler_input.attributes_manager.session_attributes = attributes


def supports_screen(handler_input: HandlerInput) -> bool:
    """Whether the device renders APL (``Alexa.Presentation.APL`` in its supported interfaces)."""
    system = getattr(handler_input.request_envelope.context, "system", None)
    interfaces = getattr(getattr(system, "device", None), "supported_interfaces", None)
    return getattr(interfaces, "alexa_presentation_apl", None) is not None


def supports_voice_consent(handler_input: HandlerInput) -> bool:
    """Whether to ask for a permission by voice (``Connections.SendRequest``) rather than with
    the Alexa app's card.

    Alexa names no interface for voice consent: it needs a session to hand the answer back to
    (``Connections.Response``), and a device that cannot run it answers that request with a
    status other than 200, after which the skill sends the card.
    """
    return handler_input.request_envelope.session is not None


def _apply(handler_input: HandlerInput, effect: Effect) -> None:
    from skill.dialog.effects import (  # noqa: PLC0415 - only replies with effects need them
        AskPermission,
        ConsentCard,
        ElicitSlot,
        Remember,
        Screen,
    )

    builder = handler_input.response_builder
    match effect:
        case Screen(token=token, document=document, data=data, commands=commands):
            if supports_screen(handler_input):
                from ask_sdk_model.interfaces.alexa.presentation.apl import (  # noqa: PLC0415
                    ExecuteCommandsDirective,
                    RenderDocumentDirective,
                )

                directive = RenderDocumentDirective(
                    token=token, document=dict(document), datasources=dict(data)
                )
                builder.add_directive(directive)
                if commands:
                    plain = [dict(command) for command in commands]  # JSON, as the document
                    run = ExecuteCommandsDirective(commands=plain, token=token)  # type: ignore[arg-type]
                    builder.add_directive(run)
        case ElicitSlot(slot=slot):
            from ask_sdk_model.dialog import ElicitSlotDirective  # noqa: PLC0415

            intent = getattr(handler_input.request_envelope.request, "intent", None)
            if intent is not None:  # a dialog directive needs the intent it belongs to
                elicit = ElicitSlotDirective(slot_to_elicit=slot, updated_intent=intent)
                builder.add_directive(elicit)
        case AskPermission(scope=scope, token=token):
            from ask_sdk_model.interfaces.connections import SendRequestDirective  # noqa: PLC0415

            payload: dict[str, object] = {
                "@type": "AskForPermissionsConsentRequest",
                "@version": "2",
                "permissionScopes": [{"permissionScope": scope, "consentLevel": "ACCOUNT"}],
            }
            builder.add_directive(SendRequestDirective(name="AskFor", payload=payload, token=token))
        case ConsentCard(scope=scope):
            from ask_sdk_model.ui import AskForPermissionsConsentCard  # noqa: PLC0415

            builder.set_card(AskForPermissionsConsentCard(permissions=[scope]))
        case Remember(values=values):
            _remember(handler_input, values)
        case _:
            assert_never(effect)


def _remember(handler_input: HandlerInput, values: Mapping[str, object]) -> None:
    manager = handler_input.attributes_manager
    try:
        manager.persistent_attributes.update(values)
        manager.save_persistent_attributes()
    except Exception as exc:  # storage trouble never costs the person their answer
        logger.error("could not save persistent attributes: %s", type(exc).__name__)
