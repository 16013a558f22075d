"""The one skill builder every entry point (Lambda, web, console) is made from.

Capabilities are registered in ``skill.capabilities``, in dispatch order: one ``Router``
answers for all of them, with the first handler whose route admits the request and whose
``can_handle`` is true. Registering imports no handler or view module: each is imported by the
first request that needs it (``skill.capability``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model import RequestEnvelope

from skill.api_client import LazyApiClient
from skill.capabilities import CAPABILITIES
from skill.capability import Router
from skill.dialog.views import ViewRegistry
from skill.envelope import IsoTimestampSerializer, TolerantEnvelopeSerializer
from skill.errors import ErrorHandler
from skill.interceptors import LocalizationInterceptor, TurnLogInterceptor
from skill.settings import Settings
from skill.storage import Clock, DiaryAccess, DiaryAccessInterceptor, persistence_adapter

LambdaHandler = Callable[[dict[str, Any], Any], dict[str, Any]]

VIEWS = ViewRegistry(
    (capability.views_module, capability.view_kinds) for capability in CAPABILITIES
)


def make_skill_builder(settings: Settings, *, clock: Clock | None = None) -> CustomSkillBuilder:
    """A builder with every capability, interceptor, the persistence adapter and API client;
    the diary uses ``settings.store`` and ``clock`` (default: the system clock, in UTC)."""
    builder = CustomSkillBuilder(
        persistence_adapter=persistence_adapter(settings.store),  # type: ignore[arg-type]
        api_client=LazyApiClient(settings.api_timeout_seconds),
    )
    builder.skill_id = settings.skill_id  # type: ignore[assignment]  # the SDK annotates it None
    builder.add_request_handler(Router(CAPABILITIES))
    builder.add_exception_handler(ErrorHandler())
    builder.add_global_request_interceptor(LocalizationInterceptor(VIEWS))
    access = DiaryAccess(settings) if clock is None else DiaryAccess(settings, clock)
    builder.add_global_request_interceptor(DiaryAccessInterceptor(access))
    builder.add_global_response_interceptor(TurnLogInterceptor())
    return builder


def make_skill(builder: CustomSkillBuilder) -> CustomSkill:
    """The skill, reading envelopes with the one envelope policy (``skill.envelope``)."""
    skill: CustomSkill = builder.create()
    reader = TolerantEnvelopeSerializer(IsoTimestampSerializer())
    skill.serializer = reader  # type: ignore[assignment]
    return skill


def handled_intents() -> frozenset[str]:
    """Every intent name some handler answers (checked against the interaction model)."""
    return frozenset(
        intent
        for capability in CAPABILITIES
        for route in capability.routes
        for intent in route.intents
    )


def make_lambda_handler(settings: Settings, *, clock: Clock | None = None) -> LambdaHandler:
    """A Lambda handler over one skill instance, created once per cold start."""
    skill = make_skill(make_skill_builder(settings, clock=clock))

    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        envelope = skill.serializer.deserialize(json.dumps(event), RequestEnvelope)
        result = skill.serializer.serialize(skill.invoke(envelope, context))
        assert isinstance(result, dict)
        return result

    return handler
