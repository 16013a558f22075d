"""Load the advice content for a locale into frozen records, once per set of data files."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from skill.advice.models import (
    Condition,
    Content,
    DoctorAdvice,
    Evidence,
    MedicineId,
    Muscle,
    Passage,
    Routine,
    Situation,
    Source,
    StretchStep,
    SymptomId,
    Tier,
    TierAdvice,
    Topic,
    TopicId,
    TopicKind,
    Triage,
    TriageRule,
    Walk,
)
from skill.locales import existing_layers, read_layers

DATA_DIR = Path(__file__).resolve().parent / "data"


def load_content(locale: str | None) -> Content:
    """The content for ``locale``, following its fallback chain (``en-GB`` → ``en``)."""
    return _load(existing_layers(DATA_DIR, locale))


@cache
def _load(layers: tuple[Path, ...]) -> Content:
    raw = read_layers(layers)
    values: Mapping[str, str] = raw.get("values", {})
    sources = {
        key: Source(name=_fill(item["name"], values), url=item["url"])
        for key, item in raw["sources"].items()
    }
    reader = _Reader(values, sources)
    topics = {TopicId(key): reader.topic(TopicId(key), item) for key, item in raw["topics"].items()}
    missing = sorted({t.child for t in topics.values() if t.child is not None} - set(topics))
    if missing:
        raise ValueError(f"topics name a child topic that has no entry: {missing}")
    return Content(
        locale=layers[-1].stem,
        disclaimer=reader.text(raw["disclaimer"]),
        causes=reader.passage(raw["causes"]),
        relief=reader.passage(raw["relief"]),
        cramp_now=reader.passage(raw["cramp_now"]),
        doctor=DoctorAdvice(
            emergency=reader.passage(raw["doctor"]["emergency"]),
            same_day=reader.passage(raw["doctor"]["same_day"]),
            appointment=reader.passage(raw["doctor"]["appointment"]),
        ),
        routine=reader.routine(raw["routine"]),
        topics=MappingProxyType(topics),
        walks=MappingProxyType(
            {Walk(key): tuple(TopicId(t) for t in ids) for key, ids in raw["walks"].items()}
        ),
        muscles=MappingProxyType(
            {Muscle(key): reader.passage(item) for key, item in raw["muscles"].items()}
        ),
        medicines=MappingProxyType(
            {MedicineId(key): reader.passage(item) for key, item in raw["medicines"].items()}
        ),
        triage=reader.triage(raw["triage"]),
    )


def _fill(text: str, values: Mapping[str, str]) -> str:
    return text.format_map(values)


class _Reader:
    """Turns raw JSON objects into records, filling ``{placeholders}`` from the locale's values."""

    def __init__(self, values: Mapping[str, str], sources: Mapping[str, Source]) -> None:
        self._values = values
        self._sources = sources

    def text(self, raw: str) -> str:
        return _fill(raw, self._values)

    def sources(self, ids: list[str]) -> tuple[Source, ...]:
        return tuple(self._sources[key] for key in ids)

    def passage(self, raw: Mapping[str, Any]) -> Passage:
        more = raw.get("more")
        return Passage(
            speech=self.text(raw["speech"]),
            card=self.text(raw["card"]),
            sources=self.sources(raw["sources"]),
            more=None if more is None else self.text(more),
        )

    def topic(self, topic_id: TopicId, raw: Mapping[str, Any]) -> Topic:
        tips = raw.get("tips")
        child = raw.get("child")
        return Topic(
            id=topic_id,
            title=self.text(raw["title"]),
            kind=TopicKind(raw["kind"]),
            evidence=Evidence(raw["evidence"]),
            answer=self.passage(raw["answer"]),
            tips=None if tips is None else self.passage(tips),
            child=None if child is None else TopicId(child),
        )

    def routine(self, raw: Mapping[str, Any]) -> Routine:
        return Routine(
            title=self.text(raw["title"]),
            intro=self.text(raw["intro"]),
            steps=tuple(
                StretchStep(
                    name=self.text(step["name"]),
                    instruction=self.text(step["instruction"]),
                    hold_seconds=int(step["hold_seconds"]),
                )
                for step in raw["steps"]
            ),
            outro=self.text(raw["outro"]),
            card=self.text(raw["card"]),
            sources=self.sources(raw["sources"]),
        )

    def triage(self, raw: Mapping[str, Any]) -> Triage:
        meanwhile = {key: self.text(text) for key, text in raw["meanwhile"].items()}
        conditions = {Condition(key): self.passage(item) for key, item in raw["conditions"].items()}
        rules = tuple(self.rule(item, meanwhile) for item in raw["rules"])
        ids = [rule.id for rule in rules]
        duplicates = sorted({rule_id for rule_id in ids if ids.count(rule_id) > 1})
        if duplicates:
            raise ValueError(f"triage rule ids used twice: {duplicates}")
        missing = sorted({r.condition for r in rules if r.condition is not None} - set(conditions))
        if missing:
            raise ValueError(f"triage rules name conditions with no passage: {missing}")
        return Triage(
            tiers=MappingProxyType(
                {
                    Tier(key): TierAdvice(
                        tier=Tier(key),
                        action=self.text(item["action"]),
                        with_medicine=self.text(item["with_medicine"]),
                        card=self.text(item["card"]),
                        sources=self.sources(item["sources"]),
                    )
                    for key, item in raw["tiers"].items()
                }
            ),
            conditions=MappingProxyType(conditions),
            rules=rules,
        )

    @staticmethod
    def rule(raw: Mapping[str, Any], meanwhile: Mapping[str, str]) -> TriageRule:
        tier = Tier(raw["tier"])
        if not raw["symptoms"] and not raw.get("situations"):
            raise ValueError(f"triage rule {raw['id']} names neither a symptom nor a situation")
        condition = raw.get("condition")
        key = raw.get("meanwhile", tier.value)
        if key not in meanwhile:
            raise ValueError(f"triage rule {raw['id']} names unknown meanwhile advice {key!r}")
        return TriageRule(
            id=raw["id"],
            symptoms=frozenset(SymptomId(s) for s in raw["symptoms"]),
            situations=frozenset(Situation(s) for s in raw.get("situations", ())),
            tier=tier,
            condition=None if condition is None else Condition(condition),
            meanwhile=meanwhile[key],
        )
