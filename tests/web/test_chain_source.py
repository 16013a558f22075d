"""Chain downloads (timeout, size cap, no redirects) and the offline directory, without network."""

from __future__ import annotations

import io
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.error import HTTPError, URLError

import pytest

from skill.web.verification import (
    MAX_CHAIN_BYTES,
    DirectoryChainSource,
    HttpChainFetcher,
    RequestRejected,
    _NoRedirects,
    read_capped,
)

URL = "https://s3.amazonaws.com/echo.api/echo-api-cert.pem"


@dataclass
class StubOpener:
    """Stands in for urllib's opener: records the calls, returns or raises what it was given."""

    body: bytes = b""
    error: Exception | None = None
    calls: list[tuple[str, float]] = field(default_factory=list)

    def open(self, url: str, /, *, timeout: float) -> IO[bytes]:
        self.calls.append((url, timeout))
        if self.error is not None:
            raise self.error
        return io.BytesIO(self.body)


def test_a_chain_is_downloaded_with_the_timeout() -> None:
    opener = StubOpener(body=b"chain")
    assert HttpChainFetcher(timeout=2.5, opener=opener)(URL) == b"chain"
    assert opener.calls == [(URL, 2.5)]


def test_a_chain_at_the_cap_is_read_and_one_byte_more_is_refused() -> None:
    assert HttpChainFetcher(max_bytes=10, opener=StubOpener(body=b"x" * 10))(URL) == b"x" * 10
    with pytest.raises(RequestRejected, match="too large"):
        HttpChainFetcher(max_bytes=10, opener=StubOpener(body=b"x" * 11))(URL)


@pytest.mark.parametrize(
    "error",
    [
        URLError("timed out"),
        TimeoutError("read timed out"),
        HTTPError(URL, 403, "Forbidden", {}, None),  # type: ignore[arg-type]
        ConnectionResetError(),
    ],
)
def test_a_failed_download_is_a_rejection(error: Exception) -> None:
    with pytest.raises(RequestRejected, match="could not be fetched"):
        HttpChainFetcher(opener=StubOpener(error=error))(URL)


def test_redirects_are_not_followed() -> None:
    request = urllib.request.Request(URL)
    follow = _NoRedirects().redirect_request(
        request, io.BytesIO(), 302, "Found", {}, "https://elsewhere.example/chain.pem"
    )
    assert follow is None


def test_read_capped_reads_at_most_one_byte_past_the_cap() -> None:
    stream = io.BytesIO(b"y" * (MAX_CHAIN_BYTES * 4))
    with pytest.raises(RequestRejected):
        read_capped(stream, MAX_CHAIN_BYTES)
    assert stream.tell() == MAX_CHAIN_BYTES + 1


def test_the_directory_serves_name_pem_for_echo_api_name_pem(tmp_path: Path) -> None:
    (tmp_path / "echo-api-cert-12.pem").write_bytes(b"chain")
    source = DirectoryChainSource(tmp_path)
    assert source("https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem") == b"chain"


@pytest.mark.parametrize(
    "url",
    [
        "https://s3.amazonaws.com/echo.api/absent.pem",
        "https://s3.amazonaws.com/echo.api/sub/echo-api-cert.pem",
        "https://s3.amazonaws.com/echo.api/.hidden.pem",
        "https://s3.amazonaws.com/echo.api/",
    ],
)
def test_the_directory_refuses_what_it_does_not_hold(tmp_path: Path, url: str) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "echo-api-cert.pem").write_bytes(b"chain")
    (tmp_path / ".hidden.pem").write_bytes(b"chain")
    with pytest.raises(RequestRejected, match="not available offline"):
        DirectoryChainSource(tmp_path)(url)


def test_the_directory_applies_the_size_cap(tmp_path: Path) -> None:
    (tmp_path / "big.pem").write_bytes(b"z" * 100)
    with pytest.raises(RequestRejected, match="too large"):
        DirectoryChainSource(tmp_path, max_bytes=99)("https://s3.amazonaws.com/echo.api/big.pem")
