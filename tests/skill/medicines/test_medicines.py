"""Medicine questions through the real handler: the first sentence never leaves room to stop."""

from __future__ import annotations

import re

import pytest

from skill.advice.catalog import load_content
from skill.advice.models import Concern, MedicineId, Tier
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
    listener.says("MedicineIntent", medicine=match("INHALER"), symptom=match(symptom))
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


# ---------------------------------------------------------------------------------------------
# Found by the listener trial


@pytest.mark.parametrize(
    ("words", "medicine"),
    [
        ("i take warfarin can it cause cramps", MedicineId.BLOOD_THINNER),
        ("can i take half my water tablet", MedicineId.DIURETIC),
        ("does my inhaler cause cramps", MedicineId.INHALER),
        # trial 13: a medicine someone else takes, or one a nurse "has me on", was not heard
        ("my husband takes pravastatin for his cholesterol", MedicineId.STATIN),
        ("the asthma nurse has me on a serevent inhaler twice a day", MedicineId.INHALER),
        (
            "my husband takes bisoprolol and gets cramps should he pack it in",
            MedicineId.BLOOD_PRESSURE,
        ),
        # trial 14: a British water pill by name; a statin just started (was logged as a cramp)
        (
            "my mums on co amilozide for her pressure and the cramps keep her awake",
            MedicineId.DIURETIC,
        ),
        ("i started atorvastatin three weeks ago", MedicineId.STATIN),
        ("his tablets for cholesterol are called rosuvastatin", MedicineId.STATIN),  # trial 16
        # trial 17 (C2): "puff" had been heard as breathless, and got 911
        ("i puff on serevent twice a day for my asthma", MedicineId.INHALER),
        ("since starting evista for thin bones ive been cramping", MedicineId.OTHER),  # trial 18
    ],
)
@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_medicine_questions_open_with_do_not_stop_or_change(
    invoke: Invoke, words: str, medicine: MedicineId, locale: str
) -> None:
    listener = Listener(invoke, locale=locale)
    listener.speaks(words)
    assert DO_NOT_STOP.search(listener.first), listener.heard
    assert listener.view == f"medicine:{medicine.value}"


def test_what_about_my_statin_after_another_answer_opens_with_do_not_stop(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke)
    listener.launch()
    listener.speaks("why do my legs cramp at night")
    assert listener.view == "causes"
    listener.speaks("what about my statin")
    assert DO_NOT_STOP.search(listener.first), listener.heard
    assert "unexplained muscle pain" in listener.heard  # the statin warning, early


def test_a_blood_thinner_is_never_to_be_stopped_and_vitamin_k_needs_the_prescriber(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke)
    listener.says("MedicineIntent", medicine=match("BLOOD_THINNER", "warfarin"))
    assert listener.first.startswith("Don't stop or change your blood thinner on your own")
    listener.says("More")
    assert "vitamin K" in listener.heard and "prescriber agrees" in listener.heard


