"""What reaches the web endpoint besides Alexa: forged signatures, malformed bodies, odd headers.

``forgeries`` and ``MALFORMED_BODIES`` are plain catalogues (the load benchmark cycles through
them); ``unverified_requests`` is the hypothesis strategy that mixes them with arbitrary bytes and
headers. Nothing here produces a request the endpoint may accept.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from tests.support.pki import (
    CERT_URL_HEADER,
    CERT_URL_PREFIX,
    SIGNATURE_HEADER,
    Chain,
    SigningPki,
)

Json = dict[str, Any]
Headers = list[tuple[str, str]]

# Chain URLs Amazon's rules refuse before anything is fetched.
BAD_CERT_URLS = (
    "http://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://notamazon.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem",
    "https://s3.amazonaws.com/invalid.path/echo-api-cert.pem",
    "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/../../etc/passwd",
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem?x=1",
    "https://s3.amazonaws.com/echo.api/%2e%2e/echo-api-cert.pem",
    "https://user:pw@s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/missing.pem",
    "https://[::1/echo.api/x.pem",
    "",
)
# Bodies that are not a request envelope at all (sent unsigned or signed: both must fail).
MALFORMED_BODIES: dict[str, bytes] = {
    "empty": b"",
    "not JSON": b"hello, skill",
    "not UTF-8": b"\xff\xfe{\x00",
    "JSON array": b"[]",
    "JSON string": b'"LaunchRequest"',
    "JSON null": b"null",
    "object without request": b'{"version": "1.0"}',
    "request without type": b'{"version": "1.0", "request": {}}',
    "request is a list": b'{"version": "1.0", "request": []}',
    "bad timestamp": b'{"request": {"type": "LaunchRequest", "timestamp": "soon"}}',
    "deeply nested": b"[" * 50_000,
}


def _signature_over_other_bytes(pki: SigningPki, body: bytes) -> Headers:
    return [(CERT_URL_HEADER, pki.genuine.url), (SIGNATURE_HEADER, pki.sign(body + b" "))]


def forgeries(pki: SigningPki) -> dict[str, Callable[[bytes], Headers]]:
    """Signature headers for a body that Alexa did not sign, by name (each a function of the body).

    Every one must be refused, whatever the body: none is the genuine key's signature of exactly
    that body under the genuine chain's URL.
    """

    def genuine_key_at(url: str) -> Callable[[bytes], Headers]:
        return lambda body: [(CERT_URL_HEADER, url), (SIGNATURE_HEADER, pki.sign(body))]

    catalogue: dict[str, Callable[[bytes], Headers]] = {
        "rogue key": lambda body: list(pki.headers(body, key=pki.rogue_key).items()),
        "signature of other bytes": lambda body: _signature_over_other_bytes(pki, body),
        "no signature": lambda body: [(CERT_URL_HEADER, pki.genuine.url)],
        "no chain URL": lambda body: [(SIGNATURE_HEADER, pki.sign(body))],
        "signature not base64": lambda body: [
            (CERT_URL_HEADER, pki.genuine.url),
            (SIGNATURE_HEADER, "not base64!"),
        ],
        "empty signature": lambda body: [
            (CERT_URL_HEADER, pki.genuine.url),
            (SIGNATURE_HEADER, ""),
        ],
    }

    def signed_under(chain: Chain) -> Callable[[bytes], Headers]:
        return lambda body: list(pki.headers(body, chain).items())

    for chain in pki.forged:
        catalogue[f"{chain.file_name} chain"] = signed_under(chain)
    for number, url in enumerate(BAD_CERT_URLS, 1):
        catalogue[f"bad chain URL {number}"] = genuine_key_at(url)
    return catalogue


def json_body(envelope: Json) -> bytes:
    """The exact bytes sent (and signed) for ``envelope``."""
    return json.dumps(envelope, separators=(",", ":")).encode("utf-8")


_TOKEN = st.from_regex(r"\A[A-Za-z][A-Za-z0-9-]{0,24}\Z")
# Header values as HTTP can carry them: visible Latin-1, spaces and tabs, never CR or LF.
_FIELD_VALUE = st.text(
    alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"),
    max_size=80,
)
# Headers the HTTP client itself must own (framing and routing).
_CLIENT_OWNED = frozenset({"content-length", "transfer-encoding", "host", "connection", "expect"})


def extra_headers() -> st.SearchStrategy[Headers]:
    """Arbitrary request headers, including other spellings of the signature headers."""
    names = st.one_of(
        st.sampled_from(
            [
                CERT_URL_HEADER,
                SIGNATURE_HEADER,
                CERT_URL_HEADER.lower(),
                SIGNATURE_HEADER.upper(),
                "Signature",
                "Content-Type",
                "Accept",
                "X-Forwarded-For",
                "Authorization",
            ]
        ),
        _TOKEN,
    ).filter(lambda name: name.lower() not in _CLIENT_OWNED)
    values = st.one_of(_FIELD_VALUE, st.sampled_from([CERT_URL_PREFIX, "application/json"]))
    return st.lists(st.tuples(names, values), max_size=4)


@st.composite
def unverified_requests(
    draw: st.DrawFn, pki: SigningPki, envelopes: st.SearchStrategy[Json]
) -> tuple[bytes, Headers]:
    """A body and headers the endpoint must refuse: ``envelopes`` (well-formed requests for the
    skill, stamped now) or any bytes, under forged, missing or mangled signature headers."""
    body = draw(
        st.one_of(
            envelopes.map(json_body),
            st.sampled_from(sorted(MALFORMED_BODIES.values())),
            st.binary(max_size=300),
            st.text(max_size=300).map(lambda text: text.encode("utf-8")),
            st.builds(
                lambda e, junk: json_body(e) + junk, envelopes, st.binary(min_size=1, max_size=8)
            ),
        )
    )
    catalogue = forgeries(pki)
    forged = catalogue[draw(st.sampled_from(sorted(catalogue)))](body)
    headers = draw(st.permutations(forged + draw(extra_headers())))
    # A stray duplicate must not turn a forgery into the genuine pair; drop the draw if it would.
    genuine = {
        (CERT_URL_HEADER.lower(), pki.genuine.url),
        (SIGNATURE_HEADER.lower(), pki.sign(body)),
    }
    assume(not genuine <= {(name.lower(), value) for name, value in headers})
    return body, list(headers)
