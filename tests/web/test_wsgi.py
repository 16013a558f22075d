"""The production recipe: gunicorn serving ``skill.web.app:create_app()`` on loopback.

The server runs on the real clock, so this one test signs a request stamped now, with a chain
minted to be valid around now; the chain comes from ``LEGCRAMP_CERT_DIR``, nothing is downloaded.
"""

from __future__ import annotations

import http.client
import json
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from legcramp.contract import check_response
from legcramp.envelopes import EnvelopeFactory
from tests.support.loopback import HOST, free_port, serving

REPO_ROOT = Path(__file__).resolve().parents[2]
SKILL_ID = "amzn1.ask.skill.3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert.pem"
START_TIMEOUT_SECONDS = 30.0


def _request(
    port: int, method: str, path: str = "/", body: bytes = b"", **headers: str
) -> tuple[int, Any]:
    connection = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        connection.request(method, path, body, headers)
        response = connection.getresponse()
        return response.status, json.loads(response.read() or b"null")
    finally:
        connection.close()


@pytest.fixture
def gunicorn_port(pki: Any, tmp_path: Path) -> Iterator[int]:
    """gunicorn on a free loopback port with the recipe's app, stopped after the test."""
    cert_dir = tmp_path / "chains"
    cert_dir.mkdir()
    (cert_dir / "echo-api-cert.pem").write_bytes(pki.chain_valid_around(datetime.now(UTC)))
    roots = tmp_path / "roots.pem"
    roots.write_bytes(pki.roots())
    env = {
        **os.environ,
        "SKILL_ID": SKILL_ID,
        "LEGCRAMP_TRUST_ROOTS": str(roots),
        "LEGCRAMP_CERT_DIR": str(cert_dir),
    }
    port = free_port()
    command = [
        sys.executable, "-m", "gunicorn", "--bind", f"{HOST}:{port}", "--workers", "1",
        "skill.web.app:create_app()",
    ]  # fmt: skip
    with serving(
        command,
        port,
        name="gunicorn",
        log=tmp_path / "gunicorn.log",
        env=env,
        cwd=REPO_ROOT,
        start_seconds=START_TIMEOUT_SECONDS,
    ):
        yield port


def test_gunicorn_serves_the_recipe_app_with_verification_on(gunicorn_port: int, pki: Any) -> None:
    envelope = EnvelopeFactory(skill_id=SKILL_ID).launch()
    body = json.dumps(envelope).encode()
    signed = {"SignatureCertChainUrl": CERT_URL, "Signature-256": pki.sign(body)}

    status, answer = _request(gunicorn_port, "POST", "/", body, **signed)
    assert status == 200, answer
    assert check_response(answer, envelope) == []

    assert _request(gunicorn_port, "POST", "/", body) == (
        400,
        {"error": "missing SignatureCertChainUrl or Signature-256 header"},
    )
    tampered = body.replace(b"LaunchRequest", b"SessionEndedRequest")
    assert _request(gunicorn_port, "POST", "/", tampered, **signed)[0] == 400
    assert _request(gunicorn_port, "GET") == (405, {"error": "method not allowed"})
    assert _request(gunicorn_port, "GET", "/health") == (200, {"status": "ok"})
