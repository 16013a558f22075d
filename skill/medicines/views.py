"""Medicine questions: whatever is asked, the first sentence says not to stop or change it on
your own (in the same sentence as the action a symptom named with it needs, or as the answer to
what was asked with it: a painkiller, vitamin K, potassium, an extra dose …)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from skill.advice.models import Concern, Content, MedicineId
from skill.advice.triage import explain, rule_named
from skill.dialog.conversation import Conversation
from skill.dialog.reply import Card
from skill.dialog.views import Answer, Said, View
from skill.session.views import Help


class _AboutMedicine(Answer):
    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True
    medicine: MedicineId

    def arguments(self) -> tuple[str, ...]:
        return (self.medicine.value,)

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if len(arguments) != 1 or arguments[0] not in MedicineId.__members__:
            return None
        return cls(MedicineId(arguments[0]))

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(medicine) for medicine in MedicineId)

    def card(self, talk: Conversation) -> Card:
        passage = talk.content.medicines[self.medicine]
        title = talk.speech.text(f"card.title.medicine.{self.medicine.value}")
        return talk.card(title, passage)

    def after_yes(self, talk: Conversation) -> View:
        return self.more(talk) or Help()


class MedicineAnswer(_AboutMedicine):
    """"Can I stop my water pill?": don't stop or change it on your own; ask first."""

    kind: ClassVar[str] = "medicine"

    def render(self, talk: Conversation) -> Said:
        passage = talk.content.medicines[self.medicine]
        question = None if passage.more is None else "more.question"
        return Said((passage.speech,), question, card=self.card(talk))

    def more(self, talk: Conversation) -> View | None:
        has_more = talk.content.medicines[self.medicine].more is not None
        return MedicineMore(self.medicine) if has_more else None


class MedicineMore(_AboutMedicine):
    """The longer follow-up on one medicine group."""

    kind: ClassVar[str] = "medicine_more"

    def render(self, talk: Conversation) -> Said:
        passage = talk.content.medicines[self.medicine]
        return Said((passage.more or passage.speech,), card=self.card(talk))

    def more(self, talk: Conversation) -> View | None:
        return None


class MedicineWithSymptom(Answer):
    """A medicine question that also names a symptom ("my statin makes my muscles ache"): one
    sentence with the tier's action and "don't stop or change it on your own", then what it
    might be and what to do meanwhile; "tell me more" gives the medicine's own answer."""

    kind: ClassVar[str] = "medicine_symptom"
    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True
    medicine: MedicineId
    rule: str

    def arguments(self) -> tuple[str, ...]:
        return (self.medicine.value, self.rule)

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if len(arguments) != 2 or arguments[0] not in MedicineId.__members__:
            return None
        if rule_named(content.triage, arguments[1]) is None:
            return None
        return cls(MedicineId(arguments[0]), arguments[1])

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(medicine, rule.id) for medicine in MedicineId for rule in content.triage.rules)

    def render(self, talk: Conversation) -> Said:
        triage = talk.content.triage
        rule = rule_named(triage, self.rule)
        assert rule is not None  # parse() and every() only make rules that exist
        assessment = explain(triage, rule)
        first = triage.tiers[assessment.tier].with_medicine
        title = talk.speech.text(f"card.title.tier.{assessment.tier.value}")
        card = Card(title, talk.card_text(assessment.card, assessment.sources))
        return Said((first, *assessment.speech[1:]), "more.question", card=card)

    def after_yes(self, talk: Conversation) -> View:
        return MedicineAnswer(self.medicine)

    def more(self, talk: Conversation) -> View | None:
        return MedicineAnswer(self.medicine)


class MedicineConcernAnswer(Answer):
    """Something asked with a medicine ("can I take ibuprofen with Eliquis?", "I doubled my
    water tablets"): the content's answer for that concern and medicine group (or for any
    group), whose first sentence also says not to stop or change the medicine on your own;
    "tell me more" gives the medicine's own answer."""

    kind: ClassVar[str] = "medicine_concern"
    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True
    concern: Concern
    medicine: MedicineId

    def arguments(self) -> tuple[str, ...]:
        return (self.concern.value, self.medicine.value)

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if len(arguments) != 2 or arguments[0] not in Concern.__members__:
            return None
        if arguments[1] not in MedicineId.__members__:
            return None
        concern, medicine = Concern(arguments[0]), MedicineId(arguments[1])
        if content.medicine_questions.answer(concern, medicine) is None:
            return None
        return cls(concern, medicine)

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        questions = content.medicine_questions
        return (
            cls(concern, medicine)
            for concern in Concern
            for medicine in MedicineId
            if questions.answer(concern, medicine) is not None
        )

    def render(self, talk: Conversation) -> Said:
        passage = talk.content.medicine_questions.answer(self.concern, self.medicine)
        assert passage is not None  # parse() and every() only make answers that exist
        title = talk.speech.text(f"card.title.concern.{self.concern.value}")
        return Said((passage.speech,), "more.question", card=talk.card(title, passage))

    def after_yes(self, talk: Conversation) -> View:
        return MedicineAnswer(self.medicine)

    def more(self, talk: Conversation) -> View | None:
        return MedicineAnswer(self.medicine)


VIEW_CLASSES: tuple[type[View], ...] = (
    MedicineAnswer,
    MedicineMore,
    MedicineWithSymptom,
    MedicineConcernAnswer,
)
