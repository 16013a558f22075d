"""What tests check the content against: each locale's emergency number and same-day service as
spoken, and every stored passage of a content file by its address."""

from __future__ import annotations

from collections.abc import Iterator

from skill.advice.models import Content, Passage

# What each shipped locale's emergency and same-day sentences must say.
EMERGENCY_NUMBERS = {
    "en-US": "nine one one",
    "en-CA": "nine one one",
    "en-GB": "nine nine nine",
    "en-AU": "triple zero",
    "en-IN": "one one two",
}
SAME_DAY_SERVICES = {
    "en-US": "your doctor or an urgent care clinic",
    "en-CA": "your doctor or an urgent care clinic",
    "en-GB": "your GP or NHS one one one",
    "en-AU": "your GP or an after-hours clinic",
    "en-IN": "your doctor or the nearest hospital",
}


def every_passage(content: Content) -> Iterator[tuple[str, Passage]]:
    """Every stored passage, named by where it sits in the content file."""
    yield "causes", content.causes
    yield "relief", content.relief
    yield "cramp_now", content.cramp_now
    yield "doctor.emergency", content.doctor.emergency
    yield "doctor.same_day", content.doctor.same_day
    yield "doctor.appointment", content.doctor.appointment
    for topic_id, topic in content.topics.items():
        yield f"topics.{topic_id}.answer", topic.answer
        if topic.tips is not None:
            yield f"topics.{topic_id}.tips", topic.tips
    for muscle, passage in content.muscles.items():
        yield f"muscles.{muscle}", passage
    for medicine, passage in content.medicines.items():
        yield f"medicines.{medicine}", passage
    questions = content.medicine_questions
    for medicine, passage in questions.after_stretch.items():
        yield f"medicine_questions.after_stretch.{medicine}", passage
    for concern, answers in questions.concerns.items():
        for medicine, passage in answers.items():
            yield f"medicine_questions.concerns.{concern}.{medicine}", passage
    for condition, passage in content.triage.conditions.items():
        yield f"triage.conditions.{condition}", passage
