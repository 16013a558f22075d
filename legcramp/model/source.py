"""The model source: samples and slot values shared by all English locales, plus locale overrides.

``interaction_model/source/common.json`` holds what every locale shares; each
``locales/<locale>.json`` adds or removes samples and synonyms (and may rename a value, as
en-GB's "ageing") only where people there really speak differently. A value's ``phrases``
compose more synonyms from parts (see ``composed``). Names come from
``skill.names``; the data spells only the words people say.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from skill.names import (
    CONCERN_SLOT_TYPE,
    DATE_SLOT_TYPE,
    DURATION_SLOT_TYPE,
    INTENTS,
    INVOCATION_NAME,
    LEG_SLOT_TYPE,
    MEDICINE_SLOT_TYPE,
    MUSCLE_SLOT_TYPE,
    NUMBER_SLOT_TYPE,
    SCOPE_SLOT_TYPE,
    SIDE_SLOT_TYPE,
    SITUATION_SLOT_TYPE,
    SOMEONE_SLOT_TYPE,
    SYMPTOM_SLOT_TYPE,
    TIME_SLOT_TYPE,
    TOPIC_SLOT_TYPE,
    Intent,
    IntentName,
    Slot,
    SlotName,
)

# The slots each intent declares; the samples place them with ``{name}``.
INTENT_SLOTS: Mapping[IntentName, tuple[tuple[SlotName, str], ...]] = {
    Intent.CRAMP_NOW: (
        (Slot.MUSCLE, MUSCLE_SLOT_TYPE),
        (Slot.SYMPTOM, SYMPTOM_SLOT_TYPE),
        (Slot.SITUATION, SITUATION_SLOT_TYPE),
        # "I'm on Lasix and my calf is cramping": the stretch first, then the medicine's line.
        (Slot.MEDICINE, MEDICINE_SLOT_TYPE),
    ),
    # The answer to "Is it the front or the back of your thigh?" ("the back", "my thigh at the
    # back"): an intent of its own, so "the back of my leg is cramping" is never heard as a side.
    Intent.THIGH_SIDE: ((Slot.SIDE, SIDE_SLOT_TYPE), (Slot.MUSCLE, MUSCLE_SLOT_TYPE)),
    Intent.STRETCH: ((Slot.MUSCLE, MUSCLE_SLOT_TYPE),),
    Intent.TOPIC: (
        (Slot.TOPIC, TOPIC_SLOT_TYPE),
        (Slot.SYMPTOM, SYMPTOM_SLOT_TYPE),
        (Slot.SITUATION, SITUATION_SLOT_TYPE),
        # "He wakes up with sore legs", after "my son is six": the child talked about.
        (Slot.SOMEONE, SOMEONE_SLOT_TYPE),
    ),
    Intent.SYMPTOM: (
        (Slot.SYMPTOM, SYMPTOM_SLOT_TYPE),
        (Slot.SYMPTOM_TWO, SYMPTOM_SLOT_TYPE),
        (Slot.SYMPTOM_THREE, SYMPTOM_SLOT_TYPE),
        (Slot.MUSCLE, MUSCLE_SLOT_TYPE),
        (Slot.SITUATION, SITUATION_SLOT_TYPE),
        # "Her knee is red and hot", after "my daughter is seven": the child's signs.
        (Slot.SOMEONE, SOMEONE_SLOT_TYPE),
    ),
    Intent.MEDICINE: (
        (Slot.MEDICINE, MEDICINE_SLOT_TYPE),
        (Slot.SYMPTOM, SYMPTOM_SLOT_TYPE),
        (Slot.SYMPTOM_TWO, SYMPTOM_SLOT_TYPE),
        (Slot.MUSCLE, MUSCLE_SLOT_TYPE),
        # What else is asked with it: "ibuprofen with Eliquis", "I doubled my water tablets".
        (Slot.CONCERN, CONCERN_SLOT_TYPE),
    ),
    # "What should I tell my doctor about my swollen calf": red-flag words still come first.
    Intent.DOCTOR_VISIT: (
        (Slot.SYMPTOM, SYMPTOM_SLOT_TYPE),
        (Slot.SYMPTOM_TWO, SYMPTOM_SLOT_TYPE),
        (Slot.MUSCLE, MUSCLE_SLOT_TYPE),
    ),
    Intent.CONTACT_DOCTOR: (
        (Slot.SYMPTOM, SYMPTOM_SLOT_TYPE),
        (Slot.SYMPTOM_TWO, SYMPTOM_SLOT_TYPE),
        (Slot.MUSCLE, MUSCLE_SLOT_TYPE),
    ),
    # The answer to "Which leg was it?" ("the left one", "my right"): an intent of its own, so a
    # leg said out of that context ("it's only ever the right one") never logs a cramp.
    Intent.LEG_SIDE: ((Slot.LEG, LEG_SLOT_TYPE), (Slot.MUSCLE, MUSCLE_SLOT_TYPE)),
    Intent.LOG_CRAMP: (
        (Slot.LEG, LEG_SLOT_TYPE),
        (Slot.MUSCLE, MUSCLE_SLOT_TYPE),
        (Slot.WHEN, DATE_SLOT_TYPE),
        (Slot.TIME, TIME_SLOT_TYPE),
        (Slot.DURATION, DURATION_SLOT_TYPE),
        (Slot.COUNT, NUMBER_SLOT_TYPE),
        # "a cramp about an hour ago": when it was, said as a length of time back from now.
        (Slot.AGO, DURATION_SLOT_TYPE),
    ),
    # "What can I do for her?", "when should I take him to the doctor?": someone talked about
    # before (a child, after the children's answer), never the asker.
    Intent.RELIEF: ((Slot.SOMEONE, SOMEONE_SLOT_TYPE),),
    Intent.SEE_DOCTOR: ((Slot.SOMEONE, SOMEONE_SLOT_TYPE),),
    # "the past fortnight", "the last ten days": AMAZON.DATE has no span that ends tonight.
    Intent.DIARY_SUMMARY: ((Slot.PERIOD, DATE_SLOT_TYPE), (Slot.NIGHTS, DURATION_SLOT_TYPE)),
    Intent.DELETE_DIARY: ((Slot.SCOPE, SCOPE_SLOT_TYPE),),
    Intent.SET_REMINDER: ((Slot.TIME, TIME_SLOT_TYPE),),
}
# HIGH: a request that is only weakly like the samples goes to AMAZON.FallbackIntent rather than
# to a guess; a worried person told "I can't help with that" rephrases, while a wrong answer
# (a stretch for chest pain) misleads. The FallbackIntent's own samples mark near misses.
FALLBACK_SENSITIVITY = "HIGH"

COMMON_FILE = "common.json"
LOCALES_DIR = "locales"


class SourceError(ValueError):
    """The source or an override is inconsistent (unknown intent, removing what is not there…)."""


def source_locales(source_dir: Path) -> tuple[str, ...]:
    """The locales that have an override file, sorted: every one of them gets a model."""
    return tuple(sorted(path.stem for path in (source_dir / LOCALES_DIR).glob("*.json")))


def interaction_model(source_dir: Path, locale: str) -> dict[str, Any]:
    """The complete interaction-model document for ``locale``, ready to be written as JSON."""
    common = _read(source_dir / COMMON_FILE)
    override = _read(source_dir / LOCALES_DIR / f"{locale}.json")
    where = f"{locale} override"
    samples = _samples(common.get("samples", {}), override.get("samples", {}), where)
    types = _types(common.get("types", {}), override.get("types", {}), where)
    intents = []
    for intent in INTENTS:
        entry: dict[str, Any] = {"name": intent}
        slots = INTENT_SLOTS.get(intent, ())
        if slots:
            entry["slots"] = [{"name": slot, "type": kind} for slot, kind in slots]
        entry["samples"] = samples.get(intent, [])
        intents.append(entry)
    return {
        "interactionModel": {
            "languageModel": {
                "invocationName": INVOCATION_NAME,
                "intents": intents,
                "types": types,
                "modelConfiguration": {
                    "fallbackIntentSensitivity": {"level": FALLBACK_SENSITIVITY},
                },
            }
        }
    }


def _read(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise SourceError(f"{path} is missing")
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SourceError(f"{path} must hold a JSON object")
    return data


def _public(mapping: Mapping[str, Any]) -> dict[str, Any]:
    """``mapping`` without its ``_comment``-style keys."""
    return {key: value for key, value in mapping.items() if not key.startswith("_")}


def _samples(
    common: Mapping[str, list[str]], override: Mapping[str, Any], where: str
) -> dict[str, list[str]]:
    known = set(INTENTS)
    for name in (*_public(common), *_public(override)):
        if name not in known:
            raise SourceError(f"{where}: unknown intent {name!r} (not in skill.names.Intent)")
    merged = {name: list(items) for name, items in _public(common).items()}
    for name, change in _public(override).items():
        merged[name] = _apply(merged.get(name, []), change, f"{where}: {name} samples")
    return merged


def _types(
    common: Mapping[str, Mapping[str, Any]], override: Mapping[str, Any], where: str
) -> list[dict[str, Any]]:
    unknown = set(_public(override)) - set(_public(common))
    if unknown:
        raise SourceError(f"{where}: unknown slot types {sorted(unknown)}")
    types = []
    for type_name, values in _public(common).items():
        changes = _public(override.get(type_name, {}))
        missing = set(changes) - set(values)
        if missing:
            raise SourceError(f"{where}: {type_name} has no values {sorted(missing)}")
        entries = []
        for value_id, value in values.items():
            change = changes.get(value_id, {})
            name = change.get("value", value["value"])
            listed = [*value.get("synonyms", []), *composed(value, f"{type_name}.{value_id}")]
            synonyms = _apply(listed, change, f"{where}: {value_id}")
            if name != value["value"] and name in synonyms:
                synonyms.remove(name)
            entries.append({"id": value_id, "name": {"value": name, "synonyms": synonyms}})
        types.append({"name": type_name, "values": entries})
    return types


def composed(value: Mapping[str, Any], where: str) -> list[str]:
    """The synonyms a value's ``phrases`` compose, not already among its synonyms or its name.

    ``phrases`` lists patterns; a pattern is a list of parts, each a list of alternatives (""
    leaves the part out), and every combination, joined by spaces, is a synonym. So one pattern,
    [["stepped on", "trod on", "cut my foot on"], ["a nail", "a rake", "some glass"]], gives the
    nine ways people tell of a dirty wound, which a sign must be heard in however it is told.
    """
    have = {value["value"], *value.get("synonyms", [])}
    found: list[str] = []
    for pattern in value.get("phrases", []):
        if not pattern or not all(isinstance(part, list) and part for part in pattern):
            raise SourceError(f"{where}: a phrases pattern is a list of non-empty lists")
        for combination in itertools.product(*pattern):
            phrase = " ".join(word for word in combination if word)
            if phrase and phrase not in have:
                have.add(phrase)
                found.append(phrase)
    return found


def _apply(items: Iterable[str], change: Mapping[str, Any], where: str) -> list[str]:
    """``items`` with ``change["remove"]`` taken out and ``change["add"]`` appended."""
    result = list(items)
    for item in change.get("remove", []):
        if item not in result:
            raise SourceError(f"{where}: cannot remove {item!r}, it is not there")
        result.remove(item)
    for item in change.get("add", []):
        if item in result:
            raise SourceError(f"{where}: {item!r} is already there")
        result.append(item)
    return result
