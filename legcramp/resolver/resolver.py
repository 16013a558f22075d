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
from legcramp.model.utterances import clean, key_words, spoken_forms, stem, strip_carrier
from legcramp.resolution import Resolution, ResolutionStatus, SlotResolution
from legcramp.resolver.amazon_types import BuiltinLexicon, builtin_lexicons
from legcramp.resolver.builtins import builtin_phrases
from legcramp.resolver.similarity import NEIGHBOURS, THRESHOLD, UNKNOWN_PENALTY, Similarity
from skill.names import TOPIC_SLOT_TYPE, Intent

DEFAULT_LOCALE = "en-US"
BUILT_IN_PREFIX = "AMAZON."
_LOCALE = re.compile(r"[a-z]{2}-[A-Z]{2}")
# A slot value nobody listed is still passed on (ER_SUCCESS_NO_MATCH), as Alexa does, but only
# when a carrier phrase of two or more words frames a few heard words: "is it my thyroid".
MAX_UNKNOWN_VALUE_WORDS = 3
MIN_CARRIER_WORDS = 2
# Slot types whose unlisted values are passed on (a topic the skill has no entry for).
OPEN_SLOT_TYPES = frozenset({TOPIC_SLOT_TYPE})


class Resolver:
    """An offline stand-in for Alexa's NLU over one locale's generated interaction model."""

    def __init__(
        self,
        document: Mapping[str, Any],
        builtins: Mapping[str, tuple[str, ...]] | None = None,
        *,
        threshold: float = THRESHOLD,
        unknown_penalty: float = UNKNOWN_PENALTY,
        neighbours: int = NEIGHBOURS,
    ) -> None:
        self._index = ModelIndex.build(
            document, builtin_phrases() if builtins is None else builtins, builtin_lexicons()
        )
        self._similarity = Similarity((s.intent, s.text) for s in self._index.samples)
        self._threshold = threshold
        self._unknown_penalty = unknown_penalty
        self._neighbours = neighbours
        # Amazon's built-in types (numbers, dates, times, lengths), told apart in ``_mentions``.
        self._builtin_types = frozenset(
            name
            for name, lexicon in self._index.lexicons.items()
            if isinstance(lexicon, BuiltinLexicon)
        )

    @classmethod
    def for_locale(cls, locale: str) -> Resolver:
        """The resolver for ``locale`` (cached); a locale without a model (en-NZ) uses en-US."""
        return _for_model(_model_path(locale))

    def resolve(self, utterance: str) -> Resolution:
        """The intent, slots and confidence (0 to 1) Alexa would most likely hand the skill."""
        best = self.best_guess(utterance)
        if best.score < self._threshold:
            return Resolution(utterance, Intent.FALLBACK, best.score)
        return best

    def is_sample(self, utterance: str) -> bool:
        """Whether the utterance is a sample, or a sample with listed values in its slots."""
        text = " ".join(key_words(strip_carrier(clean(utterance), self._index.invocation)))
        return text in self._index.literals or self._fill_pattern(utterance, text) is not None

    def unknown_share(self, utterance: str) -> float:
        """The share of the utterance's words that no sample, built-in or slot value has."""
        words = key_words(strip_carrier(clean(utterance), self._index.invocation))
        return self._unknown_share(words, self._mentions(words)) if words else 0.0

    def best_guess(self, utterance: str) -> Resolution:
        """The likeliest intent whatever its score: :meth:`resolve` before the threshold."""
        words = key_words(strip_carrier(clean(utterance), self._index.invocation))
        text = " ".join(words)
        if not text:
            return Resolution(utterance, Intent.FALLBACK, 0.0)
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
        words = text.split()
        for pattern in self._index.patterns:
            if pattern.regex.fullmatch(text) is None:
                continue
            sample = pattern.sample
            slots = self._listed_values(sample, sample.text.split(), words)
            if slots is not None and (best is None or sample.carrier_words > best[0]):
                resolution = Resolution(utterance, sample.intent, 1.0, MappingProxyType(slots))
                best = (sample.carrier_words, resolution)
        return None if best is None else best[1]

    def _listed_values(
        self, sample: Sample, tokens: Sequence[str], words: Sequence[str]
    ) -> dict[str, SlotResolution] | None:
        """Slots for ``tokens`` (a sample's words and ``{slot}`` placeholders) laid over
        ``words`` so that every slot holds a listed value, trying every split of the words
        between neighbouring slots ("my calf is chest pain and ..."); None if there is none."""
        if not tokens:
            return {} if not words else None
        token, rest = tokens[0], tokens[1:]
        if not (token.startswith("{") and token.endswith("}")):
            if not words or words[0] != token:
                return None
            return self._listed_values(sample, rest, words[1:])
        name = token[1:-1]
        for end in range(1, len(words) - len(rest) + 1):
            slot = self._slot(sample.intent, name, " ".join(words[:end]))
            if slot.status is not ResolutionStatus.MATCH:
                continue
            others = self._listed_values(sample, rest, words[end:])
            if others is not None:
                return {name: slot, **others}
        return None

    def _unknown_value(self, utterance: str, text: str) -> Resolution | None:
        """A carrier that frames a few words no slot value names: "is it my thyroid".

        Alexa passes such words on with ER_SUCCESS_NO_MATCH. The confidence is the share of the
        utterance the carrier explains. Only one-slot samples of an open slot type (a topic the
        skill may not know) qualify: an unknown "symptom" or "medicine" is more likely a request
        that is not for the skill at all ("i have a question"). Words that contain a listed value
        are left to :meth:`_nearest`, which can place the value ("does stretching really help").
        """
        best: Resolution | None = None
        total = len(text.split())
        for pattern, slots in self._filled_patterns(text):
            sample = pattern.sample
            heard = [slot.value.split() for slot in slots.values()]
            lead = spoken_forms().slot_lead_words
            if (
                any(all(word in lead for word in words) for words in heard)  # "about that"
                or len(sample.slots) != 1
                or self._slot_type(sample.intent, sample.slots[0]) not in OPEN_SLOT_TYPES
                or sample.carrier_words < MIN_CARRIER_WORDS
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

    def _slot_type(self, intent: str, name: str) -> str:
        return self._index.slot_types.get((intent, name), "")

    def _slot(self, intent: str, name: str, heard: str) -> SlotResolution:
        lexicon = self._index.lexicons.get(self._index.slot_types.get((intent, name), ""))
        entity = None if lexicon is None else lexicon.lookup(heard)
        if entity is None:
            return SlotResolution(heard, ResolutionStatus.NO_MATCH)
        if isinstance(lexicon, BuiltinLexicon):  # Alexa's normalised value, no resolution
            return SlotResolution(entity.id, ResolutionStatus.MATCH, builtin=True)
        return SlotResolution(heard, ResolutionStatus.MATCH, entity.id, entity.canonical)

    def _mentions(self, words: Sequence[str]) -> dict[str, tuple[Mention, ...]]:
        """Slot type → every value or synonym of it heard among ``words`` (types heard only)."""
        found = {name: lexicon.find_all(words) for name, lexicon in self._index.lexicons.items()}
        # Alexa tags "two am" as a time, "five minutes" as a duration and "three nights ago" as
        # a date: a number inside a longer built-in phrase is not also a count of cramps.
        spans = [
            (mention.start, mention.end)
            for name in self._builtin_types
            for mention in found[name]
        ]
        for name in self._builtin_types:
            found[name] = tuple(
                mention
                for mention in found[name]
                if not any(
                    start <= mention.start
                    and mention.end <= end
                    and end - start > mention.end - mention.start
                    for start, end in spans
                )
            )
        return {name: mentions for name, mentions in found.items() if mentions}

    def _nearest(self, utterance: str, words: Sequence[str]) -> Resolution:
        """The intent of the sample most similar to the utterance, its slots from what was heard.

        A sample with slots is compared with the utterance whose heard values are put back as
        ``{slot}``, so "would a heating pad help" meets "would {topic} help" and "my calf is
        swollen and red" meets "my {muscle} is {symptom} and {symptomTwo}". Then every slot the
        intent declares takes a heard value of its type, in the order heard (several symptoms
        fill ``symptom``, ``symptomTwo``, ``symptomThree``), as a statistical NLU tags entities.
        Words no sample and no slot value knows make a match with the skill's own requests less
        likely (``unknown_penalty``), but not a match with the FallbackIntent's samples: strangers'
        words are what those are made of ("tell me about the roman empire" is nearer "tell me
        about the tudors" than "tell me about {topic}" with an unknown topic).
        """
        text = " ".join(words)
        mentions = self._mentions(words)
        # Per intent: its best sample (with the slots placed there) and its top scores.
        tops: dict[str, list[float]] = {}
        best: dict[str, tuple[float, Sample, dict[str, Mention]]] = {}
        queries: dict[tuple[str, tuple[str, ...]], tuple[str, dict[str, Mention]]] = {}
        for sample in self._index.samples:
            if sample.slots and not sample.carrier_words:
                continue  # "{topic}" alone says nothing about carriers: only an exact fill counts
            shape = (sample.intent, sample.slots)  # samples alike in slots get the same query
            if shape not in queries:
                queries[shape] = self._query(sample, words, text, mentions)
            query, placed = queries[shape]
            if sample.slots and not placed:
                continue  # its slots would be empty: only _unknown_value may claim it
            score = self._similarity(query, sample.text)
            tops.setdefault(sample.intent, []).append(score)
            if sample.intent not in best or score > best[sample.intent][0]:
                best[sample.intent] = (score, sample, placed)
        if not best:
            return Resolution(utterance, Intent.FALLBACK, 0.0)
        intent_scores = {
            intent: _neighbourhood(scores, self._neighbours) for intent, scores in tops.items()
        }
        intent = max(intent_scores, key=lambda name: (intent_scores[name], best[name][0]))
        best_score = intent_scores[intent]
        _, sample, placed = best[intent]
        if intent != Intent.FALLBACK and not _leads_with(words, sample):
            best_score *= 1.0 - self._unknown_penalty * self._unknown_share(words, mentions)
        slots = self._fill(sample.intent, words, mentions, placed)
        return Resolution(utterance, sample.intent, best_score, MappingProxyType(slots))

    def _query(
        self,
        sample: Sample,
        words: Sequence[str],
        text: str,
        mentions: Mapping[str, tuple[Mention, ...]],
    ) -> tuple[str, dict[str, Mention]]:
        """What to compare ``sample`` with: the utterance, heard slot values put as ``{slot}``."""
        if not sample.slots:
            return text, {}
        placed = self._place(sample.intent, sample.slots, mentions, {})
        if not placed:
            return text, placed
        spans = sorted((m.start, m.end, name) for name, m in placed.items())
        query: list[str] = []
        at = 0
        for start, end, name in spans:
            query.extend(words[at:start])
            query.append(f"{{{name}}}")
            at = end
        query.extend(words[at:])
        return " ".join(query), placed

    def _place(
        self,
        intent: str,
        names: Sequence[str],
        mentions: Mapping[str, tuple[Mention, ...]],
        placed: Mapping[str, Mention],
    ) -> dict[str, Mention]:
        """``placed`` plus, for each slot in ``names`` not yet filled, the first heard value of
        its type that no filled slot has taken."""
        result = dict(placed)
        taken = [(m.start, m.end) for m in result.values()]
        for name in names:
            if name in result:
                continue
            for mention in mentions.get(self._index.slot_types.get((intent, name), ""), ()):
                if all(mention.end <= start or mention.start >= end for start, end in taken):
                    result[name] = mention
                    taken.append((mention.start, mention.end))
                    break
        return result

    def _fill(
        self,
        intent: str,
        words: Sequence[str],
        mentions: Mapping[str, tuple[Mention, ...]],
        placed: Mapping[str, Mention],
    ) -> dict[str, SlotResolution]:
        """The intent's slots: those the sample placed, then the rest from what else was heard."""
        filled = self._place(intent, self._index.intent_slots.get(intent, ()), mentions, placed)
        order = self._index.intent_slots.get(intent, ())
        slots: dict[str, SlotResolution] = {}
        for name in sorted(filled, key=lambda n: order.index(n) if n in order else len(order)):
            mention = filled[name]
            heard = " ".join(words[mention.start : mention.end])
            entity = mention.entity
            lexicon = self._index.lexicons.get(self._index.slot_types.get((intent, name), ""))
            if isinstance(lexicon, BuiltinLexicon):
                slots[name] = SlotResolution(entity.id, ResolutionStatus.MATCH, builtin=True)
                continue
            slots[name] = SlotResolution(heard, ResolutionStatus.MATCH, entity.id, entity.canonical)
        return slots

    def _unknown_share(
        self, words: Sequence[str], mentions: Mapping[str, tuple[Mention, ...]]
    ) -> float:
        """The share of ``words`` that no sample, built-in phrase or slot value contains."""
        inside = {i for found in mentions.values() for m in found for i in range(m.start, m.end)}
        unknown = sum(
            1
            for i, word in enumerate(words)
            if i not in inside and stem(word) not in self._index.vocabulary
        )
        return unknown / len(words)


def _leads_with(words: Sequence[str], sample: Sample) -> bool:
    """A built-in phrase said first, then a few words: "no i'm fine", "stop talking".

    Alexa's built-in intents know far more ways of saying them than our phrase list, so the
    words after the phrase are not held against it as strangers' words.
    """
    phrase = sample.text.split()
    return (
        sample.intent.startswith(BUILT_IN_PREFIX)
        and sample.intent != Intent.FALLBACK
        and tuple(words[: len(phrase)]) == tuple(phrase)
    )


def _neighbourhood(scores: list[float], neighbours: int) -> float:
    """An intent's score: the mean of its ``neighbours`` best sample scores (fewer if it has
    fewer), so one look-alike sample counts less than several near ones."""
    ranked = sorted(scores, reverse=True)[:neighbours]
    return sum(ranked) / len(ranked)


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
