"""A cramp happening now: the first words are the stretch that eases it (that muscle's, if
named). A bare "thigh" could be either side, whose stretches go opposite ways, so the first
words there are one short question: "Is it the front or the back of your thigh?". A medicine
named with the cramp ("I'm on Lasix and my calf is cramping") gets its line after the stretch:
don't stop or change it on your own, ask whether it could be the cause. A child's cramp ("my
seven year old woke up screaming, her calf was cramping") gets the children's line after it:
night cramps are rare under eight, and what needs checking."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from skill.advice.models import (
    Conditions,
    Content,
    MedicineId,
    Muscle,
    Passage,
    ThighSide,
    Topics,
)
from skill.dialog.conversation import Conversation
from skill.dialog.reply import Card
from skill.dialog.views import Answer, Said, View
from skill.medicines.views import MedicineAnswer
from skill.night_screen import screens
from skill.session.views import Help

# Muscle words that name more than one stretch: the listener is asked which side first.
ASKED_WHICH_SIDE = frozenset({Muscle.THIGH})
# The last argument of a child's cramp: ``kind:MUSCLE:MEDICINE:CHILD`` (either may be empty).
CHILD = "CHILD"


class _Stretch(Answer):
    """What to do for a cramp in ``muscle`` (the calf, with a line on the others, if none), for
    someone on ``medicine`` if they named one, and for a ``child``.

    Stored as ``kind``, ``kind:MUSCLE``, or ``kind:MUSCLE:MEDICINE`` (``kind::MEDICINE`` with no
    muscle named); a child's as ``kind:MUSCLE:MEDICINE:CHILD``, either of the two maybe empty."""

    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True
    muscle: Muscle | None = None
    medicine: MedicineId | None = None
    child: bool = False

    def arguments(self) -> tuple[str, ...]:
        muscle = () if self.muscle is None else (self.muscle.value,)
        if self.child:
            medicine = "" if self.medicine is None else self.medicine.value
            return (*(muscle or ("",)), medicine, CHILD)
        if self.medicine is None:
            return muscle
        return (*(muscle or ("",)), self.medicine.value)

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        child = len(arguments) == 3 and arguments[2] == CHILD
        if child:  # a child's form names both, either maybe empty
            named, given = arguments[0], arguments[1]
            arguments = (named, given) if given else ((named,) if named else ())
        if not arguments:
            return cls(child=child)
        muscle, *rest = arguments
        if len(rest) > 1 or any(name not in MedicineId.__members__ for name in rest):
            return None
        medicine = MedicineId(rest[0]) if rest else None
        if muscle == "" and medicine is not None:
            return cls(None, medicine, child)
        return cls(Muscle(muscle), medicine, child) if muscle in Muscle.__members__ else None

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        muscles = (None, *Muscle)
        return (
            cls(m, medicine, child)
            for child in (False, True)
            for medicine in (None, *MedicineId)
            for m in muscles
        )

    def passage(self, talk: Conversation) -> Passage:
        """The named muscle's stretch, or the all-purpose cramp-now passage."""
        if self.muscle is None:
            return talk.content.cramp_now
        return talk.content.muscles[self.muscle]

    def medicine_line(self, talk: Conversation) -> Passage | None:
        """What is said after the stretch to someone on ``medicine``; ``None`` with none named."""
        if self.medicine is None:
            return None
        return talk.content.medicine_questions.after_stretch[self.medicine]

    def child_line(self, talk: Conversation) -> Passage | None:
        """What is said after the stretch about a child's cramp (the children's triage
        condition: rare under eight, what needs checking); ``None`` for an adult's."""
        if not self.child:
            return None
        condition = talk.content.triage.conditions[Conditions.CHILD_CRAMPS]
        return Passage(condition.speech, condition.card, condition.sources)

    def said_first(self, talk: Conversation) -> Passage:
        """The stretch, then the medicine's line and the child's (cards and sources too), as one
        passage."""
        passage = self.passage(talk)
        for line in (self.medicine_line(talk), self.child_line(talk)):
            if line is not None:
                passage = passage.replace(
                    speech=f"{passage.speech} {line.speech}",
                    card=f"{passage.card} {line.card}",
                    sources=(*passage.sources, *line.sources),
                )
        return passage

    def medicine_answer(self) -> View | None:
        """The medicine's own answer, the last thing "tell me more" reaches."""
        return None if self.medicine is None else MedicineAnswer(self.medicine)

    def still_cramping(self) -> View | None:
        """What a calf cramp (or one with no muscle named) still going after its stretch hears:
        keep the stretch or press the heel down, and over ten minutes get help today. Another
        muscle's is its own stretch again (``None`` here)."""
        if self.muscle not in (None, Muscle.CALF) or self.child:
            return None
        from skill.topics.views import TopicAnswer  # noqa: PLC0415 - topics import this module

        return TopicAnswer(Topics.CRAMP_NOT_EASING)

    def card_title(self, talk: Conversation) -> str:
        key = "cramp_now" if self.muscle is None else f"muscle.{self.muscle.value}"
        return talk.speech.text(f"card.title.{key}")

    def after_yes(self, talk: Conversation) -> View:
        return self.more(talk) or Help()


