"""A custom slot type's values and synonyms, for Alexa-style entity resolution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from legcramp.model.utterances import key, key_words, spoken_forms, stem


@dataclass(frozen=True, slots=True)
class Entity:
    """A slot value an utterance resolved to: its entity ID and canonical name."""

    id: str
    canonical: str


@dataclass(frozen=True, slots=True)
class Mention:
    """Where in an utterance's key words a value or synonym was heard: ``words[start:end]``."""

    start: int
    end: int
    entity: Entity


class Lexicon:
    """Every value and synonym of one slot type, in key form."""

    def __init__(self, entries: Mapping[str, Entity]) -> None:
        self._entries = dict(entries)
        self._longest = max((len(phrase.split()) for phrase in self._entries), default=0)
        # The same phrases word-stemmed, so "cramping at the gym" finds "cramps at the gym" and
        # "my feet burn" finds "burns", as Alexa forgives inflections; an exact phrase wins.
        self._stemmed: dict[str, Entity] = {}
        for phrase, entity in self._entries.items():
            self._stemmed.setdefault(_stems(phrase.split()), entity)

    def _at(self, words: Sequence[str], stems: Sequence[str] | None = None) -> Entity | None:
        found = self._entries.get(" ".join(words))
        if found is not None:
            return found
        return self._stemmed.get(_stems(words) if stems is None else " ".join(stems))

    @classmethod
    def from_type(cls, slot_type: Mapping[str, Any]) -> Lexicon:
        """The lexicon of one ``types[]`` entry of an interaction model."""
        entries: dict[str, Entity] = {}
        for value in slot_type.get("values", []):
            name = value["name"]
            entity = Entity(id=value.get("id") or name["value"], canonical=name["value"])
            for phrase in (name["value"], *name.get("synonyms", [])):
                entries.setdefault(key(phrase), entity)
        return cls(entries)

    def phrases(self) -> tuple[str, ...]:
        """Every value and synonym, in key form."""
        return tuple(self._entries)

    def get(self, phrase: str) -> Entity | None:
        """The entity ``phrase`` is exactly a value or synonym of, if any."""
        return self._entries.get(key(phrase))

    def lookup(self, heard: str) -> Entity | None:
        """The entity ``heard`` names, allowing lead words such as "my" or "the" before it."""
        words = key_words(heard)
        lead = spoken_forms().slot_lead_words
        while words:
            entity = self._at(words)
            if entity is not None:
                return entity
            if words[0] not in lead:
                return None
            words = words[1:]
        return None

    def find_all(self, words: Sequence[str]) -> tuple[Mention, ...]:
        """Every value or synonym among ``words``, longest first, none overlapping, in word order.

        "swollen red and hot" gives three mentions; "pins and needles" one, not "needles" too.
        """
        taken = [False] * len(words)
        stems = [stem(word) for word in words]
        found: list[Mention] = []
        for size in range(min(self._longest, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                if any(taken[start : start + size]):
                    continue
                end = start + size
                entity = self._at(words[start:end], stems[start:end])
                if entity is not None:
                    found.append(Mention(start, start + size, entity))
                    taken[start : start + size] = [True] * size
        return tuple(sorted(found, key=lambda mention: mention.start))

    def find(self, words: Sequence[str]) -> Mention | None:
        """The longest value or synonym among ``words`` (leftmost on a tie), if any."""
        for size in range(min(self._longest, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                entity = self._at(words[start : start + size])
                if entity is not None:
                    return Mention(start, start + size, entity)
        return None


def _stems(words: Sequence[str]) -> str:
    return " ".join(stem(word) for word in words)
