"""Every APL document the skill ships passes Amazon's apl-suggester validator (no error and no
warning). The validator runs in node (``tests/skill/night_screen/node``, installed from its lock
file by ``make node-deps``), once for all documents."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from skill.night_screen.screens import DOCUMENTS

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
    result = subprocess.run(
        ["node", str(NODE_DIR / "check_apl.js")],
        input=json.dumps(documents),
        capture_output=True,
        text=True,
        timeout=CHECK_SECONDS,
        check=True,
    )
    findings = json.loads(result.stdout)
    assert findings == {name: [] for name in documents}


def test_the_validator_finds_a_broken_document() -> None:
    """The check can fail: a property of the wrong type is reported."""
    reason = _skip_reason()
    if reason is not None:
        pytest.skip(reason)
    text = {"type": "Text", "fontSize": True}
    broken = {"type": "APL", "version": "2024.2", "mainTemplate": {"items": [text]}}
    result = subprocess.run(
        ["node", str(NODE_DIR / "check_apl.js")],
        input=json.dumps({"broken": broken}),
        capture_output=True,
        text=True,
        timeout=CHECK_SECONDS,
        check=True,
    )
    assert json.loads(result.stdout)["broken"] != []
