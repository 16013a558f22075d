"""The interaction-model source: what every generated locale holds, and how overrides apply."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from legcramp.model.layout import Layout
from legcramp.model.source import SourceError, interaction_model, source_locales
from skill.advice.models import TOPIC_IDS, TopicId, Topics
from skill.names import (
    CUSTOM_INTENTS,
    INTENTS,
    INVOCATION_NAME,
    MEDICINE_SLOT_TYPE,
    MUSCLE_SLOT_TYPE,
    SITUATION_SLOT_TYPE,
    SYMPTOM_SLOT_TYPE,
    TIME_SLOT_TYPE,
    TOPIC_SLOT_TYPE,
    Intent,
    IntentName,
    Slot,
)

SOURCE = Layout.repo().source_dir
LOCALES = ("en-AU", "en-CA", "en-GB", "en-IN", "en-US")


def language(locale: str) -> dict[str, Any]:
    model: dict[str, Any] = interaction_model(SOURCE, locale)["interactionModel"]["languageModel"]
    return model


def samples(locale: str, intent: IntentName) -> list[str]:
    entry = next(i for i in language(locale)["intents"] if i["name"] == intent)
    found: list[str] = entry["samples"]
    return found


def topic_values(locale: str) -> list[dict[str, Any]]:
    slot_type = next(t for t in language(locale)["types"] if t["name"] == TOPIC_SLOT_TYPE)
    values: list[dict[str, Any]] = slot_type["values"]
    return values


def synonyms(locale: str, topic: TopicId) -> list[str]:
    value = next(v for v in topic_values(locale) if v["id"] == topic)
    found: list[str] = value["name"]["synonyms"]
    return found


def test_every_english_locale_has_a_model() -> None:
    assert source_locales(SOURCE) == LOCALES


@pytest.mark.parametrize("locale", LOCALES)
def test_intents_are_exactly_the_shared_names(locale: str) -> None:
    assert [i["name"] for i in language(locale)["intents"]] == list(INTENTS)


@pytest.mark.parametrize("locale", LOCALES)
def test_invocation_and_fallback_sensitivity(locale: str) -> None:
    model = language(locale)
    assert model["invocationName"] == INVOCATION_NAME == "leg cramp helper"
    assert model["modelConfiguration"] == {"fallbackIntentSensitivity": {"level": "HIGH"}}


@pytest.mark.parametrize("locale", LOCALES)
def test_cramp_topic_ids_are_the_advice_topics(locale: str) -> None:
    ids = [value["id"] for value in topic_values(locale)]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(TOPIC_IDS)


CONTRACT_SLOTS = {
    Intent.CRAMP_NOW: [
        (Slot.MUSCLE, MUSCLE_SLOT_TYPE),
        (Slot.SYMPTOM, SYMPTOM_SLOT_TYPE),
        (Slot.SITUATION, SITUATION_SLOT_TYPE),  # a cramp after an operation or a long flight
        (Slot.MEDICINE, MEDICINE_SLOT_TYPE),  # "I'm on Lasix and my calf is cramping"
    ],
    # "the back" (to "front or back of your thigh?"), "my thigh at the back"
    Intent.THIGH_SIDE: [(Slot.SIDE, "ThighSide"), (Slot.MUSCLE, MUSCLE_SLOT_TYPE)],
    Intent.STRETCH: [(Slot.MUSCLE, MUSCLE_SLOT_TYPE)],
    Intent.TOPIC: [
        (Slot.TOPIC, TOPIC_SLOT_TYPE),
        (Slot.SYMPTOM, SYMPTOM_SLOT_TYPE),
        (Slot.SITUATION, SITUATION_SLOT_TYPE),  # "can my eight year old take magnesium"
        (Slot.SOMEONE, "Someone"),  # "he wakes up with sore legs", after "my son is six"
    ],
    Intent.SYMPTOM: [
        (Slot.SYMPTOM, SYMPTOM_SLOT_TYPE),
        (Slot.SYMPTOM_TWO, SYMPTOM_SLOT_TYPE),
        (Slot.SYMPTOM_THREE, SYMPTOM_SLOT_TYPE),
        (Slot.MUSCLE, MUSCLE_SLOT_TYPE),
        (Slot.SITUATION, SITUATION_SLOT_TYPE),
        (Slot.SOMEONE, "Someone"),  # "her knee is red and hot", after "my daughter is seven"
    ],
    Intent.MEDICINE: [
        (Slot.MEDICINE, MEDICINE_SLOT_TYPE),
        (Slot.SYMPTOM, SYMPTOM_SLOT_TYPE),
        (Slot.SYMPTOM_TWO, SYMPTOM_SLOT_TYPE),
        (Slot.MUSCLE, MUSCLE_SLOT_TYPE),
        (Slot.CONCERN, "MedicineConcern"),  # "can I take ibuprofen with Eliquis"
    ],
    # "what should I tell my doctor about my swollen calf": red-flag words are triaged first.
    Intent.DOCTOR_VISIT: [
        (Slot.SYMPTOM, SYMPTOM_SLOT_TYPE),
        (Slot.SYMPTOM_TWO, SYMPTOM_SLOT_TYPE),
        (Slot.MUSCLE, MUSCLE_SLOT_TYPE),
    ],
    Intent.CONTACT_DOCTOR: [
        (Slot.SYMPTOM, SYMPTOM_SLOT_TYPE),
        (Slot.SYMPTOM_TWO, SYMPTOM_SLOT_TYPE),
        (Slot.MUSCLE, MUSCLE_SLOT_TYPE),
    ],
    # The answer to "Which leg was it?", an intent of its own (as the thigh's side).
    Intent.LEG_SIDE: [(Slot.LEG, "Leg"), (Slot.MUSCLE, MUSCLE_SLOT_TYPE)],
    # Issue 12's contract names, spelled here as the issue gives them.
    Intent.LOG_CRAMP: [
        (Slot.LEG, "Leg"),
        (Slot.MUSCLE, "CrampMuscle"),
        (Slot.WHEN, "AMAZON.DATE"),
        (Slot.TIME, "AMAZON.TIME"),
        (Slot.DURATION, "AMAZON.DURATION"),
        (Slot.COUNT, "AMAZON.NUMBER"),
        # Listener trial 8: "about an hour ago" is when, not how long.
        (Slot.AGO, "AMAZON.DURATION"),
    ],
    # "what can I do for her", "when should I take him to the doctor": someone talked about.
    Intent.RELIEF: [(Slot.SOMEONE, "Someone")],
    Intent.SEE_DOCTOR: [(Slot.SOMEONE, "Someone")],
    Intent.DIARY_SUMMARY: [(Slot.PERIOD, "AMAZON.DATE"), (Slot.NIGHTS, "AMAZON.DURATION")],
    Intent.DELETE_DIARY: [(Slot.SCOPE, "DiaryScope")],
    Intent.SET_REMINDER: [(Slot.TIME, TIME_SLOT_TYPE)],
}
CONTRACT_IDS = {
    "Leg": {"LEFT", "RIGHT", "BOTH"},
    "DiaryScope": {"LAST", "ALL"},
    MUSCLE_SLOT_TYPE: {"CALF", "FOOT", "THIGH_FRONT", "THIGH_BACK", "SHIN", "THIGH"},
    "ThighSide": {"FRONT", "BACK"},
    "Someone": {"THEM"},
    MEDICINE_SLOT_TYPE: {
        "DIURETIC",
        "STATIN",
        "INHALER",
        "BLOOD_PRESSURE",
        "BLOOD_THINNER",
        "OTHER",
    },
    SITUATION_SLOT_TYPE: {"PREGNANT", "STATIN", "CHILD", "IMMOBILE", "KIDNEY"},
    "MedicineConcern": {
        "EXTRA_DOSE",
        "PAINKILLER",
        "VITAMIN_K",
        "POTASSIUM",
        "SUPPLEMENT",
        "MASSAGE",
        "QUININE",
        "FLUIDS",
    },
    SYMPTOM_SLOT_TYPE: set(
        [
            "SWOLLEN",
            "RED",
            "WARM",
            "COLD",
            "PALE",
            "BLUE",
            "NUMB",
            "WEAK",
            "BREATHLESS",
            "CHEST_PAIN",
            "COUGHING_BLOOD",
            "TINGLING",
            "BURNING",
            "URGE_TO_MOVE",
            "PAIN_ON_WALKING",
            "REST_PAIN",
            "PAIN_NOT_PASSING",
            "LONG_CRAMP",
            "TWITCHING",
            "WASTING",
            "DIRTY_WOUND",
            "TOXIN",
            "CRAMPS_ELSEWHERE",
            "JAW_STIFFNESS",
            "SUDDEN_SEVERE_PAIN",
            "MUSCLE_ACHE",
            "FREQUENT",
            "SLEEP_LOSS",
            "TENDER",
            "DARK_URINE",
            "LASTING_PAIN",
            "SWOLLEN_BOTH_LEGS",
            "SUDDEN_NUMB",
            "CANT_MOVE",
            "RASH_NOT_FADING",
            "FEVER",
            "CANT_BEAR_WEIGHT",
            "SUDDEN_WORSE",
            "LIMP",
            "FLEX_PAIN",
            "EASED_SITTING",
            "DROWSY",
            "SEIZURE",
        ]
    ),
}
NEW_TOPICS = {
    "CHILDREN",
    "DURATION",
    "FOODS_AND_DRINKS",
    "VITAMINS",
    "EXERCISE_CRAMPS",
    "CLAUDICATION",
    "NEUROPATHY",
    "HEALTH_CONDITIONS",
}


@pytest.mark.parametrize("locale", LOCALES)
def test_intents_declare_the_contract_slots(locale: str) -> None:
    intents = language(locale)["intents"]
    for entry in intents:
        expected = CONTRACT_SLOTS.get(IntentName(entry["name"]), [])
        declared = [(s["name"], s["type"]) for s in entry.get("slots", [])]
        assert declared == [(slot, kind) for slot, kind in expected], entry["name"]
        for slot, _ in expected:
            assert any(f"{{{slot}}}" in s for s in entry["samples"]), (entry["name"], slot)
    without = [i for i in intents if IntentName(i["name"]) not in CONTRACT_SLOTS]
    assert not [s for i in without for s in i["samples"] if "{" in s]


@pytest.mark.parametrize("locale", LOCALES)
def test_new_slot_types_have_exactly_the_contract_ids(locale: str) -> None:
    types = {t["name"]: t["values"] for t in language(locale)["types"]}
    for name, ids in CONTRACT_IDS.items():
        assert {v["id"] for v in types[name]} == ids, name
        assert all(v["name"]["synonyms"] for v in types[name]), name
    assert {v["id"] for v in types[TOPIC_SLOT_TYPE]} >= NEW_TOPICS


@pytest.mark.parametrize(
    ("type_name", "value_id", "words"),
    [
        (
            MEDICINE_SLOT_TYPE,
            "DIURETIC",
            {"furosemide", "lasix", "bendroflumethiazide", "fluid tablets"},
        ),
        (MEDICINE_SLOT_TYPE, "DIURETIC", {"hydrochlorothiazide", "water pill"}),
        (MEDICINE_SLOT_TYPE, "STATIN", {"atorvastatin", "lipitor", "simvastatin", "rosuvastatin"}),
        (MEDICINE_SLOT_TYPE, "INHALER", {"salmeterol", "formoterol", "seretide", "advair"}),
        (MEDICINE_SLOT_TYPE, "INHALER", {"symbicort", "albuterol", "salbutamol", "ventolin"}),
        (
            MEDICINE_SLOT_TYPE,
            "BLOOD_PRESSURE",
            {"amlodipine", "nifedipine", "lisinopril", "losartan"},
        ),
        (MUSCLE_SLOT_TYPE, "FOOT", {"arch", "toes"}),
        (MUSCLE_SLOT_TYPE, "THIGH_FRONT", {"quad", "front of my thigh"}),
        (MUSCLE_SLOT_TYPE, "THIGH", {"thigh", "thighs", "upper leg"}),
        (MUSCLE_SLOT_TYPE, "THIGH_BACK", {"hamstring", "back of my thigh"}),
        (MUSCLE_SLOT_TYPE, "SHIN", {"shin", "front of my lower leg"}),
        (TOPIC_SLOT_TYPE, "FOODS_AND_DRINKS", {"sports drinks", "mustard"}),
        (TOPIC_SLOT_TYPE, "PICKLE_JUICE", {"pickle juice", "pickles"}),
        (TOPIC_SLOT_TYPE, "BANANAS", {"bananas", "banana"}),
        (TOPIC_SLOT_TYPE, "VITAMINS", {"vitamin k two", "vitamin e"}),
        (TOPIC_SLOT_TYPE, "HEALTH_CONDITIONS", {"dialysis", "liver disease"}),
        (TOPIC_SLOT_TYPE, "DIABETES", {"diabetes", "type two diabetes"}),
        (TOPIC_SLOT_TYPE, "THYROID", {"thyroid", "underactive thyroid"}),
        (TOPIC_SLOT_TYPE, "AGING", {"normal at my age"}),
        (TOPIC_SLOT_TYPE, "PREGNANCY_SUPPLEMENTS", {"supplements in pregnancy"}),
        ("MedicineConcern", "EXTRA_DOSE", {"doubled", "by mistake", "a double dose"}),
        ("MedicineConcern", "PAINKILLER", {"ibuprofen", "painkillers"}),
        ("MedicineConcern", "VITAMIN_K", {"vitamin k", "vitamin k two", "k two"}),
        ("MedicineConcern", "POTASSIUM", {"potassium", "potassium tablets"}),
        ("MedicineConcern", "MASSAGE", {"massage", "rub"}),
    ],
)
def test_issue_synonyms_in_every_locale(type_name: str, value_id: str, words: set[str]) -> None:
    for locale in LOCALES:
        slot_type = next(t for t in language(locale)["types"] if t["name"] == type_name)
        value = next(v for v in slot_type["values"] if v["id"] == value_id)
        assert words <= {value["name"]["value"], *value["name"]["synonyms"]}, locale


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("intent", sorted(CUSTOM_INTENTS))
def test_thirty_samples_per_custom_intent(locale: str, intent: IntentName) -> None:
    assert len(samples(locale, intent)) >= 30


# Built-ins need no samples of ours. Four are extended on purpose: Fallback with requests that
# are not for the skill (its out-of-domain model), Yes with "i'd like to hear more" (accepting an
# offer), More with "tell me more" and "go on" (asking to go on with what was just said), and No
# with "ok that's better" (the cramp has eased: not a yes to the offer; listener trial 8 C8).
EXTENDED_BUILT_INS = {Intent.FALLBACK, Intent.YES, Intent.MORE, Intent.NO}


@pytest.mark.parametrize("locale", LOCALES)
def test_built_ins_need_no_samples_of_ours(locale: str) -> None:
    for entry in language(locale)["intents"]:
        if entry["name"].startswith("AMAZON.") and entry["name"] not in EXTENDED_BUILT_INS:
            assert entry["samples"] == []


@pytest.mark.parametrize("locale", LOCALES)
def test_extended_built_ins_say_nothing_about_cramps(locale: str) -> None:
    fallback = samples(locale, Intent.FALLBACK)
    assert len(fallback) >= 20
    assert not [s for s in fallback if "cramp" in s or "leg" in s.split() or "calf" in s]
    assert "i'd like to hear more" in samples(locale, Intent.YES)
    more = samples(locale, Intent.MORE)
    assert {"tell me more", "more", "go on", "what else", "keep going"} <= set(more)
    assert "tell me more" not in samples(locale, Intent.YES)
    assert not [s for s in more if "cramp" in s or "leg" in s.split() or "{" in s]
    declined = samples(locale, Intent.NO)
    assert "ok that's better" in declined
    assert not [s for s in declined if "cramp" in s or "leg" in s.split() or "{" in s]


@pytest.mark.parametrize(
    ("intent", "sample"),
    [
        # The skill.json example phrases' carrier phrases (and the issue's own examples).
        (Intent.CAUSES, "why do my legs cramp at night"),
        (Intent.CRAMP_NOW, "what to do for a cramp right now"),
        (Intent.CRAMP_NOW, "my {muscle} is cramping right now"),
        (Intent.STRETCH, "walk me through a stretch"),
        (Intent.STRETCH, "my {muscle} cramped how do i stretch it"),
        (Intent.TOPIC, "is it my {topic}"),
        (Intent.SEE_DOCTOR, "when should i see a doctor"),
        (Intent.SYMPTOM, "my {muscle} is {symptom} and {symptomTwo}"),
        (Intent.SYMPTOM, "i have {symptom} and my {muscle} hurts"),
        (Intent.SYMPTOM, "i {symptom} and now i cramp"),
        (Intent.SYMPTOM, "the cramp has gone on for {symptom}"),
        (Intent.MEDICINE, "my {medicine} makes my {symptom}"),
        (Intent.MEDICINE, "can i stop my {medicine}"),
        (Intent.MEDICINE, "my {medicine} give me cramps should i stop them"),
    ],
)
def test_key_phrases_are_samples_in_every_locale(intent: IntentName, sample: str) -> None:
    for locale in LOCALES:
        assert sample in samples(locale, intent), locale


def test_issue_synonyms_resolve_somewhere() -> None:
    everywhere = {"water pills", "tonic water", "heating pad", "foam roller", "pins and needles"}
    for locale in LOCALES:
        phrases = {s for topic in TOPIC_IDS for s in synonyms(locale, topic)}
        # A named medicine is a medicine question ("does my water pill cause cramps"), so its
        # words resolve in CrampMedicine, which leads with "don't stop or change".
        medicines = next(t for t in language(locale)["types"] if t["name"] == MEDICINE_SLOT_TYPE)
        phrases |= {s for v in medicines["values"] for s in v["name"]["synonyms"]}
        assert everywhere <= phrases, locale
    # A charley horse is a cramp (a cramp happening now when said alone), not a topic.
    assert "charley horse" in samples("en-US", Intent.CRAMP_NOW)
    assert all("charley horse" not in synonyms(locale, Topics.OVEREXERTION) for locale in LOCALES)


def test_locale_words_stay_in_their_locales() -> None:
    # Paracetamol is understood everywhere (listener trial 7 said it to en-US); co-codamol is UK.
    assert "co codamol" in synonyms("en-GB", Topics.PAINKILLERS)
    assert "co codamol" not in synonyms("en-US", Topics.PAINKILLERS)
    assert all("paracetamol" in synonyms(locale, Topics.PAINKILLERS) for locale in LOCALES)
    assert "tylenol" in synonyms("en-US", Topics.PAINKILLERS)
    assert "tylenol" not in synonyms("en-GB", Topics.PAINKILLERS)
    assert "should i see my g. p." in samples("en-GB", Intent.SEE_DOCTOR)
    assert "should i see my g. p." not in samples("en-US", Intent.SEE_DOCTOR)
    assert "my leg is paining" in samples("en-IN", Intent.CRAMP_NOW)
    # A charley horse is a corked thigh in Australia, not a cramp.
    # (A charley horse in a named muscle still gets that muscle's stretch.)
    bare = [s for s in samples("en-AU", Intent.CRAMP_NOW) if "charley horse" in s]
    assert bare == ["charley horse in my {muscle}"]
    assert not [s for s in samples("en-AU", Intent.CAUSES) if "charley horse" in s]


def test_a_locale_can_rename_a_value() -> None:
    ageing = next(v for v in topic_values("en-GB") if v["id"] == Topics.AGING)
    assert ageing["name"]["value"] == "ageing"
    assert "aging" in ageing["name"]["synonyms"]
    aging = next(v for v in topic_values("en-US") if v["id"] == Topics.AGING)
    assert aging["name"]["value"] == "aging"


def write_source(root: Path, common: dict[str, Any], override: dict[str, Any]) -> Path:
    source = root / "source"
    (source / "locales").mkdir(parents=True)
    (source / "common.json").write_text(json.dumps(common), encoding="utf-8")
    (source / "locales" / "en-US.json").write_text(json.dumps(override), encoding="utf-8")
    return source


COMMON: dict[str, Any] = {
    "_about": "comments are ignored",
    "samples": {"CausesIntent": ["why do my legs cramp"]},
    "types": {"CrampTopic": {"QUININE": {"value": "quinine", "synonyms": ["tonic water"]}}},
}


def test_override_adds_and_removes(tmp_path: Path) -> None:
    override = {
        "samples": {
            "CausesIntent": {"add": ["what causes cramps"], "remove": ["why do my legs cramp"]}
        },
        "types": {"CrampTopic": {"QUININE": {"add": ["bitter lemon"]}}},
    }
    model = interaction_model(write_source(tmp_path, COMMON, override), "en-US")
    language_model = model["interactionModel"]["languageModel"]
    causes = next(i for i in language_model["intents"] if i["name"] == "CausesIntent")
    assert causes["samples"] == ["what causes cramps"]
    value = language_model["types"][0]["values"][0]
    assert value == {
        "id": "QUININE",
        "name": {"value": "quinine", "synonyms": ["tonic water", "bitter lemon"]},
    }


@pytest.mark.parametrize(
    ("override", "complaint"),
    [
        ({"samples": {"CrampIntent": {"add": ["ow"]}}}, "unknown intent"),
        ({"samples": {"CausesIntent": {"remove": ["never there"]}}}, "cannot remove"),
        ({"samples": {"CausesIntent": {"add": ["why do my legs cramp"]}}}, "already there"),
        ({"types": {"CrampPlace": {}}}, "unknown slot types"),
        ({"types": {"CrampTopic": {"CALF": {"add": ["calf"]}}}}, "has no values"),
    ],
)
def test_inconsistent_overrides_are_refused(
    tmp_path: Path, override: dict[str, Any], complaint: str
) -> None:
    with pytest.raises(SourceError, match=complaint):
        interaction_model(write_source(tmp_path, COMMON, override), "en-US")


def test_phrases_compose_every_combination_as_synonyms(tmp_path: Path) -> None:
    wound = {
        "value": "dirty wound",
        "synonyms": ["stood on a nail"],
        "phrases": [[["stood on", "trod on"], ["a", ""], ["nail", "rake"]]],
    }
    common = {**COMMON, "types": {"CrampTopic": {"QUININE": wound}}}
    model = interaction_model(write_source(tmp_path, common, {}), "en-US")
    (value,) = model["interactionModel"]["languageModel"]["types"][0]["values"]
    assert value["name"]["synonyms"] == [
        "stood on a nail",  # listed, so not composed again
        "stood on a rake",
        "stood on nail",
        "stood on rake",
        "trod on a nail",
        "trod on a rake",
        "trod on nail",
        "trod on rake",
    ]
    assert "phrases" not in value["name"]


@pytest.mark.parametrize("pattern", [[], [["stood on"], []], [["stood on"], "a nail"]])
def test_a_malformed_phrases_pattern_is_refused(tmp_path: Path, pattern: list[Any]) -> None:
    value = {"value": "dirty wound", "phrases": [pattern]}
    common = {**COMMON, "types": {"CrampTopic": {"QUININE": value}}}
    with pytest.raises(SourceError, match="phrases pattern"):
        interaction_model(write_source(tmp_path, common, {}), "en-US")


def test_a_missing_override_file_is_refused(tmp_path: Path) -> None:
    source = write_source(tmp_path, COMMON, {})
    with pytest.raises(SourceError, match="missing"):
        interaction_model(source, "en-GB")


@pytest.mark.parametrize("locale", LOCALES)
def test_a_painkiller_said_with_a_medicine_uses_the_locales_own_names(locale: str) -> None:
    """The painkiller names a locale adds to the topic are the ones it adds for a medicine
    question, so "can I take paracetamol" is the same question alone or with a medicine."""
    types = {t["name"]: t["values"] for t in language(locale)["types"]}

    def words(type_name: str, value_id: str) -> set[str]:
        value = next(v for v in types[type_name] if v["id"] == value_id)
        return {value["name"]["value"], *value["name"]["synonyms"]}

    assert words("MedicineConcern", "PAINKILLER") - {"painkiller"} <= words(
        TOPIC_SLOT_TYPE, "PAINKILLERS"
    )
