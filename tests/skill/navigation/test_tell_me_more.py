"""Every stored passage can be heard by voice: from each thing a person can ask, "tell me more",
"yes" and "next" reach every passage and every follow-up in the content (a walk over real
requests through the real handler)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from skill.advice.catalog import load_content
from skill.advice.models import TOPIC_IDS, MedicineId, Muscle, Topics, TriageRule
from skill.names import Intent
from tests.conftest import Invoke
from tests.support.content_facts import every_passage
from tests.support.listener import Listener, match

CONTENT = load_content("en-US")
FOLLOW_UPS = ("More", "Yes", "Next")
SYMPTOM_SLOTS = ("symptom", "symptomTwo", "symptomThree")


def described(rule: TriageRule) -> dict[str, str]:
    """The slots of a SymptomIntent that says exactly ``rule``'s symptoms and situation."""
    slots = dict(zip(SYMPTOM_SLOTS, sorted(rule.symptoms), strict=False))
    for situation in rule.situations:
        slots["situation"] = situation
    return slots


def openings(invoke: Invoke) -> Iterator[Listener]:
    """One listener per thing a person can ask first."""
    asks: list[tuple[str, dict[str, str]]] = [
        (Intent.CAUSES, {}),
        (Intent.RELIEF, {}),
        (Intent.CRAMP_NOW, {}),
        (Intent.SEE_DOCTOR, {}),
        (Intent.STRETCH, {}),
        *((Intent.CRAMP_NOW, {"muscle": m.value}) for m in Muscle),
        *((Intent.TOPIC, {"topic": t}) for t in TOPIC_IDS),
        *((Intent.MEDICINE, {"medicine": m.value}) for m in MedicineId),
        *((Intent.CRAMP_NOW, {"medicine": m.value}) for m in MedicineId),
        *(
            (Intent.MEDICINE, {"medicine": m.value, "concern": c.value})
            for c, answers in CONTENT.medicine_questions.concerns.items()
            for m in answers
        ),
        *((Intent.SYMPTOM, described(rule)) for rule in CONTENT.triage.rules),
    ]
    for intent, slots in asks:
        listener = Listener(invoke)
        listener.says(intent, **{name: match(value) for name, value in slots.items()})
        yield listener


def test_every_passage_and_follow_up_is_reachable_by_voice(invoke: Invoke) -> None:
    heard: list[str] = []
    seen: set[str] = set()
    queue: deque[str] = deque()
    for listener in openings(invoke):
        heard.append(listener.heard)
        if not listener.ended and listener.view and listener.view not in seen:
            seen.add(listener.view)
            queue.append(listener.view)
    while queue:
        view = queue.popleft()
        for follow_up in FOLLOW_UPS:
            listener = Listener(invoke)
            listener.factory.attributes = {"view": view, "disclaimed": True}
            listener.factory.new_session = False
            listener.says(follow_up)
            heard.append(listener.heard)
            if not listener.ended and listener.view and listener.view not in seen:
                seen.add(listener.view)
                queue.append(listener.view)
    everything = "\n".join(heard)
    unheard = [
        f"{name} ({part})"
        for name, passage in every_passage(CONTENT)
        for part, text in (("speech", passage.speech), ("more", passage.more))
        if text is not None and text not in everything
    ]
    assert unheard == []


def test_tell_me_more_through_a_topic_then_nothing_more(invoke: Invoke) -> None:
    for topic in CONTENT.topics.values():
        listener = Listener(invoke)
        listener.says("TopicIntent", topic=match(topic.id))
        expected = [topic.answer.more, topic.tips and topic.tips.speech]
        expected += [topic.tips.more if topic.tips else None]
        for text in filter(None, expected):
            assert not listener.ended, topic.id
            listener.says("More")
            assert listener.heard.startswith(text), topic.id
        if not listener.ended:
            listener.says("More")
            assert listener.view == "no_more", topic.id


def test_go_on_after_a_topic_is_its_next_passage_not_no_list(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("TopicIntent", topic=match("MINERALS"))
    listener.says("Next")
    assert listener.heard.startswith(CONTENT.topics[Topics.MINERALS].answer.more or "")


def test_more_with_nothing_said_yet_says_so_and_asks(invoke: Invoke) -> None:
    listener = Listener(invoke)
    listener.says("More")
    assert listener.view == "no_more"
    assert not listener.ended
