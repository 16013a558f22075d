"""Topics: one answer each, with a longer follow-up and tips where the content has them."""

from skill.capability import Capability
from skill.topics.handlers import TopicIntentHandler
from skill.topics.views import AskTopic, TopicAnswer, TopicMore, TopicTips, TopicTipsMore

CAPABILITY = Capability(
    name="topics",
    handlers=(TopicIntentHandler(),),
    views=(TopicAnswer, TopicMore, TopicTips, TopicTipsMore, AskTopic),
)
