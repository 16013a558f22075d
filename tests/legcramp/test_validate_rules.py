"""More cases per rule than one fixture each: variations on the clean fixture, in a temp copy."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from legcramp.model.layout import Layout
from legcramp.model.validate import ProjectFacts, validate

CLEAN = Path(__file__).resolve().parents[1] / "fixtures" / "models" / "clean"
Json = dict[str, Any]


def language(model: Json) -> Json:
    found: Json = model["interactionModel"]["languageModel"]
    return found


def intent(model: Json, name: str) -> Json:
    found: Json = next(i for i in language(model)["intents"] if i["name"] == name)
    return found


def locale_entry(manifest: Json) -> Json:
    found: Json = manifest["manifest"]["publishingInformation"]["locales"]["en-US"]
    return found


def findings_after(
    tmp_path: Path,
    model_change: Callable[[Json], object] = lambda _: None,
    manifest_change: Callable[[Json], object] = lambda _: None,
) -> set[str]:
    shutil.copytree(CLEAN, tmp_path, dirs_exist_ok=True)
    layout = Layout(tmp_path)
    for path, change in (
        (layout.ask_model_file("en-US"), model_change),
        (layout.manifest, manifest_change),
    ):
        document = json.loads(path.read_text(encoding="utf-8"))
        change(document)
        path.write_text(json.dumps(document), encoding="utf-8")
    return {finding.rule for finding in validate(layout, ProjectFacts())}


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("night  cramp coach", "R3"),
        ("c" + " c" * 30, "R3"),
        ("the coach", "R4"),
        ("cramp skill", "R5"),
        ("cramp coach for nights", "R5"),
        ("c. r. coach", None),
        ("cramp's coach", None),
    ],
)
def test_invocation_names(tmp_path: Path, name: str, rule: str | None) -> None:
    def rename(manifest: Json) -> None:
        locale_entry(manifest)["examplePhrases"] = [f"Alexa, open {name}"]

    found = findings_after(tmp_path, lambda m: language(m).update(invocationName=name), rename)
    assert found == ({rule} if rule else set())


@pytest.mark.parametrize(
    "sample",
    [
        "why do i get cramps!",
        "why do i get cramps, doctor",
        "why do i get cramps at 3 am",
        "why do i get {cramps",
        "",
    ],
)
def test_forbidden_sample_characters(tmp_path: Path, sample: str) -> None:
    found = findings_after(tmp_path, lambda m: intent(m, "CausesIntent")["samples"].append(sample))
    assert found == {"R14"}


@pytest.mark.parametrize(
    "sample", ["why do my legs ache at night", "what's causing it", "see a d. v. t. doctor", "café"]
)
def test_allowed_sample_characters(tmp_path: Path, sample: str) -> None:
    assert (
        findings_after(tmp_path, lambda m: intent(m, "CausesIntent")["samples"].append(sample))
        == set()
    )


def test_duplicate_within_one_intent(tmp_path: Path) -> None:
    def repeat(model: Json) -> None:
        intent(model, "CausesIntent")["samples"].append("Why do my legs  cramp at night")

    assert findings_after(tmp_path, repeat) == {"R15"}


def test_unused_slot(tmp_path: Path) -> None:
    def drop_samples(model: Json) -> None:
        intent(model, "TopicIntent")["samples"] = []

    def no_topic_phrase(manifest: Json) -> None:
        locale_entry(manifest)["examplePhrases"].pop()

    assert findings_after(tmp_path, drop_samples, no_topic_phrase) == {"R13"}


def test_duplicate_ids_and_values(tmp_path: Path) -> None:
    def duplicate(model: Json) -> None:
        values = language(model)["types"][0]["values"]
        values.append({"id": "QUININE", "name": {"value": "Quinine", "synonyms": []}})

    assert findings_after(tmp_path, duplicate) == {"R17"}


def test_amazon_type_not_in_locale(tmp_path: Path) -> None:
    def first_name(model: Json) -> None:
        causes = intent(model, "CausesIntent")
        causes["slots"] = [{"name": "person", "type": "AMAZON.Actor"}]
        causes["samples"].append("why does {person} get cramps")

    assert findings_after(tmp_path, first_name) == {"R11"}


def test_invalid_ssml_prompt(tmp_path: Path) -> None:
    def prompts(model: Json) -> None:
        model["interactionModel"]["prompts"] = [
            {
                "id": "Elicit.Slot.Topic",
                "variations": [
                    {"type": "SSML", "value": "<speak>Which topic? <break time='12s'/></speak>"},
                    {"type": "SSML", "value": "<speak>Tonic & gin</speak>"},
                    {"type": "PlainText", "value": "Which topic & why?"},
                ],
            }
        ]

    assert findings_after(tmp_path, prompts) == {"R18"}


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        (lambda m: m["manifest"].update(manifestVersion="2.0"), "R34"),
        (lambda m: locale_entry(m).update(examplePhrases=[]), "R34"),
        (lambda m: locale_entry(m).update(examplePhrases=["open night cramp coach"]), "R34"),
        (
            lambda m: locale_entry(m)["examplePhrases"].append("Alexa, ask night cramp coach x"),
            "R34",
        ),
        (
            lambda m: locale_entry(m).update(
                examplePhrases=["Alexa, ask night cramp coach to tell me about gin"]
            ),
            "R34",
        ),
        (
            lambda m: m["manifest"]["apis"]["custom"].update(
                endpoint={"uri": "https://example.com/alexa", "sslCertificateType": "Cheap"}
            ),
            "R35",
        ),
        (lambda m: m["manifest"]["privacyAndCompliance"].update(usesHealthInfo=True), "R37"),
        (lambda m: m["manifest"]["privacyAndCompliance"].update(usesPersonalInfo=True), "R37"),
    ],
)
def test_manifest_rules(tmp_path: Path, change: Callable[[Json], object], rule: str) -> None:
    assert findings_after(tmp_path, manifest_change=change) == {rule}


def test_https_endpoint_with_certificate_type_is_fine(tmp_path: Path) -> None:
    def https(manifest: Json) -> None:
        endpoint = {"uri": "https://example.com/alexa", "sslCertificateType": "Wildcard"}
        manifest["manifest"]["apis"]["custom"]["endpoint"] = endpoint

    assert findings_after(tmp_path, manifest_change=https) == set()


def test_a_manifest_locale_without_a_model(tmp_path: Path) -> None:
    def add_gb(manifest: Json) -> None:
        locales = manifest["manifest"]["publishingInformation"]["locales"]
        locales["en-GB"] = locales["en-US"]

    assert findings_after(tmp_path, manifest_change=add_gb) == {"R1"}


def set_configuration(value: object) -> Callable[[Json], object]:
    def change(model: Json) -> None:
        language(model)["modelConfiguration"] = value

    return change


@pytest.mark.parametrize(
    ("configuration", "rule"),
    [
        ({"fallbackIntentSensitivity": {"level": "HIGH"}}, None),
        ({"fallbackIntentSensitivity": {"level": "MEDIUM"}}, None),
        ({"fallbackIntentSensitivity": {"level": "LOW"}}, None),
        ({}, None),
        ({"fallbackIntentSensitivity": {"level": "high"}}, "R2"),
        ({"fallbackIntentSensitivity": {"level": "VERY_HIGH"}}, "R2"),
        ({"fallbackIntentSensitivity": {}}, "R2"),
        ({"fallbackIntentSensitivity": "HIGH"}, "R2"),
        ("HIGH", "R2"),
    ],
)
def test_fallback_sensitivity_level(
    tmp_path: Path, configuration: object, rule: str | None
) -> None:
    found = findings_after(tmp_path, set_configuration(configuration))
    assert found == (set() if rule is None else {rule})


def test_a_bad_sensitivity_names_its_json_path(tmp_path: Path) -> None:
    shutil.copytree(CLEAN, tmp_path, dirs_exist_ok=True)
    layout = Layout(tmp_path)
    path = layout.ask_model_file("en-US")
    document = json.loads(path.read_text(encoding="utf-8"))
    set_configuration({"fallbackIntentSensitivity": {"level": "MAX"}})(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    [finding] = validate(layout, ProjectFacts())
    assert finding.path == (
        "$.interactionModel.languageModel.modelConfiguration.fallbackIntentSensitivity.level"
    )
    assert "'MAX'" in finding.message
