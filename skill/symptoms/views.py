"""What a person describing symptoms hears: the tier's action first, then what it might be, then
what to do meanwhile."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from skill.advice.models import Content, Passage
from skill.advice.triage import explain, rule_named
from skill.dialog.conversation import Conversation
from skill.dialog.reply import Card
from skill.dialog.views import Said, View
from skill.night_screen import screens
from skill.session.views import Complete


@dataclass(frozen=True)
class TriageAnswer(Complete):
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

    def render(self, talk: Conversation) -> Said:
        rule = rule_named(talk.content.triage, self.rule)
        assert rule is not None  # parse() and every() only make rules that exist
        assessment = explain(talk.content.triage, rule)
        title = talk.speech.text(f"card.title.tier.{assessment.tier.value}")
        card = Card(title, talk.card_text(assessment.card, assessment.sources))
        shown = Passage(" ".join(assessment.speech), assessment.card, assessment.sources)
        screen = screens.triage(talk, ((assessment.tier, shown),))
        return Said(assessment.speech, card=card, effects=(screen,))


VIEW_CLASSES: tuple[type[View], ...] = (TriageAnswer,)