def test_the_medicines_topic_opens_with_do_not_stop_or_change_too(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("TopicIntent", topic=match("MEDICATION", "my medication"))
    assert DO_NOT_STOP.search(listener.first), listener.heard


@pytest.mark.parametrize(
    ("words", "tier"),
    [
        ("I'm on Eliquis and my calf is swollen", Tier.SAME_DAY),
        ("I take warfarin and my leg is red and swollen", Tier.SAME_DAY),
        ("I've been on spironolactone and my legs cramp every night", Tier.APPOINTMENT),
    ],
)
def test_a_medicine_said_with_a_symptom_is_not_dropped(
    invoke: Invoke, words: str, tier: Tier
) -> None:
    """Found by a listener trial: the medicine was dropped and only the symptom answered."""
    listener = Listener(invoke)
    listener.speaks(words)
    assert listener.first == CONTENT.triage.tiers[tier].with_medicine, listener.heard
    assert DO_NOT_STOP.search(listener.first)


# ---------------------------------------------------------------------------------------------
# Something asked with a medicine (found by a listener trial): a painkiller, vitamin K or
# potassium with it, an extra dose by mistake, a massage on a blood thinner


QUESTIONS = CONTENT.medicine_questions
CONCERN_VIEWS = [
    (concern, medicine)
    for concern in Concern
    for medicine in MedicineId
    if QUESTIONS.answer(concern, medicine) is not None
]


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
@pytest.mark.parametrize(("concern", "medicine"), CONCERN_VIEWS)
def test_every_concern_answer_opens_with_do_not_stop_or_change(
    invoke: Invoke, locale: str, concern: Concern, medicine: MedicineId
) -> None:
    listener = Listener(invoke, locale=locale)
    listener.says("MedicineIntent", medicine=match(medicine.value), concern=match(concern.value))
    assert DO_NOT_STOP.search(listener.first), listener.heard
    assert listener.view == f"medicine_concern:{concern.value}:{medicine.value}"
    assert "https://" in listener.card["content"]


@pytest.mark.parametrize(
    ("words", "concern", "medicine", "first"),
    [
        (
            "I take lisinopril and potassium tablets, could that cause cramps",
            Concern.POTASSIUM,
            MedicineId.BLOOD_PRESSURE,
            "Taking potassium with some blood pressure medicines can push your potassium too "
            "high: don't stop or change medicines yourself; ask your doctor or pharmacist.",
        ),
        (
            "I doubled my water tablets",
            Concern.EXTRA_DOSE,
            MedicineId.DIURETIC,
            "If you took more than prescribed, don't stop or change doses yourself; call a "
            "pharmacist, or your doctor or an urgent care clinic, today.",
        ),
        (
            "I took two of my water pills by mistake",
            Concern.EXTRA_DOSE,
            MedicineId.DIURETIC,
            "If you took more than prescribed, don't stop or change doses yourself; call a "
            "pharmacist, or your doctor or an urgent care clinic, today.",
        ),
        (
            "can I take ibuprofen with Eliquis",
            Concern.PAINKILLER,
            MedicineId.BLOOD_THINNER,
            "Don't stop or change your blood thinner on your own, and ask a pharmacist or "
            "doctor before taking a painkiller such as ibuprofen with it.",
        ),
        (
            "is ibuprofen ok with warfarin",
            Concern.PAINKILLER,
            MedicineId.BLOOD_THINNER,
            "Don't stop or change your blood thinner on your own, and ask a pharmacist or "
            "doctor before taking a painkiller such as ibuprofen with it.",
        ),
        (
            "I'm on warfarin, can I take vitamin K2",
            Concern.VITAMIN_K,
            MedicineId.BLOOD_THINNER,
            "Don't take vitamin K two with a blood thinner unless your prescriber agrees, and "
            "don't stop or change your blood thinner on your own.",
        ),
        (
            "I'm on Xarelto, can I massage my calf",
            Concern.MASSAGE,
            MedicineId.BLOOD_THINNER,
            "Don't stop or change your blood thinner on your own.",
        ),
    ],
)
def test_the_listener_trial_questions_with_a_medicine(
    invoke: Invoke, words: str, concern: Concern, medicine: MedicineId, first: str
) -> None:
    listener = Listener(invoke)
    listener.speaks(words)
    assert listener.view == f"medicine_concern:{concern.value}:{medicine.value}", listener.heard
    assert listener.first == first


def test_a_painkiller_with_a_blood_thinner_is_never_the_painkillers_topic_first(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke, locale="en-GB")
    listener.speaks("is it alright to have paracetamol while I'm on apixaban")
    assert listener.view == "medicine_concern:PAINKILLER:BLOOD_THINNER", listener.heard
    assert "Painkillers won't stop a cramp" not in listener.first


def test_an_extra_dose_names_the_local_service(invoke: Invoke) -> None:
    listener = Listener(invoke, locale="en-GB")
    listener.says("MedicineIntent", medicine=match("DIURETIC"), concern=match("EXTRA_DOSE"))
    assert "call a pharmacist, or your GP or NHS one one one, today" in listener.first
    assert not re.search(r"\bstop (taking|your)\b", listener.heard, re.I)


def test_an_extra_dose_with_no_medicine_named_is_still_answered(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("MedicineIntent", concern=match("EXTRA_DOSE", "a double dose"))
    assert listener.view == "medicine_concern:EXTRA_DOSE:OTHER"


@pytest.mark.parametrize(
    ("concern", "topic"),
    [
        ("PAINKILLER", "PAINKILLERS"),
        ("VITAMIN_K", "VITAMINS"),
        ("POTASSIUM", "MINERALS"),
        ("SUPPLEMENT", "MINERALS"),
        ("MASSAGE", "MASSAGE"),
    ],
)
def test_something_to_take_or_do_with_no_medicine_named_is_its_topic(
    invoke: Invoke, concern: str, topic: str
) -> None:
    """Not "don't stop or change your medicine ... with it" to someone who named none."""
    listener = Listener(invoke)
    listener.says("MedicineIntent", concern=match(concern))
    assert listener.view == f"topic:{topic}"
    assert not DO_NOT_STOP.search(listener.heard)


@pytest.mark.parametrize("words", ["can i rub my calf", "is a massage ok"])
def test_a_massage_asked_about_alone_is_the_massage_topic(invoke: Invoke, words: str) -> None:
    listener = Listener(invoke)
    listener.speaks(words)
    assert listener.view == "topic:MASSAGE", listener.heard


def test_a_dose_the_doctor_changed_is_not_told_to_take_less(invoke: Invoke) -> None:
    """The offline resolver hears "doubled" as an extra dose, so that answer is conditional:
    it never tells someone whose doctor raised the dose to take less."""
    listener = Listener(invoke)
    listener.speaks("my doctor doubled my water tablets and now I cramp")
    assert DO_NOT_STOP.search(listener.first)
    assert "Don't take" not in listener.heard
    if listener.view == "medicine_concern:EXTRA_DOSE:DIURETIC":
        assert listener.first.startswith("If you took more than prescribed")


def test_massage_on_a_medicine_with_no_massage_answer_gets_the_medicine_answer(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke)
    listener.says("MedicineIntent", medicine=match("STATIN"), concern=match("MASSAGE"))
    assert listener.view == "medicine:STATIN"


def test_a_potassium_question_on_lisinopril_warns_about_ace_inhibitors(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says(
        "MedicineIntent",
        medicine=match("BLOOD_PRESSURE", "lisinopril"),
        concern=match("POTASSIUM", "potassium tablets"),
    )
    assert "potassium too high" in listener.first
    assert "ACE inhibitors" in listener.heard


def test_massage_on_a_blood_thinner_names_the_signs_of_a_clot_before_the_rub(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke)
    listener.speaks("I'm on Xarelto, can I massage my calf")
    clot = listener.heard.index("swollen, warm, or red")
    assert clot < listener.heard.index("gentle stretch") < listener.heard.index("rub")
    assert "contact your doctor or an urgent care clinic today" in listener.heard


def test_a_swollen_calf_on_a_blood_thinner_asking_about_massage_is_triaged(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke)
    listener.says(
        "MedicineIntent",
        medicine=match("BLOOD_THINNER", "xarelto"),
        concern=match("MASSAGE"),
        muscle=match("CALF"),
        symptom=match("SWOLLEN"),
    )
    assert listener.first == CONTENT.triage.tiers[Tier.SAME_DAY].with_medicine


def test_an_urgent_symptom_comes_before_the_concern_and_the_concern_before_a_routine_one(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke)
    listener.says(
        "MedicineIntent",
        medicine=match("DIURETIC"),
        concern=match("EXTRA_DOSE"),
        symptom=match("BREATHLESS"),
    )
    assert listener.first == CONTENT.triage.tiers[Tier.EMERGENCY].with_medicine
    listener = Listener(invoke)
    listener.says(
        "MedicineIntent",
        medicine=match("DIURETIC"),
        concern=match("EXTRA_DOSE"),
        symptom=match("FREQUENT"),
    )
    assert listener.view == "medicine_concern:EXTRA_DOSE:DIURETIC"


def test_tell_me_more_after_a_concern_is_the_medicines_own_answer(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("can I take ibuprofen with Eliquis")
    listener.says("More")
    assert listener.heard.startswith(CONTENT.medicines[MedicineId.BLOOD_THINNER].speech)
    listener = Listener(invoke)
    listener.speaks("I doubled my water tablets")
    listener.says("Yes")
    assert listener.heard.startswith(CONTENT.medicines[MedicineId.DIURETIC].speech)


@pytest.mark.parametrize("words", ["does gabapentin help with cramps", "would pregabalin help"])
def test_a_medicine_asked_about_as_a_treatment_is_never_started_alone(
    invoke: Invoke, words: str
) -> None:
    listener = Listener(invoke)
    listener.speaks(words)
    assert listener.view == "medicine:OTHER", listener.heard
    assert DO_NOT_STOP.search(listener.first)
    assert "or start one for cramps" in listener.first
    assert "doctor" in listener.first


@pytest.mark.parametrize(
    "words",
    [
        "my doctor put me on quinine tablets for cramps is that safe",
        "my doctor gave me quinine for my night cramps",
    ],
)
def test_quinine_someone_was_prescribed_is_never_told_to_stop_but_to_ask_for_a_review(
    invoke: Invoke, words: str
) -> None:
    """Found by a listener trial: "Don't use quinine" to someone prescribed it reads as "stop".
    The first sentence says not to stop or change it alone and to ask whether it's still needed."""
    listener = Listener(invoke)
    listener.speaks(words)
    assert listener.view == "medicine_concern:QUININE:OTHER", listener.heard
    assert DO_NOT_STOP.search(listener.first), listener.first
    assert "review whether you still need" in listener.first
    assert "serious" in listener.heard  # the rare serious risks are why


@pytest.mark.parametrize("words", ["should i take quinine", "is quinine safe for cramps"])
def test_quinine_asked_about_by_someone_not_on_it_keeps_the_warning(
    invoke: Invoke, words: str
) -> None:
    listener = Listener(invoke)
    listener.speaks(words)
    assert listener.view == "topic:QUININE", listener.heard
    assert listener.first.startswith("Don't use quinine")


@pytest.mark.parametrize(
    ("first", "medicine"),
    [
        ("im on water pills", MedicineId.DIURETIC),
        ("does my inhaler cause cramps", MedicineId.INHALER),
        ("my calf is cramping and im on lasix", MedicineId.DIURETIC),
    ],
)
@pytest.mark.parametrize(
    "follow_up", ["should i just stop them then", "can i stop taking them", "should i stop it"]
)
def test_asking_to_stop_right_after_a_medicine_answer_is_about_that_medicine(
    invoke: Invoke, first: str, medicine: MedicineId, follow_up: str
) -> None:
    """Found by a listener trial: "should I just stop them then" after the water pills answer got
    the general relief advice. It is about the medicine just discussed: don't stop or change it."""
    listener = Listener(invoke)
    listener.launch()
    listener.speaks(first)
    listener.speaks(follow_up)
    assert listener.view == f"medicine:{medicine.value}", listener.heard
    assert DO_NOT_STOP.search(listener.first), listener.heard
    assert "pharmacist" in listener.first


def test_asking_to_stop_with_nothing_said_before_is_any_prescribed_medicine(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke)
    listener.launch()
    listener.speaks("why do my legs cramp at night")
    listener.speaks("should i just stop them then")
    assert listener.view == "medicine:OTHER", listener.heard
    assert DO_NOT_STOP.search(listener.first), listener.heard


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
def test_more_water_on_a_water_pill_leads_with_a_fluid_limit_and_not_stopping_it(
    invoke: Invoke, locale: str
) -> None:
    """Listener trial 7: heard as a cramp now, this got the stretch and no word on a fluid limit
    (fact sheet 3a: people whose fluids a doctor has restricted should not drink more alone)."""
    listener = Listener(invoke, locale=locale)
    listener.speaks(
        "i have heart failure and take furosemide should i drink more water for the cramps"
    )
    assert listener.view == "medicine_concern:FLUIDS:DIURETIC", listener.heard
    assert listener.first.startswith("If your ")
    assert "don't drink more without asking them" in listener.first
    assert "don't stop or change your water" in listener.first
    assert "Straighten your knee" not in listener.heard


def test_more_water_with_no_medicine_named_is_the_fluids_topic(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("MedicineIntent", concern=match("FLUIDS", "more water"))
    assert listener.view == "topic:DEHYDRATION"
    assert "don't stop or change" not in listener.heard


# ---------------------------------------------------------------------------------------------
# "So what do I do about it?" after a medicine's answer (listener trial 9, C4)


@pytest.mark.parametrize("medicine", ["inhaler", "water pills", "amlodipine"])
def test_what_to_do_about_it_after_a_medicine_is_keep_taking_it_and_ask_not_a_stretch(
    invoke: Invoke, medicine: str
) -> None:
    listener = Listener(invoke)
    listener.speaks(f"could my {medicine} be giving me cramps")
    assert listener.view.startswith("medicine:"), listener.heard
    listener.speaks("so what do i do about it")
    assert listener.view == "topic:MEDICATION", listener.heard
    assert DO_NOT_STOP.search(listener.first), listener.heard
    assert "toes" not in listener.heard


def test_what_to_do_about_it_after_a_statins_aching_muscles_is_the_same_day_advice_again(
    invoke: Invoke,
) -> None:
    listener = Listener(invoke)
    listener.speaks("i take atorvastatin and my thighs ache all day")
    urgent = listener.first
    assert listener.view.startswith("medicine_symptom:STATIN"), listener.heard
    listener.speaks("what should i do about that")
    assert listener.first == urgent
    assert urgent.startswith("Contact your doctor or an urgent care clinic today")


def test_what_to_do_about_it_with_nothing_said_before_is_what_helps(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.speaks("what can i do about it")
    assert listener.view == "relief", listener.heard


@pytest.mark.parametrize(
    ("turns", "medicine"),
    [
        (["the surgery started me on a water pill a fortnight ago"], "DIURETIC"),
        (["i have two puffs of fostair morning and evening"], "INHALER"),
        (
            [
                "the surgery started me on a water pill a fortnight ago",
                "am i better off stopping it",
            ],
            None,
        ),
    ],
)
def test_trial_11_medicine_turns_say_do_not_stop(
    invoke: Invoke, turns: list[str], medicine: str | None
) -> None:
    listener = Listener(invoke)
    for words in turns:
        listener.speaks(words)
        assert DO_NOT_STOP.search(listener.first), listener.heard
    if medicine is not None:
        assert listener.view == f"medicine:{medicine}", listener.heard


def test_a_puff_on_an_inhaler_is_the_inhaler_and_leaving_it_off_is_do_not_stop(
    invoke: Invoke,
) -> None:
    # Listener trial 12, C2: "puff" had been heard as breathlessness (911).
    listener = Listener(invoke)
    listener.speaks("i puff on a symbicort morning and night")
    assert listener.view == "medicine:INHALER", listener.heard
    listener.speaks("should i leave it off for a few days")
    assert DO_NOT_STOP.search(listener.first), listener.heard


@pytest.mark.parametrize(
    "turns",
    [
        (
            "the asthma nurse has me on a serevent inhaler twice a day",
            "would it hurt to miss a few doses then",
        ),
        ("would it hurt to miss a few doses",),
        ("would it do any harm if he had a break from it",),  # trial 14, C3
    ],
)
def test_missing_doses_is_answered_with_do_not_stop(invoke: Invoke, turns: tuple[str, ...]) -> None:
    """Trial 13 (C2): "would it hurt to miss a few doses" was not understood, twice, so the
    question the skill exists to answer went unanswered."""
    listener = Listener(invoke)
    for words in turns:
        listener.speaks(words)
        assert DO_NOT_STOP.search(listener.first), listener.heard


def test_a_statin_someone_else_takes_makes_his_aching_legs_same_day(invoke: Invoke) -> None:
    """Trial 13 (C4): "my husband takes pravastatin" was not heard, so "his legs have been
    aching and weak for a week" was booked, not same day (fact sheet 5, statin)."""
    listener = Listener(invoke)
    listener.speaks("my husband takes pravastatin for his cholesterol")
    listener.speaks("his legs have been aching and weak for a week now")
    assert listener.view == "triage:statin-muscle-ache", listener.heard
