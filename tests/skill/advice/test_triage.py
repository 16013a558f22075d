"""Triage: symptoms → how soon to get help, from rules that are data in the content file.

Each rule is checked in every shipped content file (en, en-GB, en-AU, en-IN): it leads to its own
tier, and the first thing said is one sentence with that locale's emergency number or same-day
service. The lint helper here is fed a bad answer to prove it catches self-care said first.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from skill.advice import catalog
from skill.advice.catalog import load_content
from skill.advice.models import (
    CONDITIONS,
    SYMPTOM_IDS,
    Assessment,
    Conditions,
    Situation,
    SymptomId,
    Symptoms,
    Tier,
    Triage,
    TriageRule,
)
from skill.advice.triage import assess, matching_rules
from tests.support.content_facts import EMERGENCY_NUMBERS, SAME_DAY_SERVICES

DATA_DIR = Path(__file__).resolve().parents[3] / "skill" / "advice" / "data"

# The four content files, by the locale that serves each one.
LOCALES = ("en-US", "en-GB", "en-AU", "en-IN")
DOCTORS = {"en-US": "doctor", "en-GB": "GP", "en-AU": "GP", "en-IN": "doctor"}
WORD_BUDGET = {Tier.EMERGENCY: 30, Tier.SAME_DAY: 35, Tier.APPOINTMENT: 45, Tier.SELF_CARE: 45}
SENTENCE_WORDS = 25

SELF_CARE_FIRST = re.compile(
    r"\b(at home|stretch\w*|rub\w*|massage|warmth|rest|wait|usually|normal|don't worry)\b",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def triage_first_sentence_problems(answer: Assessment, tier: Tier, locale: str) -> list[str]:
    """What is wrong with how ``answer`` starts, given that ``tier`` applies.

    The first thing said must be ONE sentence naming the action for ``tier`` with the locale's
    number or service, and above self-care it must not open with self-care ("stretch", "rub",
    "at home", "usually", "normal"...).
    """
    first = answer.speech[0]
    problems = []
    if len(sentences(first)) != 1:
        problems.append(f"not one sentence: {first}")
    if answer.tier is not tier:
        problems.append(f"answers at {answer.tier}, but {tier} applies")
    if tier is Tier.EMERGENCY and f"Call {EMERGENCY_NUMBERS[locale]} now" not in first:
        problems.append(f"no emergency number first: {first}")
    if tier is Tier.SAME_DAY and not (SAME_DAY_SERVICES[locale] in first and "today" in first):
        problems.append(f"no same-day service first: {first}")
    if tier is Tier.APPOINTMENT and DOCTORS[locale] not in first:
        problems.append(f"no {DOCTORS[locale]} first: {first}")
    if tier is not Tier.SELF_CARE and SELF_CARE_FIRST.search(first):
        problems.append(f"self-care first when {tier} applies: {first}")
    return problems


def triage(locale: str) -> Triage:
    return load_content(locale).triage


def expected_tier(locale: str, symptoms: frozenset[SymptomId], where: frozenset[Situation]) -> Tier:
    """The most urgent tier of any rule that applies, computed without ``assess``."""
    tiers = [
        rule.tier
        for rule in triage(locale).rules
        if rule.symptoms <= symptoms and rule.situations <= where and not rule.unless & where
    ]
    return min(tiers, key=list(Tier).index)


def rule_cases() -> list[Any]:
    return [
        pytest.param(locale, rule, id=f"{locale}-{rule.id}")
        for locale in LOCALES
        for rule in triage(locale).rules
    ]


# ---------------------------------------------------------------------------------------------
# Coverage of the contract's IDs


# Symptoms that change the advice only for someone in a situation: the fact sheet gives a tier
# for a child's fever or limp (9.3) and none for an adult's, which gets the urgent signs instead.
SITUATION_ONLY = {
    Symptoms.FEVER: Situation.CHILD,
    Symptoms.LIMP: Situation.CHILD,
    Symptoms.DROWSY: Situation.CHILD,
    Symptoms.SEIZURE: Situation.CHILD,
}


def test_every_symptom_has_a_rule_of_its_own() -> None:
    rules = triage("en-US").rules
    alone = {next(iter(r.symptoms)) for r in rules if len(r.symptoms) == 1 and not r.situations}
    assert alone == set(SYMPTOM_IDS) - set(SITUATION_ONLY)
    for symptom, situation in SITUATION_ONLY.items():
        assert any(r.symptoms == {symptom} and r.situations == {situation} for r in rules)
        assert assess(triage("en-US"), {symptom}) is None


def test_every_situation_tier_and_condition_is_used() -> None:
    content = triage("en-US")
    rules = content.rules
    assert {s for r in rules for s in r.situations} == set(Situation)
    assert {r.tier for r in rules} == set(Tier)
    assert {r.condition for r in rules} == set(CONDITIONS) == set(content.conditions)
    assert set(content.tiers) == set(Tier)


def test_tiers_are_ranked_most_urgent_first() -> None:
    assert list(Tier) == [Tier.EMERGENCY, Tier.SAME_DAY, Tier.APPOINTMENT, Tier.SELF_CARE]
    assert [t.value for t in Tier] == ["emergency", "same_day", "appointment", "self_care"]


def test_rule_ids_are_unique_and_rules_are_frozen() -> None:
    rules = triage("en-US").rules
    assert len({r.id for r in rules}) == len(rules)
    with pytest.raises(AttributeError):
        rules[0].tier = Tier.SELF_CARE  # type: ignore[misc]
    with pytest.raises(TypeError):
        triage("en-US").tiers[Tier.EMERGENCY] = triage("en-US").tiers[Tier.SELF_CARE]  # type: ignore[index]


# ---------------------------------------------------------------------------------------------
# One test per rule, in every content file


@pytest.mark.parametrize(("locale", "rule"), rule_cases())
def test_each_rule_leads_with_its_tier_action(locale: str, rule: TriageRule) -> None:
    answer = assess(triage(locale), rule.symptoms, rule.situations)
    assert answer is not None
    assert answer.rule == rule.id, f"{rule.id} is shadowed by {answer.rule}"
    assert answer.tier is rule.tier
    assert answer.condition is rule.condition
    assert triage_first_sentence_problems(answer, rule.tier, locale) == []
    if rule.tier is Tier.EMERGENCY:
        assert answer.speech[0] == f"Call {EMERGENCY_NUMBERS[locale]} now."
    if rule.tier is Tier.SAME_DAY:
        assert answer.speech[0] == f"Contact {SAME_DAY_SERVICES[locale]} today."
    said = " ".join(answer.speech)
    assert len(said.split()) <= WORD_BUDGET[rule.tier], said
    assert all(len(s.split()) <= SENTENCE_WORDS for s in sentences(said)), said
    assert "{" not in said + answer.card
    assert answer.card and answer.sources


# ---------------------------------------------------------------------------------------------
# One test per tier


@pytest.mark.parametrize("locale", LOCALES)
def test_emergency_tier(locale: str) -> None:
    answer = assess(triage(locale), {Symptoms.COLD})
    assert answer is not None and answer.tier is Tier.EMERGENCY
    assert answer.condition == Conditions.BLOCKED_ARTERY
    assert answer.speech[0] == f"Call {EMERGENCY_NUMBERS[locale]} now."
    assert len(answer.speech) == 3


@pytest.mark.parametrize("locale", LOCALES)
def test_same_day_tier(locale: str) -> None:
    answer = assess(triage(locale), {Symptoms.LONG_CRAMP})
    assert answer is not None and answer.tier is Tier.SAME_DAY
    assert answer.speech[0] == f"Contact {SAME_DAY_SERVICES[locale]} today."
    assert EMERGENCY_NUMBERS[locale] in answer.speech[-1], "same day says when to call instead"


@pytest.mark.parametrize("locale", LOCALES)
def test_appointment_tier(locale: str) -> None:
    answer = assess(triage(locale), {Symptoms.PAIN_ON_WALKING})
    assert answer is not None and answer.tier is Tier.APPOINTMENT
    assert answer.condition == Conditions.CLAUDICATION
    assert DOCTORS[locale] in answer.speech[0]


@pytest.mark.parametrize("locale", LOCALES)
def test_self_care_tier(locale: str) -> None:
    answer = assess(triage(locale), {Symptoms.TENDER})
    assert answer is not None and answer.tier is Tier.SELF_CARE
    assert answer.condition == Conditions.SORENESS
    assert DOCTORS[locale] in answer.speech[0], "self-care still says when to see someone"
    assert re.search(r"swells|red", answer.speech[-1]), "and what would make it urgent"


# ---------------------------------------------------------------------------------------------
# Combinations and situations


@pytest.mark.parametrize("locale", LOCALES)
def test_chest_pain_with_a_sore_calf_is_an_emergency(locale: str) -> None:
    answer = assess(triage(locale), {Symptoms.CHEST_PAIN, Symptoms.TENDER})
    assert answer is not None and answer.tier is Tier.EMERGENCY
    assert answer.condition == Conditions.LUNG_CLOT
    assert answer.speech[0].startswith(f"Call {EMERGENCY_NUMBERS[locale]} now")


@pytest.mark.parametrize("locale", LOCALES)
def test_swollen_and_red_is_same_day_for_a_possible_clot(locale: str) -> None:
    answer = assess(triage(locale), [Symptoms.SWOLLEN, Symptoms.RED])
    assert answer is not None and answer.tier is Tier.SAME_DAY
    assert answer.rule == "swollen-red" and answer.condition == Conditions.CLOT


def test_swollen_leg_with_breathlessness_is_an_emergency() -> None:
    answer = assess(triage("en-US"), {Symptoms.SWOLLEN, Symptoms.RED, Symptoms.BREATHLESS})
    assert answer is not None and answer.tier is Tier.EMERGENCY
    assert answer.condition == Conditions.LUNG_CLOT


def test_tingling_alone_is_an_appointment_not_an_alarm() -> None:
    answer = assess(triage("en-US"), {Symptoms.TINGLING})
    assert answer is not None and answer.tier is Tier.APPOINTMENT
    assert answer.condition == Conditions.NEUROPATHY
    with_urge = assess(triage("en-US"), {Symptoms.TINGLING, Symptoms.URGE_TO_MOVE})
    assert with_urge is not None and with_urge.condition == Conditions.RESTLESS_LEGS


def test_tetanus_signs_after_a_wound_are_an_emergency_and_a_wound_alone_same_day() -> None:
    wound = assess(triage("en-US"), {Symptoms.DIRTY_WOUND})
    assert wound is not None and wound.tier is Tier.SAME_DAY
    assert wound.condition == Conditions.TETANUS and "nine one one" in wound.speech[-1]
    for sign in (Symptoms.JAW_STIFFNESS, Symptoms.CRAMPS_ELSEWHERE):
        answer = assess(triage("en-US"), {Symptoms.DIRTY_WOUND, sign})
        assert answer is not None and answer.tier is Tier.EMERGENCY, sign
        assert answer.condition == Conditions.TETANUS
    cramps_elsewhere = assess(triage("en-US"), {Symptoms.CRAMPS_ELSEWHERE})
    assert cramps_elsewhere is not None and cramps_elsewhere.tier is Tier.APPOINTMENT


def test_pain_at_rest_outranks_walking_pain() -> None:
    answer = assess(triage("en-US"), {Symptoms.PAIN_ON_WALKING, Symptoms.REST_PAIN})
    assert answer is not None and answer.tier is Tier.SAME_DAY
    assert answer.condition == Conditions.REST_PAIN
    assert "raised" in answer.speech[-1], "rest pain: don't raise the leg"


@pytest.mark.parametrize("locale", LOCALES)
def test_pregnancy_red_swollen_leg_is_same_day_and_chest_pain_an_emergency(locale: str) -> None:
    pregnant = {Situation.PREGNANT}
    leg = assess(triage(locale), {Symptoms.SWOLLEN, Symptoms.RED}, pregnant)
    assert leg is not None and leg.tier is Tier.SAME_DAY
    assert leg.rule.startswith("pregnant-") and leg.condition == Conditions.CLOT
    assert leg.speech[0] == f"Contact {SAME_DAY_SERVICES[locale]} today."
    assert EMERGENCY_NUMBERS[locale] in leg.speech[-1]
    for sign in (Symptoms.CHEST_PAIN, Symptoms.BREATHLESS, Symptoms.COUGHING_BLOOD):
        answer = assess(triage(locale), {sign, Symptoms.SWOLLEN}, pregnant)
        assert answer is not None and answer.tier is Tier.EMERGENCY, sign
        assert answer.rule.startswith("pregnant-") and "pregnant" in answer.speech[-1]


@pytest.mark.parametrize(
    "symptom",
    [Symptoms.MUSCLE_ACHE, Symptoms.WEAK, Symptoms.DARK_URINE, Symptoms.TENDER],
)
def test_statin_muscle_symptoms_are_same_day(symptom: SymptomId) -> None:
    answer = assess(triage("en-GB"), {symptom}, {Situation.STATIN})
    assert answer is not None and answer.tier is Tier.SAME_DAY
    assert answer.condition == Conditions.STATIN_MUSCLE
    assert answer.speech[0] == "Contact your GP or NHS one one one today."
    assert not re.search(r"\bstop", " ".join(answer.speech), re.I), "never says stop"
    without = assess(triage("en-GB"), {symptom})
    assert without is not None and without.condition != Conditions.STATIN_MUSCLE


def test_child_with_weakness_gets_an_appointment_and_a_pale_child_an_emergency() -> None:
    child = {Situation.CHILD}
    weak = assess(triage("en-US"), {Symptoms.WEAK}, child)
    assert weak is not None and weak.tier is Tier.APPOINTMENT
    assert weak.condition == Conditions.CHILD_CRAMPS
    pale = assess(triage("en-US"), {Symptoms.PALE, Symptoms.WEAK}, child)
    assert pale is not None and pale.tier is Tier.EMERGENCY
    assert pale.condition == Conditions.UNWELL_CHILD


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "symptoms",
    [
        {Symptoms.FEVER},
        {Symptoms.FEVER, Symptoms.RED, Symptoms.SWOLLEN},
        {Symptoms.SWOLLEN, Symptoms.RED},
        {Symptoms.WARM, Symptoms.SWOLLEN, Symptoms.TENDER},
    ],
)
def test_a_child_with_a_fever_or_a_hot_swollen_joint_is_same_day_and_never_a_clot(
    locale: str, symptoms: set[SymptomId]
) -> None:
    """Fact sheet 9.3: a fever, or a swollen, red or hot joint, in a child is same day; infection
    and inflamed joints need ruling out. The adult's clot answer is the wrong differential."""
    answer = assess(triage(locale), symptoms, {Situation.CHILD})
    assert answer is not None
    assert triage_first_sentence_problems(answer, Tier.SAME_DAY, locale) == []
    assert answer.condition == Conditions.CHILD_FEVER_OR_JOINT
    assert "clot" not in " ".join(answer.speech).lower()
    assert "chest pain" not in " ".join(answer.speech)
    adult = assess(triage(locale), symptoms - {Symptoms.FEVER} or {Symptoms.SWOLLEN})
    assert adult is not None and adult.condition == Conditions.CLOT  # unchanged for adults


