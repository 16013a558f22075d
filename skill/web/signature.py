"""Check 1 of 3: the body was signed by Alexa (``Signature-256`` over the raw request bytes)."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.hashes import SHA256

from skill.web.cert_url import normalized_cert_url
from skill.web.chain_cache import ChainCache
from skill.web.flask_sdk import AbstractVerifier
from skill.web.rejection import RequestRejected

if TYPE_CHECKING:
    from ask_sdk_model import RequestEnvelope

CERT_URL_HEADER = "SignatureCertChainUrl"
SIGNATURE_HEADER = "Signature-256"
BODY_ENCODING = "utf-8"


class SignatureVerifier(AbstractVerifier):
    """Vets the chain URL, gets the verified chain, and checks the RSA PKCS#1 v1.5 SHA-256
    signature with the leaf's key."""

    def __init__(self, chains: ChainCache) -> None:
        self._chains = chains

    def verify(
        self,
        headers: Mapping[str, Any],
        serialized_request_env: str,
        deserialized_request_env: RequestEnvelope,
    ) -> None:
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
        # SkillAdapter hands over the body decoded from UTF-8; strict UTF-8 round-trips exactly,
        # so these are the bytes Alexa signed (never a re-serialisation of the parsed JSON).
        body = serialized_request_env.encode(BODY_ENCODING)
        try:
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
