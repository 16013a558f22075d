"""A custom slot type's values and synonyms, for Alexa-style entity resolution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from legcramp.model.utterances import key, key_words, spoken_forms


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

    def get(self, phrase: str) -> Entity | None:
        """The entity ``phrase`` is exactly a value or synonym of, if any."""
        return self._entries.get(key(phrase))

    def lookup(self, heard: str) -> Entity | None:
        """The entity ``heard`` names, allowing lead words such as "my" or "the" before it."""
        words = key_words(heard)
        lead = spoken_forms().slot_lead_words
        while words:
            entity = self._entries.get(" ".join(words))
            if entity is not None:
                return entity
            if words[0] not in lead:
                return None
            words = words[1:]
        return None

    def find(self, words: Sequence[str]) -> Mention | None:
        """The longest value or synonym among ``words`` (leftmost on a tie), if any."""
        for size in range(min(self._longest, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                entity = self._entries.get(" ".join(words[start : start + size]))
                if entity is not None:
                    return Mention(start, start + size, entity)
        return None
