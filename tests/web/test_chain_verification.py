"""Chain verification with cryptography's PolicyBuilder: minted chains and Amazon's real one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from skill.web.verification import ChainVerifier, RequestRejected, default_roots

AMAZON_CHAIN = "fixtures/amazon-echo-api-chain-2023.pem"
WHILE_VALID = datetime(2023, 6, 1, tzinfo=UTC)


@pytest.fixture
def amazon_chain(shared_dir: Path) -> bytes:
    """The real echo-api chain of 2023 (leaf valid 2023-03-16 to 2023-12-23), read in place."""
    path = shared_dir / AMAZON_CHAIN
    if not path.is_file():
        pytest.skip(f"{path} is absent from ../shared")
    return path.read_bytes()


def test_amazons_real_chain_verified_against_the_default_roots_while_it_was_valid(
    amazon_chain: bytes,
) -> None:
    chain = ChainVerifier(default_roots()).verify(amazon_chain, WHILE_VALID)
    leaf = x509.load_pem_x509_certificates(amazon_chain)[0]
    assert chain.public_key.public_numbers() == leaf.public_key().public_numbers()
    assert chain.expires_at == datetime(2023, 12, 23, 23, 59, 59, tzinfo=UTC)


def test_amazons_real_chain_is_rejected_today(amazon_chain: bytes) -> None:
    with pytest.raises(RequestRejected) as caught:
        ChainVerifier(default_roots()).verify(amazon_chain, datetime.now(UTC))
    assert caught.value.reason == "certificate chain is not trusted"
    assert "not valid at validation time" in caught.value.detail


def test_amazons_real_chain_is_not_trusted_by_an_unrelated_root(
    amazon_chain: bytes, pki: Any
) -> None:
    with pytest.raises(RequestRejected, match="not trusted"):
        ChainVerifier([pki.root]).verify(amazon_chain, WHILE_VALID)


def test_a_minted_chain_expires_with_its_first_certificate_to_expire(pki: Any) -> None:
    now = pki.leaf.not_valid_before_utc + timedelta(days=1)
    short_leaf = pki.leaf_with(not_after=now + timedelta(hours=1))
    chain = ChainVerifier([pki.root]).verify(pki.chain(short_leaf), now)
    assert chain.expires_at == short_leaf.not_valid_after_utc
    assert ChainVerifier([pki.root]).verify(pki.chain(), now).expires_at == min(
        pki.leaf.not_valid_after_utc, pki.intermediate.not_valid_after_utc
    )


def test_a_leaf_with_a_non_rsa_key_is_rejected(pki: Any) -> None:
    ec_key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(pki.leaf.subject)
        .issuer_name(pki.intermediate.subject)
        .public_key(ec_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(pki.leaf.not_valid_before_utc)
        .not_valid_after(pki.leaf.not_valid_after_utc)
    )
    for extension in pki.leaf.extensions:
        if not isinstance(extension.value, x509.SubjectKeyIdentifier):
            leaf = leaf.add_extension(extension.value, critical=extension.critical)
    leaf = leaf.add_extension(
        x509.SubjectKeyIdentifier.from_public_key(ec_key.public_key()), critical=False
    )
    certificate = leaf.sign(pki.intermediate_key, hashes.SHA256())
    now = pki.leaf.not_valid_before_utc + timedelta(days=1)
    with pytest.raises(RequestRejected, match="RSA key"):
        ChainVerifier([pki.root]).verify(pki.chain(certificate), now)


@pytest.mark.parametrize("data", [b"", b"garbage", b"-----BEGIN CERTIFICATE-----\nAAA\n"])
def test_data_that_is_not_a_pem_chain_is_rejected(pki: Any, data: bytes) -> None:
    with pytest.raises(RequestRejected, match="not PEM"):
        ChainVerifier([pki.root]).verify(data, datetime.now(UTC))
