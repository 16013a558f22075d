"""The API client for Alexa's service APIs (reminders, settings …), created on first use.

The SDK's ``DefaultApiClient`` imports ``requests`` (and with it urllib3 and ssl), tens of
milliseconds that a request which never calls a service API should not pay at cold start. It also
sets no timeout, so an API that never answers would hold the request until Lambda stops it;
every call here gives up after ``timeout_seconds`` (``skill.timed_api_client``), and the SDK's
service client reports that as a 500, which the reminders capability answers with "I couldn't
reach Alexa's reminders".
"""

from __future__ import annotations

from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse

from skill.settings import DEFAULT_API_TIMEOUT_SECONDS


class LazyApiClient(ApiClient):
    """Delegates to the SDK's ``DefaultApiClient`` (with a timeout), imported and built on the
    first call."""

    def __init__(self, timeout_seconds: float = DEFAULT_API_TIMEOUT_SECONDS) -> None:
        if not timeout_seconds > 0:
            raise ValueError("the API timeout must be a positive number of seconds")
        self.timeout_seconds = timeout_seconds
        self._client: ApiClient | None = None

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        """Send ``request`` through the SDK's client (HTTPS only, as the SDK insists)."""
        if self._client is None:
            from skill.timed_api_client import TimedApiClient  # noqa: PLC0415

            self._client = TimedApiClient(self.timeout_seconds)
        response: ApiClientResponse = self._client.invoke(request)
        return response
