"""Symptoms → how soon to get help. The rules and every word are data (``triage`` in en.json).

``assess`` picks one rule: every rule whose symptoms (and situations) are all present, and none
of the situations it is ``unless``, matches;
the most urgent tier wins, and within a tier the most specific rule (most symptoms and
situations matched; a situation breaks a tie; then the order in the file). Its answer starts
with the tier's action sentence, then what it might be, then what to do meanwhile.
"""

from __future__ import annotations

from collections.abc import Collection

from skill.advice.models import Assessment, Situation, SymptomId, Tier, Triage, TriageRule

__all__ = ["Assessment", "assess", "explain", "matching_rules", "rule_named"]

_RANK = {tier: rank for rank, tier in enumerate(Tier)}


def matching_rules(
    triage: Triage, symptoms: Collection[SymptomId], situations: Collection[Situation] = ()
) -> list[TriageRule]:
    """Every rule that applies, the one ``assess`` answers with first."""
    given, where = frozenset(symptoms), frozenset(situations)
    found = [
        (index, rule)
        for index, rule in enumerate(triage.rules)
        if rule.symptoms <= given and rule.situations <= where and where.isdisjoint(rule.unless)
    ]
    found.sort(
        key=lambda item: (
            _RANK[item[1].tier],
            -(len(item[1].symptoms) + len(item[1].situations)),
            -len(item[1].situations),
            item[0],
        )
    )
    return [rule for _, rule in found]


def assess(
    triage: Triage, symptoms: Collection[SymptomId], situations: Collection[Situation] = ()
) -> Assessment | None:
    """The most urgent answer for ``symptoms``; ``None`` when no rule matches them."""
    rules = matching_rules(triage, symptoms, situations)
    return explain(triage, rules[0]) if rules else None


def rule_named(triage: Triage, rule_id: str) -> TriageRule | None:
    """The rule with ``rule_id``; ``None`` when the content has no such rule."""
    return next((rule for rule in triage.rules if rule.id == rule_id), None)


def explain(triage: Triage, rule: TriageRule) -> Assessment:
    """The answer ``rule`` leads to: its tier's action, what it might be, what to do meanwhile."""
    tier = triage.tiers[rule.tier]
    condition = None if rule.condition is None else triage.conditions[rule.condition]
    speech = [tier.action]
    card = [tier.card]
    sources = list(tier.sources)
    if condition is not None:
        speech.append(condition.speech)
        card.append(condition.card)
        sources = [*condition.sources, *sources]
    speech.append(rule.meanwhile)
    return Assessment(
        tier=rule.tier,
        rule=rule.id,
        condition=rule.condition,
        speech=tuple(speech),
        card=" ".join(card),
        sources=tuple(dict.fromkeys(sources)),
    )
