"""Typed, frozen records of the advice content, built once per locale from the data files.

The records are ``FrozenValue``s (``skill.dialog.values``): a ``NamedTuple`` class cost about
0.2 ms to create, ten of them 2 ms of every one-shot's cold start.
"""

from collections.abc import Mapping
from enum import StrEnum
from functools import cached_property
from typing import Protocol

from skill.dialog.values import FrozenValue


class TopicId(StrEnum):
    """Stable topic IDs: the public contract with the interaction model's ``CrampTopic`` IDs."""

    DEHYDRATION = "DEHYDRATION"
    MINERALS = "MINERALS"
    OVEREXERTION = "OVEREXERTION"
    CIRCULATION = "CIRCULATION"
    MEDICATION = "MEDICATION"
    NERVE_COMPRESSION = "NERVE_COMPRESSION"
    PREGNANCY = "PREGNANCY"
    AGING = "AGING"
    SLEEP_POSITION = "SLEEP_POSITION"
    STRETCHING = "STRETCHING"
    WARM_BATH = "WARM_BATH"
    MASSAGE = "MASSAGE"
    HEAT_COLD = "HEAT_COLD"
    QUININE = "QUININE"
    PAINKILLERS = "PAINKILLERS"
    RESTLESS_LEGS = "RESTLESS_LEGS"
    SORENESS = "SORENESS"
    CHILDREN = "CHILDREN"
    DURATION = "DURATION"
    FOODS_AND_DRINKS = "FOODS_AND_DRINKS"
    VITAMINS = "VITAMINS"
    EXERCISE_CRAMPS = "EXERCISE_CRAMPS"
    CLAUDICATION = "CLAUDICATION"
    NEUROPATHY = "NEUROPATHY"
    HEALTH_CONDITIONS = "HEALTH_CONDITIONS"
    PICKLE_JUICE = "PICKLE_JUICE"
    BANANAS = "BANANAS"
    CHILD_SUPPLEMENTS = "CHILD_SUPPLEMENTS"
    PREGNANCY_SUPPLEMENTS = "PREGNANCY_SUPPLEMENTS"
    KIDNEY_SUPPLEMENTS = "KIDNEY_SUPPLEMENTS"
    MAGNESIUM_SKIN = "MAGNESIUM_SKIN"
    LEG_RAISING = "LEG_RAISING"
    ALCOHOL_CAFFEINE = "ALCOHOL_CAFFEINE"


class Muscle(StrEnum):
    """Muscles with their own stretch: the interaction model's ``CrampMuscle`` IDs. A bare
    "thigh" (``THIGH``) could be either side, whose stretches go opposite ways: its passage gives
    both briefly, and a cramp happening there now is asked "front or back?" first."""

    CALF = "CALF"
    FOOT = "FOOT"
    THIGH_FRONT = "THIGH_FRONT"
    THIGH_BACK = "THIGH_BACK"
    SHIN = "SHIN"
    THIGH = "THIGH"


class ThighSide(StrEnum):
    """The answer to "front or back of your thigh?": the interaction model's ``ThighSide`` IDs."""

    FRONT = "FRONT"
    BACK = "BACK"

    @property
    def muscle(self) -> Muscle:
        """The muscle on this side of the thigh."""
        return Muscle.THIGH_FRONT if self is ThighSide.FRONT else Muscle.THIGH_BACK


class MedicineId(StrEnum):
    """Medicine groups a listener can ask about: the interaction model's ``CrampMedicine`` IDs."""

    DIURETIC = "DIURETIC"
    STATIN = "STATIN"
    INHALER = "INHALER"
    BLOOD_PRESSURE = "BLOOD_PRESSURE"
    BLOOD_THINNER = "BLOOD_THINNER"
    OTHER = "OTHER"


