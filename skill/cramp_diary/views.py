"""What the diary says: a cramp logged, the leg added, a summary with its card, deletions, and
the answers to input that cannot be stored. Each view carries its figures (never an ID), so
"repeat" says it again without reading the store."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from enum import StrEnum
from typing import ClassVar, TypeVar

from skill.advice.models import Assessment, Content, Muscle, Passage, Symptoms
from skill.advice.triage import assess
from skill.dialog.conversation import Conversation
from skill.dialog.reply import Card
from skill.dialog.views import PlainAnswer, Said, View, index
from skill.diary.entries import Field, Leg, Problem
from skill.diary.summary import NightPart, NudgeReason, Trend
from skill.night_screen import screens
from skill.session.views import Complete
from skill.speech.ssml import to_plain

NONE = "-"
JUST_NOW = -1  # ``ago`` of a cramp logged as happening now (else whole nights back, 0 = tonight)
UNCLEAR = "unclear"  # a slot Alexa heard but could not resolve or read
_E = TypeVar("_E", bound=StrEnum)


class Scope(StrEnum):
    """The ``DiaryScope`` slot type's IDs."""

    LAST = "LAST"
    ALL = "ALL"


class Action(StrEnum):
    """What the diary could not do when the store failed."""

    SAVE = "save"
    READ = "read"
    DELETE = "delete"


class Span(StrEnum):
    """How a summary names its period: as the request said it ("this week", "last week", "this
    month", "in October"), else by its nights ("the last 7 nights") or its dates. A week or a
    month so far is "this week" or "this month", never "the last 29 nights"."""

    NIGHTS = "nights"  # the last N nights up to tonight
    DATES = "dates"  # nights named by their dates
    THIS_WEEK = "this_week"
    LAST_WEEK = "last_week"
    THIS_MONTH = "this_month"
    MONTH = "month"  # a past month, by its name
    THIS_YEAR = "this_year"


# -- stored forms ----------------------------------------------------------------------------


def _opt(value: object | None) -> str:
    return NONE if value is None else str(value)


def _member(raw: str, kind: type[_E]) -> _E | None:
    return kind(raw) if raw in {member.value for member in kind} else None


def _number(raw: str, *, allow_minus_one: bool = False) -> int | None:
    if allow_minus_one and raw == str(JUST_NOW):
        return JUST_NOW
    return index(raw)


def _optional_number(raw: str) -> tuple[bool, int | None]:
    """(well formed, value) for a stored optional number (``JUST_NOW`` allowed)."""
    if raw == NONE:
        return True, None
    value = _number(raw, allow_minus_one=True)
    return value is not None, value


# -- phrases shared by the views ---------------------------------------------------------------


def _long_cramp_first(talk: Conversation) -> tuple[tuple[str, ...], Card]:
    """The same-day advice for a cramp that lasted over ten minutes, and its card."""
    urgent = long_cramp_advice(talk)
    title = talk.speech.text(f"card.title.tier.{urgent.tier.value}")
    return urgent.speech, Card(title, talk.card_text(urgent.card, urgent.sources))


def when_phrase(talk: Conversation, ago: int) -> str:
    """ "just now", "earlier tonight", "last night", "3 nights ago"."""
    if ago == JUST_NOW:
        return talk.speech.text("diary.when.now")
    if ago == 0:
        return talk.speech.text("diary.when.tonight")
    if ago == 1:
        return talk.speech.text("diary.when.last_night")
    return talk.speech.text("diary.when.nights_ago", nights=ago)


def _what(talk: Conversation, count: int) -> str:
    if count == 1:
        return talk.speech.text("diary.what.one")
    return talk.speech.text("diary.what.many", count=count)


def _where(talk: Conversation, leg: Leg | None, muscle: Muscle | None) -> str:
    if leg is not None and muscle is not None:
        name = talk.speech.text(f"diary.muscle.{muscle.value}")
        return talk.speech.text(f"diary.where.{leg.value}.muscle", muscle=name)
    if leg is not None:
        return talk.speech.text(f"diary.where.{leg.value}")
    if muscle is not None:
        name = talk.speech.text(f"diary.muscle.{muscle.value}")
        return talk.speech.text("diary.where.muscle", muscle=name)
    return ""


