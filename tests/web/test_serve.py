"""``legcramp serve``: --no-verify only on loopback and loudly; no start without a skill id."""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask import Flask

from legcramp import serve
from legcramp.cli import main
from legcramp.envelopes import EnvelopeFactory


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Flask, str, int]]:
    """Records instead of starting a server."""
    calls: list[tuple[Flask, str, int]] = []
    monkeypatch.setattr(serve, "start", lambda app, host, port: calls.append((app, host, port)))
    for name in ("SKILL_ID", "LEGCRAMP_TRUST_ROOTS", "LEGCRAMP_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
    return calls


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "10.0.0.1", "example.com", ""])
def test_no_verify_is_refused_off_loopback(
    started: list[Any], host: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--no-verify", "--host", host]) == serve.EXIT_REFUSED
    assert started == []
    assert "--no-verify is refused" in capsys.readouterr().err


@pytest.mark.parametrize("host", ["127.0.0.1", "127.3.2.1", "::1", "[::1]", "localhost"])
def test_no_verify_runs_on_loopback_and_says_so(
    started: list[Any], host: str, caplog: pytest.LogCaptureFixture
) -> None:
    assert main(["serve", "--no-verify", "--host", host, "--port", "5123"]) == 0
    [(app, bound_host, port)] = started
    assert (bound_host, port) == (host, 5123)
    assert "VERIFICATION IS OFF" in caplog.text
    unsigned = app.test_client().post("/", data=json.dumps(EnvelopeFactory().launch()))
    assert unsigned.status_code == 200


def test_verification_is_on_by_default_and_needs_a_skill_id(
    started: list[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve"]) == serve.EXIT_REFUSED
    assert started == []
    assert "SKILL_ID must be set" in capsys.readouterr().err


def test_with_a_skill_id_the_verified_app_starts_on_the_defaults(
    started: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SKILL_ID", "amzn1.ask.skill.serve-test")
    assert main(["serve"]) == 0
    [(app, host, port)] = started
    assert (host, port) == (serve.DEFAULT_HOST, serve.DEFAULT_PORT)
    unsigned = app.test_client().post("/", data=b'{"version": "1.0"}')
    assert unsigned.status_code == 400
    assert unsigned.get_json() == {"error": "missing SignatureCertChainUrl or Signature-256 header"}


def test_unreadable_trust_roots_stop_the_start(
    started: list[Any],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SKILL_ID", "amzn1.ask.skill.serve-test")
    monkeypatch.setenv("LEGCRAMP_TRUST_ROOTS", str(tmp_path / "absent.pem"))
    assert main(["serve"]) == serve.EXIT_REFUSED
    assert started == []
    assert "cannot read trust roots" in capsys.readouterr().err
