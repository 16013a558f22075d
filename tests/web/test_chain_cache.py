"""Verified chains are cached per URL until they expire; failures are never cached."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import pytest

from skill.web.verification import ChainCache, ChainVerifier, RequestRejected

URL = "https://s3.amazonaws.com/echo.api/echo-api-cert.pem"


@dataclass
class Setup:
    """A cache over the test root, with a settable clock and a counting in-memory fetcher."""

    pki: Any
    now: datetime
    chains: dict[str, bytes]
    calls: list[str] = field(default_factory=list)

    def fetch(self, url: str) -> bytes:
        self.calls.append(url)
        return self.chains[url]

    def cache(self, **options: Any) -> ChainCache:
        return ChainCache(self.fetch, ChainVerifier([self.pki.root]), lambda: self.now, **options)


@pytest.fixture
def setup(pki: Any) -> Setup:
    return Setup(pki, pki.leaf.not_valid_before_utc + timedelta(days=1), {URL: pki.chain()})


def test_a_chain_is_fetched_once_while_valid(setup: Setup) -> None:
    cache = setup.cache()
    first = cache.get(URL)
    assert all(cache.get(URL) is first for _ in range(5))
    assert setup.calls == [URL]


def test_a_chain_is_fetched_again_after_expiry(setup: Setup) -> None:
    cache = setup.cache()
    expiry = cache.get(URL).expires_at
    setup.now = expiry
    cache.get(URL)
    assert setup.calls == [URL]
    setup.now = expiry + timedelta(seconds=1)
    with pytest.raises(RequestRejected, match="not trusted"):
        cache.get(URL)
    assert setup.calls == [URL, URL]


def test_a_chain_that_fails_is_not_cached(setup: Setup) -> None:
    setup.chains[URL] = b"not a chain"
    cache = setup.cache()
    for _ in range(2):
        with pytest.raises(RequestRejected):
            cache.get(URL)
    setup.chains[URL] = setup.pki.chain()
    cache.get(URL)
    assert setup.calls == [URL, URL, URL]


def test_the_cache_keeps_the_most_recently_used_entries(setup: Setup) -> None:
    urls = [f"https://s3.amazonaws.com/echo.api/{n}.pem" for n in range(3)]
    setup.chains.update(dict.fromkeys(urls, setup.pki.chain()))
    cache = setup.cache(max_entries=2)
    for url in urls:
        cache.get(url)
    cache.get(urls[2])
    cache.get(urls[1])
    assert setup.calls == urls
    cache.get(urls[0])
    assert setup.calls == [*urls, urls[0]]
