"""Load the advice content for a locale into frozen records, once per set of data files."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from skill.advice.models import (
    Concern,
    Content,
    DoctorAdvice,
    Evidence,
    MedicineId,
    MedicineQuestions,
    Muscle,
    Passage,
    Routine,
    Situation,
    Source,
    StretchStep,
    Tier,
    TierAdvice,
    Topic,
    TopicId,
    TopicKind,
    Triage,
    TriageRule,
    Walk,
    as_condition,
    as_symptom_id,
    as_topic_id,
)
from skill.advice.texts import data_layers, fill
from skill.locales import read_layers


def load_content(locale: str | None) -> Content:
    """The content for ``locale``, following its fallback chain (``en-GB`` → ``en``)."""
    return _load(data_layers(locale))


@cache
def _load(layers: tuple[Path, ...]) -> Content:
    raw = read_layers(layers)
    values: Mapping[str, str] = raw.get("values", {})
    return Content(
        locale=layers[-1].stem,
        disclaimer=fill(raw["disclaimer"], values),
        sections=_Sections(raw, values),
    )


class _Sections:
    """Each section of the content, built from the merged data files when first asked for."""

    def __init__(self, raw: Mapping[str, Any], values: Mapping[str, str]) -> None:
        self._raw = raw
        sources = {
            key: Source(name=fill(item["name"], values), url=item["url"])
            for key, item in raw["sources"].items()
        }
        self._reader = _Reader(values, sources)

    def causes(self) -> Passage:
        return self._reader.passage(self._raw["causes"])

    def relief(self) -> Passage:
        return self._reader.passage(self._raw["relief"])

    def cramp_now(self) -> Passage:
        return self._reader.passage(self._raw["cramp_now"])

    def doctor(self) -> DoctorAdvice:
        doctor = self._raw["doctor"]
        return DoctorAdvice(
            emergency=self._reader.passage(doctor["emergency"]),
            same_day=self._reader.passage(doctor["same_day"]),
            appointment=self._reader.passage(doctor["appointment"]),
            visit=self._reader.passage(doctor["visit"]),
            contact=self._reader.passage(doctor["contact"]),
            diary=self._reader.passage(doctor["diary"]),
        )

    def routine(self) -> Routine:
        return self._reader.routine(self._raw["routine"])

    def topics(self) -> Mapping[TopicId, Topic]:
        read = self._reader.topic
        raw = self._raw["topics"]
        topics = {as_topic_id(key): read(as_topic_id(key), item) for key, item in raw.items()}
        named = {
            found for t in topics.values() for found in (t.child, t.pregnant, t.kidney) if found
        }
        missing = sorted(named - set(topics))
        if missing:
            raise ValueError(
                f"topics name a child, pregnancy or kidney topic, not found: {missing}"
            )
        return MappingProxyType(topics)

    def walks(self) -> Mapping[Walk, tuple[TopicId, ...]]:
        walks = self._raw["walks"]
        return MappingProxyType(
            {Walk(key): tuple(as_topic_id(t) for t in ids) for key, ids in walks.items()}
        )

    def muscles(self) -> Mapping[Muscle, Passage]:
        read = self._reader.passage
        return MappingProxyType({Muscle(k): read(v) for k, v in self._raw["muscles"].items()})

    def medicines(self) -> Mapping[MedicineId, Passage]:
        read = self._reader.passage
        return MappingProxyType({MedicineId(k): read(v) for k, v in self._raw["medicines"].items()})

    def medicine_questions(self) -> MedicineQuestions:
        raw = self._raw["medicine_questions"]
        read = self._reader.passage
        return MedicineQuestions(
            after_stretch=MappingProxyType(
                {MedicineId(k): read(v) for k, v in raw["after_stretch"].items()}
            ),
            concerns=MappingProxyType(
                {
                    Concern(concern): MappingProxyType(
                        {MedicineId(k): read(v) for k, v in answers.items()}
                    )
                    for concern, answers in raw["concerns"].items()
                }
            ),
        )

    def triage(self) -> Triage:
        return self._reader.triage(self._raw["triage"])


class _Reader:
    """Turns raw JSON objects into records, filling ``{placeholders}`` from the locale's values."""

    def __init__(self, values: Mapping[str, str], sources: Mapping[str, Source]) -> None:
        self._values = values
        self._sources = sources

    def text(self, raw: str) -> str:
        return fill(raw, self._values)

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
        pregnant = raw.get("pregnant")
        kidney = raw.get("kidney")
        describes = raw.get("describes")
        return Topic(
            id=topic_id,
            title=self.text(raw["title"]),
            kind=TopicKind(raw["kind"]),
            evidence=Evidence(raw["evidence"]),
            answer=self.passage(raw["answer"]),
            tips=None if tips is None else self.passage(tips),
            child=None if child is None else as_topic_id(child),
            pregnant=None if pregnant is None else as_topic_id(pregnant),
            kidney=None if kidney is None else as_topic_id(kidney),
            describes=None if describes is None else as_symptom_id(describes),
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
        conditions = {
            as_condition(key): self.passage(item) for key, item in raw["conditions"].items()
        }
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
            symptoms=frozenset(as_symptom_id(s) for s in raw["symptoms"]),
            situations=frozenset(Situation(s) for s in raw.get("situations", ())),
            unless=frozenset(Situation(s) for s in raw.get("unless", ())),
            tier=tier,
            condition=None if condition is None else as_condition(condition),
            meanwhile=meanwhile[key],
        )
