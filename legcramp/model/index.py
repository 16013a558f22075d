"""One locale's model indexed for matching utterances: literal samples, slot patterns, lexicons."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from legcramp.model.lexicon import Lexicon
from legcramp.model.utterances import key, sample_key, slot_names, stem

FALLBACK_INTENT = "AMAZON.FallbackIntent"


@dataclass(frozen=True, slots=True)
class Sample:
    """A sample (or built-in phrasing) in key form, with the ``{slot}`` placeholders it holds."""

    intent: str
    text: str
    slots: tuple[str, ...]

    @property
    def carrier_words(self) -> int:
        """How many of its words are not slot placeholders."""
        return len(self.text.split()) - len(self.slots)


@dataclass(frozen=True, slots=True)
class SlotPattern:
    """A sample with slots as a regular expression capturing each slot's words."""

    sample: Sample
    regex: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class ModelIndex:
    """One locale's interaction model, indexed for resolving utterances."""

    invocation: str
    literals: Mapping[str, str]
    patterns: tuple[SlotPattern, ...]
    samples: tuple[Sample, ...]
    slot_types: Mapping[tuple[str, str], str]
    intent_slots: Mapping[str, tuple[str, ...]]
    lexicons: Mapping[str, Lexicon]
    vocabulary: frozenset[str]

    @classmethod
    def build(
        cls,
        document: Mapping[str, Any],
        builtins: Mapping[str, tuple[str, ...]],
        builtin_types: Mapping[str, Lexicon] | None = None,
    ) -> ModelIndex:
        """Index an interaction-model document plus the built-in intents' phrasings and the
        lexicons of the Amazon built-in slot types its intents use (``builtin_types``)."""
        language = document["interactionModel"]["languageModel"]
        samples: list[Sample] = []
        slot_types: dict[tuple[str, str], str] = {}
        intent_slots: dict[str, tuple[str, ...]] = {}
        for intent in language["intents"]:
            name = intent["name"]
            intent_slots[name] = tuple(slot["name"] for slot in intent.get("slots", []))
            for slot in intent.get("slots", []):
                slot_types[(name, slot["name"])] = slot["type"]
            samples.extend(
                Sample(name, sample_key(text), slot_names(text))
                for text in intent.get("samples", [])
            )
        for name, phrases in builtins.items():
            samples.extend(Sample(name, key(text), ()) for text in phrases)
        samples = [sample for sample in samples if sample.text]
        literals: dict[str, str] = {}
        for sample in samples:
            if not sample.slots:
                literals.setdefault(sample.text, sample.intent)
        patterns = tuple(
            SlotPattern(sample, _pattern(sample.text)) for sample in samples if sample.slots
        )
        lexicons = {entry["name"]: _lexicon(entry) for entry in language.get("types", [])}
        used = set(slot_types.values())
        lexicons.update(
            (name, lexicon) for name, lexicon in (builtin_types or {}).items() if name in used
        )
        # The words the skill's own requests use: not the Fallback samples (strangers' words).
        vocabulary = {
            stem(word)
            for sample in samples
            if sample.intent != FALLBACK_INTENT
            for word in sample.text.split()
        }
        for lexicon in lexicons.values():
            vocabulary.update(stem(word) for phrase in lexicon.phrases() for word in phrase.split())
        return cls(
            invocation=language["invocationName"],
            literals=literals,
            patterns=patterns,
            samples=tuple(samples),
            slot_types=slot_types,
            intent_slots=intent_slots,
            lexicons=lexicons,
            vocabulary=frozenset(vocabulary),
        )


@cache  # compiled once per sample text: the calibration indexes the model once per sample
def _pattern(text: str) -> re.Pattern[str]:
    """``is it my {topic}`` → ``is it my (.+?)``: one capture group per slot, in order."""
    pieces = re.split(r"\{\w+\}", text)
    body = "(.+?)".join(re.escape(piece) for piece in pieces)
    return re.compile(body)


TypeKey = tuple[tuple[str | None, str, tuple[str, ...]], ...]


def _lexicon(slot_type: Mapping[str, Any]) -> Lexicon:
    """``Lexicon.from_type``, built once per distinct list of values: calibration rebuilds the
    resolver once per held-out sample, and only the samples differ between those models."""
    values: TypeKey = tuple(
        (value.get("id"), value["name"]["value"], tuple(value["name"].get("synonyms", [])))
        for value in slot_type.get("values", [])
    )
    return _built_lexicon(values)


@cache
def _built_lexicon(values: TypeKey) -> Lexicon:
    return Lexicon.from_type(
        {
            "values": [
                {"id": value_id, "name": {"value": name, "synonyms": list(synonyms)}}
                for value_id, name, synonyms in values
            ]
        }
    )
