"""A capability: a folder under ``skill/`` that registers its handlers and its views by name.

Registering imports nothing from the folder. Its ``handlers`` module is imported the first time
a request of one of its routes arrives, and its ``views`` module the first time a stored view
of one of its kinds is read back (or one of its handlers imports it). A cold start pays only
for the capabilities its first request uses.
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from typing import TYPE_CHECKING, NamedTuple

from ask_sdk_core.dispatch_components import AbstractRequestHandler

from skill.names import Intent

if TYPE_CHECKING:
    from ask_sdk_core.handler_input import HandlerInput
    from ask_sdk_model import Response

INTENT_REQUEST = "IntentRequest"
ANY_REQUEST = "*"


class Route(NamedTuple):
    """One request handler of a capability: its class name in ``<package>.handlers``, and the
    requests it can answer. ``intents`` empty means any intent (with ``IntentRequest``);
    ``request_type`` ``ANY_REQUEST`` means any request at all. The handler's own ``can_handle``
    still decides; a route only says which requests are worth importing it for."""

    handler: str
    intents: tuple[Intent, ...] = ()
    request_type: str = INTENT_REQUEST

    def admits(self, request_type: str | None, intent: str | None) -> bool:
        """Whether a request of this type (and intent name) may be this handler's."""
        if self.request_type == ANY_REQUEST:
            return True
        if request_type != self.request_type:
            return False
        return not self.intents or any(intent == known.value for known in self.intents)


class Capability(NamedTuple):
    """What one folder registers: ``package`` (``skill.walks``), its routes in dispatch order,
    and the stored kinds of the view classes its ``views`` module lists in ``VIEW_CLASSES``."""

    package: str
    routes: tuple[Route, ...]
    view_kinds: tuple[str, ...] = ()

    @property
    def handlers_module(self) -> str:
        return f"{self.package}.handlers"

    @property
    def views_module(self) -> str:
        return f"{self.package}.views"


class RoutedHandler(AbstractRequestHandler):
    """A registered handler, imported and created on the first request its route admits."""

    def __init__(self, module: str, route: Route) -> None:
        self.module = module
        self.route = route

    @cached_property
    def handler(self) -> AbstractRequestHandler:
        """The capability's handler instance (its module imported on first use)."""
        found = getattr(import_module(self.module), self.route.handler)
        if not (isinstance(found, type) and issubclass(found, AbstractRequestHandler)):
            raise TypeError(f"{self.module}.{self.route.handler} is not a request handler")
        return found()

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        intent = getattr(getattr(request, "intent", None), "name", None)
        request_type = getattr(request, "object_type", None)
        if not self.route.admits(request_type, intent if isinstance(intent, str) else None):
            return False
        return bool(self.handler.can_handle(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response | None:
        return self.handler.handle(handler_input)
