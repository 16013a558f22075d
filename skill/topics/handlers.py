"""One topic from the catalogue ("is it my statins?", "does magnesium help?")."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.advice.models import Situation, Topics, as_topic_id
from skill.dialog.conversation import heard_words
from skill.handling import IntentHandler, answer, conversation, heard, resolved
from skill.names import Intent, Slot
from skill.symptoms.hearing import (
    CHILD_TOPICS,
    situations_in_context,
    someone_is_a_child,
    urgent_rule,
)
from skill.symptoms.views import TriageAnswer
from skill.topics.views import AskTopic, TopicAnswer

# Words heard as the topic that only point back at what was said before ("is it causing this").
PRONOUNS = frozenset({"it", "that", "this", "them", "they", "those", "these"})


class TopicIntentHandler(IntentHandler):
    """``TopicIntent``: answer the topic; ask which one when none was heard, or when the words
    heard are not in the catalogue (and say so). Red-flag words heard with it come first; a
    question about a child, or asked in pregnancy or with kidney disease, gets the topic's answer
    for children, pregnancy or kidney disease where the content has one ("can I take magnesium
    while pregnant", "I'm on dialysis, can I take magnesium")."""

    intents = (Intent.TOPIC,)

    def handle(self, handler_input: HandlerInput) -> Response:
        topics = conversation(handler_input).content.topics
        topic = resolved(handler_input, Slot.TOPIC, as_topic_id)
        # "I'm on atorvastatin" … "my legs have been achy all week": soreness describes a muscle
        # ache, which on a statin is same day.
        described = topics[topic].describes if topic is not None and topic in topics else None
        rule = urgent_rule(
            handler_input, described=frozenset() if described is None else frozenset({described})
        )
        if rule is not None:
            return answer(handler_input, TriageAnswer(rule.id))
        situations = situations_in_context(handler_input)
        # "My son is six" … "he wakes up with sore legs": "he" is the child talked about.
        about_a_child = Situation.CHILD in situations or someone_is_a_child(handler_input)
        if topic is not None and topic in topics:
            # "Can my eight year old take magnesium?", "can I take magnesium while pregnant?":
            # a child's question, and one asked in pregnancy, have their own answers.
            found = topics[topic].child if about_a_child else None
            if Situation.PREGNANT in situations:
                found = found or topics[topic].pregnant
            if Situation.KIDNEY in situations:  # "I'm on dialysis, can I take magnesium?"
                found = found or topics[topic].kidney
            chosen = found or topic
            # "My son is six" … "he wakes up sore" … "when should I take him to the doctor": a
            # child talked about stays the "him" or "her" of later questions in the session.
            child = frozenset({Situation.CHILD}) if chosen in CHILD_TOPICS else frozenset()
            return answer(handler_input, TopicAnswer(chosen), remember=child)
        if about_a_child and topic is None and Topics.CHILDREN in topics:
            return answer(
                handler_input, TopicAnswer(Topics.CHILDREN), remember=frozenset({Situation.CHILD})
            )
        words = heard_words(heard(handler_input, Slot.TOPIC).words)
        if words.lower() in PRONOUNS:
            # "I'm on a statin" … "is it causing my cramps?": "it" is the medicine talked about.
            from skill.medicines.handlers import medicine_in_context  # noqa: PLC0415
            from skill.medicines.views import MedicineAnswer  # noqa: PLC0415

            medicine = medicine_in_context(handler_input)
            if medicine is not None:  # its answer asks a question: the slot was not matched
                return answer(handler_input, MedicineAnswer(medicine))
        if not words:
            return answer(handler_input, AskTopic())
        said = conversation(handler_input).speech.text("topic.unknown", heard=words)
        return answer(handler_input, AskTopic(), prefix=(said,))