def test_nothing_matching_gives_none() -> None:
    assert assess(triage("en-US"), []) is None
    assert assess(triage("en-US"), [], [Situation.PREGNANT, Situation.STATIN]) is None


def test_highest_tier_wins_for_every_pair_of_symptoms() -> None:
    for locale in ("en-US", "en-IN"):
        for pair in itertools.combinations(SYMPTOM_IDS, 2):
            for where in ((), (Situation.PREGNANT,), (Situation.STATIN,), (Situation.CHILD,)):
                given, situations = frozenset(pair), frozenset(where)
                answer = assess(triage(locale), given, situations)
                if given <= set(SITUATION_ONLY) and not situations & {
                    SITUATION_ONLY[s] for s in given
                }:
                    # an adult's fever with a limp: no tier in the fact sheet, the urgent signs
                    assert answer is None, (pair, where)
                    continue
                assert answer is not None
                tier = expected_tier(locale, given, situations)
                assert triage_first_sentence_problems(answer, tier, locale) == [], (pair, where)


def test_matching_rules_puts_the_answer_first_and_ranks_by_tier() -> None:
    found = matching_rules(triage("en-US"), {Symptoms.TENDER, Symptoms.SWOLLEN})
    assert [r.id for r in found] == ["swollen-tender", "swollen", "tender"]


