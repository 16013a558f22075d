"""Score the resolver on an annotated set: utterance, intent, slots, group and (red flags) tier.

The file is a TSV with the header ``utterance, intent, slots, group, tier``; ``#`` lines are
comments. ``slots`` is ``name=ID`` pairs joined by ``;`` (blank for none); ``group`` says which
part of the set a line belongs to; ``tier`` is, for ``red_flag`` lines only, the tier the
answer must lead with. An outcome is right when the intent is right and the slots resolved to
IDs are exactly the expected ones (a slot heard but matching no value counts as not filled).
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from legcramp.resolution import Resolution
from legcramp.resolver.resolver import Resolver

COLUMNS = ("utterance", "intent", "slots", "group", "tier")
GROUPS = ("core", "red_flag", "medicine", "muscle", "long_tail", "out_of_domain", "diary")
TIERS = ("emergency", "same_day", "appointment", "self_care")
RED_FLAG = "red_flag"


@dataclass(frozen=True, slots=True)
class Annotation:
    """One annotated utterance: the expected intent and slot IDs, its group and tier."""

    line: int
    utterance: str
    intent: str
    slots: Mapping[str, str]
    group: str
    tier: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the resolver made of one annotation."""

    annotation: Annotation
    resolution: Resolution

    @property
    def slots(self) -> dict[str, str]:
        """Slot name → the ID the resolver filled it with (slots without an ID left out)."""
        return {name: s.id for name, s in self.resolution.slots.items() if s.id is not None}

    @property
    def intent_correct(self) -> bool:
        """The expected intent."""
        return self.resolution.intent == self.annotation.intent

    @property
    def slots_correct(self) -> bool:
        """Exactly the expected slot IDs."""
        return self.slots == dict(self.annotation.slots)

    @property
    def correct(self) -> bool:
        """The expected intent and exactly the expected slot IDs."""
        return self.intent_correct and self.slots_correct


@dataclass(frozen=True, slots=True)
class Score:
    """``right`` out of ``total``, as a share (1.0 when there is nothing to score)."""

    right: int
    total: int

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.share:.2%} ({self.right}/{self.total})"


@dataclass(frozen=True, slots=True)
class IntentScore:
    """Precision and recall of one intent over the set."""

    intent: str
    precision: Score
    recall: Score


@dataclass(frozen=True, slots=True)
class Evaluation:
    """All outcomes, and the figures ``legcramp nlu-eval`` prints."""

    outcomes: tuple[Outcome, ...]

    @property
    def overall(self) -> Score:
        """Outcomes with the right intent and slots, over all outcomes."""
        return Score(sum(o.correct for o in self.outcomes), len(self.outcomes))

    @property
    def accuracy(self) -> float:
        """:attr:`overall` as a share (1.0 for an empty set)."""
        return self.overall.share

    @property
    def slot_accuracy(self) -> Score:
        """Of the outcomes with the right intent, those with exactly the expected slots."""
        scored = [o for o in self.outcomes if o.intent_correct]
        return Score(sum(o.slots_correct for o in scored), len(scored))

    def group(self, name: str) -> Score:
        """Accuracy within one group."""
        members = [o for o in self.outcomes if o.annotation.group == name]
        return Score(sum(o.correct for o in members), len(members))

    @property
    def groups(self) -> dict[str, Score]:
        """Each group that has lines, in the order of :data:`GROUPS`."""
        present = {o.annotation.group for o in self.outcomes}
        return {name: self.group(name) for name in GROUPS if name in present}

    @property
    def intents(self) -> tuple[IntentScore, ...]:
        """Intent-level precision and recall for every intent expected or predicted, by name."""
        expected = Counter(o.annotation.intent for o in self.outcomes)
        predicted = Counter(o.resolution.intent for o in self.outcomes)
        right = Counter(o.annotation.intent for o in self.outcomes if o.intent_correct)
        return tuple(
            IntentScore(
                name, Score(right[name], predicted[name]), Score(right[name], expected[name])
            )
            for name in sorted(expected.keys() | predicted.keys())
        )

    @property
    def misses(self) -> tuple[Outcome, ...]:
        """The outcomes that were wrong, in file order."""
        return tuple(outcome for outcome in self.outcomes if not outcome.correct)


class AnnotationError(ValueError):
    """The annotation file is malformed."""


def read_annotations(path: Path) -> tuple[Annotation, ...]:
    """Read a TSV with a ``utterance, intent, slots, group, tier`` header."""
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
    where = f"{path}:{number}"
    if len(row) > len(COLUMNS):
        raise AnnotationError(f"{where}: more than {len(COLUMNS)} columns")
    cells = [cell.strip() for cell in row] + [""] * len(COLUMNS)
    utterance, intent, slots, group, tier = cells[: len(COLUMNS)]
    if not utterance or not intent:
        raise AnnotationError(f"{where}: an utterance and an intent are required")
    if group not in GROUPS:
        raise AnnotationError(f"{where}: group {group!r} is not one of {', '.join(GROUPS)}")
    if group == RED_FLAG and tier not in TIERS:
        raise AnnotationError(f"{where}: a red_flag line needs a tier: {', '.join(TIERS)}")
    if group != RED_FLAG and tier:
        raise AnnotationError(f"{where}: only red_flag lines have a tier")
    return Annotation(number, utterance, intent, _slots(where, slots), group, tier or None)


def _slots(where: str, text: str) -> Mapping[str, str]:
    slots: dict[str, str] = {}
    for pair in filter(None, (part.strip() for part in text.split(";"))):
        name, equals, value = (piece.strip() for piece in pair.partition("="))
        if not equals or not name or not value:
            raise AnnotationError(f"{where}: slot {pair!r} is not name=ID")
        if name in slots:
            raise AnnotationError(f"{where}: slot {name!r} given twice")
        slots[name] = value
    return MappingProxyType(slots)


def slots_text(slots: Mapping[str, str]) -> str:
    """``slots`` as the annotation file writes them: ``name=ID;name=ID``."""
    return ";".join(f"{name}={value}" for name, value in slots.items())


def evaluate(resolver: Resolver, annotations: Iterable[Annotation]) -> Evaluation:
    """Resolve every annotation."""
    return Evaluation(
        tuple(Outcome(item, resolver.resolve(item.utterance)) for item in annotations)
    )