class Concern(StrEnum):
    """What else is asked with a medicine, when it changes the answer: the interaction model's
    ``MedicineConcern`` IDs ("can I take ibuprofen with Eliquis", "I doubled my water tablets")."""

    EXTRA_DOSE = "EXTRA_DOSE"
    PAINKILLER = "PAINKILLER"
    VITAMIN_K = "VITAMIN_K"
    POTASSIUM = "POTASSIUM"
    SUPPLEMENT = "SUPPLEMENT"
    MASSAGE = "MASSAGE"
    QUININE = "QUININE"  # quinine someone has been prescribed ("my doctor put me on quinine")

    @property
    def topic(self) -> TopicId | None:
        """The topic that answers it when no medicine was named ("can I rub my calf" is the
        massage topic); ``None`` for an extra dose, which is about the medicine itself ("I took
        a double dose by mistake") whether or not it was named, and for quinine, which is a
        prescription of its own ("my doctor put me on quinine"), not the should-I-take-it topic."""
        return _CONCERN_TOPICS.get(self)


_CONCERN_TOPICS = {
    Concern.PAINKILLER: TopicId.PAINKILLERS,
    Concern.VITAMIN_K: TopicId.VITAMINS,
    Concern.POTASSIUM: TopicId.MINERALS,
    Concern.SUPPLEMENT: TopicId.MINERALS,
    Concern.MASSAGE: TopicId.MASSAGE,
}


class SymptomId(StrEnum):
    """Symptoms a listener can report: the interaction model's ``Symptom`` IDs."""

    SWOLLEN = "SWOLLEN"
    RED = "RED"
    WARM = "WARM"
    COLD = "COLD"
    PALE = "PALE"
    BLUE = "BLUE"
    NUMB = "NUMB"
    WEAK = "WEAK"
    BREATHLESS = "BREATHLESS"
    CHEST_PAIN = "CHEST_PAIN"
    COUGHING_BLOOD = "COUGHING_BLOOD"
    TINGLING = "TINGLING"
    BURNING = "BURNING"
    URGE_TO_MOVE = "URGE_TO_MOVE"
    PAIN_ON_WALKING = "PAIN_ON_WALKING"
    REST_PAIN = "REST_PAIN"
    PAIN_NOT_PASSING = "PAIN_NOT_PASSING"
    LONG_CRAMP = "LONG_CRAMP"
    TWITCHING = "TWITCHING"
    WASTING = "WASTING"
    DIRTY_WOUND = "DIRTY_WOUND"
    TOXIN = "TOXIN"
    CRAMPS_ELSEWHERE = "CRAMPS_ELSEWHERE"
    JAW_STIFFNESS = "JAW_STIFFNESS"
    SUDDEN_SEVERE_PAIN = "SUDDEN_SEVERE_PAIN"
    MUSCLE_ACHE = "MUSCLE_ACHE"
    FREQUENT = "FREQUENT"
    SLEEP_LOSS = "SLEEP_LOSS"
    TENDER = "TENDER"
    DARK_URINE = "DARK_URINE"
    LASTING_PAIN = "LASTING_PAIN"
    SWOLLEN_BOTH_LEGS = "SWOLLEN_BOTH_LEGS"
    SUDDEN_NUMB = "SUDDEN_NUMB"  # feeling lost, said as a change ("went numb", "can't feel")
    CANT_MOVE = "CANT_MOVE"  # a foot, toes or leg that will not move
    RASH_NOT_FADING = "RASH_NOT_FADING"  # a rash that stays when pressed (the glass test)
    FEVER = "FEVER"  # changes the advice for a child; the fact sheet gives no adult tier for it


class Situation(StrEnum):
    """Who is asking, when it changes the advice: the model's ``SymptomSituation`` IDs."""

    PREGNANT = "PREGNANT"
    STATIN = "STATIN"
    CHILD = "CHILD"
    IMMOBILE = "IMMOBILE"  # a recent operation, hospital stay or bed rest, or a long journey
    KIDNEY = "KIDNEY"  # kidney disease, or on dialysis


class Tier(StrEnum):
    """How soon to get help. Declared most urgent first; iteration order is the ranking."""

    EMERGENCY = "emergency"
    SAME_DAY = "same_day"
    APPOINTMENT = "appointment"
    SELF_CARE = "self_care"


