"""The model's shape and names: checks 2 and 7-12 of the platform-rules checklist."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator

from legcramp.model.findings import Finding, json_path
from legcramp.model.rules.document import ModelFile, slots_of
from skill.names import Intent

_NAME = re.compile(r"^[A-Za-z][A-Za-z_]*$")
_BUILTIN_PREFIX = "AMAZON."
REQUIRED_BUILTINS = (
    Intent.CANCEL,
    Intent.HELP,
    Intent.STOP,
    Intent.NAVIGATE_HOME,
    Intent.FALLBACK,
)
MAX_INTENTS = 250
MAX_INTENTS_AND_TYPES = 350
MAX_MODEL_BYTES = 1_572_864  # 1.5 MB
FALLBACK_SENSITIVITY_LEVELS = ("LOW", "MEDIUM", "HIGH")
# Amazon slot types known in every English locale; some only in en-US (check 11).
_AMAZON_SLOT_TYPES = frozenset(
    {
        "AMAZON.NUMBER",
        "AMAZON.DATE",
        "AMAZON.TIME",
        "AMAZON.DURATION",
        "AMAZON.FOUR_DIGIT_NUMBER",
        "AMAZON.Ordinal",
        "AMAZON.PhoneNumber",
        "AMAZON.SearchQuery",
    }
)
_AMAZON_SLOT_TYPES_BY_LOCALE = {
    "en-US": frozenset({"AMAZON.FirstName", "AMAZON.US_CITY", "AMAZON.US_STATE"}),
}


def check_shape(model: ModelFile) -> Iterator[Finding]:
    """Check 2: the JSON parses; invocation name, intents, and each part's required fields."""
    if model.error is not None:
        yield Finding(model.display, "$", "R2", f"not valid JSON: {model.error}")
        return
    root = model.data
    if not isinstance(root, dict) or not isinstance(root.get("interactionModel"), dict):
        yield Finding(model.display, "$", "R2", "needs an interactionModel object")
        return
    if not isinstance(root["interactionModel"].get("languageModel"), dict):
        yield Finding(
            model.display, json_path("interactionModel"), "R2", "needs a languageModel object"
        )
        return
    language = model.language
    name = language.get("invocationName")
    if not isinstance(name, str) or not name.strip():
        yield model.finding("R2", "invocationName must be a non-empty string", "invocationName")
    intents = language.get("intents")
    if not isinstance(intents, list) or not intents:
        yield model.finding("R2", "intents must be a non-empty list", "intents")
        return
    for index, intent in enumerate(intents):
        if not isinstance(intent, dict) or not isinstance(intent.get("name"), str):
            yield model.finding("R2", "every intent needs a name", "intents", index)
            continue
        for slot_index, slot in slots_of(intent):
            for field in ("name", "type"):
                if not isinstance(slot.get(field), str):
                    yield model.finding(
                        "R2", f"every slot needs a {field}", "intents", index, "slots", slot_index
                    )
    for index, slot_type in model.types():
        if not isinstance(slot_type.get("name"), str) or not isinstance(
            slot_type.get("values"), list
        ):
            yield model.finding("R2", "every slot type needs a name and values", "types", index)
    yield from _check_model_configuration(model)


def _check_model_configuration(model: ModelFile) -> Iterator[Finding]:
    """``modelConfiguration.fallbackIntentSensitivity.level``, when set: LOW, MEDIUM or HIGH."""
    if "modelConfiguration" not in model.language:
        return
    config = model.language["modelConfiguration"]
    if not isinstance(config, dict):
        yield model.finding("R2", "modelConfiguration must be an object", "modelConfiguration")
        return
    if "fallbackIntentSensitivity" not in config:
        return
    sensitivity = config["fallbackIntentSensitivity"]
    where = ("modelConfiguration", "fallbackIntentSensitivity")
    level = sensitivity.get("level") if isinstance(sensitivity, dict) else None
    if level not in FALLBACK_SENSITIVITY_LEVELS:
        yield model.finding(
            "R2",
            f"fallbackIntentSensitivity.level must be one of "
            f"{', '.join(FALLBACK_SENSITIVITY_LEVELS)}, not {level!r}",
            *where,
            "level",
        )


