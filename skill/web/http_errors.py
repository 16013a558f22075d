"""Every HTTP error of the endpoint as a short JSON object, never an HTML page."""

from __future__ import annotations

import logging

from flask import Flask, json
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.wrappers import Response

from skill.web.rejection import RequestRejected

LOG = logging.getLogger(__name__)


def register_json_errors(app: Flask) -> None:
    """Render ``HTTPException`` (and anything unexpected) as ``{"error": ...}``."""
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)


def json_error(status: int, message: str) -> Response:
    """A ``status`` response whose body is ``{"error": message}``."""
    return Response(json.dumps({"error": message}), status=status, mimetype="application/json")


def _http_error(error: HTTPException) -> Response:
    response = error.get_response()  # keeps the status and headers such as Allow on a 405
    response.set_data(json.dumps({"error": error_message(error)}))
    response.content_type = "application/json"
    return response


def _unexpected_error(error: Exception) -> Response:
    LOG.exception("unexpected error while serving a request")
    return _http_error(InternalServerError())


def error_message(error: HTTPException) -> str:
    """The rejection reason when a request check refused it, else werkzeug's status name."""
    # SkillAdapter raises BadRequest inside its ``except VerificationException`` block, so the
    # rejection is the implicit context of the 400.
    cause = error.__cause__ or error.__context__
    if isinstance(cause, RequestRejected):
        return cause.reason
    return (error.name or "error").lower()
