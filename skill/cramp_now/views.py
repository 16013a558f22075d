"""A cramp happening now: the first words are the stretch that eases it (that muscle's, if
named)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from skill.advice.models import Content, Muscle, Passage
from skill.dialog.conversation import Conversation
from skill.dialog.views import Answer, Said, View
from skill.night_screen import screens
from skill.session.views import Help


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class CrampNow(_Stretch):
    """The stretch, said first; then one short offer of more (the towel, what not to do)."""

    kind: ClassVar[str] = "cramp_now"

    def render(self, talk: Conversation) -> Said:
        passage = self.passage(talk)
        question = None if passage.more is None else "more.question"
        card = talk.card(self.card_title(talk), passage)
        return Said(
            (passage.speech,), question, card=card, effects=(screens.cramp_now(talk, passage),)
        )

    def more(self, talk: Conversation) -> View | None:
        return CrampNowMore(self.muscle) if self.passage(talk).more is not None else None


@dataclass(frozen=True)
class CrampNowMore(_Stretch):
    """The longer follow-up: the towel, what not to do, getting up safely."""

    kind: ClassVar[str] = "cramp_now_more"

    def render(self, talk: Conversation) -> Said:
        passage = self.passage(talk)
        spoken = passage.more or passage.speech
        return Said((spoken,), card=talk.card(self.card_title(talk), passage))

    def more(self, talk: Conversation) -> View | None:
        return None


VIEW_CLASSES: tuple[type[View], ...] = (
    CrampNow,
    CrampNowMore,
)
