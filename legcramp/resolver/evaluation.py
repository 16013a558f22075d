"""Score the resolver on an annotated set: utterance, expected intent, expected topic ID."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from legcramp.resolution import Resolution
from legcramp.resolver.resolver import Resolver
from skill.names import Slot

COLUMNS = ("utterance", "intent", "topic")


@dataclass(frozen=True, slots=True)
class Annotation:
    """One annotated utterance; ``topic`` is the expected CrampTopic ID, or None for none."""

    line: int
    utterance: str
    intent: str
    topic: str | None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the resolver made of one annotation."""

    annotation: Annotation
    resolution: Resolution

    @property
    def topic(self) -> str | None:
        """The topic ID the resolver filled, if any."""
        slot = self.resolution.slots.get(Slot.TOPIC.value)
        return None if slot is None else slot.id

    @property
    def correct(self) -> bool:
        """The expected intent and topic ID (no ID expected: none resolved, or no slot at all)."""
        expected = self.annotation
        return self.resolution.intent == expected.intent and self.topic == expected.topic


@dataclass(frozen=True, slots=True)
class Evaluation:
    """All outcomes, and the share that were right."""

    outcomes: tuple[Outcome, ...]

    @property
    def accuracy(self) -> float:
        """Correct outcomes over all outcomes (1.0 for an empty set)."""
        if not self.outcomes:
            return 1.0
        return sum(outcome.correct for outcome in self.outcomes) / len(self.outcomes)

    @property
    def misses(self) -> tuple[Outcome, ...]:
        """The outcomes that were wrong, in file order."""
        return tuple(outcome for outcome in self.outcomes if not outcome.correct)


class AnnotationError(ValueError):
    """The annotation file is malformed."""


def read_annotations(path: Path) -> tuple[Annotation, ...]:
    """Read a TSV with a ``utterance, intent, topic`` header; ``#`` lines are comments."""
    rows: list[Annotation] = []
    header_seen = False
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter="\t"), start=1):
            if not row or not "".join(row).strip() or row[0].startswith("#"):
                continue
            if not header_seen:
                if tuple(cell.strip() for cell in row[: len(COLUMNS)]) != COLUMNS:
                    raise AnnotationError(f"{path}:{number}: expected the header {COLUMNS}")
                header_seen = True
                continue
            rows.append(_annotation(path, number, row))
    return tuple(rows)


def _annotation(path: Path, number: int, row: Sequence[str]) -> Annotation:
    cells = [cell.strip() for cell in row] + [""] * len(COLUMNS)
    utterance, intent, topic = cells[: len(COLUMNS)]
    if not utterance or not intent:
        raise AnnotationError(f"{path}:{number}: an utterance and an intent are required")
    return Annotation(number, utterance, intent, topic or None)


def evaluate(resolver: Resolver, annotations: Iterable[Annotation]) -> Evaluation:
    """Resolve every annotation."""
    return Evaluation(
        tuple(Outcome(item, resolver.resolve(item.utterance)) for item in annotations)
    )