def amount(talk: Conversation, seconds: int) -> str:
    """ "40 seconds", "a minute", "5 minutes", "an hour"."""
    if seconds < 60:
        return talk.speech.text("diary.seconds", seconds=seconds)
    minutes = round(seconds / 60)
    if minutes == 1:
        return talk.speech.text("diary.minute")
    if minutes < 60:
        return talk.speech.text("diary.minutes", minutes=minutes)
    return talk.speech.text("diary.hour")


def date_phrase(talk: Conversation, day: date) -> str:
    """A calendar day as the locale says it ("Monday 3 March", "Monday, March 3")."""
    return talk.speech.text(
        "diary.date",
        weekday=talk.speech.text(f"diary.weekday.{day.weekday()}"),
        day=day.day,
        month=talk.speech.text(f"diary.month.{day.month}"),
    )


def long_cramp_advice(talk: Conversation) -> Assessment:
    """What the triage rules say about a cramp that has lasted too long (same-day help)."""
    found = assess(talk.content.triage, {Symptoms.LONG_CRAMP})
    assert found is not None  # the content's triage has a rule for every symptom (tested)
    return found


def _advice(talk: Conversation, muscle: Muscle | None) -> Passage:
    """What to do for a cramp now: the muscle's own stretch where there is one."""
    found = talk.content.muscles.get(muscle) if muscle is not None else None
    return found or talk.content.cramp_now


class _DiaryAnswer(Complete):
    """Diary answers stand alone: "yes" after them (with no question) is a request for help."""

    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = True


# -- logging ---------------------------------------------------------------------------------


class Logged(_DiaryAnswer):
    """A cramp saved: one short sentence, after the stretch when it may still be happening, and
    at most one question ("Which leg?")."""

    kind: ClassVar[str] = "diary_logged"
    count: int
    ago: int
    leg: Leg | None = None
    muscle: Muscle | None = None
    duration_seconds: int | None = None
    ask_leg: bool = False
    help_first: bool = False
    muscle_unheard: bool = False
    long_first: bool = False  # a cramp over the long-cramp limit, just now: same-day help first

    def arguments(self) -> tuple[str, ...]:
        return (
            str(self.count),
            str(self.ago),
            _opt(self.leg),
            _opt(self.muscle),
            _opt(self.duration_seconds),
            str(int(self.ask_leg)),
            str(int(self.help_first)),
            str(int(self.muscle_unheard)),
            str(int(self.long_first)),
        )

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if len(arguments) != 9:
            return None
        count, ago, leg, muscle, duration, ask, first, unheard, long = arguments
        number, when = index(count), _number(ago, allow_minus_one=True)
        good, seconds = _optional_number(duration)
        flags = [raw in ("0", "1") for raw in (ask, first, unheard, long)]
        legs, muscles = _member(leg, Leg), _member(muscle, Muscle)
        if (
            number is None
            or not 1 <= number <= 99
            or when is None
            or not good
            or not all(flags)
            or (legs is None and leg != NONE)
            or (muscles is None and muscle != NONE)
        ):
            return None
        return cls(
            number,
            when,
            legs,
            muscles,
            seconds,
            ask == "1",
            first == "1",
            unheard == "1",
            long == "1",
        )

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (
            cls(1, JUST_NOW),
            cls(1, JUST_NOW, muscle=Muscle.CALF, ask_leg=True, help_first=True),
            cls(2, 1, Leg.RIGHT, Muscle.FOOT, 300),
            cls(1, 0, Leg.BOTH, None, 45, muscle_unheard=True, ask_leg=False),
            cls(3, 4, Leg.LEFT, Muscle.THIGH_BACK, 3600),
            cls(1, JUST_NOW, duration_seconds=1200, long_first=True),
        )

    def render(self, talk: Conversation) -> Said:
        speech: list[str] = []
        card = None
        if self.long_first:
            said, card = _long_cramp_first(talk)
            speech.extend(said)
        elif self.help_first:
            passage = _advice(talk, self.muscle)
            speech.append(passage.speech)
            card = talk.card(talk.speech.text("card.title.cramp_now"), passage)
        lasting = ""
        if self.duration_seconds is not None:
            lasting = talk.speech.text("diary.lasting", amount=amount(talk, self.duration_seconds))
        speech.append(
            talk.speech.text(
                "diary.logged",
                what=_what(talk, self.count),
                where=_where(talk, self.leg, self.muscle),
                when=when_phrase(talk, self.ago),
                lasting=lasting,
            )
        )
        if self.muscle_unheard:
            speech.append(talk.speech.text("diary.muscle_unheard"))
        if self.ask_leg:
            return Said(
                tuple(speech), "diary.which_leg.question", "diary.which_leg.reprompt", card=card
            )
        if self.more(talk) is not None:
            # The stretch was said first: the session stays open for the rest of it.
            return Said(tuple(speech), "more.question", card=card)
        return Said(tuple(speech), card=card)

    def more(self, talk: Conversation) -> View | None:
        """After the stretch said first, "tell me more" is the rest of it (the towel, what not
        to do, getting up safely), as after a cramp-now answer."""
        if not self.help_first or self.long_first or _advice(talk, self.muscle).more is None:
            return None
        from skill.cramp_now.views import CrampNowMore  # noqa: PLC0415 - only after a stretch

        return CrampNowMore(self.muscle)

    def after_yes(self, talk: Conversation) -> View:
        return self.more(talk) or super().after_yes(talk)


