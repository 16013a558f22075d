"""Every APL document the skill ships passes Amazon's apl-suggester validator (no error and no
warning). The validator runs in node (``tests/skill/night_screen/node``, installed from its lock
file by ``make node-deps``), once for all documents."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from skill.night_screen.screens import DOCUMENTS
from tests.conftest import Invoke, load_request

NODE_DIR = Path(__file__).resolve().parent / "node"
CHECK_SECONDS = 120


def _skip_reason() -> str | None:
    if shutil.which("node") is None or shutil.which("npm") is None:
        return "node and npm are not installed: apl-suggester is a node package"
    if not (NODE_DIR / "node_modules" / "apl-suggester").is_dir():
        return "apl-suggester is not installed: run `make node-deps` (needs npm)"
    return None


def test_every_document_passes_apl_suggester() -> None:
    reason = _skip_reason()
    if reason is not None:
        pytest.skip(reason)
    documents = {
        path.name: json.loads(path.read_text("utf-8")) for path in sorted(DOCUMENTS.glob("*.json"))
    }
    assert documents, "no APL documents found"
    assert _findings(documents) == {name: [] for name in documents}


def test_the_countdown_commands_pass_apl_suggester_too(invoke: Invoke) -> None:
    """The ExecuteCommands of a stretch, checked as the night document's onMount."""
    reason = _skip_reason()
    if reason is not None:
        pytest.skip(reason)
    event = load_request("stretch")
    interfaces = event["context"]["System"]["device"]["supportedInterfaces"]
    interfaces["Alexa.Presentation.APL"] = {"runtime": {"maxVersion": "2024.2"}}
    render, run = invoke(event)["response"]["directives"]
    mounted = {**render["document"], "onMount": run["commands"]}
    assert _findings({"stretch-countdown": mounted}) == {"stretch-countdown": []}


def test_the_validator_finds_a_broken_document() -> None:
    """The check can fail: a property of the wrong type is reported."""
    reason = _skip_reason()
    if reason is not None:
        pytest.skip(reason)
    text = {"type": "Text", "fontSize": True}
    broken = {"type": "APL", "version": "2024.2", "mainTemplate": {"items": [text]}}
    assert _findings({"broken": broken})["broken"] != []


def _findings(documents: dict[str, Any]) -> dict[str, list[Any]]:
    """apl-suggester's findings per document (one node process for all)."""
    result = subprocess.run(
        ["node", str(NODE_DIR / "check_apl.js")],
        input=json.dumps(documents),
        capture_output=True,
        text=True,
        timeout=CHECK_SECONDS,
        check=True,
    )
    found: dict[str, list[Any]] = json.loads(result.stdout)
    return found
