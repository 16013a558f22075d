"""The API client for Alexa's service APIs (reminders, settings …), created on first use.

The SDK's ``DefaultApiClient`` imports ``requests`` (and with it urllib3 and ssl), tens of
milliseconds that a request which never calls a service API should not pay at cold start.
"""

from __future__ import annotations

from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse


class LazyApiClient(ApiClient):
    """Delegates to the SDK's ``DefaultApiClient``, imported and built on the first call."""

    def __init__(self) -> None:
        self._client: ApiClient | None = None

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        """Send ``request`` through the SDK's client (HTTPS only, as the SDK insists)."""
        if self._client is None:
            from ask_sdk_core.api_client import DefaultApiClient  # noqa: PLC0415

            self._client = DefaultApiClient()
        response: ApiClientResponse = self._client.invoke(request)
        return response