class LegAdded(_DiaryAnswer):
    """The answer to "Which leg?" added to the entry just logged."""

    kind: ClassVar[str] = "diary_leg_added"
    leg: Leg

    def arguments(self) -> tuple[str, ...]:
        return (self.leg.value,)

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        leg = _member(arguments[0], Leg) if len(arguments) == 1 else None
        return None if leg is None else cls(leg)

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(leg) for leg in Leg)

    def render(self, talk: Conversation) -> Said:
        leg = talk.speech.text(f"diary.your_leg.{self.leg.value}")
        return Said((talk.speech.text("diary.leg_added", leg=leg),))


class LengthAdded(_DiaryAnswer):
    """How long it lasted, said straight after logging a cramp, added to that entry."""

    kind: ClassVar[str] = "diary_length_added"
    seconds: int

    def arguments(self) -> tuple[str, ...]:
        return (str(self.seconds),)

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        seconds = index(arguments[0]) if len(arguments) == 1 else None
        return None if seconds is None else cls(seconds)

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(40), cls(300), cls(3600))

    def render(self, talk: Conversation) -> Said:
        lasting = amount(talk, self.seconds)
        return Said((talk.speech.text("diary.length_added", amount=lasting),))


# Which slot-value problems have an answer: the entry's own checks, and a slot not made out.
REFUSALS: Mapping[Field, tuple[str, ...]] = {
    Field.WHEN: (Problem.IN_FUTURE.value, Problem.TOO_OLD.value, UNCLEAR),
    Field.DURATION: (Problem.TOO_LONG.value, Problem.TOO_SHORT.value, UNCLEAR),
    Field.COUNT: (Problem.TOO_MANY.value, Problem.TOO_FEW.value, UNCLEAR),
}


class NotSaved(_DiaryAnswer):
    """Something said could not be right (a five-hour cramp, a date to come, 40 cramps) or was
    not made out: nothing is stored, and the answer says why."""

    kind: ClassVar[str] = "diary_refused"
    field: Field
    problem: str
    help_first: bool = False

    def arguments(self) -> tuple[str, ...]:
        return (self.field.value, self.problem, str(int(self.help_first)))

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if len(arguments) != 3 or arguments[2] not in ("0", "1"):
            return None
        field = _member(arguments[0], Field)
        if field is None or arguments[1] not in REFUSALS.get(field, ()):
            return None
        return cls(field, arguments[1], arguments[2] == "1")

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (
            cls(field, problem, first)
            for field, problems in REFUSALS.items()
            for problem in problems
            for first in (False, True)
        )

    def render(self, talk: Conversation) -> Said:
        speech: list[str] = []
        card = None
        if self.help_first and (self.field, self.problem) == (Field.DURATION, Problem.TOO_LONG):
            # Too long to log, and it was just now: same-day help for a long cramp comes first.
            said, card = _long_cramp_first(talk)
            speech.extend(said)
        elif self.help_first:
            passage = talk.content.cramp_now
            speech.append(passage.speech)
            card = talk.card(talk.speech.text("card.title.cramp_now"), passage)
        speech.append(talk.speech.text(f"diary.refused.{self.field.value}.{self.problem}"))
        return Said(tuple(speech), card=card)


