"""The content as the skill serves it: the loader's records agree with the raw data files.

``test_content_data.py`` lints the raw JSON merged and filled by the test itself; this proves the
loader (``skill.advice.catalog``) serves exactly that text, so the lint covers what users hear.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from skill.advice.catalog import load_content
from skill.advice.models import Topics
from skill.locales import SHIPPED_LOCALES
from tests.support.content_facts import EMERGENCY_NUMBERS, every_passage

DATA_DIR = Path(__file__).resolve().parents[3] / "skill" / "advice" / "data"


def _raw_merged(locale: str) -> dict[str, Any]:
    """``en.json`` with ``<locale>.json`` (if shipped) merged over it, then the same two files of
    ``values/``, placeholders filled."""

    def merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
        out = dict(base)
        for key, value in over.items():
            both_objects = isinstance(out.get(key), Mapping) and isinstance(value, Mapping)
            out[key] = merge(out[key], value) if both_objects else value
        return out

    content: dict[str, Any] = {}
    for folder in (DATA_DIR, DATA_DIR / "values"):  # the content, then the values' files
        for name in ("en", locale):
            layer = folder / f"{name}.json"
            if layer.is_file():
                content = merge(content, json.loads(layer.read_text(encoding="utf-8")))
    values = content["values"]

    def fill(node: Any) -> Any:
        if isinstance(node, str):
            return re.sub(r"\{([a-z_]+)\}", lambda m: values[m.group(1)], node)
        if isinstance(node, Mapping):
            return {k: fill(v) if k != "values" else v for k, v in node.items()}
        if isinstance(node, list):
            return [fill(v) for v in node]
        return node

    filled: dict[str, Any] = fill(content)
    return filled


def _raw_passage(raw: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    node: Any = raw
    for key in name.split("."):
        node = node[key]
    passage: Mapping[str, Any] = node
    return passage


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_loader_serves_the_linted_text(locale: str) -> None:
    content = load_content(locale)
    raw = _raw_merged(locale)
    assert content.disclaimer == raw["disclaimer"]
    for name, passage in every_passage(content):
        expected = _raw_passage(raw, name)
        assert passage.speech == expected["speech"], name
        assert passage.card == expected["card"], name
        assert passage.more == expected.get("more"), name
        assert [s.name for s in passage.sources] == [
            raw["sources"][key]["name"] for key in expected["sources"]
        ], name
    assert [s.instruction for s in content.routine.steps] == [
        s["instruction"] for s in raw["routine"]["steps"]
    ]
    for tier, advice in content.triage.tiers.items():
        assert advice.action == raw["triage"]["tiers"][tier.value]["action"], tier
        assert advice.card == raw["triage"]["tiers"][tier.value]["card"], tier
    meanwhile = raw["triage"]["meanwhile"]
    assert [r.id for r in content.triage.rules] == [r["id"] for r in raw["triage"]["rules"]]
    for rule, expected in zip(content.triage.rules, raw["triage"]["rules"], strict=True):
        assert rule.meanwhile == meanwhile[expected.get("meanwhile", expected["tier"])], rule.id


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_served_emergency_advice_uses_the_local_number(locale: str) -> None:
    content = load_content(locale)
    assert content.doctor.emergency.speech.startswith(f"Call {EMERGENCY_NUMBERS[locale]} now")
    soreness_more = content.topics[Topics.SORENESS].answer.more
    assert soreness_more is not None and f"Call {EMERGENCY_NUMBERS[locale]}" in soreness_more


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_served_text_has_no_unfilled_placeholders(locale: str) -> None:
    content = load_content(locale)
    texts = [content.disclaimer, content.routine.intro, content.routine.outro, content.routine.card]
    for _, passage in every_passage(content):
        texts += [passage.speech, passage.card, passage.more or ""]
    for text in texts:
        assert "{" not in text and "}" not in text, text
