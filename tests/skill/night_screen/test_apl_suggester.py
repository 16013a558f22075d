"""Every APL document the skill ships passes Amazon's apl-suggester validator (no error and no
warning). The validator runs in node (``tests/skill/night_screen/node``, installed from its lock
file by ``make node-deps``), once for all documents."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from legcramp.contract import assert_contract
from legcramp.envelopes import EnvelopeFactory
from legcramp.resolution import ResolutionStatus, SlotResolution
from skill.builder import make_lambda_handler
from skill.night_screen.screens import CHART_NIGHTS, DOCUMENTS
from skill.settings import Settings
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


def test_the_diary_chart_passes_apl_suggester_with_its_bars_in_place(tmp_path: Path) -> None:
    """The document of a diary summary with a bar on every night of the four weeks, checked with
    the bars written into the graphic and the component (where the data binds them)."""
    reason = _skip_reason()
    if reason is not None:
        pytest.skip(reason)
    now = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
    store = f"sqlite:///{tmp_path / 'diary.db'}"
    handler = make_lambda_handler(Settings(store=store), clock=lambda: now)
    factory = EnvelopeFactory(clock=lambda: now)
    for night in range(CHART_NIGHTS):
        day = (now - timedelta(days=night + 1)).date().isoformat()
        slots = {
            "when": SlotResolution(day, ResolutionStatus.MATCH, builtin=True),
            "count": SlotResolution(str(1 + night % 20), ResolutionStatus.MATCH, builtin=True),
        }
        logged = factory.intent("LogCrampIntent", slots)
        assert_contract(handler(logged, None), logged)
    event = factory.intent("DiarySummaryIntent")
    event["context"]["System"]["device"]["supportedInterfaces"]["Alexa.Presentation.APL"] = {
        "runtime": {"maxVersion": "2024.2"}
    }
    response = handler(event, None)
    assert_contract(response, event)
    [render] = response["response"]["directives"]
    bars = render["datasources"]["night"]["chart"]["bars"]
    assert bars.count("Z") == CHART_NIGHTS
    drawn = copy.deepcopy(render["document"])
    for parameter in drawn["graphics"]["cramps"]["parameters"]:
        if parameter["name"] == "bars":
            parameter["default"] = bars
    text = json.dumps(drawn).replace("${payload.night.chart.bars}", bars)
    assert text != json.dumps(drawn)  # the component's binding was there to fill
    documents = {"as-sent": render["document"], "bars-in-place": json.loads(text)}
    assert _findings(documents) == {name: [] for name in documents}


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