class Unavailable(_DiaryAnswer):
    """The store failed (or there is none): the advice still comes first, then one sentence."""

    kind: ClassVar[str] = "diary_unavailable"
    action: Action
    help_first: bool = False
    muscle: Muscle | None = None

    def arguments(self) -> tuple[str, ...]:
        return (self.action.value, str(int(self.help_first)), _opt(self.muscle))

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if len(arguments) != 3 or arguments[1] not in ("0", "1"):
            return None
        action, muscle = _member(arguments[0], Action), _member(arguments[2], Muscle)
        if action is None or (muscle is None and arguments[2] != NONE):
            return None
        return cls(action, arguments[1] == "1", muscle)

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (
            *(cls(action) for action in Action),
            cls(Action.SAVE, True),
            cls(Action.SAVE, True, Muscle.FOOT),
        )

    def render(self, talk: Conversation) -> Said:
        speech: list[str] = []
        card = None
        if self.help_first:
            passage = _advice(talk, self.muscle)
            speech.append(passage.speech)
            card = talk.card(talk.speech.text("card.title.cramp_now"), passage)
        speech.append(talk.speech.text(f"diary.unavailable.{self.action.value}"))
        return Said(tuple(speech), card=card)


# -- the summary -----------------------------------------------------------------------------

_LEG_CODES = {Leg.LEFT: "L", Leg.RIGHT: "R", Leg.BOTH: "B"}
_MUSCLE_CODES = {
    Muscle.CALF: "C",
    Muscle.FOOT: "F",
    Muscle.THIGH_FRONT: "T",
    Muscle.THIGH_BACK: "H",
    Muscle.SHIN: "S",
    Muscle.THIGH: "G",
}
_PART_CODES = {
    NightPart.EVENING: "e",
    NightPart.SMALL_HOURS: "s",
    NightPart.EARLY_MORNING: "m",
    NightPart.DAYTIME: "d",
}
_TREND_CODES = {
    Trend.NONE: "0",
    Trend.NO_EARLIER: "n",
    Trend.MORE: "m",
    Trend.FEWER: "f",
    Trend.SIMILAR: "s",
}
# "1" and "0" are the stored forms of the flag this replaced (the last nights; dates).
_SPAN_CODES = {
    Span.NIGHTS: "1",
    Span.DATES: "0",
    Span.THIS_WEEK: "w",
    Span.LAST_WEEK: "l",
    Span.THIS_MONTH: "m",
    Span.MONTH: "M",
    Span.THIS_YEAR: "y",
}
# Spans shorter or longer than what they are compared with by name: "the same number of nights".
_COMPARED_BY_COUNT = frozenset({Span.THIS_WEEK, Span.THIS_MONTH, Span.MONTH, Span.THIS_YEAR})
_NUDGE_CODES = {
    NudgeReason.LONG_CRAMP: "l",
    NudgeReason.WEEKLY_FOR_WEEKS: "w",
    NudgeReason.MOST_NIGHTS: "n",
    NudgeReason.GETTING_WORSE: "g",
}
_K = TypeVar("_K")


def _code(codes: Mapping[_K, str], value: _K | None) -> str:
    return NONE if value is None else codes[value]


def _decode(codes: Mapping[_K, str], raw: str) -> tuple[bool, _K | None]:
    if raw == NONE:
        return True, None
    found = [key for key, code in codes.items() if code == raw]
    return (True, found[0]) if found else (False, None)


