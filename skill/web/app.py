"""The Flask application factory: ``POST /`` for Alexa, ``GET /health`` for load balancers.

Production: ``gunicorn 'skill.web.app:create_app()'`` (settings from the environment, verification
always on). Every request passes ``skill.web.verification`` before the SDK reads it; then
flask-ask-sdk's ``SkillAdapter`` dispatches it to the same skill the Lambda handler runs.
"""

from __future__ import annotations

import logging

from ask_sdk_core.skill_builder import CustomSkillBuilder
from flask import Flask, json, request
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.wrappers import Response

from skill.builder import make_skill, make_skill_builder
from skill.settings import Settings
from skill.web.flask_sdk import (
    VERIFY_SIGNATURE_APP_CONFIG,
    VERIFY_TIMESTAMP_APP_CONFIG,
    SkillAdapter,
)
from skill.web.verification import (
    MAX_BODY_BYTES,
    ApplicationIdCheck,
    ChainCache,
    ChainFetcher,
    ChainVerifier,
    Check,
    Clock,
    DirectoryChainSource,
    HttpChainFetcher,
    RequestRejected,
    RequestVerification,
    SignatureCheck,
    TimestampCheck,
    configured_roots,
    system_clock,
)

LOG = logging.getLogger(__name__)

UNVERIFIED_ADAPTER_KEY = "unverified-local"


class ConfigurationError(RuntimeError):
    """The endpoint cannot start safely with these settings."""


def create_app(
    settings: Settings | None = None,
    *,
    skill_builder: CustomSkillBuilder | None = None,
    clock: Clock = system_clock,
    fetch_chain: ChainFetcher | None = None,
) -> Flask:
    """Build the endpoint.

    Args:
        settings: defaults to ``Settings.from_env()``.
        skill_builder: defaults to ``skill.builder.make_skill_builder(settings)``.
        clock: time for the timestamp and certificate-validity checks.
        fetch_chain: how chains are obtained; defaults to the ``LEGCRAMP_CERT_DIR`` directory when
            set, else HTTPS with a timeout and a size cap.

    Raises:
        ConfigurationError: verification is on but no skill id is configured.
        TrustRootsError: the trust anchors cannot be loaded.
    """
    settings = settings or Settings.from_env()
    verification = RequestVerification(_checks(settings, clock, fetch_chain))
    skill = make_skill(skill_builder or make_skill_builder(settings))

    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    # The SDK's stock verifiers stay off: ours run before the SDK parses anything (and the stock
    # ones need certvalidator, see skill.web.flask_sdk).
    app.config[VERIFY_SIGNATURE_APP_CONFIG] = False
    app.config[VERIFY_TIMESTAMP_APP_CONFIG] = False
    adapter = SkillAdapter(
        skill=skill, skill_id=settings.skill_id or UNVERIFIED_ADAPTER_KEY, verifiers=[], app=app
    )
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)

    @app.post("/")
    def alexa() -> Response:
        try:
            verification.verify(dict(request.headers), request.get_data())
        except RequestRejected as rejected:  # routine (scanners, replays, skew): one line, no trace
            LOG.warning("request rejected: %s", rejected)
            return json_error(400, rejected.reason)
        response: Response = adapter.dispatch_request()
        return response

    @app.get("/health")
    def health() -> Response:
        return Response('{"status": "ok"}', mimetype="application/json")

    return app


def json_error(status: int, message: str) -> Response:
    """A ``status`` response whose body is ``{"error": message}``."""
    return Response(json.dumps({"error": message}), status=status, mimetype="application/json")


def _http_error(error: HTTPException) -> Response:
    response = error.get_response()  # keeps the status and headers such as Allow on a 405
    response.set_data(json.dumps({"error": (error.name or "error").lower()}))
    response.content_type = "application/json"
    return response


def _unexpected_error(error: Exception) -> Response:
    LOG.exception("unexpected error while serving a request")
    return _http_error(InternalServerError())


def _checks(settings: Settings, clock: Clock, fetch_chain: ChainFetcher | None) -> list[Check]:
    checks: list[Check] = []
    if settings.verify:
        if not settings.skill_id:
            raise ConfigurationError("SKILL_ID must be set when request verification is on")
        fetch = fetch_chain or _default_fetcher(settings)
        chains = ChainCache(fetch, ChainVerifier(configured_roots(settings.trust_roots)), clock)
        checks += [SignatureCheck(chains), TimestampCheck(clock)]
    else:
        LOG.warning(
            "!!! ALEXA REQUEST VERIFICATION IS OFF: signatures and timestamps are NOT checked. "
            "Local testing only; never expose this server. !!!"
        )
    if settings.skill_id:
        checks.append(ApplicationIdCheck(settings.skill_id))
    elif not settings.verify:
        LOG.warning("SKILL_ID is not set: requests for any skill id are accepted")
    return checks


def _default_fetcher(settings: Settings) -> ChainFetcher:
    if settings.cert_dir is not None:
        return DirectoryChainSource(settings.cert_dir)
    return HttpChainFetcher()


__all__ = ["ConfigurationError", "create_app", "json_error"]