class Condition(StrEnum):
    """What a set of symptoms might be (a differential, never a diagnosis)."""

    CLOT = "CLOT"
    LUNG_CLOT = "LUNG_CLOT"
    BLOCKED_ARTERY = "BLOCKED_ARTERY"
    CLAUDICATION = "CLAUDICATION"
    REST_PAIN = "REST_PAIN"
    NEUROPATHY = "NEUROPATHY"
    RESTLESS_LEGS = "RESTLESS_LEGS"
    STATIN_MUSCLE = "STATIN_MUSCLE"
    TETANUS = "TETANUS"
    TOXIN = "TOXIN"
    MUSCLE_DAMAGE = "MUSCLE_DAMAGE"
    MUSCLE_PROBLEM = "MUSCLE_PROBLEM"
    NERVE_MUSCLE = "NERVE_MUSCLE"
    LONG_CRAMP = "LONG_CRAMP"
    OTHER_CAUSE = "OTHER_CAUSE"
    NIGHT_CRAMPS = "NIGHT_CRAMPS"
    SORENESS = "SORENESS"
    CHILD_CRAMPS = "CHILD_CRAMPS"
    UNWELL_CHILD = "UNWELL_CHILD"
    CLOT_AFTER_IMMOBILITY = "CLOT_AFTER_IMMOBILITY"
    LASTING_PAIN = "LASTING_PAIN"
    SWELLING_BOTH_LEGS = "SWELLING_BOTH_LEGS"
    KIDNEY_CRAMPS = "KIDNEY_CRAMPS"
    CHILD_FEVER_OR_JOINT = "CHILD_FEVER_OR_JOINT"


class TopicKind(StrEnum):
    """What a topic mainly is: a possible cause, something that helps, or a safety point."""

    CAUSE = "cause"
    HELP = "help"
    SAFETY = "safety"


class Evidence(StrEnum):
    """How strong the evidence behind a topic's main claim is, as the content states it."""

    STRONG = "strong"
    MODERATE = "moderate"
    WEAK = "weak"
    AGAINST = "against"


class Walk(StrEnum):
    """The lists a listener can step through with next / previous."""

    CAUSES = "causes"
    RELIEF = "relief"


class Source(FrozenValue):
    """A published source a passage rests on."""

    name: str
    url: str


class Passage(FrozenValue):
    """One spoken answer: short speech, an optional longer follow-up, and a card for the morning."""

    speech: str
    card: str
    sources: tuple[Source, ...]
    more: str | None = None


class Topic(FrozenValue):
    """A catalogue topic: its answer, and for causes that also have a remedy, the tips."""

    id: TopicId
    title: str
    kind: TopicKind
    evidence: Evidence
    answer: Passage
    tips: Passage | None = None
    child: TopicId | None = None
    """The topic that answers this question when it is asked about a child, if another does."""
    pregnant: TopicId | None = None
    """The topic that answers this question when it is asked in pregnancy, if another does."""
    kidney: TopicId | None = None
    """The topic that answers it for someone with kidney disease or on dialysis, if another does."""

    def for_walk(self, walk: Walk) -> Passage:
        """The passage to speak when this topic comes up while stepping through ``walk``."""
        if walk is Walk.RELIEF and self.tips is not None:
            return self.tips
        return self.answer


class StretchStep(FrozenValue):
    """One step of the guided bedtime routine: what to do, then a counted hold."""

    name: str
    instruction: str
    hold_seconds: int


class Routine(FrozenValue):
    """The guided bedtime stretch routine."""

    title: str
    intro: str
    steps: tuple[StretchStep, ...]
    outro: str
    card: str
    sources: tuple[Source, ...]


class DoctorAdvice(FrozenValue):
    """When to get help, urgent signs first."""

    emergency: Passage
    same_day: Passage
    appointment: Passage


class TierAdvice(FrozenValue):
    """What to do at one tier: the one spoken action sentence (and the same sentence for someone
    asking about a medicine: it adds not to stop or change it on your own), its card line and
    sources."""

    tier: Tier
    action: str
    with_medicine: str
    card: str
    sources: tuple[Source, ...]


class TriageRule(FrozenValue):
    """One rule from the data: all ``symptoms`` (and ``situations``) present → ``tier``."""

    id: str
    symptoms: frozenset[SymptomId]
    situations: frozenset[Situation]
    tier: Tier
    condition: Condition | None
    meanwhile: str