def check_intent_names(model: ModelFile) -> Iterator[Finding]:
    """Check 7: intent names are unique; custom ones letters and underscores, built-ins AMAZON."""
    counts = Counter(intent.get("name") for _, intent in model.intents())
    for index, intent in model.intents():
        name = intent.get("name")
        if not isinstance(name, str):
            continue
        if counts[name] > 1:
            yield model.finding(
                "R7", f"intent {name!r} is declared more than once", "intents", index, "name"
            )
        if name.startswith(_BUILTIN_PREFIX):
            if not _NAME.match(name.removeprefix(_BUILTIN_PREFIX)):
                yield model.finding(
                    "R7", f"{name!r} is not a built-in intent name", "intents", index, "name"
                )
        elif not _NAME.match(name):
            yield model.finding(
                "R7",
                f"custom intent {name!r} must be a letter then letters and underscores",
                "intents",
                index,
                "name",
            )


def check_required_builtins(model: ModelFile) -> Iterator[Finding]:
    """Check 8: Cancel, Help, Stop, NavigateHome and Fallback are in the model."""
    if not model.language:
        return  # check 2 already reports a model without a languageModel
    names = {intent.get("name") for _, intent in model.intents()}
    for intent in REQUIRED_BUILTINS:
        if intent not in names:
            yield model.finding("R8", f"{intent} is required in every custom model", "intents")


def check_limits(model: ModelFile) -> Iterator[Finding]:
    """Check 9: at most 250 intents, 350 intents and types, 1.5 MB of model."""
    intents = model.language.get("intents")
    types = model.language.get("types")
    intent_count = len(intents) if isinstance(intents, list) else 0
    type_count = len(types) if isinstance(types, list) else 0
    if intent_count > MAX_INTENTS:
        yield model.finding("R9", f"{intent_count} intents; the limit is {MAX_INTENTS}", "intents")
    if intent_count + type_count > MAX_INTENTS_AND_TYPES:
        yield model.finding(
            "R9",
            f"{intent_count + type_count} intents and types; the limit is {MAX_INTENTS_AND_TYPES}",
        )
    if model.data is not None:
        size = len(json.dumps(model.data).encode("utf-8"))
        if size > MAX_MODEL_BYTES:
            yield Finding(model.display, "$", "R9", f"{size} bytes; the limit is 1.5 MB")


def check_type_names(model: ModelFile) -> Iterator[Finding]:
    """Check 10: custom slot-type names are letters and underscores, unique, not AMAZON.*."""
    counts = Counter(slot_type.get("name") for _, slot_type in model.types())
    for index, slot_type in model.types():
        name = slot_type.get("name")
        if not isinstance(name, str):
            continue
        if name.startswith(_BUILTIN_PREFIX):
            yield model.finding(
                "R10",
                f"custom type {name!r} may not use the AMAZON. prefix",
                "types",
                index,
                "name",
            )
        elif not _NAME.match(name):
            yield model.finding(
                "R10",
                f"slot type {name!r} must be a letter then letters and underscores",
                "types",
                index,
                "name",
            )
        if counts[name] > 1:
            yield model.finding(
                "R10", f"slot type {name!r} is declared more than once", "types", index, "name"
            )


def check_slot_types(model: ModelFile) -> Iterator[Finding]:
    """Check 11: every slot's type is a declared custom type or an Amazon type of the locale."""
    declared = {slot_type.get("name") for _, slot_type in model.types()}
    amazon = _AMAZON_SLOT_TYPES | _AMAZON_SLOT_TYPES_BY_LOCALE.get(model.locale, frozenset())
    for index, intent in model.intents():
        for slot_index, slot in slots_of(intent):
            kind = slot.get("type")
            if not isinstance(kind, str) or kind in declared:
                continue
            if kind.startswith(_BUILTIN_PREFIX):
                if kind not in amazon:
                    yield model.finding(
                        "R11",
                        f"{kind} is not an Amazon slot type available in {model.locale}",
                        "intents",
                        index,
                        "slots",
                        slot_index,
                        "type",
                    )
            else:
                yield model.finding(
                    "R11",
                    f"slot type {kind!r} is not declared in types",
                    "intents",
                    index,
                    "slots",
                    slot_index,
                    "type",
                )


def check_slot_names(model: ModelFile) -> Iterator[Finding]:
    """Check 12: slot names are unique within their intent and differ from every intent name."""
    intent_names = {intent.get("name") for _, intent in model.intents()}
    for index, intent in model.intents():
        counts = Counter(slot.get("name") for _, slot in slots_of(intent))
        for slot_index, slot in slots_of(intent):
            name = slot.get("name")
            if not isinstance(name, str):
                continue
            where = ("intents", index, "slots", slot_index, "name")
            if counts[name] > 1:
                yield model.finding(
                    "R12", f"slot {name!r} is declared twice in this intent", *where
                )
            if name in intent_names:
                yield model.finding("R12", f"slot {name!r} has the same name as an intent", *where)
