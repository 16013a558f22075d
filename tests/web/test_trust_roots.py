"""Default anchors from certifi, picked by fingerprint; LEGCRAMP_TRUST_ROOTS replaces them."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

import certifi
import pytest
from cryptography.hazmat.primitives import serialization

from skill.web.verification import (
    DEFAULT_ROOT_FINGERPRINTS,
    TrustRootsError,
    configured_roots,
    default_roots,
    roots_from_file,
)


def fingerprint(certificate: Any) -> str:
    return hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()


def test_the_default_roots_are_exactly_the_pinned_ones_in_certifi() -> None:
    roots = default_roots()
    assert {fingerprint(root) for root in roots} == set(DEFAULT_ROOT_FINGERPRINTS)
    names = {root.subject.rfc4514_string() for root in roots}
    assert "CN=Amazon Root CA 1,O=Amazon,C=US" in names
    assert all(root.subject == root.issuer for root in roots)


def test_roots_missing_from_the_bundle_are_reported_and_the_rest_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    amazon_1 = next(r for r in default_roots() if "Amazon Root CA 1" in r.subject.rfc4514_string())
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes(b"# a comment\n" + amazon_1.public_bytes(serialization.Encoding.PEM))
    with caplog.at_level(logging.WARNING):
        roots = default_roots(bundle)
    assert roots == (amazon_1,)
    assert "Amazon Root CA 4" in caplog.text


def test_a_bundle_without_any_pinned_root_is_an_error(tmp_path: Path, pki: Any) -> None:
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes(pki.roots())
    with pytest.raises(TrustRootsError, match="none of the default"):
        default_roots(bundle)


def test_a_configured_file_replaces_the_defaults(roots_file: Path, pki: Any) -> None:
    assert configured_roots(roots_file) == (pki.root,)
    assert configured_roots(None) == default_roots(Path(certifi.where()))


@pytest.mark.parametrize("content", [None, b"", b"not a certificate"])
def test_an_unreadable_roots_file_is_an_error(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "roots.pem"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(TrustRootsError, match="cannot read trust roots"):
        roots_from_file(path)