class Triage(FrozenValue):
    """The triage rules and the words they lead to, all from the content file."""

    tiers: Mapping[Tier, TierAdvice]
    conditions: Mapping[Condition, Passage]
    rules: tuple[TriageRule, ...]


class Assessment(FrozenValue):
    """The answer to a set of symptoms: the action first, then what it might be, then meanwhile."""

    tier: Tier
    rule: str
    condition: Condition | None
    speech: tuple[str, ...]
    card: str
    sources: tuple[Source, ...]


class MedicineQuestions(FrozenValue):
    """What a medicine question answers besides the medicine itself: the line said after a
    cramp's stretch to someone on it, and the answer to each concern asked with it."""

    after_stretch: Mapping[MedicineId, Passage]
    """Said after the stretch to someone with a cramp now who named a medicine."""
    concerns: Mapping[Concern, Mapping[MedicineId, Passage]]
    """Per concern: the answer for a medicine group, ``OTHER`` for any group not named."""

    def answer(self, concern: Concern, medicine: MedicineId) -> Passage | None:
        """The answer to ``concern`` asked with ``medicine``; ``None`` when the content has none
        (the medicine's own answer then fits best)."""
        answers = self.concerns.get(concern, {})
        return answers.get(medicine) or answers.get(MedicineId.OTHER)


class ContentSections(Protocol):
    """Builds each content section from a locale's data files (``skill.advice.catalog``)."""

    def causes(self) -> Passage: ...
    def relief(self) -> Passage: ...
    def cramp_now(self) -> Passage: ...
    def doctor(self) -> DoctorAdvice: ...
    def routine(self) -> Routine: ...
    def topics(self) -> Mapping[TopicId, Topic]: ...
    def walks(self) -> Mapping[Walk, tuple[TopicId, ...]]: ...
    def muscles(self) -> Mapping[Muscle, Passage]: ...
    def medicines(self) -> Mapping[MedicineId, Passage]: ...
    def medicine_questions(self) -> MedicineQuestions: ...
    def triage(self) -> Triage: ...


class Content:
    """Everything the skill can say about leg cramps, for one locale. Each section is built the
    first time it is read and never changes after: a request pays only for what it says (a
    walk's overview does not build seventy triage rules)."""

    locale: str
    disclaimer: str
    _sections: ContentSections

    def __init__(self, locale: str, disclaimer: str, sections: ContentSections) -> None:
        object.__setattr__(self, "locale", locale)
        object.__setattr__(self, "disclaimer", disclaimer)
        object.__setattr__(self, "_sections", sections)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"content is frozen: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"content is frozen: cannot delete {name!r}")

    @cached_property
    def causes(self) -> Passage:
        return self._sections.causes()

    @cached_property
    def relief(self) -> Passage:
        return self._sections.relief()

    @cached_property
    def cramp_now(self) -> Passage:
        return self._sections.cramp_now()

    @cached_property
    def doctor(self) -> DoctorAdvice:
        return self._sections.doctor()

    @cached_property
    def routine(self) -> Routine:
        return self._sections.routine()

    @cached_property
    def topics(self) -> Mapping[TopicId, Topic]:
        return self._sections.topics()

    @cached_property
    def walks(self) -> Mapping[Walk, tuple[TopicId, ...]]:
        return self._sections.walks()

    @cached_property
    def muscles(self) -> Mapping[Muscle, Passage]:
        return self._sections.muscles()

    @cached_property
    def medicines(self) -> Mapping[MedicineId, Passage]:
        return self._sections.medicines()

    @cached_property
    def medicine_questions(self) -> MedicineQuestions:
        return self._sections.medicine_questions()

    @cached_property
    def triage(self) -> Triage:
        return self._sections.triage()

    def every_section(self) -> None:
        """Build every section now (a check that the data files are whole)."""
        for name in _SECTIONS:
            getattr(self, name)


_SECTIONS = tuple(
    name for name, value in vars(Content).items() if isinstance(value, cached_property)
)
