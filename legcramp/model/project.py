"""The real skill's side of the cross-checks: its handlers, topics, content and schemas."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from legcramp.model.findings import Finding
from legcramp.model.layout import Layout
from legcramp.model.rules.contract import ContentSchemas
from legcramp.model.validate import ProjectFacts
from skill.advice.catalog import load_content
from skill.advice.models import TOPIC_IDS
from skill.advice.texts import data_layers
from skill.builder import handled_intents, make_lambda_handler
from skill.names import Intent
from skill.settings import Settings

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schemas"
CONTENT_SCHEMA = "content.schema.json"
OVERRIDE_SCHEMA = "content-override.schema.json"


@dataclass(frozen=True, slots=True)
class SkillContent:
    """The advice content of ``skill.advice``, read the way the skill reads it."""

    layout: Layout

    def topics(self, locale: str) -> Collection[str]:
        """The topic IDs with content for ``locale``."""
        return {str(topic) for topic in load_content(locale).topics}

    def layers(self, locale: str) -> Sequence[tuple[str, Mapping[str, Any]]]:
        """The data files ``locale`` reads, base first, parsed."""
        return [
            (self.layout.display(path), json.loads(path.read_text(encoding="utf-8")))
            for path in data_layers(locale)
        ]


def skill_facts(layout: Layout) -> tuple[ProjectFacts, list[Finding], list[str]]:
    """The facts of the real skill, findings for what could not be read, and notes on skips."""
    problems: list[Finding] = []
    notes: list[str] = []
    handled: frozenset[str] | None = None
    try:
        handled = handled_intents()
    except Exception as error:
        problems.append(Finding("skill/builder.py", "$", "HANDLERS", f"failed: {error!r}"))
    handles_can_fulfill = True
    try:
        handles_can_fulfill = answers_can_fulfill()
    except Exception as error:
        problems.append(
            Finding(
                "skill/builder.py", "$", "R36", f"CanFulfillIntentRequest probe failed: {error!r}"
            )
        )
    schemas = None
    content_schema = SCHEMA_DIR / CONTENT_SCHEMA
    if content_schema.is_file():
        override = SCHEMA_DIR / OVERRIDE_SCHEMA
        schemas = ContentSchemas(
            json.loads(content_schema.read_text(encoding="utf-8")),
            json.loads(override.read_text(encoding="utf-8")) if override.is_file() else None,
        )
    else:
        notes.append(
            f"skipped the content schema check: {layout.display(content_schema)} is absent"
        )
    facts = ProjectFacts(
        handled_intents=handled,
        topic_ids=frozenset(TOPIC_IDS),
        handles_can_fulfill=handles_can_fulfill,
        content=SkillContent(layout),
        content_schemas=schemas,
    )
    return facts, problems, notes


def answers_can_fulfill() -> bool:
    """Whether the skill answers a CanFulfillIntentRequest with a verdict (check 36's "handlers").

    Sent through the real Lambda handler, so it is the behaviour, not a name, that counts.
    """
    event = {
        "version": "1.0",
        "context": {
            "System": {
                "application": {"applicationId": "amzn1.ask.skill.validate-probe"},
                "user": {"userId": "amzn1.ask.account.validate-probe"},
                "device": {"deviceId": "validate-probe", "supportedInterfaces": {}},
                "apiEndpoint": "https://api.amazonalexa.com",
            }
        },
        "request": {
            "type": "CanFulfillIntentRequest",
            "requestId": "amzn1.echo-api.request.validate-probe",
            "timestamp": "2024-01-01T00:00:00Z",
            "locale": "en-US",
            "intent": {"name": Intent.CAUSES, "slots": {}},
        },
    }
    response = make_lambda_handler(Settings())(event, None)
    body = response.get("response")
    return isinstance(body, dict) and body.get("canFulfillIntent") is not None
