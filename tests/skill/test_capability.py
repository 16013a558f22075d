"""Capabilities registered by name: a route admits every request its handler would answer, the
router picks what asking each handler in order would, the registered view kinds are the ones
their modules hold, and a request imports only what it uses."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import import_module

import pytest
from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import RequestEnvelope
from hypothesis import HealthCheck, given, settings

from skill.builder import VIEWS, make_skill, make_skill_builder
from skill.capabilities import CAPABILITIES
from skill.capability import Capability, Route, Router, request_key
from skill.dialog.views import ViewRegistry
from skill.handling import IntentHandler
from skill.settings import Settings
from tests.conftest import REPO_ROOT
from tests.support.fuzzing.envelopes import envelopes

SERIALIZER = make_skill(make_skill_builder(Settings())).serializer
ROUTES = [(capability, route) for capability in CAPABILITIES for route in capability.routes]
ROUTER = Router(CAPABILITIES)


def handler_class(capability: Capability, route: Route) -> type[AbstractRequestHandler]:
    found = getattr(import_module(capability.handlers_module), route.handler)
    assert isinstance(found, type) and issubclass(found, AbstractRequestHandler)
    return found


@pytest.mark.parametrize(
    ("capability", "route"), ROUTES, ids=lambda item: getattr(item, "handler", "")
)
def test_a_route_names_its_handler_and_the_intents_it_declares(
    capability: Capability, route: Route
) -> None:
    cls = handler_class(capability, route)
    if issubclass(cls, IntentHandler):
        assert route.intents == cls.intents
    else:
        assert not route.intents


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(envelope=envelopes())
def test_a_route_admits_every_request_its_handler_answers(envelope: dict[str, object]) -> None:
    request_envelope = SERIALIZER.deserialize(json.dumps(envelope), RequestEnvelope)
    handler_input = HandlerInput(
        request_envelope=request_envelope,
        attributes_manager=AttributesManager(request_envelope=request_envelope),
    )
    first = None
    for capability, route in ROUTES:
        real = handler_class(capability, route)()
        if real.can_handle(handler_input):
            assert route.admits(*request_key(handler_input)), route.handler
            first = first or type(real)
    chosen = ROUTER.chosen(handler_input)
    assert first is not None, "the catch-all answers anything"
    assert type(chosen) is first, "the router picks what asking every handler in order would"


def test_the_registered_view_kinds_are_the_ones_each_module_lists() -> None:
    kinds = sorted(kind for capability in CAPABILITIES for kind in capability.view_kinds)
    assert sorted(cls.kind for cls in VIEWS.classes) == kinds


def test_a_registration_that_disagrees_with_its_module_fails_loudly() -> None:
    short = ViewRegistry([("skill.walks.views", ("causes",))])
    with pytest.raises(ValueError, match="VIEW_CLASSES"):
        short.view_class("causes")
    with pytest.raises(ValueError, match="taken"):
        ViewRegistry([("skill.walks.views", ("causes",)), ("skill.topics.views", ("causes",))])
    assert VIEWS.view_class("no_such_kind") is None


_PROBE = """
import json, sys
sys.path.insert(0, "lambda")
import lambda_function
from legcramp.envelopes import EnvelopeFactory
factory = EnvelopeFactory()
loaded = {}
for name in sys.argv[1:]:
    lambda_function.handler(factory.launch() if name == "launch" else factory.intent(name), None)
    loaded[name] = sorted(m for m in sys.modules if m.startswith("skill.") and m.count(".") == 2)
print(json.dumps(loaded))
"""


def test_a_request_imports_only_the_capabilities_it_uses() -> None:
    found = subprocess.run(
        [sys.executable, "-c", _PROBE, "launch", "CausesIntent"],
        cwd=REPO_ROOT, env={"LOG_LEVEL": "WARNING", "PATH": ""}, capture_output=True, text=True,
        check=True, timeout=120,
    )  # fmt: skip
    loaded = {
        name: set(modules) for name, modules in json.loads(found.stdout.splitlines()[-1]).items()
    }
    registered = {m for c in CAPABILITIES for m in (c.handlers_module, c.views_module)}
    assert loaded["launch"] & registered == {"skill.session.handlers", "skill.session.views"}
    assert {"skill.walks.handlers", "skill.walks.views"} <= loaded["CausesIntent"]
    unrelated = ("cramp_diary", "reminders", "symptoms", "medicines", "navigation", "doctor")
    assert not loaded["CausesIntent"] & {f"skill.{name}.handlers" for name in unrelated}
