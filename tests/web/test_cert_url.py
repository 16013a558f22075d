"""The certificate-URL rules: Amazon's eight published vectors, and the extra refusals."""

from __future__ import annotations

import pytest

from skill.web.verification import RequestRejected, normalized_cert_url

CANONICAL = "https://s3.amazonaws.com/echo.api/echo-api-cert.pem"

# (url, expected): the normalised URL, or the start of the rejection reason.
VECTORS = [
    ("https://s3.amazonaws.com/echo.api/echo-api-cert.pem", CANONICAL),
    ("https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem", CANONICAL),
    ("https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem", CANONICAL),
    ("http://s3.amazonaws.com/echo.api/echo-api-cert.pem", "certificate URL scheme"),
    ("https://notamazon.com/echo.api/echo-api-cert.pem", "certificate URL host"),
    ("https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem", "certificate URL path"),
    ("https://s3.amazonaws.com/invalid.path/echo-api-cert.pem", "certificate URL path"),
    ("https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem", "certificate URL port"),
]


@pytest.mark.parametrize(("url", "expected"), VECTORS)
def test_the_eight_published_vectors(url: str, expected: str) -> None:
    if expected.startswith("https://"):
        assert normalized_cert_url(url) == expected
    else:
        with pytest.raises(RequestRejected) as caught:
            normalized_cert_url(url)
        assert caught.value.reason.startswith(expected)


@pytest.mark.parametrize(
    "url",
    [
        "HTTPS://S3.AmazonAWS.com/echo.api/echo-api-cert.pem",
        "https://s3.amazonaws.com:/echo.api/echo-api-cert.pem",
        "https://s3.amazonaws.com/echo.api/./echo-api-cert.pem",
        " https://s3.amazonaws.com/echo.api/echo-api-cert.pem ",
    ],
)
def test_scheme_and_host_are_case_insensitive_and_forms_normalise(url: str) -> None:
    assert normalized_cert_url(url) == CANONICAL


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://s3.amazonaws.com/echo.api/../../etc/passwd", "certificate URL path"),
        ("https://s3.amazonaws.com/echo.api/..", "certificate URL path"),
        ("https://s3.amazonaws.com/echo.api", "certificate URL path"),
        ("https://s3.amazonaws.com", "certificate URL path"),
        ("https://s3.amazonaws.com//echo.api/x.pem", "certificate URL path"),
        ("https://s3.amazonaws.com/echo.api/%2e%2e/x.pem", "certificate URL path must not be"),
        ("https://s3.amazonaws.com.evil.example/echo.api/x.pem", "certificate URL host"),
        ("https://evil.example/s3.amazonaws.com/echo.api/x.pem", "certificate URL host"),
        ("https://user:pw@s3.amazonaws.com/echo.api/x.pem", "certificate URL must not carry"),
        ("https://s3.amazonaws.com/echo.api/x.pem?v=1", "certificate URL must not have"),
        ("https://s3.amazonaws.com/echo.api/x.pem#top", "certificate URL must not have"),
        ("https://s3.amazonaws.com:99999/echo.api/x.pem", "certificate URL is malformed"),
        ("https://s3.amazonaws.com:https/echo.api/x.pem", "certificate URL is malformed"),
        ("https://[::1/echo.api/x.pem", "certificate URL is malformed"),
        ("ftp://s3.amazonaws.com/echo.api/x.pem", "certificate URL scheme"),
        ("", "certificate URL scheme"),
    ],
)
def test_other_forms_are_refused(url: str, reason: str) -> None:
    with pytest.raises(RequestRejected) as caught:
        normalized_cert_url(url)
    assert caught.value.reason.startswith(reason)
