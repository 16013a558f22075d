"""The one skill builder every entry point (Lambda, web, console) is made from."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model import RequestEnvelope

from skill.envelope_reading import TolerantEnvelopeSerializer
from skill.handlers import HANDLED_INTENTS, REQUEST_HANDLERS, ErrorHandler
from skill.interceptors import LocalizationInterceptor, TurnLogInterceptor
from skill.settings import Settings

LambdaHandler = Callable[[dict[str, Any], Any], dict[str, Any]]


def make_skill_builder(skill_id: str | None = None) -> CustomSkillBuilder:
    """A builder with every handler and interceptor registered; ``skill_id`` rejects others."""
    builder = CustomSkillBuilder()
    builder.skill_id = skill_id  # type: ignore[assignment]  # the SDK annotates it as None
    for handler in REQUEST_HANDLERS:
        builder.add_request_handler(handler)
    builder.add_exception_handler(ErrorHandler())
    builder.add_global_request_interceptor(LocalizationInterceptor())
    builder.add_global_response_interceptor(TurnLogInterceptor())
    return builder


def handled_intents() -> frozenset[str]:
    """Every intent name some handler answers (checked against the interaction model)."""
    return HANDLED_INTENTS


def make_lambda_handler(settings: Settings | None = None) -> LambdaHandler:
    """A Lambda handler over one skill instance, created once per cold start."""
    settings = settings or Settings.from_env()
    skill: CustomSkill = make_skill_builder(settings.skill_id).create()
    serializer = TolerantEnvelopeSerializer(skill.serializer)

    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        envelope = serializer.deserialize(json.dumps(event), RequestEnvelope)
        result = serializer.serialize(skill.invoke(envelope, context))
        assert isinstance(result, dict)
        return result

    return handler
