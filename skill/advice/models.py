"""Typed, frozen records of the advice content, built once per locale from the data files.

The records are ``FrozenValue``s (``skill.dialog.values``): a ``NamedTuple`` class cost about
0.2 ms to create, ten of them 2 ms of every one-shot's cold start.

Closed sets the code dispatches on (``Tier``, ``Walk``, ``Situation``…) are enums, so mypy checks
each ``match`` is exhaustive. The three large ID sets (topics, symptoms, conditions: 93 IDs) are
only keys into the content, never matched case by case: they are ``NewType`` strings with their
constants on a class (``Topics.CAUSES``) and a reader that refuses any other string
(``as_topic_id``). Building them as ``StrEnum``s cost every one-shot about 12 million
instructions (``valgrind --tool=callgrind``), 5 % of the minimal skill's whole cold start.
"""

from collections.abc import Callable, Mapping
from enum import StrEnum
from functools import cached_property
from typing import Final, NewType, Protocol, TypeVar

from skill.dialog.values import FrozenValue, constants

_Id = TypeVar("_Id", bound=str)


def _parser(ids: tuple[_Id, ...], kind: str) -> Callable[[str], _Id]:
    """Reads a string as one of ``ids`` (the constant itself); ``ValueError`` for any other."""
    known: dict[str, _Id] = {value: value for value in ids}

    def parse(value: str) -> _Id:
        try:
            return known[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a {kind}") from None

    return parse


TopicId = NewType("TopicId", str)
"""Stable topic IDs: the public contract with the interaction model's ``CrampTopic`` IDs."""


class Topics:
    """Every topic ID, as a constant."""

    DEHYDRATION: Final = TopicId("DEHYDRATION")
    MINERALS: Final = TopicId("MINERALS")
    OVEREXERTION: Final = TopicId("OVEREXERTION")
    CIRCULATION: Final = TopicId("CIRCULATION")
    MEDICATION: Final = TopicId("MEDICATION")
    NERVE_COMPRESSION: Final = TopicId("NERVE_COMPRESSION")
    PREGNANCY: Final = TopicId("PREGNANCY")
    AGING: Final = TopicId("AGING")
    SLEEP_POSITION: Final = TopicId("SLEEP_POSITION")
    STRETCHING: Final = TopicId("STRETCHING")
    WARM_BATH: Final = TopicId("WARM_BATH")
    MASSAGE: Final = TopicId("MASSAGE")
    HEAT_COLD: Final = TopicId("HEAT_COLD")
    QUININE: Final = TopicId("QUININE")
    PAINKILLERS: Final = TopicId("PAINKILLERS")
    RESTLESS_LEGS: Final = TopicId("RESTLESS_LEGS")
    SORENESS: Final = TopicId("SORENESS")
    CHILDREN: Final = TopicId("CHILDREN")
    DURATION: Final = TopicId("DURATION")
    FOODS_AND_DRINKS: Final = TopicId("FOODS_AND_DRINKS")
    VITAMINS: Final = TopicId("VITAMINS")
    EXERCISE_CRAMPS: Final = TopicId("EXERCISE_CRAMPS")
    CLAUDICATION: Final = TopicId("CLAUDICATION")
    NEUROPATHY: Final = TopicId("NEUROPATHY")
    HEALTH_CONDITIONS: Final = TopicId("HEALTH_CONDITIONS")
    PICKLE_JUICE: Final = TopicId("PICKLE_JUICE")
    BANANAS: Final = TopicId("BANANAS")
    CHILD_SUPPLEMENTS: Final = TopicId("CHILD_SUPPLEMENTS")
    PREGNANCY_SUPPLEMENTS: Final = TopicId("PREGNANCY_SUPPLEMENTS")
    KIDNEY_SUPPLEMENTS: Final = TopicId("KIDNEY_SUPPLEMENTS")
    MAGNESIUM_SKIN: Final = TopicId("MAGNESIUM_SKIN")
    LEG_RAISING: Final = TopicId("LEG_RAISING")
    ALCOHOL_CAFFEINE: Final = TopicId("ALCOHOL_CAFFEINE")
    CRAMP_TREATMENTS: Final = TopicId("CRAMP_TREATMENTS")
    EXTRA_MAGNESIUM: Final = TopicId("EXTRA_MAGNESIUM")
    DIABETES: Final = TopicId("DIABETES")
    THYROID: Final = TopicId("THYROID")
    LEG_JERKS: Final = TopicId("LEG_JERKS")
    SEASONS: Final = TopicId("SEASONS")
    WALKING_AFTER: Final = TopicId("WALKING_AFTER")
    SOAP: Final = TopicId("SOAP")
    TEENAGERS: Final = TopicId("TEENAGERS")
    HOW_OFTEN: Final = TopicId("HOW_OFTEN")
    TREATMENTS: Final = TopicId("TREATMENTS")  # "is there a cure for night cramps"
    CRAMP_NOT_EASING: Final = TopicId("CRAMP_NOT_EASING")  # "still cramping after I stretched"
    MAGNESIUM_DOSE: Final = TopicId("MAGNESIUM_DOSE")  # "what dose of magnesium should I take"
    HYPNIC_JERKS: Final = TopicId("HYPNIC_JERKS")  # "my legs twitch as I fall asleep"
    PREVALENCE: Final = TopicId("PREVALENCE")  # "how common are night cramps"
    INACTIVITY: Final = TopicId("INACTIVITY")  # "I sit at a desk all day"
    DOCTOR_CARE: Final = TopicId("DOCTOR_CARE")  # "what can a doctor do, blood tests"
    PREVENTION: Final = TopicId("PREVENTION")  # "how do I stop getting cramps"
    AFTER_A_CRAMP: Final = TopicId("AFTER_A_CRAMP")  # "it's easing now, what next"
    STRETCH_HOLD: Final = TopicId("STRETCH_HOLD")  # "how long should I hold the stretch"
    CANT_REACH_FOOT: Final = TopicId("CANT_REACH_FOOT")  # "I can't reach my foot"
    CANT_STRAIGHTEN: Final = TopicId("CANT_STRAIGHTEN")  # "I can't straighten my leg"
    INNER_THIGH: Final = TopicId("INNER_THIGH")  # "my groin is cramping": no sourced position
    # The children's answer, then "what can I do for her".
    CHILD_RELIEF: Final = TopicId("CHILD_RELIEF")
    CHILD_DOCTOR: Final = TopicId("CHILD_DOCTOR")  # … "when should I take him to the doctor"
    GETTING_UP: Final = TopicId("GETTING_UP")  # "should I get up and stand on it"
    TOE_UP: Final = TopicId("TOE_UP")  # "my big toe is stuck sticking up": ease it down


TOPIC_IDS: tuple[TopicId, ...] = tuple(TopicId(value) for value in constants(Topics))
as_topic_id = _parser(TOPIC_IDS, "topic ID")


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
    FLUIDS = "FLUIDS"  # drinking more, for someone whose fluids a doctor may have limited

    @property
    def topic(self) -> TopicId | None:
        """The topic that answers it when no medicine was named ("can I rub my calf" is the
        massage topic); ``None`` for an extra dose, which is about the medicine itself ("I took
        a double dose by mistake") whether or not it was named, and for quinine, which is a
        prescription of its own ("my doctor put me on quinine"), not the should-I-take-it topic."""
        return _CONCERN_TOPICS.get(self)


_CONCERN_TOPICS = {
    Concern.PAINKILLER: Topics.PAINKILLERS,
    Concern.VITAMIN_K: Topics.VITAMINS,
    Concern.POTASSIUM: Topics.MINERALS,
    Concern.SUPPLEMENT: Topics.MINERALS,
    Concern.MASSAGE: Topics.MASSAGE,
    Concern.FLUIDS: Topics.DEHYDRATION,
}


SymptomId = NewType("SymptomId", str)
"""Symptoms a listener can report: the interaction model's ``Symptom`` IDs."""


class Symptoms:
    """Every symptom ID, as a constant."""

    SWOLLEN: Final = SymptomId("SWOLLEN")
    RED: Final = SymptomId("RED")
    WARM: Final = SymptomId("WARM")
    COLD: Final = SymptomId("COLD")
    PALE: Final = SymptomId("PALE")
    BLUE: Final = SymptomId("BLUE")
    NUMB: Final = SymptomId("NUMB")
    WEAK: Final = SymptomId("WEAK")
    BREATHLESS: Final = SymptomId("BREATHLESS")
    CHEST_PAIN: Final = SymptomId("CHEST_PAIN")
    COUGHING_BLOOD: Final = SymptomId("COUGHING_BLOOD")
    TINGLING: Final = SymptomId("TINGLING")
    BURNING: Final = SymptomId("BURNING")
    URGE_TO_MOVE: Final = SymptomId("URGE_TO_MOVE")
    PAIN_ON_WALKING: Final = SymptomId("PAIN_ON_WALKING")
    REST_PAIN: Final = SymptomId("REST_PAIN")
    PAIN_NOT_PASSING: Final = SymptomId("PAIN_NOT_PASSING")
    LONG_CRAMP: Final = SymptomId("LONG_CRAMP")
    TWITCHING: Final = SymptomId("TWITCHING")
    WASTING: Final = SymptomId("WASTING")
    DIRTY_WOUND: Final = SymptomId("DIRTY_WOUND")
    TOXIN: Final = SymptomId("TOXIN")
    CRAMPS_ELSEWHERE: Final = SymptomId("CRAMPS_ELSEWHERE")
    JAW_STIFFNESS: Final = SymptomId("JAW_STIFFNESS")
    SUDDEN_SEVERE_PAIN: Final = SymptomId("SUDDEN_SEVERE_PAIN")
    MUSCLE_ACHE: Final = SymptomId("MUSCLE_ACHE")
    FREQUENT: Final = SymptomId("FREQUENT")
    SLEEP_LOSS: Final = SymptomId("SLEEP_LOSS")
    TENDER: Final = SymptomId("TENDER")
    DARK_URINE: Final = SymptomId("DARK_URINE")
    LASTING_PAIN: Final = SymptomId("LASTING_PAIN")
    SWOLLEN_BOTH_LEGS: Final = SymptomId("SWOLLEN_BOTH_LEGS")
    SUDDEN_NUMB: Final = SymptomId(
        "SUDDEN_NUMB"
    )  # feeling lost, said as a change ("went numb", "can't feel")
    CANT_MOVE: Final = SymptomId("CANT_MOVE")  # a foot, toes or leg that will not move
    # a leg that can't be stood on or take weight: an adult's emergency, a child's same day
    CANT_BEAR_WEIGHT: Final = SymptomId("CANT_BEAR_WEIGHT")
    # a rash that stays when pressed (the glass test)
    RASH_NOT_FADING: Final = SymptomId("RASH_NOT_FADING")
    # changes the advice for a child; the fact sheet gives no adult tier for it
    FEVER: Final = SymptomId("FEVER")
    # leg pain suddenly much worse (with known circulation problems: same day, fact sheet 5)
    SUDDEN_WORSE: Final = SymptomId("SUDDEN_WORSE")
    # a child who limps (routine doctor, fact sheet 9.3); the fact sheet gives no adult tier
    LIMP: Final = SymptomId("LIMP")
    # more pain when the foot is pulled up (flexed): with tenderness, a clot's signs (fact sheet 5)
    FLEX_PAIN: Final = SymptomId("FLEX_PAIN")
    # leg pain or numbness that eases on sitting or bending forward (spinal stenosis, fact sheet 6)
    EASED_SITTING: Final = SymptomId("EASED_SITTING")
    # a child very drowsy or hard to wake, or having a fit (999, fact sheet 9.3); the fact sheet
    # gives no adult tier for either
    DROWSY: Final = SymptomId("DROWSY")
    SEIZURE: Final = SymptomId("SEIZURE")


SYMPTOM_IDS: tuple[SymptomId, ...] = tuple(SymptomId(value) for value in constants(Symptoms))
as_symptom_id = _parser(SYMPTOM_IDS, "symptom ID")


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


Condition = NewType("Condition", str)
"""What a set of symptoms might be (a differential, never a diagnosis)."""


class Conditions:
    """Every condition, as a constant."""

    CLOT: Final = Condition("CLOT")
    LUNG_CLOT: Final = Condition("LUNG_CLOT")
    BLOCKED_ARTERY: Final = Condition("BLOCKED_ARTERY")
    CLAUDICATION: Final = Condition("CLAUDICATION")
    REST_PAIN: Final = Condition("REST_PAIN")
    NEUROPATHY: Final = Condition("NEUROPATHY")
    RESTLESS_LEGS: Final = Condition("RESTLESS_LEGS")
    STATIN_MUSCLE: Final = Condition("STATIN_MUSCLE")
    TETANUS: Final = Condition("TETANUS")
    TOXIN: Final = Condition("TOXIN")
    MUSCLE_DAMAGE: Final = Condition("MUSCLE_DAMAGE")
    MUSCLE_PROBLEM: Final = Condition("MUSCLE_PROBLEM")
    NERVE_MUSCLE: Final = Condition("NERVE_MUSCLE")
    LONG_CRAMP: Final = Condition("LONG_CRAMP")
    OTHER_CAUSE: Final = Condition("OTHER_CAUSE")
    NIGHT_CRAMPS: Final = Condition("NIGHT_CRAMPS")
    SORENESS: Final = Condition("SORENESS")
    CHILD_CRAMPS: Final = Condition("CHILD_CRAMPS")
    UNWELL_CHILD: Final = Condition("UNWELL_CHILD")
    CLOT_AFTER_IMMOBILITY: Final = Condition("CLOT_AFTER_IMMOBILITY")
    LASTING_PAIN: Final = Condition("LASTING_PAIN")
    SWELLING_BOTH_LEGS: Final = Condition("SWELLING_BOTH_LEGS")
    KIDNEY_CRAMPS: Final = Condition("KIDNEY_CRAMPS")
    CHILD_FEVER_OR_JOINT: Final = Condition("CHILD_FEVER_OR_JOINT")
    PREGNANCY_CRAMPS: Final = Condition("PREGNANCY_CRAMPS")
    CHILD_CANT_BEAR_WEIGHT: Final = Condition("CHILD_CANT_BEAR_WEIGHT")
    CHILD_LASTING_PAIN: Final = Condition("CHILD_LASTING_PAIN")
    SPINAL_STENOSIS: Final = Condition("SPINAL_STENOSIS")
    ARTERY_WORSE: Final = Condition("ARTERY_WORSE")


CONDITIONS: tuple[Condition, ...] = tuple(Condition(value) for value in constants(Conditions))
as_condition = _parser(CONDITIONS, "condition")


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
    describes: SymptomId | None = None
    """The symptom a question on this topic describes ("my legs have been achy all week" is
    soreness, a muscle ache): with a situation said before (a statin), that symptom's urgent
    rule comes first."""

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
    visit: Passage  # what to tell the doctor and bring to the appointment
    contact: Passage  # the skill can't contact anyone; the diary's summary can go along
    diary: Passage  # what the diary keeps, and that it can't tell whether it's serious


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
    """One rule from the data: all ``symptoms`` (and ``situations``) present, and none of the
    situations it is ``unless`` → ``tier`` (an adult's emergency that the fact sheet puts
    otherwise for a child, such as a leg that can't take weight, is ``unless`` a child)."""

    id: str
    symptoms: frozenset[SymptomId]
    situations: frozenset[Situation]
    unless: frozenset[Situation]
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
