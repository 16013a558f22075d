"""A cramp happening now: the first words are the stretch that eases it (that muscle's, if
named). A bare "thigh" could be either side, whose stretches go opposite ways, so the first
words there are one short question: "Is it the front or the back of your thigh?"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from skill.advice.models import Content, Muscle, Passage, ThighSide
from skill.dialog.conversation import Conversation
from skill.dialog.views import Answer, Said, View
from skill.night_screen import screens
from skill.session.views import Help

# Muscle words that name more than one stretch: the listener is asked which side first.
ASKED_WHICH_SIDE = frozenset({Muscle.THIGH})


class _Stretch(Answer):
    """What to do for a cramp in ``muscle`` (the calf, with a line on the others, if none)."""

    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True
    muscle: Muscle | None = None

    def arguments(self) -> tuple[str, ...]:
        return () if self.muscle is None else (self.muscle.value,)

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if not arguments:
            return cls()
        if len(arguments) != 1 or arguments[0] not in Muscle.__members__:
            return None
        return cls(Muscle(arguments[0]))

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(), *(cls(muscle) for muscle in Muscle))

    def passage(self, talk: Conversation) -> Passage:
        """The named muscle's stretch, or the all-purpose cramp-now passage."""
        if self.muscle is None:
            return talk.content.cramp_now
        return talk.content.muscles[self.muscle]

    def card_title(self, talk: Conversation) -> str:
        key = "cramp_now" if self.muscle is None else f"muscle.{self.muscle.value}"
        return talk.speech.text(f"card.title.{key}")

    def after_yes(self, talk: Conversation) -> View:
        return self.more(talk) or Help()


def cramp_now(muscle: Muscle | None) -> CrampNow:
    """What a cramp happening now in ``muscle`` hears first: its stretch, or which side."""
    return WhichSide(muscle) if muscle in ASKED_WHICH_SIDE else CrampNow(muscle)


class CrampNow(_Stretch):
    """The stretch, said first; then one short offer of more (the towel, what not to do)."""

    kind: ClassVar[str] = "cramp_now"

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        found = super().parse(arguments, content)
        return cramp_now(found.muscle) if isinstance(found, CrampNow) else None

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cramp_now(None), *(cramp_now(muscle) for muscle in Muscle))

    def render(self, talk: Conversation) -> Said:
        passage = self.passage(talk)
        question = None if passage.more is None else "more.question"
        card = talk.card(self.card_title(talk), passage)
        return Said(
            (passage.speech,), question, card=card, effects=(screens.cramp_now(talk, passage),)
        )

    def more(self, talk: Conversation) -> View | None:
        return CrampNowMore(self.muscle) if self.passage(talk).more is not None else None


class WhichSide(CrampNow):
    """A cramp in the thigh, side not said: "Is it the front or the back of your thigh?" and
    nothing before it (no disclaimer: the next answer is the stretch, and it says it). The
    answer comes back as ``ThighSideIntent`` ("the back"), or as ``CrampNowIntent`` naming the
    side's muscle ("my hamstring"); a bare "back" is Alexa's built-in ``AMAZON.PreviousIntent``,
    so "previous" after the question is the back of the thigh.

    Stored as ``cramp_now:THIGH``: ``CrampNow.parse`` makes this class for that muscle, so it
    needs no registration of its own. The card holds both stretches for the morning."""

    speaks_disclaimer: ClassVar[bool] = False

    def render(self, talk: Conversation) -> Said:
        card = talk.card(self.card_title(talk), self.passage(talk))
        return Said((), "cramp_now.which_thigh", "cramp_now.which_thigh_reprompt", card=card)

    def after_yes(self, talk: Conversation) -> View:
        """"Yes" is no side: ask again."""
        return self

    def more(self, talk: Conversation) -> View | None:
        """Both stretches, briefly, then the rest (the passage a bare thigh has)."""
        return CrampNowMore(self.muscle)

    def move(self, talk: Conversation, delta: int) -> View | None:
        """"Back" (heard as "previous") is the back of the thigh."""
        return CrampNow(ThighSide.BACK.muscle) if delta < 0 else None


class CrampNowMore(_Stretch):
    """The longer follow-up: the towel, what not to do, getting up safely."""

    kind: ClassVar[str] = "cramp_now_more"

    def render(self, talk: Conversation) -> Said:
        passage = self.passage(talk)
        if self.muscle in ASKED_WHICH_SIDE:
            # After "front or back?", more is both stretches (never said yet), then the rest.
            spoken: tuple[str, ...] = (passage.speech, *filter(None, (passage.more,)))
        else:
            spoken = (passage.more or passage.speech,)
        return Said(spoken, card=talk.card(self.card_title(talk), passage))

    def more(self, talk: Conversation) -> View | None:
        return None


VIEW_CLASSES: tuple[type[View], ...] = (
    CrampNow,
    CrampNowMore,
)
