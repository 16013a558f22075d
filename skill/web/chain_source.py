"""Where certificate chains come from: HTTPS with a timeout and a size cap, or a directory.

A fetcher is any ``Callable[[str], bytes]`` taking a URL already accepted by
``skill.web.cert_url``; tests inject their own, so no test touches the network.
"""

from __future__ import annotations

import re
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import IO, Protocol
from urllib.error import URLError

from skill.web.cert_url import PATH_PREFIX
from skill.web.rejection import RequestRejected

ChainFetcher = Callable[[str], bytes]

FETCH_TIMEOUT_SECONDS = 5.0
MAX_CHAIN_BYTES = 64 * 1024  # Amazon's chain is about 7 KB
_CHAIN_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class _Opener(Protocol):
    def open(self, url: str, /, *, timeout: float) -> IO[bytes]: ...


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # The URL was vetted; a redirect would fetch something that was not.
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


class HttpChainFetcher:
    """Downloads a chain, refusing slow servers, redirects and bodies over ``max_bytes``."""

    def __init__(
        self,
        timeout: float = FETCH_TIMEOUT_SECONDS,
        max_bytes: int = MAX_CHAIN_BYTES,
        opener: _Opener | None = None,
    ) -> None:
        self._timeout = timeout
        self._max_bytes = max_bytes
        self._opener: _Opener = opener or urllib.request.build_opener(_NoRedirects())

    def __call__(self, url: str) -> bytes:
        try:
            with self._opener.open(url, timeout=self._timeout) as response:
                return read_capped(response, self._max_bytes)
        except (URLError, OSError, ValueError) as exc:
            raise RequestRejected("certificate chain could not be fetched", str(exc)) from exc


def read_capped(stream: IO[bytes], max_bytes: int) -> bytes:
    """All of ``stream``, or ``RequestRejected`` once it passes ``max_bytes``."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise RequestRejected("certificate chain is too large", f"over {max_bytes} bytes")
    return data


class DirectoryChainSource:
    """``LEGCRAMP_CERT_DIR``: the chain for ``…/echo.api/NAME.pem`` is the file ``NAME.pem`` here.

    Nothing is downloaded in this mode; a chain that is not in the directory is refused.
    """

    def __init__(self, directory: Path, max_bytes: int = MAX_CHAIN_BYTES) -> None:
        self._directory = directory
        self._max_bytes = max_bytes

    def __call__(self, url: str) -> bytes:
        _, _, name = url.partition(PATH_PREFIX)
        if not _CHAIN_FILE_NAME.match(name):
            raise RequestRejected("certificate chain is not available offline", url)
        try:
            with (self._directory / name).open("rb") as chain_file:
                return read_capped(chain_file, self._max_bytes)
        except OSError as exc:
            raise RequestRejected("certificate chain is not available offline", str(exc)) from exc
