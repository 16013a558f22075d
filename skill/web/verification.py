"""Every check a request passes before the skill reads it, and the certificate chain behind them.

Order (``RequestVerification.verify``): the body is a small, shallow JSON object;
``Signature-256`` over the raw bytes, with a chain fetched from a vetted URL, verified with
``cryptography``'s x509 API against Amazon's roots and cached until it expires; the timestamp is
within 150 s; every application id is ours. Each failure is a ``RequestRejected`` with a short
public reason. Until all of them pass, the body is only read as plain JSON: the SDK deserialises
it afterwards.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import posixpath
import re
import threading
import urllib.request
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any, Protocol
from urllib.error import URLError
from urllib.parse import SplitResult, urlsplit

import certifi
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

Json = dict[str, Any]



# --- A rejected request

class RequestRejected(Exception):  # noqa: N818  (a verdict, not an error of ours)
    """A request that must not reach the skill.

    ``reason`` is the short phrase sent back in the 400 body; ``detail`` only goes to the log.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


# --- The body: at most 128 KB of shallow JSON object (the SDK's reader recurses into it)

MAX_BODY_BYTES = 128 * 1024
MAX_JSON_DEPTH = 64


def read_body(body: bytes) -> Json:
    """``body`` as a JSON object, or ``RequestRejected`` when it is not an acceptable one."""
    try:
        parsed = json.loads(body.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise RequestRejected("body is not JSON") from exc
    if not isinstance(parsed, dict):
        raise RequestRejected("body is not a JSON object")
    if nesting_exceeds(parsed, MAX_JSON_DEPTH):
        raise RequestRejected(f"body is nested deeper than {MAX_JSON_DEPTH} levels")
    return parsed


def nesting_exceeds(value: Any, limit: int) -> bool:
    """Whether objects and arrays in ``value`` nest more than ``limit`` deep (no recursion)."""
    pending: list[tuple[Any, int]] = [(value, 1)] if isinstance(value, dict | list) else []
    while pending:
        item, depth = pending.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item
        pending.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


# --- The time source, injectable so that tests never depend on the wall clock

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


# --- Which ``SignatureCertChainUrl`` values may be fetched at all (Amazon's URL rules)

SCHEME = "https"
HOST = "s3.amazonaws.com"
PORT = 443
PATH_PREFIX = "/echo.api/"


def normalized_cert_url(url: str) -> str:
    """The canonical form of an acceptable chain URL (also the cache key and what is fetched).

    Raises:
        RequestRejected: the URL breaks one of the rules.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise RequestRejected("certificate URL is malformed") from exc
    if parts.scheme.lower() != SCHEME:
        raise RequestRejected("certificate URL scheme must be https")
    if (parts.hostname or "").lower() != HOST:
        raise RequestRejected(f"certificate URL host must be {HOST}")
    if port is not None and port != PORT:
        raise RequestRejected(f"certificate URL port must be {PORT}")
    _reject_extras(parts)
    path = posixpath.normpath(parts.path) if parts.path else ""
    if not path.startswith(PATH_PREFIX):
        raise RequestRejected(f"certificate URL path must start with {PATH_PREFIX}")
    return f"{SCHEME}://{HOST}{path}"


def _reject_extras(parts: SplitResult) -> None:
    # Alexa never sends these; refusing them keeps the fetched URL equal to the checked one.
    if parts.username is not None or parts.password is not None:
        raise RequestRejected("certificate URL must not carry credentials")
    if parts.query or parts.fragment:
        raise RequestRejected("certificate URL must not have a query or fragment")
    if "%" in parts.path:
        raise RequestRejected("certificate URL path must not be percent-encoded")


# --- Where chains come from: HTTPS with a timeout and a size cap, or a directory

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


# --- Is a PEM chain the Alexa signing chain? (``cryptography``'s x509 verification API)

SIGNING_NAME = "echo-api.amazon.com"
MAX_CHAIN_DEPTH = 6


@dataclass(frozen=True, slots=True)
class VerifiedChain:
    """What a request's signature check needs from a chain that passed."""

    public_key: RSAPublicKey
    expires_at: datetime


class ChainVerifier:
    """Verifies chains against a fixed set of anchors."""

    def __init__(self, roots: Iterable[x509.Certificate]) -> None:
        self._store = Store(list(roots))

    def verify(self, pem: bytes, now: datetime) -> VerifiedChain:
        """Check ``pem`` (leaf first, then intermediates) at time ``now``.

        Raises:
            RequestRejected: unparsable, untrusted, outside its dates, wrong name or key type.
        """
        leaf, intermediates = _parse(pem)
        verifier = (
            PolicyBuilder()
            .store(self._store)
            .time(now)
            .max_chain_depth(MAX_CHAIN_DEPTH)
            .build_server_verifier(x509.DNSName(SIGNING_NAME))
        )
        try:
            path = verifier.verify(leaf, intermediates)
        except VerificationError as exc:
            raise RequestRejected("certificate chain is not trusted", str(exc)) from exc
        if SIGNING_NAME not in _san_dns_names(leaf):
            raise RequestRejected(f"signing certificate does not name {SIGNING_NAME}")
        key = leaf.public_key()
        if not isinstance(key, RSAPublicKey):
            raise RequestRejected("signing certificate does not hold an RSA key")
        return VerifiedChain(
            public_key=key, expires_at=min(cert.not_valid_after_utc for cert in path)
        )


def _parse(pem: bytes) -> tuple[x509.Certificate, list[x509.Certificate]]:
    try:
        certificates = x509.load_pem_x509_certificates(pem)
    except ValueError as exc:
        raise RequestRejected("certificate chain is not PEM", str(exc)) from exc
    return certificates[0], certificates[1:]


def _san_dns_names(certificate: x509.Certificate) -> list[str]:
    try:
        san = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except x509.ExtensionNotFound:
        return []
    return san.value.get_values_for_type(x509.DNSName)


# --- Verified chains, kept per URL until the first certificate in them expires

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


# --- Trust anchors for Alexa's signing-certificate chain

LOG = logging.getLogger(__name__)

DEFAULT_ROOT_FINGERPRINTS: dict[str, str] = {
    "8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e": "Amazon Root CA 1",
    "1ba5b2aa8c65401a82960118f80bec4f62304d83cec4713a19c39c011ea46db4": "Amazon Root CA 2",
    "18ce6cfe7bf14e60b2e347b8dfe868cb31d02ebb3ada271569f50343b46db3a4": "Amazon Root CA 3",
    "e35d28419ed02025cfa69038cd623962458da5c695fbdea3c22b0bfb25897092": "Amazon Root CA 4",
    "cb3ccbb76031e5e0138f8dd39a23f9de47ffc35e43c1144cea27d46a5ab1cb5f": "DigiCert Global Root G2",
}

_PEM_BLOCK = re.compile(
    rb"-----BEGIN CERTIFICATE-----(?P<body>[A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----"
)


class TrustRootsError(RuntimeError):
    """The configured anchors cannot be used; the endpoint must not start without them."""


def default_roots(bundle: Path | None = None) -> tuple[x509.Certificate, ...]:
    """The default anchors, from ``bundle`` (``certifi``'s file unless given)."""
    path = bundle or Path(certifi.where())
    found: dict[str, x509.Certificate] = {}
    # Only the pinned blocks are parsed: other roots in the bundle are never looked at.
    for der in _der_blocks(path.read_bytes()):
        fingerprint = hashlib.sha256(der).hexdigest()
        if fingerprint in DEFAULT_ROOT_FINGERPRINTS:
            found[fingerprint] = x509.load_der_x509_certificate(der)
    missing = sorted(DEFAULT_ROOT_FINGERPRINTS[f] for f in DEFAULT_ROOT_FINGERPRINTS.keys() - found)
    if not found:
        raise TrustRootsError(f"none of the default Alexa trust roots is in {path}")
    if missing:
        LOG.warning("default trust roots missing from %s: %s", path, ", ".join(missing))
    return tuple(found.values())


def roots_from_file(path: Path) -> tuple[x509.Certificate, ...]:
    """Every certificate in the PEM file at ``path`` (``LEGCRAMP_TRUST_ROOTS``)."""
    try:
        roots = tuple(x509.load_pem_x509_certificates(path.read_bytes()))
    except (OSError, ValueError) as exc:
        raise TrustRootsError(f"cannot read trust roots from {path}: {exc}") from exc
    return roots


def configured_roots(path: Path | None) -> tuple[x509.Certificate, ...]:
    """The anchors in ``path`` when set, otherwise the defaults."""
    return roots_from_file(path) if path is not None else default_roots()


def _der_blocks(pem: bytes) -> list[bytes]:
    blocks = []
    for match in _PEM_BLOCK.finditer(pem):
        try:
            blocks.append(base64.b64decode(b"".join(match["body"].split()), validate=True))
        except binascii.Error:
            continue
    return blocks


# --- The checks, in the order a request meets them

CERT_URL_HEADER = "SignatureCertChainUrl"
SIGNATURE_HEADER = "Signature-256"
TOLERANCE = timedelta(seconds=150)


class Check(Protocol):
    """One check of an incoming request: raises ``RequestRejected``, or returns."""

    def verify(self, headers: Mapping[str, Any], body: bytes, envelope: Json) -> None:
        """``body`` is the raw bytes; ``envelope`` is the same body read as plain JSON."""


class SignatureCheck:
    """The body was signed by Alexa: vets the chain URL, gets the verified chain, and checks the
    RSA PKCS#1 v1.5 SHA-256 ``Signature-256`` over the raw bytes with the leaf's key."""

    def __init__(self, chains: ChainCache) -> None:
        self._chains = chains

    def verify(self, headers: Mapping[str, Any], body: bytes, envelope: Json) -> None:
        """Raise ``RequestRejected`` unless the signature matches the body."""
        cert_url = _header(headers, CERT_URL_HEADER)
        signature_text = _header(headers, SIGNATURE_HEADER)
        if not cert_url or not signature_text:
            raise RequestRejected(f"missing {CERT_URL_HEADER} or {SIGNATURE_HEADER} header")
        try:
            signature = base64.b64decode(signature_text.strip(), validate=True)
        except ValueError as exc:  # binascii.Error, or non-ASCII text
            raise RequestRejected(f"{SIGNATURE_HEADER} is not base64") from exc
        chain = self._chains.get(normalized_cert_url(cert_url))
        try:  # the bytes Alexa signed, never a re-serialisation of the parsed JSON
            chain.public_key.verify(signature, body, PKCS1v15(), SHA256())
        except InvalidSignature as exc:
            raise RequestRejected("signature does not match the body") from exc


def _header(headers: Mapping[str, Any], name: str) -> str | None:
    # werkzeug's headers answer ``get`` case-insensitively in O(1); a plain mapping is scanned.
    value = headers.get(name)
    if value is None:
        wanted = name.lower()
        value = next((v for key, v in headers.items() if key.lower() == wanted), None)
    return None if value is None else str(value)


class TimestampCheck:
    """The request is fresh: ``request.timestamp`` within 150 s of the clock, either way."""

    def __init__(self, clock: Clock, tolerance: timedelta = TOLERANCE) -> None:
        self._clock = clock
        self._tolerance = tolerance

    def verify(self, headers: Mapping[str, Any], body: bytes, envelope: Json) -> None:
        """Raise ``RequestRejected`` unless the timestamp is within the tolerance."""
        request = envelope.get("request")
        raw = request.get("timestamp") if isinstance(request, dict) else None
        if not isinstance(raw, str):
            raise RequestRejected("request has no timestamp")
        try:
            stamp = datetime.fromisoformat(raw)
        except ValueError as exc:
            raise RequestRejected("request timestamp is not a time") from exc
        if stamp.tzinfo is None or stamp.utcoffset() is None:
            raise RequestRejected("request timestamp has no time zone")
        if abs(self._clock() - stamp) > self._tolerance:
            raise RequestRejected("request timestamp is outside the 150 s tolerance")


class ApplicationIdCheck:
    """The request is for this skill: every application id it carries is ours (the SDK's own
    check would come after parsing, as a 500)."""

    def __init__(self, skill_id: str) -> None:
        self._skill_id = skill_id

    def verify(self, headers: Mapping[str, Any], body: bytes, envelope: Json) -> None:
        """Raise ``RequestRejected`` unless the application ids are present and all ours."""
        ids = application_ids(envelope)
        if not ids:
            raise RequestRejected("request has no application id")
        if any(found != self._skill_id for found in ids):
            raise RequestRejected("request is for another skill")


def application_ids(envelope: Json) -> list[str]:
    """``context.System.application.applicationId`` and ``session.application.applicationId``."""
    context = envelope.get("context")
    system = context.get("System") if isinstance(context, dict) else None
    session = envelope.get("session")
    holders = (
        system.get("application") if isinstance(system, dict) else None,
        session.get("application") if isinstance(session, dict) else None,
    )
    return [
        str(holder["applicationId"])
        for holder in holders
        if isinstance(holder, dict) and holder.get("applicationId") is not None
    ]


class RequestVerification:
    """The checks in order; ``verify`` returns the body read as plain JSON once all have passed."""

    def __init__(self, checks: Iterable[Check]) -> None:
        self._checks = tuple(checks)

    def verify(self, headers: Mapping[str, Any], body: bytes) -> Json:
        """The envelope as plain JSON, or ``RequestRejected`` naming the first check that failed."""
        envelope = read_body(body)
        for check in self._checks:
            check.verify(headers, body, envelope)
        return envelope
