"""The skill manifest and where model files sit: platform-rules checks 1 and 34-37."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from legcramp.model.findings import Finding, json_path
from legcramp.model.index import ModelIndex
from legcramp.model.rules.document import ModelFile, strings
from legcramp.model.utterances import clean, key, spoken_forms, strip_carrier

ASK_MODEL_PATH = re.compile(r"^skill-package/interactionModels/custom/[a-z]{2}-[A-Z]{2}\.json$")
MODEL_NAME = re.compile(r"^[a-z]{2}-[A-Z]{2}\.json$")
MAX_EXAMPLE_PHRASES = 3
SSL_CERTIFICATE_TYPES = frozenset({"SelfSigned", "Wildcard", "Trusted"})
CAN_FULFILL = "CAN_FULFILL_INTENT_REQUEST"
DISCLAIMER = re.compile(r"not (a )?substitute for (professional )?medical advice", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Manifest:
    """``skill-package/skill.json``: its parsed JSON (or the parse error)."""

    display: str
    data: Any
    error: str | None = None

    @classmethod
    def read(cls, path: Path, display: str) -> Manifest:
        """Read and parse ``path``; a parse error is kept, not raised."""
        try:
            return cls(display, json.loads(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            return cls(display, None, str(error))

    def get(self, *keys: str) -> Any:
        """The value at ``manifest.<keys…>``, or None."""
        node: Any = self.data.get("manifest") if isinstance(self.data, dict) else None
        for name in keys:
            node = node.get(name) if isinstance(node, dict) else None
        return node

    @property
    def locales(self) -> dict[str, Any]:
        """``publishingInformation.locales``, or an empty dict."""
        locales = self.get("publishingInformation", "locales")
        return locales if isinstance(locales, dict) else {}

    def finding(self, rule: str, message: str, *parts: str | int) -> Finding:
        """A finding in the manifest at ``manifest`` + ``parts``."""
        return Finding(self.display, json_path("manifest", *parts), rule, message)


def check_model_locations(
    models: list[ModelFile], manifest: Manifest | None, ask_models: Mapping[str, ModelFile]
) -> Iterator[Finding]:
    """Check 1: model files are named ``ll-CC.json`` in the ASK layout, one per manifest locale."""
    for model in models:
        in_package = model.display.startswith("skill-package/")
        if in_package and not ASK_MODEL_PATH.match(model.display):
            yield Finding(
                model.display,
                "$",
                "R1",
                "must be skill-package/interactionModels/custom/<ll-CC>.json",
            )
        elif not MODEL_NAME.match(model.path.name):
            yield Finding(model.display, "$", "R1", "a model file must be named <ll-CC>.json")
        if in_package and manifest is not None and model.locale not in manifest.locales:
            yield Finding(
                model.display,
                "$",
                "R1",
                f"{model.locale} has no entry in skill.json publishingInformation.locales",
            )
    if manifest is not None:
        for locale in manifest.locales:
            if locale not in ask_models:
                yield manifest.finding(
                    "R1",
                    f"{locale} has no skill-package/interactionModels/custom/{locale}.json",
                    "publishingInformation",
                    "locales",
                    locale,
                )


def check_manifest_version(manifest: Manifest) -> Iterator[Finding]:
    """Check 34, first part: the manifest parses and its version is "1.0"."""
    if manifest.error is not None:
        yield Finding(manifest.display, "$", "R34", f"not valid JSON: {manifest.error}")
        return
    if manifest.get("manifestVersion") != "1.0":
        yield manifest.finding("R34", 'manifestVersion must be "1.0"', "manifestVersion")


def check_example_phrases(manifest: Manifest, models: Mapping[str, ModelFile]) -> Iterator[Finding]:
    """Check 34: 1-3 example phrases; the first "Alexa, <launch> <name>"; each one a sample."""
    for locale, entry in manifest.locales.items():
        where = ("publishingInformation", "locales", locale, "examplePhrases")
        phrases = entry.get("examplePhrases") if isinstance(entry, dict) else None
        if not isinstance(phrases, list) or not 1 <= len(phrases) <= MAX_EXAMPLE_PHRASES:
            yield manifest.finding("R34", "needs 1 to 3 example phrases", *where)
            continue
        model = models.get(locale)
        index = _index(model)
        if index is None:
            continue
        for number, phrase in strings(phrases):
            if number == 0 and not _is_launch_form(phrase, index.invocation):
                yield manifest.finding(
                    "R34",
                    f"{phrase!r}: the first phrase must be 'Alexa, <launch word> "
                    f"{index.invocation} …'",
                    *where,
                    number,
                )
            heard = strip_carrier(clean(phrase), index.invocation)
            if heard and not _is_sample(index, key(heard)):
                yield manifest.finding(
                    "R34",
                    f"{phrase!r}: {heard!r} is not a sample of {locale} (with listed slot values)",
                    *where,
                    number,
                )


def _index(model: ModelFile | None) -> ModelIndex | None:
    if model is None or model.data is None:
        return None
    try:
        return ModelIndex.build(model.data, {})
    except (KeyError, TypeError, AttributeError):
        return None


def _is_launch_form(phrase: str, invocation: str) -> bool:
    if not phrase.lower().startswith("alexa,"):
        return False
    words = clean(phrase).split()
    name = clean(invocation).split()
    return (
        len(words) > len(name) + 1
        and words[1] in spoken_forms().launch_words
        and words[2 : 2 + len(name)] == name
    )


def _is_sample(index: ModelIndex, text: str) -> bool:
    if text in index.literals:
        return True
    for pattern in index.patterns:
        match = pattern.regex.fullmatch(text)
        if match is None:
            continue
        sample = pattern.sample
        lexicons = [
            index.lexicons.get(index.slot_types.get((sample.intent, name), ""))
            for name in sample.slots
        ]
        if all(
            lexicon is not None and lexicon.get(heard) is not None
            for lexicon, heard in zip(lexicons, match.groups(), strict=True)
        ):
            return True
    return False


def check_endpoint(manifest: Manifest) -> Iterator[Finding]:
    """Check 35: the endpoint is a Lambda ARN or an HTTPS URL; SSL type only for HTTPS."""
    endpoint = manifest.get("apis", "custom", "endpoint")
    where = ("apis", "custom", "endpoint")
    if not isinstance(endpoint, dict):
        yield manifest.finding("R35", "apis.custom.endpoint is required", *where)
        return
    uri = endpoint.get("uri")
    https = isinstance(uri, str) and uri.startswith("https://")
    if not (https or (isinstance(uri, str) and uri.startswith("arn:aws:lambda:"))):
        yield manifest.finding(
            "R35", "uri must be an arn:aws:lambda: ARN or an https:// URL", *where, "uri"
        )
    certificate = endpoint.get("sslCertificateType")
    if certificate is not None and not https:
        yield manifest.finding(
            "R35", "sslCertificateType is only for an HTTPS endpoint", *where, "sslCertificateType"
        )
    elif https and certificate not in SSL_CERTIFICATE_TYPES:
        yield manifest.finding(
            "R35",
            f"sslCertificateType must be one of {sorted(SSL_CERTIFICATE_TYPES)}",
            *where,
            "sslCertificateType",
        )


def check_can_fulfill(
    manifest: Manifest, model_locales: set[str], handles_can_fulfill: bool
) -> Iterator[Finding]:
    """Check 36: with an en-US model, the CanFulfill interface is declared iff it is handled."""
    if "en-US" not in model_locales:
        return
    interfaces = manifest.get("apis", "custom", "interfaces")
    declared = isinstance(interfaces, list) and any(
        isinstance(item, dict) and item.get("type") == CAN_FULFILL for item in interfaces
    )
    where = ("apis", "custom", "interfaces")
    if handles_can_fulfill and not declared:
        yield manifest.finding(
            "R36", f"the skill answers CanFulfillIntentRequest: declare {CAN_FULFILL}", *where
        )
    elif declared and not handles_can_fulfill:
        yield manifest.finding(
            "R36", f"{CAN_FULFILL} is declared but no handler answers it", *where
        )


def check_health_policy(manifest: Manifest) -> Iterator[Finding]:
    """Check 37: a not-medical-advice disclaimer; no health info used; a privacy URL if needed."""
    for locale, entry in manifest.locales.items():
        description = entry.get("description") if isinstance(entry, dict) else None
        if not isinstance(description, str) or not DISCLAIMER.search(description):
            yield manifest.finding(
                "R37",
                "the description needs a 'not a substitute for professional medical advice' line",
                "publishingInformation",
                "locales",
                locale,
                "description",
            )
    privacy = manifest.get("privacyAndCompliance")
    privacy = privacy if isinstance(privacy, dict) else {}
    if privacy.get("usesHealthInfo") is True:
        yield manifest.finding(
            "R37",
            "usesHealthInfo is only for HIPAA-eligible skills",
            "privacyAndCompliance",
            "usesHealthInfo",
        )
    if privacy.get("usesPersonalInfo") is True:
        locales = privacy.get("locales")
        locales = locales if isinstance(locales, dict) else {}
        for locale in manifest.locales:
            entry = locales.get(locale)
            if not (isinstance(entry, dict) and entry.get("privacyPolicyUrl")):
                yield manifest.finding(
                    "R37",
                    "usesPersonalInfo is true: a privacyPolicyUrl is required",
                    "privacyAndCompliance",
                    "locales",
                    locale,
                    "privacyPolicyUrl",
                )
