"""A real third-party client: Bespoken's virtual-alexa talks to a live ``legcramp serve``.

virtual-alexa turns utterances into requests with the interaction model, as Alexa would, and
posts them over HTTP. It cannot sign requests, so the server runs with ``--no-verify`` on
loopback (the only place that flag is accepted), with ``SKILL_ID`` set so the application-id
check still applies. Node packages come from ``make node-deps``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from legcramp.contract import check_response
from tests.support.loopback import HOST, free_port, serving

REPO_ROOT = Path(__file__).resolve().parents[2]
NODE_DIR = Path(__file__).resolve().parent / "node"
MODEL = REPO_ROOT / "interaction_model" / "en-US.json"
SKILL_ID = "amzn1.ask.skill.7e3b1b0e-9a40-4c55-8f1e-0123456789ab"
START_TIMEOUT_SECONDS = 30.0
DRIVE_TIMEOUT_SECONDS = 120.0
_SLOT = re.compile(r"\{(\w+)\}")
# virtual-alexa 0.7 treats any utterance containing these words as "open the skill".
_READ_AS_LAUNCH = re.compile(r"ask|open|launch|talk to|tell", re.IGNORECASE)


def _skip_reason() -> str | None:
    if shutil.which("node") is None or shutil.which("npm") is None:
        return "node and npm are not installed: virtual-alexa needs them"
    if not (NODE_DIR / "node_modules" / "virtual-alexa").is_dir():
        return "virtual-alexa is not installed: run `make node-deps` (needs npm)"
    if not MODEL.is_file():
        return f"{MODEL} does not exist yet"
    return None


pytestmark = pytest.mark.skipif(_skip_reason() is not None, reason=str(_skip_reason()))


@pytest.fixture
def live_url(tmp_path: Path) -> Iterator[str]:
    """``legcramp serve --no-verify`` on a free loopback port, stopped after the test."""
    port = free_port()
    env = {**os.environ, "SKILL_ID": SKILL_ID}
    env.pop("LEGCRAMP_CERT_DIR", None)
    command = [sys.executable, "-m", "legcramp.cli", "serve", "--no-verify", "--port", str(port)]
    log = tmp_path / "serve.log"
    with serving(
        command,
        port,
        name="legcramp serve",
        log=log,
        env=env,
        cwd=REPO_ROOT,
        start_seconds=START_TIMEOUT_SECONDS,
    ):
        yield f"http://{HOST}:{port}/"
    assert "VERIFICATION IS OFF" in log.read_text()


def _plan(url: str) -> dict[str, Any]:
    """Launch, one sample utterance per custom intent (slots filled from the model), help, stop."""
    language_model = json.loads(MODEL.read_text(encoding="utf-8"))["interactionModel"][
        "languageModel"
    ]
    first_value = {
        slot_type["name"]: slot_type["values"][0]["name"]["value"]
        for slot_type in language_model.get("types", [])
    }
    # Amazon's built-in slot types have no values in the model: one spoken value each.
    first_value |= {
        "AMAZON.DATE": "yesterday",
        "AMAZON.TIME": "three am",
        "AMAZON.DURATION": "five minutes",
        "AMAZON.NUMBER": "two",
    }
    steps: list[dict[str, Any]] = [{"launch": True}]
    for intent in language_model["intents"]:
        if intent["name"].startswith("AMAZON.") or not intent.get("samples"):
            continue
        slots = intent.get("slots", [])
        fill = {slot["name"]: first_value.get(slot["type"], "") for slot in slots}
        usable = [s for s in intent["samples"] if not _READ_AS_LAUNCH.search(s)]
        if any(slot["type"].startswith("AMAZON.") for slot in slots):
            # virtual-alexa resolves only custom slot types: a sample without the built-in slot
            usable = [s for s in usable if "{" not in s]
        sample = next((s for s in usable if not s.startswith("{")), usable[0])
        utterance = _SLOT.sub(lambda m, fill=fill: fill[m[1]], sample)
        steps.append({"utter": utterance, "expect": intent["name"]})
    steps += [{"intend": "AMAZON.HelpIntent"}, {"intend": "AMAZON.StopIntent"}]
    return {
        "url": url,
        "model": str(MODEL),
        "applicationId": SKILL_ID,
        "locale": "en-US",
        "steps": steps,
    }


def test_virtual_alexa_gets_contract_valid_answers_from_the_live_server(live_url: str) -> None:
    plan = _plan(live_url)
    driven = subprocess.run(
        ["node", str(NODE_DIR / "drive.js")],
        input=json.dumps(plan),
        capture_output=True,
        text=True,
        timeout=DRIVE_TIMEOUT_SECONDS,
        check=False,
        cwd=NODE_DIR,
    )
    assert driven.returncode == 0, driven.stderr
    results = json.loads(driven.stdout)
    assert len(results) == len(plan["steps"])
    for result in results:
        step, request = result["step"], result["request"]
        assert "error" not in result, result
        assert request["context"]["System"]["application"]["applicationId"] == SKILL_ID
        if "expect" in step:
            assert request["request"]["intent"]["name"] == step["expect"], step
        assert check_response(result["response"], request) == [], step
    assert results[0]["request"]["request"]["type"] == "LaunchRequest"
    assert results[-1]["response"]["response"]["shouldEndSession"] is True
