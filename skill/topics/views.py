"""One topic from the catalogue: its answer, the longer follow-up, and its tips."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Iterable, Sequence
from typing import ClassVar

from skill.advice.models import TOPIC_IDS, Content, Passage, Topic, TopicId, as_topic_id
from skill.dialog.conversation import Conversation
from skill.dialog.views import Answer, PlainAnswer, Said, View
from skill.night_screen import screens
from skill.session.views import Complete, Help


def tips_question(topic: Topic) -> str | None:
    """The offer of ``topic``'s tips, naming what they are about ("Would you like to hear about
    foods and supplements?"): a clear yes or no, where "some tips on that" left "that" unclear."""
    return None if topic.tips is None else f"topic.tips.{topic.id}.question"


class _TopicPart(Answer):
    """A passage of one topic; which passage is the subclass's business."""

    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True
    topic: TopicId

    def arguments(self) -> tuple[str, ...]:
        return (self.topic,)

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if len(arguments) != 1 or arguments[0] not in TOPIC_IDS:
            return None
        topic = content.topics.get(as_topic_id(arguments[0]))
        return cls(topic.id) if topic is not None and cls.exists(topic) else None

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(topic.id) for topic in content.topics.values() if cls.exists(topic))

    @classmethod
    @abstractmethod
    def exists(cls, topic: Topic) -> bool:
        """Whether ``topic`` has this part."""

    @abstractmethod
    def passage(self, topic: Topic) -> tuple[Passage, str]:
        """The passage this part is from, and what of it is spoken."""

    def render(self, talk: Conversation) -> Said:
        topic = talk.content.topics[self.topic]
        passage, spoken = self.passage(topic)
        question = self.next_question(topic)
        shown = (screens.topic(talk, topic.title, spoken, passage),)
        return Said((spoken,), question, card=talk.card(topic.title, passage), effects=shown)

    @abstractmethod
    def next_question(self, topic: Topic) -> str | None:
        """What this part offers next, as a speech key."""


class TopicAnswer(_TopicPart):
    """The topic's short answer; offers more, else the tips."""

    kind: ClassVar[str] = "topic"

    @classmethod
    def exists(cls, topic: Topic) -> bool:
        return True

    def passage(self, topic: Topic) -> tuple[Passage, str]:
        return topic.answer, topic.answer.speech

    def next_question(self, topic: Topic) -> str | None:
        if topic.answer.more is not None:
            return "more.question"
        return tips_question(topic)

    def after_yes(self, talk: Conversation) -> View:
        return self.more(talk) or Help()

    def more(self, talk: Conversation) -> View | None:
        topic = talk.content.topics[self.topic]
        if topic.answer.more is not None:
            return TopicMore(self.topic)
        return TopicTips(self.topic) if topic.tips is not None else None


class TopicMore(_TopicPart):
    """The answer's longer follow-up; offers the tips."""

    kind: ClassVar[str] = "topic_more"

    @classmethod
    def exists(cls, topic: Topic) -> bool:
        return topic.answer.more is not None

    def passage(self, topic: Topic) -> tuple[Passage, str]:
        return topic.answer, topic.answer.more or topic.answer.speech

    def next_question(self, topic: Topic) -> str | None:
        return tips_question(topic)

    def after_yes(self, talk: Conversation) -> View:
        return self.more(talk) or Help()

    def more(self, talk: Conversation) -> View | None:
        topic = talk.content.topics[self.topic]
        return TopicTips(self.topic) if topic.tips is not None else None


class TopicTips(_TopicPart):
    """What to do about it."""

    kind: ClassVar[str] = "topic_tips"

    @classmethod
    def exists(cls, topic: Topic) -> bool:
        return topic.tips is not None

    def passage(self, topic: Topic) -> tuple[Passage, str]:
        assert topic.tips is not None  # parse() and every() only make tips that exist
        return topic.tips, topic.tips.speech

    def next_question(self, topic: Topic) -> str | None:
        return "more.question" if topic.tips and topic.tips.more is not None else None

    def after_yes(self, talk: Conversation) -> View:
        return self.more(talk) or Help()

    def more(self, talk: Conversation) -> View | None:
        topic = talk.content.topics[self.topic]
        has_more = topic.tips is not None and topic.tips.more is not None
        return TopicTipsMore(self.topic) if has_more else None


class TopicTipsMore(_TopicPart, Complete):
    """The tips' longer follow-up: the last passage of a topic."""

    kind: ClassVar[str] = "topic_tips_more"

    @classmethod
    def exists(cls, topic: Topic) -> bool:
        return topic.tips is not None and topic.tips.more is not None

    def passage(self, topic: Topic) -> tuple[Passage, str]:
        assert topic.tips is not None and topic.tips.more is not None  # see exists()
        return topic.tips, topic.tips.more

    def next_question(self, topic: Topic) -> str | None:
        return None


class AskTopic(PlainAnswer):
    """Which topic? (asked when none was heard, or one the catalogue does not have)."""

    kind: ClassVar[str] = "ask_topic"
    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = True

    def render(self, talk: Conversation) -> Said:
        return Said((), "topic.ask", "topic.ask_reprompt")

    def after_yes(self, talk: Conversation) -> View:
        """ "Yes" is no topic: ask again."""
        return self

    def more(self, talk: Conversation) -> View | None:
        """No topic was said yet."""
        return None


VIEW_CLASSES: tuple[type[View], ...] = (
    TopicAnswer,
    TopicMore,
    TopicTips,
    TopicTipsMore,
    AskTopic,
)
