"""``skill-package/skill.json`` and ``ask-resources.json`` agree with the interaction models."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from legcramp.packaging.layout import project_root
from skill.names import INVOCATION_NAME

ROOT = project_root()
EXAMPLE_PHRASES = [
    "Alexa, open leg cramp helper",
    "Alexa, ask leg cramp helper why do my legs cramp at night",
    "Alexa, ask leg cramp helper what to do for a cramp right now",
]
DISCLAIMER = re.compile(r"not (a )?substitute for professional medical advice")
LAMBDA_ARN = re.compile(r"^arn:aws:lambda:[a-z]{2}-[a-z]+-\d:\d{12}:function:[A-Za-z0-9_-]+$")


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    document: dict[str, Any] = read_json(ROOT / "skill-package" / "skill.json")["manifest"]
    return document


def model_samples(locale: str) -> set[str]:
    model = read_json(ROOT / "interaction_model" / f"{locale}.json")
    intents = model["interactionModel"]["languageModel"]["intents"]
    return {sample for intent in intents for sample in intent.get("samples", [])}


def test_every_model_locale_and_only_those_are_listed(manifest: dict[str, Any]) -> None:
    listed = set(manifest["publishingInformation"]["locales"])
    models = {p.stem for p in (ROOT / "interaction_model").glob("*.json")}
    packaged = {p.stem for p in (ROOT / "skill-package/interactionModels/custom").glob("*.json")}

    assert listed == models == packaged
    assert {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"} <= listed
    assert all(locale.startswith("en-") for locale in listed)


def test_each_locale_has_the_listing_and_the_disclaimer(manifest: dict[str, Any]) -> None:
    assert manifest["manifestVersion"] == "1.0"
    for locale, listing in manifest["publishingInformation"]["locales"].items():
        assert listing["name"] == "Leg Cramp Helper", locale
        assert listing["summary"].strip(), locale
        assert DISCLAIMER.search(listing["description"]), locale
        assert listing["keywords"], locale
        assert listing["examplePhrases"] == EXAMPLE_PHRASES, locale


def test_example_phrases_name_the_skill_and_match_samples(manifest: dict[str, Any]) -> None:
    launch = re.compile(rf"^Alexa, (?:open|ask) {re.escape(INVOCATION_NAME)}(?: (?P<rest>.+))?$")
    for locale in manifest["publishingInformation"]["locales"]:
        model = read_json(ROOT / "interaction_model" / f"{locale}.json")
        assert model["interactionModel"]["languageModel"]["invocationName"] == INVOCATION_NAME
        samples = model_samples(locale)
        for phrase in EXAMPLE_PHRASES:
            match = launch.match(phrase)
            assert match, phrase
            assert match["rest"] is None or match["rest"] in samples, (locale, phrase)


def test_no_personal_or_health_information_is_collected(manifest: dict[str, Any]) -> None:
    privacy = manifest["privacyAndCompliance"]
    flags = {key: value for key, value in privacy.items() if isinstance(value, bool)}

    assert manifest["publishingInformation"]["category"] == "HEALTH_AND_FITNESS"
    assert flags["usesHealthInfo"] is False
    assert flags["usesPersonalInfo"] is False
    assert set(flags.values()) == {False}
    # The one permission is the reminders scope (issue 13): no name, email, address or location.
    assert manifest["permissions"] == [{"name": "alexa::alerts:reminders:skill:readwrite"}]


def test_the_endpoint_is_a_lambda_arn_with_can_fulfill(manifest: dict[str, Any]) -> None:
    custom = manifest["apis"]["custom"]

    assert LAMBDA_ARN.match(custom["endpoint"]["uri"])
    assert "sslCertificateType" not in custom["endpoint"]
    assert {"type": "CAN_FULFILL_INTENT_REQUEST"} in custom["interfaces"]


def test_the_manifest_declares_apl_for_round_small_and_large_screens(
    manifest: dict[str, Any],
) -> None:
    interfaces = manifest["apis"]["custom"]["interfaces"]
    [apl] = [i for i in interfaces if i["type"] == "ALEXA_PRESENTATION_APL"]
    shapes = {(v["shape"], v["mode"]) for v in apl["supportedViewports"]}
    assert shapes == {("ROUND", "HUB"), ("RECTANGLE", "HUB")}
    widths = sorted((v["minWidth"], v["maxWidth"]) for v in apl["supportedViewports"])
    assert any(low <= 480 <= high for low, high in widths)  # Echo Spot
    assert any(low <= 960 <= high for low, high in widths)  # Echo Show 5
    assert any(low <= 1280 <= high for low, high in widths)  # Echo Show 8 and 10
    assert any(low <= 1920 <= high for low, high in widths)  # Echo Show 15


def test_the_ask_cli_project_points_at_existing_folders() -> None:
    resources = read_json(ROOT / "ask-resources.json")
    profile = resources["profiles"]["default"]

    assert resources["askcliResourcesVersion"] == "2020-03-31"
    assert (ROOT / profile["skillMetadata"]["src"] / "skill.json").is_file()
    assert (ROOT / profile["code"]["default"]["src"] / "lambda_function.py").is_file()
    assert profile["skillInfrastructure"]["type"] == "@ask-cli/lambda-deployer"
    # The custom build hook takes precedence over the python-pip flow, which would ship
    # lambda/ without the skill package.
    assert (ROOT / "hooks" / "build.sh").stat().st_mode & 0o111


def test_the_skill_hears_when_it_is_disabled_to_delete_the_diary(
    manifest: dict[str, Any],
) -> None:
    events = manifest["events"]
    assert events["subscriptions"] == [{"eventName": "SKILL_DISABLED"}]
    assert events["endpoint"]["uri"] == manifest["apis"]["custom"]["endpoint"]["uri"]
