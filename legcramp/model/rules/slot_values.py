"""Custom slot values and synonyms: check 17 of the platform-rules checklist."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from legcramp.model.findings import Finding
from legcramp.model.rules.document import ModelFile, strings

MAX_VALUE_CHARACTERS = 140


def check_slot_values(model: ModelFile) -> Iterator[Finding]:
    """Check 17: values and synonyms ≤ 140 characters; values, IDs and synonyms unique per type."""
    for type_index, slot_type in model.types():
        values = slot_type.get("values")
        if not isinstance(values, list):
            continue
        seen_values: dict[str, int] = {}
        seen_ids: dict[str, int] = {}
        seen_phrases: dict[str, int] = {}
        for value_index, value in enumerate(values):
            where: tuple[str | int, ...] = ("types", type_index, "values", value_index)
            if not isinstance(value, dict) or not isinstance(value.get("name"), dict):
                yield model.finding("R17", "a value needs a name object", *where)
                continue
            name: dict[str, Any] = value["name"]
            text = name.get("value")
            if not isinstance(text, str) or not text.strip():
                yield model.finding(
                    "R17", "a value needs a non-empty name.value", *where, "name", "value"
                )
                continue
            phrases: list[tuple[tuple[str | int, ...], str]] = [(("name", "value"), text)]
            phrases.extend(
                (("name", "synonyms", i), synonym) for i, synonym in strings(name.get("synonyms"))
            )
            for inner, phrase in phrases:
                if len(phrase) > MAX_VALUE_CHARACTERS:
                    yield model.finding(
                        "R17",
                        f"{len(phrase)} characters; values and synonyms may have at most "
                        f"{MAX_VALUE_CHARACTERS}",
                        *where,
                        *inner,
                    )
            norm = text.strip().lower()
            if norm in seen_values:
                yield model.finding(
                    "R17",
                    f"value {text!r} repeats value {seen_values[norm]}",
                    *where,
                    "name",
                    "value",
                )
            seen_values.setdefault(norm, value_index)
            value_id = value.get("id")
            if value_id is not None:
                if value_id in seen_ids:
                    yield model.finding(
                        "R17", f"id {value_id!r} repeats value {seen_ids[value_id]}'s", *where, "id"
                    )
                seen_ids.setdefault(value_id, value_index)
            for inner, phrase in phrases:
                norm = phrase.strip().lower()
                owner = seen_phrases.setdefault(norm, value_index)
                if owner != value_index:
                    yield model.finding(
                        "R17",
                        f"{phrase!r} also names value {owner}: resolution would be ambiguous",
                        *where,
                        *inner,
                    )
