"""What a person describing symptoms hears: the tier's action first, then what it might be, then
what to do meanwhile."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar, assert_never

from skill.advice.models import Content, Muscle, Passage, Tier, TriageRule
from skill.advice.triage import explain, rule_named
from skill.dialog.conversation import Conversation
from skill.dialog.reply import Card
from skill.dialog.views import Answer, Said, View
from skill.night_screen import screens
from skill.session.views import Help


def follow_up(tier: Tier) -> tuple[str | None, View | None]:
    """What a triage answer of ``tier`` offers next (a speech key), and what "yes" to it is.
    After "call now" or "get help today" nothing keeps someone talking to a speaker; after a
    booking, what to tell the doctor; after advice to ease it at home, the signs that need help
    straight away. The session stays open, so "should I get him looked at?" keeps its context."""
    from skill.doctor.views import DoctorUrgent, DoctorVisit  # noqa: PLC0415

    match tier:
        case Tier.EMERGENCY | Tier.SAME_DAY:
            return None, None
        case Tier.APPOINTMENT:
            return "symptoms.visit_question", DoctorVisit()
        case Tier.SELF_CARE:
            return "doctor.warning_signs_question", DoctorUrgent()
        case _:
            assert_never(tier)


class TriageAnswer(Answer):
    """The answer of one triage rule (stored by its ID, so "repeat" says it again)."""

    kind: ClassVar[str] = "triage"
    # Nothing follows the action and its reasons: "Call 911 now" is not softened by a
    # general-information line (the skill's description carries the disclaimer).
    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = True
    rule: str

    def arguments(self) -> tuple[str, ...]:
        return (self.rule,)

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if len(arguments) != 1 or rule_named(content.triage, arguments[0]) is None:
            return None
        return cls(arguments[0])

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(rule.id) for rule in content.triage.rules)

    def _rule(self, talk: Conversation) -> TriageRule:
        rule = rule_named(talk.content.triage, self.rule)
        assert rule is not None  # parse() and every() only make rules that exist
        return rule

    def render(self, talk: Conversation) -> Said:
        assessment = explain(talk.content.triage, self._rule(talk))
        title = talk.speech.text(f"card.title.tier.{assessment.tier.value}")
        card = Card(title, talk.card_text(assessment.card, assessment.sources))
        shown = Passage(" ".join(assessment.speech), assessment.card, assessment.sources)
        screen = screens.triage(talk, ((assessment.tier, shown),))
        question, _ = follow_up(assessment.tier)
        return Said(assessment.speech, question, card=card, effects=(screen,))

    def after_yes(self, talk: Conversation) -> View:
        return self.more(talk) or Help()

    def more(self, talk: Conversation) -> View | None:
        return follow_up(self._rule(talk).tier)[1]


class WhatYouFeel(Answer):
    """A muscle described with words that named none of our symptoms ("my foot feels strange"):
    one short question, what is happening there, before any advice. The stretch would be the
    wrong help for a foot that will not move or has gone cold, and "call now" the wrong first
    words for a cramp, so the answer says which: "it's cramping" is that muscle's stretch, "it
    won't move" the emergency. Nothing comes before the question (no disclaimer: the answer that
    follows says it)."""

    kind: ClassVar[str] = "what_you_feel"
    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = True
    muscle: Muscle

    def arguments(self) -> tuple[str, ...]:
        return (self.muscle.value,)

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if len(arguments) != 1 or arguments[0] not in Muscle.__members__:
            return None
        return cls(Muscle(arguments[0]))

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(muscle) for muscle in Muscle)

    def render(self, talk: Conversation) -> Said:
        """The question; the card, for the morning, holds the signs that need help now, then
        that muscle's stretch."""
        urgent, stretch = talk.content.doctor.emergency, talk.content.muscles[self.muscle]
        text = talk.card_text(f"{urgent.card}\n\n{stretch.card}", urgent.sources + stretch.sources)
        card = Card(talk.speech.text("card.title.what_you_feel"), text)
        return Said((), "symptoms.what_you_feel", "symptoms.what_you_feel_reprompt", card=card)

    def after_yes(self, talk: Conversation) -> View:
        """A "yes" names nothing: ask again."""
        return self

    def more(self, talk: Conversation) -> View | None:
        return None


VIEW_CLASSES: tuple[type[View], ...] = (TriageAnswer, WhatYouFeel)
