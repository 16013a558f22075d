"""Calibrate the similarity threshold: leave-one-out scores of the samples against negatives.

Each sample is taken out of the model in turn and resolved against the
rest, with any ``{slot}`` filled by a listed value: that is how a new phrasing of a known request
scores. Requests that are not for the skill give the other side. The threshold that makes the
fewest mistakes (a known request sent to Fallback, a held-out sample sent to the wrong intent,
or a stranger's request accepted) is chosen; on a tie, the middle of the best band.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from legcramp.model.utterances import slot_names
from legcramp.resolver.resolver import Resolver
from skill.names import Intent

_FALLBACK = Intent.FALLBACK


@dataclass(frozen=True, slots=True)
class Trial:
    """One held-out utterance: what it should resolve to, what it did, and the score."""

    utterance: str
    expected: str
    got: str
    score: float
    unknown: float = 0.0  # the share of words the model does not know

    def scored(self, penalty: float) -> float:
        """The score with ``penalty`` for unknown words, as the resolver applies it."""
        return self.score * (1.0 - penalty * self.unknown)


@dataclass(frozen=True, slots=True)
class Calibration:
    """The chosen threshold, the band of equally good ones, and the mistakes made there."""

    threshold: float
    band: tuple[float, float]
    errors: int
    trials: int
    penalty: float = 0.0


def held_out_trials(document: Mapping[str, Any]) -> Iterator[Trial]:
    """Resolve every sample with itself removed from the model (slots filled with listed values).

    The built-in phrasings stay in as neighbours but are not held out: most are one or two words
    that no remaining phrasing resembles, which says nothing about how paraphrases score.
    """
    language = document["interactionModel"]["languageModel"]
    fillers = _slot_fillers(language)
    for index, intent in enumerate(language["intents"]):
        for position, sample in enumerate(intent.get("samples", [])):
            reduced = copy.deepcopy(dict(document))
            del reduced["interactionModel"]["languageModel"]["intents"][index]["samples"][position]
            utterance = _fill(sample, intent, fillers, position)
            resolver = Resolver(reduced, unknown_penalty=0.0)
            result = resolver.best_guess(utterance)
            unknown = resolver.unknown_share(utterance)
            yield Trial(utterance, intent["name"], result.intent, result.score, unknown)


def negative_trials(document: Mapping[str, Any], utterances: Iterable[str]) -> Iterator[Trial]:
    """Resolve requests that are not for the skill: each should go to Fallback."""
    resolver = Resolver(document, unknown_penalty=0.0)
    for utterance in utterances:
        result = resolver.best_guess(utterance)
        unknown = resolver.unknown_share(utterance)
        yield Trial(utterance, _FALLBACK, result.intent, result.score, unknown)


def choose_threshold(
    trials: Iterable[Trial], steps: int = 100, penalties: Iterable[float] = (0.0,)
) -> Calibration:
    """The threshold in 0..1 (in ``1/steps``) and unknown-word penalty (of ``penalties``) with
    the fewest mistakes over ``trials``; on a tie, the smaller penalty, then the middle of the
    best band of thresholds."""
    trials = list(trials)
    best: Calibration | None = None
    for penalty in penalties:
        counts = [(t / steps, mistakes(trials, t / steps, penalty)) for t in range(steps + 1)]
        fewest = min(errors for _, errors in counts)
        band = [threshold for threshold, errors in counts if errors == fewest]
        low, high = band[0], band[-1]
        middle = min(band, key=lambda t: abs(t - (low + high) / 2))
        if best is None or fewest < best.errors:
            best = Calibration(middle, (low, high), fewest, len(trials), penalty)
    if best is None:
        raise ValueError("no penalty to try")
    return best


def mistakes(trials: Iterable[Trial], threshold: float, penalty: float = 0.0) -> int:
    """Mistakes at ``threshold``: a request not accepted as its intent, or a stranger accepted."""
    errors = 0
    for trial in trials:
        accepted = trial.got != _FALLBACK and trial.scored(penalty) >= threshold
        if trial.expected == _FALLBACK:
            errors += accepted
        else:
            errors += not accepted or trial.got != trial.expected
    return errors


def _slot_fillers(language: Mapping[str, Any]) -> dict[str, list[str]]:
    """Slot type → its values and synonyms, to put into held-out samples."""
    fillers: dict[str, list[str]] = {}
    for slot_type in language.get("types", []):
        words = []
        for value in slot_type["values"]:
            words.extend([value["name"]["value"], *value["name"].get("synonyms", [])])
        fillers[slot_type["name"]] = words
    return fillers


def _fill(sample: str, intent: Mapping[str, Any], fillers: Mapping[str, list[str]], n: int) -> str:
    types = {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
    for name in slot_names(sample):
        words = fillers.get(types.get(name, ""), [name])
        sample = sample.replace(f"{{{name}}}", words[(n * 7) % len(words)], 1)
    return sample