class Summary(Complete):
    """A period of the diary: count, nights, usual leg and time, trend, longest, last; the
    doctor nudge when the diary crosses its thresholds; the same on a card. ``chart``, the
    cramps of each of the last ``screens.CHART_NIGHTS`` nights (oldest first), puts what was
    said over a bar chart on a screen. It is not part of the stored form (a stored view is
    short), so a summary read back from the session ("repeat") is said and carded without it."""

    kind: ClassVar[str] = "diary_summary"
    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True
    first_night: date
    nights: int
    span: Span  # how the period is said
    cramps: int
    nights_with_cramps: int
    previous_cramps: int
    trend: Trend
    usual_leg: Leg | None = None
    usual_muscle: Muscle | None = None
    usual_part: NightPart | None = None
    longest_seconds: int | None = None
    last_ago: int | None = None
    nudge: NudgeReason | None = None
    chart: tuple[int, ...] | None = None
    __value_uncompared__ = frozenset({"chart"})  # not stored, so not part of what it is

    def arguments(self) -> tuple[str, ...]:
        return (
            self.first_night.strftime("%Y%m%d"),
            str(self.nights),
            _SPAN_CODES[self.span],
            str(self.cramps),
            str(self.nights_with_cramps),
            str(self.previous_cramps),
            _TREND_CODES[self.trend],
            _code(_LEG_CODES, self.usual_leg),
            _code(_MUSCLE_CODES, self.usual_muscle),
            _code(_PART_CODES, self.usual_part),
            _opt(self.longest_seconds),
            _opt(self.last_ago),
            _code(_NUDGE_CODES, self.nudge),
        )

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if len(arguments) != 13:
            return None
        day, nights, span, cramps, with_cramps, previous, *coded = arguments
        trend, leg, muscle, part, longest, last, nudge = coded
        numbers = [index(raw) for raw in (nights, cramps, with_cramps, previous)]
        decoded = (
            _decode(_SPAN_CODES, span),
            _decode(_TREND_CODES, trend),
            _decode(_LEG_CODES, leg),
            _decode(_MUSCLE_CODES, muscle),
            _decode(_PART_CODES, part),
            _optional_number(longest),
            _optional_number(last),
            _decode(_NUDGE_CODES, nudge),
        )
        if (
            len(day) != 8
            or index(day) is None
            or any(number is None for number in numbers)
            or not all(good for good, _ in decoded)
            or decoded[0][1] is None
            or decoded[1][1] is None
        ):
            return None
        try:
            first = date(int(day[:4]), int(day[4:6]), int(day[6:]))
        except ValueError:
            return None
        n_nights, n_cramps, n_with, n_previous = (int(number or 0) for number in numbers)
        if n_nights < 1 or n_with > n_nights:
            return None
        span_value, *values = [value for _, value in decoded]
        return cls(first, n_nights, span_value, n_cramps, n_with, n_previous, *values)  # type: ignore[arg-type]

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        first = date(2025, 3, 4)
        return (
            cls(first, 7, Span.NIGHTS, 0, 0, 0, Trend.NONE),
            cls(first, 7, Span.NIGHTS, 0, 0, 2, Trend.FEWER, last_ago=9),
            cls(first, 7, Span.NIGHTS, 1, 1, 0, Trend.NO_EARLIER, Leg.LEFT, Muscle.CALF,
                NightPart.SMALL_HOURS, 120, 0),
            cls(first, 7, Span.NIGHTS, 6, 5, 2, Trend.MORE, Leg.RIGHT, None, NightPart.EVENING,
                720, 1, NudgeReason.LONG_CRAMP),
            cls(date(2025, 2, 1), 28, Span.MONTH, 9, 8, 9, Trend.SIMILAR, None, Muscle.FOOT,
                None, None, 3, NudgeReason.WEEKLY_FOR_WEEKS),
            cls(first, 1, Span.NIGHTS, 2, 1, 1, Trend.SIMILAR, Leg.BOTH, Muscle.THIGH_BACK,
                NightPart.EARLY_MORNING, 30, JUST_NOW, NudgeReason.MOST_NIGHTS),
            cls(first, 14, Span.NIGHTS, 12, 10, 3, Trend.MORE, None, None, NightPart.DAYTIME,
                None, 1, NudgeReason.GETTING_WORSE),
            cls(date(2025, 3, 3), 7, Span.THIS_WEEK, 3, 2, 1, Trend.MORE, Leg.LEFT),
            cls(date(2025, 2, 24), 7, Span.LAST_WEEK, 0, 0, 2, Trend.FEWER),
            cls(date(2025, 3, 1), 9, Span.THIS_MONTH, 2, 1, 0, Trend.NO_EARLIER),
            cls(date(2025, 1, 1), 68, Span.THIS_YEAR, 20, 15, 12, Trend.MORE),
            cls(date(2025, 3, 2), 1, Span.DATES, 1, 1, 0, Trend.NO_EARLIER),
            cls(date(2025, 2, 10), 5, Span.DATES, 4, 3, 4, Trend.SIMILAR),
        )  # fmt: skip

    @property
    def last_night(self) -> date:
        return self.first_night + timedelta(days=self.nights - 1)

    def _span(self, talk: Conversation) -> str:
        """What the period is called at the start of the summary ("In the last 7 nights")."""
        text = talk.speech.text
        match self.span:
            case Span.NIGHTS if self.nights == 1:
                return text("diary.span.tonight")
            case Span.NIGHTS:
                return text("diary.span.last_nights", nights=self.nights)
            case Span.DATES if self.nights == 1:
                return text("diary.span.night", date=date_phrase(talk, self.first_night))
            case Span.DATES:
                start, end = date_phrase(talk, self.first_night), date_phrase(talk, self.last_night)
                return text("diary.span.dates", start=start, end=end)
            case Span.MONTH:
                return text("diary.span.month", month=text(f"diary.month.{self.first_night.month}"))
            case _:
                return text(f"diary.span.{self.span.value}")

    def _before(self, talk: Conversation) -> str:
        """What the period is compared with ("the 7 nights before", "the week before")."""
        text = talk.speech.text
        if self.span in _COMPARED_BY_COUNT:
            return text("diary.before.same")
        if self.span is Span.LAST_WEEK:
            return text("diary.before.week")
        if self.nights == 1:
            return text("diary.before.night")
        return text("diary.before.nights", nights=self.nights)

    def _usual(self, talk: Conversation) -> str | None:
        leg = talk.speech.text(f"diary.your_leg.{self.usual_leg.value}") if self.usual_leg else None
        part = talk.speech.text(f"diary.part.{self.usual_part.value}") if self.usual_part else None
        if leg and part:
            return talk.speech.text("diary.summary.usual_leg_part", leg=leg, part=part)
        if leg:
            return talk.speech.text("diary.summary.usual_leg", leg=leg)
        if part:
            return talk.speech.text("diary.summary.usual_part", part=part)
        return None

    def render(self, talk: Conversation) -> Said:
        text = talk.speech.text
        span = self._span(talk)
        speech: list[str] = []
        if self.cramps == 0:
            speech.append(text("diary.summary.none", span=span))
        elif self.nights == 1:
            speech.append(
                text("diary.summary.single_night", span=span, what=_what(talk, self.cramps))
            )
        elif self.nights_with_cramps == 1:
            speech.append(text("diary.summary.one_night", span=span, what=_what(talk, self.cramps)))
        else:
            speech.append(
                text(
                    "diary.summary.count",
                    span=span,
                    what=_what(talk, self.cramps),
                    nights=self.nights_with_cramps,
                )
            )
        usual = self._usual(talk) if self.cramps else None
        if usual:
            speech.append(usual)
        if self.trend is not Trend.NONE:
            speech.append(
                text(
                    f"diary.trend.{self.trend.value}",
                    before=self._before(talk),
                    previous=_what(talk, self.previous_cramps) if self.previous_cramps else "",
                )
            )
        if self.longest_seconds is not None:
            speech.append(text("diary.summary.longest", amount=amount(talk, self.longest_seconds)))
        if self.last_ago is not None:
            speech.append(text("diary.summary.last", when=when_phrase(talk, self.last_ago)))
        if self.nudge is not None:
            speech.append(text(f"diary.nudge.{self.nudge.value}"))
        if self.chart is None:
            return Said(tuple(speech), card=self._card(talk))
        headline, *rest = speech
        shown = screens.diary_chart(talk, self.chart, headline, to_plain(tuple(rest)))
        return Said(tuple(speech), card=self._card(talk), effects=(shown,))

    def _card(self, talk: Conversation) -> Card:
        text = talk.speech.text
        lines = [
            text(
                "diary.card.period",
                start=date_phrase(talk, self.first_night),
                end=date_phrase(talk, self.last_night),
            ),
            text(
                "diary.card.count",
                cramps=self.cramps,
                with_cramps=self.nights_with_cramps,
                nights=self.nights,
            ),
            text("diary.card.previous", nights=self.nights, cramps=self.previous_cramps),
        ]
        if self.usual_leg is not None:
            lines.append(text("diary.card.leg", leg=text(f"diary.your_leg.{self.usual_leg.value}")))
        if self.usual_muscle is not None:
            lines.append(
                text("diary.card.muscle", muscle=text(f"diary.muscle.{self.usual_muscle.value}"))
            )
        if self.usual_part is not None:
            lines.append(text("diary.card.time", part=text(f"diary.part.{self.usual_part.value}")))
        if self.longest_seconds is not None:
            lines.append(text("diary.card.longest", amount=amount(talk, self.longest_seconds)))
        if self.last_ago is not None:
            lines.append(text("diary.card.last", when=when_phrase(talk, self.last_ago)))
        lines.append(text("diary.card.note"))
        title = text("diary.card.title")
        if self.nudge is None:
            return Card(title, "\n".join(lines))
        lines.append(text(f"diary.nudge.{self.nudge.value}"))
        appointment = talk.content.doctor.appointment
        return Card(title, talk.card_text("\n".join(lines), appointment.sources))