def cramp_now(
    muscle: Muscle | None, medicine: MedicineId | None = None, child: bool = False
) -> CrampNow:
    """What a cramp happening now in ``muscle`` hears first: its stretch (then the line for
    ``medicine``, if one was named, and a child's), or which side."""
    if muscle in ASKED_WHICH_SIDE:
        return WhichSide(muscle, medicine, child)
    return CrampNow(muscle, medicine, child)


class CrampNow(_Stretch):
    """The stretch, said first, then the medicine's line if one was named; then one short offer
    of more (the towel, what not to do; then the medicine's own answer).

    Someone in pain now hears nothing between the stretch and the offer: the general-information
    line is on the card, and is said after the next answer of the session (the end of "more")."""

    kind: ClassVar[str] = "cramp_now"
    speaks_disclaimer: ClassVar[bool] = False

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        found = super().parse(arguments, content)
        if not isinstance(found, CrampNow):
            return None
        return cramp_now(found.muscle, found.medicine, found.child)

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        muscles = (None, *Muscle)
        return (
            cramp_now(m, medicine, child)
            for child in (False, True)
            for medicine in (None, *MedicineId)
            for m in muscles
        )

    def render(self, talk: Conversation) -> Said:
        passage = self.said_first(talk)
        question = None if self.more(talk) is None else "more.question"
        body = f"{passage.card}\n\n{talk.content.disclaimer}"
        card = Card(self.card_title(talk), talk.card_text(body, passage.sources))
        return Said(
            (passage.speech,), question, card=card, effects=(screens.cramp_now(talk, passage),)
        )

    def more(self, talk: Conversation) -> View | None:
        if self.passage(talk).more is not None:
            return CrampNowMore(self.muscle, self.medicine, self.child)
        return self.medicine_answer()


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
        """ "Yes" is no side: ask again."""
        return self

    def more(self, talk: Conversation) -> View | None:
        """Both stretches, briefly, then the rest (the passage a bare thigh has)."""
        return CrampNowMore(self.muscle, self.medicine, self.child)

    def move(self, talk: Conversation, delta: int) -> View | None:
        """ "Back" (heard as "previous") is the back of the thigh."""
        return CrampNow(ThighSide.BACK.muscle, self.medicine, self.child) if delta < 0 else None


class CrampNowMore(_Stretch):
    """The longer follow-up: the towel, what not to do, getting up safely; then the medicine's
    own answer, if one was named."""

    kind: ClassVar[str] = "cramp_now_more"

    def render(self, talk: Conversation) -> Said:
        passage = self.said_first(talk)
        question: str | None = "more.question"
        reprompt: str | None = None
        if self.more(talk) is None:
            # The last of the cramp's advice: the session stays open for the cramp that hasn't
            # let go ("yes", "it's not stopping"), where the calf's next step is known.
            still = self.still_cramping() is not None
            question = "cramp_now.still_cramping" if still else None
            reprompt = "cramp_now.still_cramping_reprompt" if still else None
        if self.muscle in ASKED_WHICH_SIDE:
            # After "front or back?", more is both stretches (never said yet), the medicine's
            # line, then the rest.
            spoken: tuple[str, ...] = (passage.speech, *filter(None, (passage.more,)))
        else:
            spoken = (passage.more or passage.speech,)
        return Said(spoken, question, reprompt, card=talk.card(self.card_title(talk), passage))

    def more(self, talk: Conversation) -> View | None:
        return self.medicine_answer()

    def after_yes(self, talk: Conversation) -> View:
        """ "Yes" to "Is it still cramping?": the next step for a cramp that won't ease."""
        return self.more(talk) or self.still_cramping() or Help()


# A stretch said for a cramp (the answer or its follow-up): "it's still going" means that muscle.
Stretch = _Stretch

VIEW_CLASSES: tuple[type[View], ...] = (
    CrampNow,
    CrampNowMore,
)
