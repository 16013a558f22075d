"""The validator's cross-checks: handlers, topic IDs, content, content schema, generated files."""

from __future__ import annotations

import shutil
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from legcramp.model.generate import write_models
from legcramp.model.layout import Layout
from legcramp.model.project import SkillContent
from legcramp.model.rules.contract import ContentSchemas
from legcramp.model.validate import ProjectFacts, validate
from skill.advice.models import TOPIC_IDS

CLEAN = Layout(Path(__file__).resolve().parents[1] / "fixtures" / "models" / "clean")
INTENTS = "$.interactionModel.languageModel.intents"
FIXTURE_INTENTS = {
    "AMAZON.CancelIntent",
    "AMAZON.HelpIntent",
    "AMAZON.StopIntent",
    "AMAZON.NavigateHomeIntent",
    "AMAZON.FallbackIntent",
    "CausesIntent",
    "TopicIntent",
}


@dataclass
class FakeContent:
    """Content in memory: topic IDs per locale, and data-file layers per locale."""

    topic_ids: Collection[str] = ("QUININE", "MINERALS")
    files: Sequence[tuple[str, Mapping[str, Any]]] = ()
    broken: bool = False
    asked: list[str] = field(default_factory=list)

    def topics(self, locale: str) -> Collection[str]:
        self.asked.append(locale)
        if self.broken:
            raise KeyError("topics")
        return self.topic_ids

    def layers(self, locale: str) -> Sequence[tuple[str, Mapping[str, Any]]]:
        return self.files


def rules_and_paths(facts: ProjectFacts) -> set[tuple[str, str, str]]:
    return {(f.rule, f.path, f.message) for f in validate(CLEAN, facts)}


def test_handlers_in_both_directions() -> None:
    handled = (FIXTURE_INTENTS - {"CausesIntent"}) | {"AMAZON.PauseIntent"}
    findings = rules_and_paths(ProjectFacts(handled_intents=handled))
    assert findings == {
        ("HANDLERS", f"{INTENTS}[5].name", "no handler answers CausesIntent"),
        ("HANDLERS", INTENTS, "AMAZON.PauseIntent is handled but not in this model"),
    }
    assert rules_and_paths(ProjectFacts(handled_intents=FIXTURE_INTENTS)) == set()


def test_topic_ids_must_equal_the_advice_topics() -> None:
    findings = rules_and_paths(ProjectFacts(topic_ids={"QUININE", "STRETCHING"}))
    assert {(rule, message) for rule, _, message in findings} == {
        ("TOPICS", "topic STRETCHING has no CrampTopic value"),
        ("TOPICS", "MINERALS is not a topic ID of the advice core"),
    }


def test_every_topic_needs_content() -> None:
    content = FakeContent(topic_ids=["QUININE"], files=[("data/en.json", {})])
    findings = validate(CLEAN, ProjectFacts(topic_ids={"QUININE", "MINERALS"}, content=content))
    assert [(f.file, f.path, f.rule, f.message) for f in findings] == [
        ("data/en.json", "$.topics", "CONTENT", "topic MINERALS has no content for en-US")
    ]
    assert content.asked == ["en-US"]


def test_content_that_does_not_load_is_reported() -> None:
    content = FakeContent(broken=True)
    findings = validate(CLEAN, ProjectFacts(topic_ids={"QUININE", "MINERALS"}, content=content))
    assert [(f.rule, f.file) for f in findings] == [("CONTENT", "content for en-US")]


SCHEMA = {
    "$id": "https://example.invalid/content.schema.json",
    "type": "object",
    "required": ["topics"],
    "properties": {"topics": {"type": "object", "additionalProperties": {"type": "string"}}},
}
OVERRIDE = {
    "$id": "https://example.invalid/override.schema.json",
    "$ref": "content.schema.json",
    "required": [],
}


def test_schema_errors_name_the_layer_that_set_the_value() -> None:
    content = FakeContent(
        files=[
            ("data/en.json", {"topics": {"QUININE": "fine"}}),
            ("data/en-GB.json", {"topics": {"MINERALS": 7}}),
        ]
    )
    schemas = ContentSchemas(SCHEMA, OVERRIDE)
    findings = validate(CLEAN, ProjectFacts(content=content, content_schemas=schemas))
    located = {(f.file, f.path, f.rule) for f in findings}
    assert ("data/en-GB.json", "$.topics.MINERALS", "SCHEMA") in located
    assert {f.rule for f in findings} == {"SCHEMA"}
    assert all(f.file == "data/en-GB.json" for f in findings)


def test_schema_errors_in_the_base_file() -> None:
    content = FakeContent(files=[("data/en.json", {"topic": {}})])
    findings = validate(
        CLEAN, ProjectFacts(content=content, content_schemas=ContentSchemas(SCHEMA))
    )
    assert [(f.file, f.path, f.rule) for f in findings] == [("data/en.json", "$", "SCHEMA")]
    assert "'topics' is a required property" in findings[0].message


def test_the_real_content_covers_every_topic_in_every_model_locale() -> None:
    content = SkillContent(Layout.repo())
    for locale in ("en-US", "en-GB", "en-CA", "en-AU", "en-IN"):
        assert set(TOPIC_IDS) <= set(content.topics(locale)), locale
        layers = content.layers(locale)
        assert layers[0][0] == "skill/advice/data/en.json"


@pytest.fixture
def generated(tmp_path: Path) -> Layout:
    layout = Layout(tmp_path)
    shutil.copytree(Layout.repo().source_dir, layout.source_dir)
    write_models(layout)
    return layout


def test_a_hand_edited_model_is_reported_as_stale(generated: Layout) -> None:
    assert validate(generated, ProjectFacts()) == []
    path = generated.model_file("en-CA")
    path.write_text(path.read_text(encoding="utf-8").replace('"stretch"', '"stretchy"'))
    findings = validate(generated, ProjectFacts())
    assert [(f.file, f.rule) for f in findings] == [("interaction_model/en-CA.json", "GENERATED")]