class Empty(_DiaryAnswer, PlainAnswer):
    """Nothing in the diary yet (asked to read or delete it)."""

    kind: ClassVar[str] = "diary_empty"

    def render(self, talk: Conversation) -> Said:
        return Said((talk.speech.text("diary.empty"),))


# -- deleting --------------------------------------------------------------------------------


class AskScope(_DiaryAnswer, PlainAnswer):
    """ "Delete" with no telling what: the last entry or the whole diary?"""

    kind: ClassVar[str] = "diary_ask_scope"

    def render(self, talk: Conversation) -> Said:
        return Said((), "diary.delete.ask_scope")

    def after_yes(self, talk: Conversation) -> View:
        """ "Yes" does not say which: ask again."""
        return self


class ConfirmDeleteAll(_DiaryAnswer, PlainAnswer):
    """Before the whole diary goes: one yes-or-no question. "Yes" deletes it in storage."""

    kind: ClassVar[str] = "diary_confirm_delete"

    def render(self, talk: Conversation) -> Said:
        return Said(
            (talk.speech.text("diary.delete.warning"),),
            "diary.delete.confirm",
            "diary.delete.confirm_reprompt",
        )

    def after_yes(self, talk: Conversation) -> View:
        from skill.cramp_diary.actions import EraseDiary  # noqa: PLC0415 - the action needs Alexa

        return EraseDiary()


