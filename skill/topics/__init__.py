"""Topics: one answer each, with a longer follow-up and tips where the content has them."""

from skill.capability import Capability, Route
from skill.names import Intent

CAPABILITY = Capability(
    "skill.topics",
    routes=(Route("TopicIntentHandler", (Intent.TOPIC,)),),
    view_kinds=(
        "topic",
        "topic_more",
        "topic_tips",
        "topic_tips_more",
        "ask_topic",
    ),
)