# ---------------------------------------------------------------------------------------------
# The lint catches a bad answer


def test_triage_lint_rejects_self_care_first_when_a_higher_tier_applies() -> None:
    good = assess(triage("en-GB"), {Symptoms.CHEST_PAIN, Symptoms.TENDER})
    assert good is not None and triage_first_sentence_problems(good, Tier.EMERGENCY, "en-GB") == []
    bad_speech = [
        "Gently stretch your calf and rub it until it eases.",
        "You can usually ease this at home, and see your GP if it doesn't settle.",
        "Stretch first, then call nine nine nine now.",
        "Call nine one one now.",  # another locale's number
        "Call nine nine nine now. Then rest.",  # two sentences
    ]
    for first in bad_speech:
        bad = good.replace(speech=(first, *good.speech[1:]))
        assert triage_first_sentence_problems(bad, Tier.EMERGENCY, "en-GB") != [], first
    wrong_tier = assess(triage("en-GB"), {Symptoms.TENDER})
    assert wrong_tier is not None
    assert triage_first_sentence_problems(wrong_tier, Tier.SAME_DAY, "en-GB") != []
    same_day = assess(triage("en-AU"), {Symptoms.SWOLLEN})
    assert same_day is not None
    lazy = same_day.replace(speech=("Rest the leg and see how it goes.", *same_day.speech[1:]))
    assert triage_first_sentence_problems(lazy, Tier.SAME_DAY, "en-AU") != []


# ---------------------------------------------------------------------------------------------
# The loader refuses broken rule data


def _with_triage(tmp_path: Path, change: dict[str, Any]) -> Path:
    data = json.loads((DATA_DIR / "en.json").read_text(encoding="utf-8"))
    data["triage"] = {**data["triage"], **change}
    folder = tmp_path / f"layer{len(list(tmp_path.iterdir()))}"  # data files are read once each
    folder.mkdir()
    path = folder / "en.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_loader_refuses_duplicate_ids_and_unknown_references(tmp_path: Path) -> None:
    rules = json.loads((DATA_DIR / "en.json").read_text(encoding="utf-8"))["triage"]["rules"]
    bad: dict[str, dict[str, Any]] = {
        "used twice": {"rules": [*rules, rules[0]]},
        "unknown meanwhile": {"rules": [{**rules[0], "meanwhile": "nowhere"}]},
        "no passage": {"conditions": {}},
    }
    load_uncached = catalog._load.__wrapped__  # the cache would keep the broken file
    for message, change in bad.items():
        with pytest.raises(ValueError, match=message):
            layers = (_with_triage(tmp_path, change), DATA_DIR / "values" / "en.json")
            load_uncached(layers).every_section()
