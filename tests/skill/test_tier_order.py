"""The lint over everything the skill can say: no answer puts self-care (or any lower tier)
before a more urgent tier's action. Every view of every capability, rendered in every locale."""

from __future__ import annotations

import re

import pytest

from skill.advice.catalog import load_content
from skill.advice.models import Tier, Triage
from skill.builder import VIEWS
from skill.dialog.conversation import Conversation
from skill.dialog.state import DialogState
from skill.locales import SHIPPED_LOCALES
from skill.speech.ssml import to_plain

SELF_CARE_WORDS = re.compile(
    r"\b(at home|stretch\w*|rub\w*|massage|warmth|wait|don't worry)\b", re.IGNORECASE
)
_RANK = {tier: rank for rank, tier in enumerate(Tier)}


def tier_order_problems(words: str, triage: Triage) -> list[str]:
    """Why ``words`` says something less urgent before a more urgent action (empty if fine)."""
    found: list[tuple[int, Tier]] = []
    for tier, advice in triage.tiers.items():
        for sentence in (advice.action, advice.with_medicine):
            at = words.find(sentence)
            if at >= 0:
                found.append((at, tier))
    if not found:
        return []
    found.sort()
    problems = []
    most_urgent_at, most_urgent = min(found, key=lambda item: _RANK[item[1]])
    for at, tier in found:
        if at < most_urgent_at and _RANK[tier] > _RANK[most_urgent]:
            problems.append(f"{tier} action said before the {most_urgent} action")
    if most_urgent is not Tier.SELF_CARE and SELF_CARE_WORDS.search(words[:most_urgent_at]):
        problems.append(f"self-care words before the {most_urgent} action")
    return problems


def test_the_lint_catches_self_care_or_a_lower_tier_first() -> None:
    triage = load_content("en-GB").triage
    emergency = triage.tiers[Tier.EMERGENCY].action
    same_day = triage.tiers[Tier.SAME_DAY].action
    self_care = triage.tiers[Tier.SELF_CARE].action
    assert tier_order_problems(f"{emergency} Then rest.", triage) == []
    assert tier_order_problems(f"{self_care} {emergency}", triage) != []
    assert tier_order_problems(f"{same_day} {emergency}", triage) != []
    assert tier_order_problems(f"Gently stretch your calf first. {same_day}", triage) != []


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_no_view_says_a_lower_tier_before_a_more_urgent_one(locale: str) -> None:
    talk = Conversation(locale, VIEWS)
    for view in VIEWS.every(talk.content):
        words = to_plain(talk.reply(view, DialogState()).speech)
        assert tier_order_problems(words, talk.content.triage) == [], (view, words)
