"""The causes and relief overviews, and the walks through their topics one at a time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from skill.advice.models import Content, Walk
from skill.dialog.conversation import Conversation
from skill.dialog.views import PlainAnswer, Said, View, index


@dataclass(frozen=True)
class Overview(PlainAnswer):
    """A short overview that offers to walk through its topics."""

    walk: ClassVar[Walk]
    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True

    def render(self, talk: Conversation) -> Said:
        passage = talk.content.causes if self.walk is Walk.CAUSES else talk.content.relief
        card = talk.card(talk.speech.text(f"card.title.{self.walk.value}"), passage)
        return Said((passage.speech,), "walk.start_question", card=card)

    def after_yes(self, talk: Conversation) -> View:
        return WalkStop(self.walk, 0)

    def move(self, talk: Conversation, delta: int) -> View | None:
        """"Next" after the overview starts the walk."""
        return WalkStop(self.walk, 0) if delta > 0 else None


@dataclass(frozen=True)
class CausesOverview(Overview):
    """Why night cramps happen."""

    kind: ClassVar[str] = "causes"
    walk: ClassVar[Walk] = Walk.CAUSES


@dataclass(frozen=True)
class ReliefOverview(Overview):
    """What helps."""

    kind: ClassVar[str] = "relief"
    walk: ClassVar[Walk] = Walk.RELIEF


class _InWalk(View):
    """Shared moves of the views inside a walk."""

    walk: Walk

    def _at(self, talk: Conversation, position: int) -> View:
        last = len(talk.content.walks[self.walk]) - 1
        if position > last:
            return WalkEnd(self.walk)
        return WalkStop(self.walk, max(position, 0))

    def restart(self, talk: Conversation) -> View | None:
        return WalkStop(self.walk, 0)

    def pause(self, talk: Conversation) -> View | None:
        """Pausing a walk ends the session (it can be asked for again)."""
        return None


@dataclass(frozen=True)
class WalkStop(_InWalk):
    """One topic of a walk: "Number 3 of 9: …"."""

    kind: ClassVar[str] = "walk"
    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True
    walk: Walk
    position: int

    def arguments(self) -> tuple[str, ...]:
        return (self.walk.value, str(self.position))

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if len(arguments) != 2 or arguments[0] not in Walk.__members__.values():
            return None
        walk, position = Walk(arguments[0]), index(arguments[1])
        if position is None or position >= len(content.walks[walk]):
            return None
        return cls(walk, position)

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(walk, i) for walk in Walk for i in range(len(content.walks[walk])))

    def render(self, talk: Conversation) -> Said:
        topic_ids = talk.content.walks[self.walk]
        topic = talk.content.topics[topic_ids[self.position]]
        passage = topic.for_walk(self.walk)
        heading = talk.speech.text(
            "walk.position", position=self.position + 1, total=len(topic_ids), title=topic.title
        )
        question = "walk.next_question" if self.position + 1 < len(topic_ids) else None
        card = talk.card(topic.title, passage)
        return Said((heading, passage.speech), question, "walk.next_reprompt", card)

    def after_yes(self, talk: Conversation) -> View:
        return self._at(talk, self.position + 1)

    def move(self, talk: Conversation, delta: int) -> View | None:
        return self._at(talk, self.position + delta)

    def resume(self, talk: Conversation) -> View | None:
        return self


@dataclass(frozen=True)
class WalkEnd(_InWalk):
    """The end of a walk, with an offer to start again."""

    kind: ClassVar[str] = "walk_end"
    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True
    walk: Walk

    def arguments(self) -> tuple[str, ...]:
        return (self.walk.value,)

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if len(arguments) != 1 or arguments[0] not in Walk.__members__.values():
            return None
        return cls(Walk(arguments[0]))

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(walk) for walk in Walk)

    def render(self, talk: Conversation) -> Said:
        return Said((talk.speech.text("walk.end"),), "walk.again_question")

    def after_yes(self, talk: Conversation) -> View:
        return WalkStop(self.walk, 0)

    def move(self, talk: Conversation, delta: int) -> View | None:
        return self._at(talk, len(talk.content.walks[self.walk]) + delta)

    def resume(self, talk: Conversation) -> View | None:
        """The walk is over: nothing to resume."""
        return None
