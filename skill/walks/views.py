"""The causes and relief overviews, and the walks through their topics one at a time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar, assert_never

from skill.advice.models import Content, Passage, Walk
from skill.dialog.conversation import Conversation
from skill.dialog.views import PlainAnswer, Said, View, index
from skill.stretch_routine.views import RoutineStretch

# The middle stops of a walk rotate through this many headings and questions, so a listener
# does not hear the same frame at every stop (``walk.heading.middle0`` …).
PHRASINGS = 3
# The stored form of a stop's longer follow-up, heard with "tell me more" inside the walk.
DETAIL = "more"


class Overview(PlainAnswer):
    """A short overview that offers to walk through its topics."""

    walk: ClassVar[Walk]
    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True

    def render(self, talk: Conversation) -> Said:
        passage = overview_passage(talk.content, self.walk)
        card = talk.card(talk.speech.text(f"card.title.{self.walk.value}"), passage)
        return Said((passage.speech,), "walk.start_question", card=card)

    def after_yes(self, talk: Conversation) -> View:
        return WalkStop(self.walk, 0)

    def more(self, talk: Conversation) -> View | None:
        if overview_passage(talk.content, self.walk).more is None:
            return WalkStop(self.walk, 0)
        return CausesMore() if self.walk is Walk.CAUSES else ReliefMore()

    def move(self, talk: Conversation, delta: int) -> View | None:
        """"Next" after the overview starts the walk."""
        return WalkStop(self.walk, 0) if delta > 0 else None


def overview_passage(content: Content, walk: Walk) -> Passage:
    """The overview that introduces ``walk``."""
    match walk:
        case Walk.CAUSES:
            return content.causes
        case Walk.RELIEF:
            return content.relief
        case _:
            assert_never(walk)


class OverviewMore(PlainAnswer):
    """The overview's longer follow-up; still offers the walk."""

    walk: ClassVar[Walk]
    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True

    def render(self, talk: Conversation) -> Said:
        passage = overview_passage(talk.content, self.walk)
        card = talk.card(talk.speech.text(f"card.title.{self.walk.value}"), passage)
        return Said((passage.more or passage.speech,), "walk.start_question", card=card)

    def after_yes(self, talk: Conversation) -> View:
        return WalkStop(self.walk, 0)

    def more(self, talk: Conversation) -> View | None:
        """After the whole overview, more is the walk itself."""
        return WalkStop(self.walk, 0)

    def move(self, talk: Conversation, delta: int) -> View | None:
        return WalkStop(self.walk, 0) if delta > 0 else None


class CausesOverview(Overview):
    """Why night cramps happen."""

    kind: ClassVar[str] = "causes"
    walk: ClassVar[Walk] = Walk.CAUSES


class ReliefOverview(Overview):
    """What helps."""

    kind: ClassVar[str] = "relief"
    walk: ClassVar[Walk] = Walk.RELIEF


class CausesMore(OverviewMore):
    """More on why night cramps happen."""

    kind: ClassVar[str] = "causes_more"
    walk: ClassVar[Walk] = Walk.CAUSES


class ReliefMore(OverviewMore):
    """More on what helps."""

    kind: ClassVar[str] = "relief_more"
    walk: ClassVar[Walk] = Walk.RELIEF


def offer_after(walk: Walk) -> View:
    """What the end of ``walk`` offers: what helps after the causes, a stretch after relief."""
    match walk:
        case Walk.CAUSES:
            return ReliefOverview()
        case Walk.RELIEF:
            return RoutineStretch(0)
        case _:
            assert_never(walk)


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


class WalkStop(_InWalk):
    """One topic of a walk: "Number 3 of 9: …"; with ``detail``, that topic's longer follow-up
    ("tell me more" at that stop), still inside the walk: "next" goes on to the next stop."""

    kind: ClassVar[str] = "walk"
    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True
    walk: Walk
    position: int
    detail: bool = False

    def arguments(self) -> tuple[str, ...]:
        stop = (self.walk.value, str(self.position))
        return (*stop, DETAIL) if self.detail else stop

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if len(arguments) not in (2, 3) or arguments[0] not in Walk.__members__.values():
            return None
        walk, position = Walk(arguments[0]), index(arguments[1])
        if position is None or position >= len(content.walks[walk]):
            return None
        if len(arguments) == 2:
            return cls(walk, position)
        if arguments[2] != DETAIL or _stop_passage(content, walk, position).more is None:
            return None
        return cls(walk, position, detail=True)

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        for walk in Walk:
            for i in range(len(content.walks[walk])):
                yield cls(walk, i)
                if _stop_passage(content, walk, i).more is not None:
                    yield cls(walk, i, detail=True)

    def render(self, talk: Conversation) -> Said:
        topic_ids = talk.content.walks[self.walk]
        topic = talk.content.topics[topic_ids[self.position]]
        passage = topic.for_walk(self.walk)
        card = talk.card(topic.title, passage)
        total = len(topic_ids)
        last = self.position + 1 == total
        if self.detail:
            said = passage.more or passage.speech
            if last:
                closing = talk.speech.text(f"walk.closing.{self.walk.value}")
                return Said((said, closing), f"walk.offer.{self.walk.value}", card=card)
            question = f"walk.next_question{self.position % PHRASINGS}"
            return Said((said,), question, "walk.next_reprompt", card)
        if last:
            heading = talk.speech.text("walk.heading.last", title=topic.title)
            closing = talk.speech.text(f"walk.closing.{self.walk.value}")
            question = f"walk.offer.{self.walk.value}"
            return Said((heading, passage.speech, closing), question, card=card)
        # The first heading names what is counted ("There are 10 possible causes"), not "There
        # are 10." alone.
        variant = (
            f"first.{self.walk.value}"
            if self.position == 0
            else f"middle{self.position % PHRASINGS}"
        )
        heading = talk.speech.text(
            f"walk.heading.{variant}", position=self.position + 1, total=total, title=topic.title
        )
        question = f"walk.next_question{self.position % PHRASINGS}"
        return Said((heading, passage.speech), question, "walk.next_reprompt", card)

    def after_yes(self, talk: Conversation) -> View:
        if self.position + 1 == len(talk.content.walks[self.walk]):
            return offer_after(self.walk)
        return self._at(talk, self.position + 1)

    def more(self, talk: Conversation) -> View | None:
        """This stop's longer follow-up, inside the walk, where it has one; else the next stop."""
        passage = _stop_passage(talk.content, self.walk, self.position)
        if not self.detail and passage.more is not None:
            return WalkStop(self.walk, self.position, detail=True)
        return self._at(talk, self.position + 1)

    def move(self, talk: Conversation, delta: int) -> View | None:
        return self._at(talk, self.position + delta)

    def resume(self, talk: Conversation) -> View | None:
        return self


def _stop_passage(content: Content, walk: Walk, position: int) -> Passage:
    """The passage a walk speaks at ``position``: the topic's tips in the relief walk, if any."""
    return content.topics[content.walks[walk][position]].for_walk(walk)


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

    def more(self, talk: Conversation) -> View | None:
        """The walk is over: nothing more."""
        return None


VIEW_CLASSES: tuple[type[View], ...] = (
    CausesOverview,
    CausesMore,
    ReliefOverview,
    ReliefMore,
    WalkStop,
    WalkEnd,
)
