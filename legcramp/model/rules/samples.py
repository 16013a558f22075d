"""Sample utterances: checks 13-16 of the platform-rules checklist."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from legcramp.model.findings import Finding
from legcramp.model.rules.document import ModelFile, slots_of, strings

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_ALLOWED_MARKS = frozenset(" '._-")
SEARCH_QUERY = "AMAZON.SearchQuery"


def check_sample_slots(model: ModelFile) -> Iterator[Finding]:
    """Check 13: every ``{X}`` names a slot of its intent; every slot is used somewhere."""
    for index, intent in model.intents():
        declared = {slot.get("name") for _, slot in slots_of(intent)}
        used: set[str] = set()
        for sample_index, sample in strings(intent.get("samples")):
            for name in _PLACEHOLDER.findall(sample):
                used.add(name)
                if name not in declared:
                    yield model.finding(
                        "R13",
                        f"{{{name}}} is not a slot of this intent",
                        "intents",
                        index,
                        "samples",
                        sample_index,
                    )
        for slot_index, slot in slots_of(intent):
            slot_samples = list(strings(slot.get("samples")))
            for sample_index, sample in slot_samples:
                for name in _PLACEHOLDER.findall(sample):
                    if name not in declared:
                        yield model.finding(
                            "R13",
                            f"{{{name}}} is not a slot of this intent",
                            "intents",
                            index,
                            "slots",
                            slot_index,
                            "samples",
                            sample_index,
                        )
            name = slot.get("name")
            if isinstance(name, str) and name not in used and not slot_samples:
                yield model.finding(
                    "R13",
                    f"slot {name!r} appears in no sample and has no slot samples",
                    "intents",
                    index,
                    "slots",
                    slot_index,
                )


def check_sample_characters(model: ModelFile) -> Iterator[Finding]:
    """Check 14: letters, spaces, ``'._-`` and ``{Slot}`` only: no ``?``, digits or symbols."""
    for index, intent in model.intents():
        places: list[tuple[tuple[str | int, ...], str]] = [
            (("intents", index, "samples", i), s) for i, s in strings(intent.get("samples"))
        ]
        for slot_index, slot in slots_of(intent):
            places.extend(
                (("intents", index, "slots", slot_index, "samples", i), s)
                for i, s in strings(slot.get("samples"))
            )
        for where, sample in places:
            problem = _character_problem(sample)
            if problem is not None:
                yield model.finding("R14", f"{sample!r}: {problem}", *where)


def _character_problem(sample: str) -> str | None:
    if not sample.strip():
        return "empty sample"
    bare = _PLACEHOLDER.sub(" ", sample)
    for char in bare:
        if char in "{}":
            return "braces are only allowed around a slot name, as {Name}"
        if char.isdigit():
            return f"digit {char!r}: spell numbers out"
        if not (
            char.isalpha() or unicodedata.category(char).startswith("M") or char in _ALLOWED_MARKS
        ):
            return f"character {char!r} is not allowed in a sample"
    return None


def check_duplicate_samples(model: ModelFile) -> Iterator[Finding]:
    """Check 15: no sample twice, in one intent or across intents (case and spacing ignored)."""
    first: dict[str, tuple[str, int, int]] = {}
    for index, intent in model.intents():
        name = str(intent.get("name"))
        for sample_index, sample in strings(intent.get("samples")):
            norm = " ".join(sample.lower().split())
            if norm in first:
                other, other_index, other_sample = first[norm]
                where = "this intent" if other_index == index else other
                yield model.finding(
                    "R15",
                    f"{sample!r} duplicates sample {other_sample} of {where}",
                    "intents",
                    index,
                    "samples",
                    sample_index,
                )
            else:
                first[norm] = (name, index, sample_index)


def check_search_query_carriers(model: ModelFile) -> Iterator[Finding]:
    """Check 16: a sample of an intent with an AMAZON.SearchQuery slot is not that slot alone."""
    for index, intent in model.intents():
        queries = {
            slot.get("name") for _, slot in slots_of(intent) if slot.get("type") == SEARCH_QUERY
        }
        if not queries:
            continue
        for sample_index, sample in strings(intent.get("samples")):
            only = _PLACEHOLDER.fullmatch(sample.strip())
            if only is not None and only.group(1) in queries:
                yield model.finding(
                    "R16",
                    f"{sample!r} is only a SearchQuery slot: it needs a carrier phrase",
                    "intents",
                    index,
                    "samples",
                    sample_index,
                )
