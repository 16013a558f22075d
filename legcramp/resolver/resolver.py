"""Resolve an utterance to an intent and slots: exact samples first, then the nearest samples."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from legcramp.model.index import ModelIndex, Sample, SlotPattern
from legcramp.model.layout import Layout
from legcramp.model.lexicon import Mention
from legcramp.model.utterances import clean, key_words, strip_carrier
from legcramp.resolution import Resolution, ResolutionStatus, SlotResolution
from legcramp.resolver.builtins import builtin_phrases
from legcramp.resolver.similarity import THRESHOLD, Similarity
from skill.names import Intent

DEFAULT_LOCALE = "en-US"
_LOCALE = re.compile(r"[a-z]{2}-[A-Z]{2}")
# A slot value nobody listed is still passed on (ER_SUCCESS_NO_MATCH), as Alexa does, but only
# when a carrier phrase of two or more words frames a few heard words: "is it my thyroid".
MAX_UNKNOWN_VALUE_WORDS = 3
MIN_CARRIER_WORDS = 2


class Resolver:
    """An offline stand-in for Alexa's NLU over one locale's generated interaction model."""

    def __init__(
        self,
        document: Mapping[str, Any],
        builtins: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        self._index = ModelIndex.build(
            document, builtin_phrases() if builtins is None else builtins
        )
        self._similarity = Similarity((s.intent, s.text) for s in self._index.samples)

    @classmethod
    def for_locale(cls, locale: str) -> Resolver:
        """The resolver for ``locale`` (cached); a locale without a model (en-NZ) uses en-US."""
        return _for_model(_model_path(locale))

    def resolve(self, utterance: str) -> Resolution:
        """The intent, slots and confidence (0 to 1) Alexa would most likely hand the skill."""
        best = self.best_guess(utterance)
        if best.score < THRESHOLD:
            return Resolution(utterance, Intent.FALLBACK.value, best.score)
        return best

    def best_guess(self, utterance: str) -> Resolution:
        """The likeliest intent whatever its score: :meth:`resolve` before the threshold."""
        words = key_words(strip_carrier(clean(utterance), self._index.invocation))
        text = " ".join(words)
        if not text:
            return Resolution(utterance, Intent.FALLBACK.value, 0.0)
        intent = self._index.literals.get(text)
        if intent is not None:
            return Resolution(utterance, intent, 1.0)
        filled = self._fill_pattern(utterance, text)
        if filled is not None:
            return filled
        nearest = self._nearest(utterance, words)
        unknown = self._unknown_value(utterance, text)
        if unknown is not None and unknown.score >= nearest.score:
            return unknown
        return nearest

    def _fill_pattern(self, utterance: str, text: str) -> Resolution | None:
        """A sample with slots whose carrier matches exactly, every slot a listed value."""
        best: tuple[int, Resolution] | None = None
        for pattern, slots in self._filled_patterns(text):
            if all(slot.status is ResolutionStatus.MATCH for slot in slots.values()):
                rank = pattern.sample.carrier_words
                if best is None or rank > best[0]:
                    best = (rank, Resolution(utterance, pattern.sample.intent, 1.0, slots))
        return None if best is None else best[1]

    def _unknown_value(self, utterance: str, text: str) -> Resolution | None:
        """A carrier that frames a few words no slot value names: "is it my thyroid".

        Alexa passes such words on with ER_SUCCESS_NO_MATCH. The confidence is the share of the
        utterance the carrier explains. Words that contain a listed value are left to
        :meth:`_nearest`, which can place the value ("does stretching really help").
        """
        best: Resolution | None = None
        total = len(text.split())
        for pattern, slots in self._filled_patterns(text):
            sample = pattern.sample
            heard = [slot.value.split() for slot in slots.values()]
            if (
                sample.carrier_words < MIN_CARRIER_WORDS
                or any(len(words) > MAX_UNKNOWN_VALUE_WORDS for words in heard)
                or any(self._mentions(words) for words in heard)
            ):
                continue
            score = sample.carrier_words / total
            if best is None or score > best.score:
                best = Resolution(utterance, sample.intent, score, slots)
        return best

    def _filled_patterns(
        self, text: str
    ) -> Iterator[tuple[SlotPattern, Mapping[str, SlotResolution]]]:
        """Each sample with slots whose carrier matches ``text``, with its slots resolved."""
        for pattern in self._index.patterns:
            match = pattern.regex.fullmatch(text)
            if match is not None:
                sample = pattern.sample
                slots = {
                    name: self._slot(sample.intent, name, heard)
                    for name, heard in zip(sample.slots, match.groups(), strict=True)
                }
                yield pattern, MappingProxyType(slots)

    def _slot(self, intent: str, name: str, heard: str) -> SlotResolution:
        lexicon = self._index.lexicons.get(self._index.slot_types.get((intent, name), ""))
        entity = None if lexicon is None else lexicon.lookup(heard)
        if entity is None:
            return SlotResolution(heard, ResolutionStatus.NO_MATCH)
        return SlotResolution(heard, ResolutionStatus.MATCH, entity.id, entity.canonical)

    def _mentions(self, words: Sequence[str]) -> dict[str, Mention]:
        """Slot type → the value or synonym heard among ``words``, for each type with one."""
        found = {name: lexicon.find(words) for name, lexicon in self._index.lexicons.items()}
        return {name: mention for name, mention in found.items() if mention is not None}

    def _nearest(self, utterance: str, words: Sequence[str]) -> Resolution:
        """The intent of the sample most similar to the utterance.

        A sample with a slot is compared with the utterance whose heard value is put back as
        ``{slot}``, so "would a heating pad help" meets "would {topic} help".
        """
        text = " ".join(words)
        mentions = self._mentions(words)
        best_score, best = 0.0, None
        for sample in self._index.samples:
            query, mention = self._query(sample, words, text, mentions)
            if sample.slots and mention is None:
                continue  # its slot would be empty: only _unknown_value may claim it
            score = self._similarity(query, sample.text)
            if best is None or score > best_score:
                best_score, best = score, (sample, mention)
        if best is None:
            return Resolution(utterance, Intent.FALLBACK.value, 0.0)
        sample, mention = best
        slots: dict[str, SlotResolution] = {}
        if mention is not None:
            heard = " ".join(words[mention.start : mention.end])
            entity = mention.entity
            slots[sample.slots[0]] = SlotResolution(
                heard, ResolutionStatus.MATCH, entity.id, entity.canonical
            )
        return Resolution(utterance, sample.intent, best_score, MappingProxyType(slots))

    def _query(
        self,
        sample: Sample,
        words: Sequence[str],
        text: str,
        mentions: Mapping[str, Mention],
    ) -> tuple[str, Mention | None]:
        """What to compare ``sample`` with: the utterance, a heard slot value put as ``{slot}``."""
        if len(sample.slots) != 1:
            return text, None
        name = sample.slots[0]
        mention = mentions.get(self._index.slot_types.get((sample.intent, name), ""))
        if mention is None:
            return text, None
        query = [*words[: mention.start], f"{{{name}}}", *words[mention.end :]]
        return " ".join(query), mention


def model_document(locale: str) -> dict[str, Any]:
    """The generated interaction model the resolver for ``locale`` reads."""
    document: dict[str, Any] = json.loads(_model_path(locale).read_text(encoding="utf-8"))
    return document


def _model_path(locale: str) -> Path:
    model_dir = Layout.repo().model_dir
    if _LOCALE.fullmatch(locale):
        path = model_dir / f"{locale}.json"
        if path.is_file():
            return path
    return model_dir / f"{DEFAULT_LOCALE}.json"


@cache
def _for_model(path: Path) -> Resolver:
    return Resolver(json.loads(path.read_text(encoding="utf-8")))
