from __future__ import annotations

import pytest

from skill.advice.catalog import load_content
from skill.advice.models import TOPIC_IDS, MedicineId, Muscle, Topics, Walk
from skill.locales import SHIPPED_LOCALES


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_every_topic_loads_for_every_shipped_locale(locale: str) -> None:
    content = load_content(locale)
    assert set(content.topics) == set(TOPIC_IDS)
    for topic_id, topic in content.topics.items():
        assert topic.id is topic_id
        assert topic.answer.speech and topic.answer.card and topic.answer.sources
        assert "{" not in topic.answer.speech, "placeholders are filled at load time"


def test_british_english_overrides_the_base_and_keeps_the_rest() -> None:
    us, gb = load_content("en-US"), load_content("en-GB")
    assert us.doctor.emergency.speech != gb.doctor.emergency.speech
    assert gb.topics[Topics.STRETCHING].title
    assert gb.locale == "en-GB"
    assert us.locale == "en"


def test_an_unknown_locale_gets_the_english_default() -> None:
    assert load_content("xx-YY") is load_content(None) is load_content("en")


def test_content_is_loaded_once_per_set_of_files() -> None:
    assert load_content("en-US") is load_content("en-CA")


def test_content_records_are_frozen() -> None:
    content = load_content("en-US")
    with pytest.raises(AttributeError):
        content.disclaimer = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        content.causes = content.relief  # type: ignore[misc]
    with pytest.raises(TypeError):
        content.topics[Topics.QUININE] = content.topics[Topics.STRETCHING]  # type: ignore[index]


def test_walks_reach_the_six_causes_and_eight_relief_steps() -> None:
    content = load_content("en-US")
    causes = set(content.walks[Walk.CAUSES])
    relief = set(content.walks[Walk.RELIEF])
    assert {
        Topics.DEHYDRATION,
        Topics.MINERALS,
        Topics.OVEREXERTION,
        Topics.CIRCULATION,
        Topics.MEDICATION,
        Topics.NERVE_COMPRESSION,
    } <= causes
    assert {
        Topics.STRETCHING,
        Topics.DEHYDRATION,
        Topics.MINERALS,
        Topics.WARM_BATH,
        Topics.MASSAGE,
        Topics.HEAT_COLD,
        Topics.MEDICATION,
        Topics.CIRCULATION,
    } <= relief
    for topic_id in relief:
        topic = content.topics[topic_id]
        assert topic.for_walk(Walk.RELIEF) is (topic.tips or topic.answer)


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_every_muscle_loads_with_its_stretch(locale: str) -> None:
    content = load_content(locale)
    assert set(content.muscles) == set(Muscle)
    for passage in content.muscles.values():
        assert passage.speech and passage.card and passage.sources and passage.more
        assert "{" not in passage.speech + passage.card + passage.more
    calf = content.muscles[Muscle.CALF].speech
    assert calf.split(".")[0] == content.cramp_now.speech.split(".")[0]


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_every_medicine_loads_and_opens_with_keep_taking_it(locale: str) -> None:
    content = load_content(locale)
    assert set(content.medicines) == set(MedicineId)
    for passage in content.medicines.values():
        assert passage.speech.startswith("Don't stop or change")
        assert "pharmacist" in passage.speech.split(".")[0]
        assert "{" not in passage.speech + passage.card + (passage.more or "")


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_every_section_of_every_locale_builds(locale: str) -> None:
    content = load_content(locale)
    content.every_section()  # sections are built on first read; here all at once
    assert content.triage.rules and content.topics and content.routine.steps
