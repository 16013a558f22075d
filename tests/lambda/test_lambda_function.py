"""The Lambda entry point as AWS loads it: ``lambda_function.handler`` from the lambda/ folder."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from ask_sdk_core.exceptions import AskSdkException

from tests.conftest import REPO_ROOT, load_request

ENTRY = REPO_ROOT / "lambda" / "lambda_function.py"
RECORDED_SKILL_ID = load_request("launch")["context"]["System"]["application"]["applicationId"]


def _load_entry(monkeypatch: pytest.MonkeyPatch, skill_id: str | None) -> ModuleType:
    if skill_id is None:
        monkeypatch.delenv("SKILL_ID", raising=False)
    else:
        monkeypatch.setenv("SKILL_ID", skill_id)
    spec = importlib.util.spec_from_file_location("lambda_function_under_test", ENTRY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_the_handler_string_resolves_and_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    handler: Callable[[dict[str, Any], Any], dict[str, Any]] = _load_entry(
        monkeypatch, None
    ).handler
    response = handler(load_request("launch"), object())
    assert response["version"] == "1.0"
    assert response["response"]["shouldEndSession"] is False


def test_requests_for_this_skill_are_served(monkeypatch: pytest.MonkeyPatch) -> None:
    handler = _load_entry(monkeypatch, RECORDED_SKILL_ID).handler
    assert handler(load_request("cramp_now"), None)["response"]["outputSpeech"]


def test_requests_for_another_skill_are_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    handler = _load_entry(monkeypatch, "amzn1.ask.skill.someone-else").handler
    with pytest.raises(AskSdkException, match="Skill ID Verification failed"):
        handler(load_request("cramp_now"), None)
