"""Verified chains, kept per URL until the first certificate in them expires.

Only chains that passed verification are kept, so a cache hit needs no fetch and no path
building: just the expiry check against the injected clock. Entries are few (Alexa uses one URL
at a time), but the cache is bounded so that odd URLs cannot grow it without limit.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from skill.web.chain_source import ChainFetcher
from skill.web.chain_verification import ChainVerifier, VerifiedChain
from skill.web.clock import Clock

MAX_ENTRIES = 8


class ChainCache:
    """Fetch-and-verify with memory: ``get(url)`` returns a chain valid now, or raises."""

    def __init__(
        self,
        fetch: ChainFetcher,
        verifier: ChainVerifier,
        clock: Clock,
        max_entries: int = MAX_ENTRIES,
    ) -> None:
        self._fetch = fetch
        self._verifier = verifier
        self._clock = clock
        self._max_entries = max_entries
        self._entries: OrderedDict[str, VerifiedChain] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, url: str) -> VerifiedChain:
        """The verified chain for ``url`` (already vetted by ``skill.web.cert_url``).

        Raises:
            RequestRejected: the chain cannot be fetched or does not verify now.
        """
        now = self._clock()
        with self._lock:
            cached = self._entries.get(url)
            if cached is not None and now <= cached.expires_at:
                self._entries.move_to_end(url)
                return cached
            self._entries.pop(url, None)
        # Fetch outside the lock: a slow download must not hold up requests for cached URLs.
        chain = self._verifier.verify(self._fetch(url), now)
        with self._lock:
            self._entries[url] = chain
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)
        return chain
