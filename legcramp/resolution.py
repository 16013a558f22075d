"""What the offline resolver makes of one utterance: the shape Alexa's NLU hands a skill."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class ResolutionStatus(StrEnum):
    """Alexa's entity-resolution status codes for a custom slot type."""

    MATCH = "ER_SUCCESS_MATCH"
    NO_MATCH = "ER_SUCCESS_NO_MATCH"


@dataclass(frozen=True, slots=True)
class SlotResolution:
    """A filled slot: the words heard, and (when a synonym matched) the entity ID and its name.

    A slot of an Amazon built-in type (``builtin``) carries Alexa's normalised value (``PT5M``,
    ``2025-03-10``, ``2``) and no entity resolution at all."""

    value: str
    status: ResolutionStatus
    id: str | None = None
    canonical: str | None = None
    builtin: bool = False


@dataclass(frozen=True, slots=True)
class Resolution:
    """An utterance resolved to an intent with its slots, and how confident the match was."""

    utterance: str
    intent: str
    score: float
    slots: Mapping[str, SlotResolution] = field(default_factory=lambda: MappingProxyType({}))