class DeletedAll(_DiaryAnswer, PlainAnswer):
    """The whole diary is gone."""

    kind: ClassVar[str] = "diary_deleted"
    remembered: ClassVar[bool] = False

    def render(self, talk: Conversation) -> Said:
        return Said((talk.speech.text("diary.deleted.all"),))


class DeletedLast(_DiaryAnswer):
    """The entry logged last is gone; says which it was."""

    kind: ClassVar[str] = "diary_deleted_last"
    remembered: ClassVar[bool] = False
    count: int
    ago: int

    def arguments(self) -> tuple[str, ...]:
        return (str(self.count), str(self.ago))

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if len(arguments) != 2:
            return None
        count, ago = index(arguments[0]), _number(arguments[1], allow_minus_one=True)
        if count is None or ago is None or not 1 <= count <= 99:
            return None
        return cls(count, ago)

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(1, JUST_NOW), cls(2, 3))

    def render(self, talk: Conversation) -> Said:
        what = _what(talk, self.count)
        when = when_phrase(talk, self.ago)
        return Said((talk.speech.text("diary.deleted.last", what=what, when=when),))


VIEW_CLASSES: tuple[type[View], ...] = (
    Logged,
    LegAdded,
    LengthAdded,
    NotSaved,
    Unavailable,
    Summary,
    Empty,
    AskScope,
    ConfirmDeleteAll,
    DeletedAll,
    DeletedLast,
)
