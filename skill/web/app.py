"""The Flask application factory: ``POST /`` for Alexa, ``GET /health`` for load balancers.

Production: ``gunicorn 'skill.web.app:create_app()'`` (see ``docs/self-hosting.md``).
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, request
from werkzeug.wrappers import Response

from skill.builder import make_skill_builder
from skill.web.application_id import ApplicationIdVerifier
from skill.web.chain_cache import ChainCache
from skill.web.chain_source import ChainFetcher, DirectoryChainSource, HttpChainFetcher
from skill.web.chain_verification import ChainVerifier
from skill.web.clock import Clock, system_clock
from skill.web.envelope import EnvelopeSerializer
from skill.web.flask_sdk import (
    VERIFY_SIGNATURE_APP_CONFIG,
    VERIFY_TIMESTAMP_APP_CONFIG,
    AbstractVerifier,
    SkillAdapter,
)
from skill.web.http_errors import json_error, register_json_errors
from skill.web.rejection import OneLineRejections
from skill.web.request_body import MAX_BODY_BYTES, unreadable_body_reason
from skill.web.settings import WebSettings
from skill.web.signature import SignatureVerifier
from skill.web.timestamp import TimestampVerifier
from skill.web.trust_roots import configured_roots

LOG = logging.getLogger(__name__)

UNVERIFIED_ADAPTER_KEY = "unverified-local"


class ConfigurationError(RuntimeError):
    """The endpoint cannot start safely with these settings."""


def create_app(
    settings: WebSettings | None = None,
    *,
    skill_builder: Any = None,
    clock: Clock = system_clock,
    fetch_chain: ChainFetcher | None = None,
) -> Flask:
    """Build the endpoint.

    Args:
        settings: defaults to ``WebSettings.from_env()``.
        skill_builder: an ask-sdk ``CustomSkillBuilder``; defaults to
            ``skill.builder.make_skill_builder()``.
        clock: time for the timestamp and certificate-validity checks.
        fetch_chain: how chains are obtained; defaults to the ``LEGCRAMP_CERT_DIR`` directory when
            set, else HTTPS with a timeout and a size cap.

    Raises:
        ConfigurationError: verification is on but no skill id is configured.
        TrustRootsError: the trust anchors cannot be loaded.
    """
    settings = settings or WebSettings.from_env()
    verifiers = _verifiers(settings, clock, fetch_chain)
    skill = (skill_builder or make_skill_builder(settings.skill_id)).create()
    skill.serializer = EnvelopeSerializer(skill.serializer)

    app = Flask(__name__)
    app.logger.addFilter(OneLineRejections())
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    # The SDK's stock verifiers stay off: they need certvalidator (see skill.web.flask_sdk).
    app.config[VERIFY_SIGNATURE_APP_CONFIG] = False
    app.config[VERIFY_TIMESTAMP_APP_CONFIG] = False
    adapter = SkillAdapter(
        skill=skill,
        skill_id=settings.skill_id or UNVERIFIED_ADAPTER_KEY,
        verifiers=verifiers,
        app=app,
    )
    register_json_errors(app)

    @app.post("/")
    def alexa() -> Response:
        problem = unreadable_body_reason(request.get_data())
        if problem is not None:
            return json_error(400, problem)
        response: Response = adapter.dispatch_request()
        return response

    @app.get("/health")
    def health() -> Response:
        return Response('{"status": "ok"}', mimetype="application/json")

    return app


def _verifiers(
    settings: WebSettings, clock: Clock, fetch_chain: ChainFetcher | None
) -> list[AbstractVerifier]:
    checks: list[AbstractVerifier] = []
    if settings.verify:
        if not settings.skill_id:
            raise ConfigurationError("SKILL_ID must be set when request verification is on")
        fetch = fetch_chain or _default_fetcher(settings)
        chains = ChainCache(fetch, ChainVerifier(configured_roots(settings.trust_roots)), clock)
        checks += [SignatureVerifier(chains), TimestampVerifier(clock)]
    else:
        LOG.warning(
            "!!! ALEXA REQUEST VERIFICATION IS OFF: signatures and timestamps are NOT checked. "
            "Local testing only; never expose this server. !!!"
        )
    if settings.skill_id:
        checks.append(ApplicationIdVerifier(settings.skill_id))
    elif not settings.verify:
        LOG.warning("SKILL_ID is not set: requests for any skill id are accepted")
    return checks


def _default_fetcher(settings: WebSettings) -> ChainFetcher:
    if settings.cert_dir is not None:
        return DirectoryChainSource(settings.cert_dir)
    return HttpChainFetcher()
