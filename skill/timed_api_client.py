"""The SDK's ``DefaultApiClient`` with a timeout on every call.

``DefaultApiClient`` sends each request with the module-level ``requests`` function its
``_resolve_method`` picks (``requests.get`` …) and passes no ``timeout``, so requests waits for
ever on an API that accepts the connection and never answers. ``requests`` has no default
timeout to set and no session hook for one, so the one seam is that method: this subclass binds
``timeout`` to the function the SDK picked; the rest (HTTPS only, headers, body, and every failure
raised as ``ApiClientException``, which the SDK's service clients report as a 500) stays the
SDK's. Imported by ``skill.api_client`` on the first service call: it imports ``requests``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from ask_sdk_core.api_client import DefaultApiClient
from ask_sdk_model.services import ApiClientRequest


class TimedApiClient(DefaultApiClient):
    """``DefaultApiClient`` whose calls give up after ``timeout_seconds``: connecting (the TCP
    and TLS handshakes) and then each wait for the answer's bytes, as ``requests`` counts it."""

    def __init__(self, timeout_seconds: float) -> None:
        self.timeout_seconds = timeout_seconds

    def _resolve_method(self, request: ApiClientRequest) -> Callable[..., Any]:
        method: Callable[..., Any] = super()._resolve_method(request)
        return partial(method, timeout=self.timeout_seconds)
