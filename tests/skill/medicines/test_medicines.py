"""Medicine questions through the real handler: the first sentence never leaves room to stop."""

from __future__ import annotations

import re

import pytest

from skill.advice.catalog import load_content
from skill.advice.models import MedicineId, Tier
from skill.advice.triage import assess
from skill.locales import SHIPPED_LOCALES
from tests.conftest import Invoke
from tests.support.listener import Listener, match, no_match

CONTENT = load_content("en-US")
DO_NOT_STOP = re.compile(r"\bDon't stop or change\b|\bdon't stop or change\b")


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
@pytest.mark.parametrize("medicine", list(MedicineId))
def test_every_medicine_opens_with_do_not_stop(
    invoke: Invoke, locale: str, medicine: MedicineId
) -> None:
    listener = Listener(invoke, locale=locale)
    listener.says("MedicineIntent", medicine=match(medicine.value))
    assert DO_NOT_STOP.search(listener.first), listener.heard
    assert listener.view == f"medicine:{medicine.value}"
    assert "https://" in listener.card["content"]


def test_a_medicine_not_understood_is_answered_as_any_prescribed_medicine(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke)
    listener.says("MedicineIntent", medicine=no_match("my purple pills"))
    assert listener.heard.startswith(CONTENT.medicines[MedicineId.OTHER].speech)
    listener = Listener(invoke)
    listener.says("MedicineIntent")
    assert listener.view == "medicine:OTHER"


def test_statin_muscle_ache_is_same_day_and_do_not_stop_in_one_first_sentence(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke, locale="en-GB")
    listener.says("MedicineIntent", medicine=match("STATIN"), symptom=match("MUSCLE_ACHE"))
    assert listener.first.startswith("Contact your GP or NHS one one one today")
    assert DO_NOT_STOP.search(listener.first)
    assert listener.view == "medicine_symptom:STATIN:statin-muscle-ache"


def test_a_water_pill_with_breathlessness_is_an_emergency_first(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("MedicineIntent", medicine=match("DIURETIC"), symptom=match("BREATHLESS"))
    assert listener.first.startswith("Call nine one one now")
    assert DO_NOT_STOP.search(listener.first)


@pytest.mark.parametrize("tier", list(Tier))
def test_each_tier_joins_its_action_with_do_not_stop(invoke: Invoke, tier: Tier) -> None:
    rule = next(
        r
        for r in CONTENT.triage.rules
        if r.tier is tier and not r.situations and len(r.symptoms) == 1
    )
    (symptom,) = rule.symptoms
    listener = Listener(invoke)
    listener.says("MedicineIntent", medicine=match("INHALER"), symptom=match(symptom.value))
    found = assess(CONTENT.triage, {symptom})
    assert found is not None and found.tier is tier
    assert listener.first == CONTENT.triage.tiers[tier].with_medicine
    assert DO_NOT_STOP.search(listener.first)


def test_tell_me_more_gives_the_medicine_answer_then_its_follow_up(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("MedicineIntent", medicine=match("STATIN"), symptom=match("MUSCLE_ACHE"))
    listener.says("More")
    assert listener.heard.startswith(CONTENT.medicines[MedicineId.STATIN].speech)
    listener.says("More")
    assert listener.heard.startswith(CONTENT.medicines[MedicineId.STATIN].more or "")
    listener.says("More")
    assert listener.view == "no_more"
