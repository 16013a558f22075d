"""A capability: a folder under ``skill/`` that registers its handlers and its views by name.

Registering imports nothing from the folder. Its ``handlers`` module is imported the first time
a request of one of its routes arrives, and its ``views`` module the first time a stored view
of one of its kinds is read back (or one of its handlers imports it). A cold start pays only
for the capabilities its first request uses.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property, lru_cache
from importlib import import_module
from typing import TYPE_CHECKING

from ask_sdk_core.dispatch_components import AbstractRequestHandler

from skill.dialog.values import FrozenValue
from skill.names import IntentName

if TYPE_CHECKING:
    from ask_sdk_core.handler_input import HandlerInput
    from ask_sdk_model import Response

INTENT_REQUEST = "IntentRequest"
# Request-attribute key under which the router keeps the handler it chose for this request.
CHOSEN_KEY = "routed_handler"
ANY_REQUEST = "*"


class Route(FrozenValue):
    """One request handler of a capability: its class name in ``<package>.handlers``, and the
    requests it can answer. ``intents`` empty means any intent (with ``IntentRequest``);
    ``request_type`` ``ANY_REQUEST`` means any request at all. The handler's own ``can_handle``
    still decides; a route only says which requests are worth importing it for."""

    handler: str
    intents: tuple[IntentName, ...] = ()
    request_type: str = INTENT_REQUEST

    def admits(self, request_type: str | None, intent: str | None) -> bool:
        """Whether a request of this type (and intent name) may be this handler's."""
        if self.request_type == ANY_REQUEST:
            return True
        if request_type != self.request_type:
            return False
        return not self.intents or intent in self.intents


class Capability(FrozenValue):
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


def request_key(handler_input: HandlerInput) -> tuple[str | None, str | None]:
    """The request's type and intent name, as the routes compare them."""
    request = handler_input.request_envelope.request
    request_type = getattr(request, "object_type", None)
    intent = getattr(getattr(request, "intent", None), "name", None)
    return (
        request_type if isinstance(request_type, str) else None,
        intent if isinstance(intent, str) else None,
    )


class RoutedHandler:
    """A registered handler, imported and created the first time the router needs it."""

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


class Router(AbstractRequestHandler):
    """Every capability's handlers as one request handler for the SDK: the first, in
    registration order, whose route admits the request and whose own ``can_handle`` agrees. The
    routes a (type, intent) pair admits are worked out once, not asked one by one per request."""

    def __init__(self, capabilities: Iterable[Capability]) -> None:
        self._handlers = tuple(
            RoutedHandler(capability.handlers_module, route)
            for capability in capabilities
            for route in capability.routes
        )
        # Bounded: request types and intent names come from the request, so can be anything.
        self._admitting = lru_cache(maxsize=256)(self._admitting_uncached)

    def _admitting_uncached(
        self, request_type: str | None, intent: str | None
    ) -> tuple[RoutedHandler, ...]:
        return tuple(h for h in self._handlers if h.route.admits(request_type, intent))

    def chosen(self, handler_input: HandlerInput) -> AbstractRequestHandler | None:
        """The handler that answers this request, or ``None`` if none would."""
        for routed in self._admitting(*request_key(handler_input)):
            if routed.handler.can_handle(handler_input):
                return routed.handler
        return None

    def can_handle(self, handler_input: HandlerInput) -> bool:
        handler = self.chosen(handler_input)
        # The SDK calls handle next with the same input: keep the choice rather than ask again.
        handler_input.attributes_manager.request_attributes[CHOSEN_KEY] = handler
        return handler is not None

    def handle(self, handler_input: HandlerInput) -> Response | None:
        handler = handler_input.attributes_manager.request_attributes.pop(CHOSEN_KEY, None)
        if not isinstance(handler, AbstractRequestHandler):
            handler = self.chosen(handler_input)
        if handler is None:  # can_handle said otherwise a moment ago
            raise LookupError("no handler answers this request")
        return handler.handle(handler_input)
