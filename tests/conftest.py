"""Shared fixtures: paths, real request envelopes, and the real Lambda handler under contract."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from legcramp.contract import assert_contract
from skill.builder import make_lambda_handler
from skill.settings import Settings

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"
REQUESTS_DIR = Path(__file__).resolve().parent / "fixtures" / "requests"

Json = dict[str, Any]
Handler = Callable[[Json, Any], Json]  # the Lambda handler: (event, context) -> response
Invoke = Callable[[Json], Json]


@pytest.fixture(autouse=True)
def _own_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every test gets its own empty data folder: the console and the self-hosted endpoint keep
    their diary in ``$XDG_DATA_HOME``, and no test may read or write the real one."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("DIARY_STORE", raising=False)


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the clone; present on development machines and in CI, not for users."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"{SHARED_DIR} is absent: it exists only on development machines and in CI")
    return SHARED_DIR


def load_request(name: str) -> Json:
    """A recorded request envelope from ``tests/fixtures/requests/NAME.json`` (a fresh copy)."""
    envelope: Json = json.loads((REQUESTS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return copy.deepcopy(envelope)


@pytest.fixture(scope="session")
def lambda_handler() -> Handler:
    """The real Lambda handler, as ``lambda/lambda_function.py`` builds it (no skill-ID check)."""
    return make_lambda_handler(Settings())


@pytest.fixture
def invoke(lambda_handler: Handler) -> Invoke:
    """Send an envelope through the Lambda handler; every response must pass the contract."""

    def send(envelope: Json) -> Json:
        response = lambda_handler(envelope, None)
        assert_contract(response, envelope)
        return response

    return send
