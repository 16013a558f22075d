"""What a diary says: a summary of a period, and whether to suggest seeing a doctor.

Pure functions over ``DiaryEntry`` values: no storage, no clock of their own (``now`` is passed
in), no sentences. Nights are counted in the listener's time zone: a night runs from noon to
noon, so a cramp at 3 am belongs to the night that began the evening before.

The nudge follows the diary judgement of the project's medical fact sheet: no guideline gives a
number of cramps, frequent cramps are common, and frequency alone is not an alarm; a doctor is
worth seeing when cramps come weekly or more for several weeks and disturb sleep (an entry made
at night is taken as a cramp that broke sleep), or when one lasts over ten minutes. It is a
suggestion to book an appointment, never a verdict on whether something is serious.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from math import ceil
from typing import NamedTuple, TypeVar

from skill.diary.entries import DiaryEntry, Leg

NIGHT_STARTS = time(12)  # a night is noon to noon, named by the date of its evening
DEFAULT_NIGHTS = 7
_T = TypeVar("_T")


def night_of(moment: datetime, tz: tzinfo) -> date:
    """The night ``moment`` falls in, named by the date of its evening, in zone ``tz``."""
    return (moment.astimezone(tz) - timedelta(hours=NIGHT_STARTS.hour)).date()


@dataclass(frozen=True, slots=True)
class Period:
    """``nights`` consecutive nights from ``first_night``, in zone ``tz``."""

    first_night: date
    nights: int
    tz: tzinfo = UTC

    def __post_init__(self) -> None:
        if self.nights < 1:
            raise ValueError("a period has at least one night")

    @property
    def start(self) -> datetime:
        """Noon (local) of the first night's date, in UTC: inclusive."""
        return datetime.combine(self.first_night, NIGHT_STARTS, self.tz).astimezone(UTC)

    @property
    def end(self) -> datetime:
        """Noon (local) the day after the last night, in UTC: exclusive."""
        after = self.first_night + timedelta(days=self.nights)
        return datetime.combine(after, NIGHT_STARTS, self.tz).astimezone(UTC)

    def previous(self) -> Period:
        """The same number of nights just before this period."""
        return Period(self.first_night - timedelta(days=self.nights), self.nights, self.tz)

    def night_dates(self) -> tuple[date, ...]:
        return tuple(self.first_night + timedelta(days=i) for i in range(self.nights))

    def contains(self, moment: datetime) -> bool:
        return (
            self.first_night
            <= night_of(moment, self.tz)
            < self.first_night + timedelta(days=self.nights)
        )


def last_nights(now: datetime, tz: tzinfo = UTC, nights: int = DEFAULT_NIGHTS) -> Period:
    """The last ``nights`` nights up to and including the current one (the default summary)."""
    current = night_of(now, tz)
    return Period(current - timedelta(days=nights - 1), nights, tz)


def nightly_counts(entries: Iterable[DiaryEntry], period: Period) -> tuple[int, ...]:
    """Cramps per night of ``period``, oldest first: each entry's ``count`` added to the night
    it falls in (noon to noon, as ``summarise`` counts them); entries outside are left out."""
    counted: Counter[date] = Counter()
    for entry in entries:
        if period.contains(entry.when):
            counted[night_of(entry.when, period.tz)] += entry.count
    return tuple(counted[night] for night in period.night_dates())


class NightPart(StrEnum):
    """A coarse time of night, in local time."""

    EVENING = "evening"  # 18:00-23:59
    SMALL_HOURS = "small_hours"  # 00:00-03:59
    EARLY_MORNING = "early_morning"  # 04:00-07:59
    DAYTIME = "daytime"  # 08:00-17:59


def night_part(moment: datetime, tz: tzinfo) -> NightPart:
    hour = moment.astimezone(tz).hour
    if hour >= 18:
        return NightPart.EVENING
    if hour < 4:
        return NightPart.SMALL_HOURS
    if hour < 8:
        return NightPart.EARLY_MORNING
    return NightPart.DAYTIME


class Trend(StrEnum):
    """This period against the one before, by number of cramps."""

    NONE = "none"  # no cramps in either
    NO_EARLIER = "no_earlier"  # cramps now, none logged in the period before
    MORE = "more"
    FEWER = "fewer"
    SIMILAR = "similar"


def compare(current: int, previous: int) -> Trend:
    """MORE or FEWER only when the change is at least 2 cramps and at least a quarter of the
    larger number; smaller changes are noise in a diary kept half asleep."""
    if current == 0 and previous == 0:
        return Trend.NONE
    if previous == 0:
        return Trend.NO_EARLIER
    change = current - previous
    if abs(change) < max(2, ceil(max(current, previous) / 4)):
        return Trend.SIMILAR
    return Trend.MORE if change > 0 else Trend.FEWER


class DiarySummary(NamedTuple):
    """A period at a glance. ``cramps`` adds up entry counts; ``usual_*`` are None when nothing
    was recorded for it or two values tie; ``last`` is the latest entry given that is before the
    period's end, even one from before the period."""

    period: Period
    cramps: int
    entries: int
    nights_with_cramps: int
    usual_leg: Leg | None
    usual_muscle: str | None
    usual_part: NightPart | None
    usual_hour: int | None  # local hour, 0-23
    previous_cramps: int
    trend: Trend
    longest: DiaryEntry | None  # the entry with the longest duration given (None: no durations)
    last: DiaryEntry | None


def _usual(counts: Counter[_T]) -> _T | None:
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def summarise(entries: Iterable[DiaryEntry], period: Period) -> DiarySummary:
    """Summarise ``period``; ``entries`` should cover ``period.previous().start`` to
    ``period.end`` (entries outside both periods only count towards ``last``)."""
    given = sorted(entries, key=lambda entry: entry.when)
    previous = period.previous()
    inside = [entry for entry in given if period.contains(entry.when)]
    before = [entry for entry in given if previous.contains(entry.when)]
    legs: Counter[Leg] = Counter()
    muscles: Counter[str] = Counter()
    parts: Counter[NightPart] = Counter()
    hours: Counter[int] = Counter()
    for entry in inside:
        if entry.leg is not None:
            legs[entry.leg] += entry.count
        if entry.muscle is not None:
            muscles[entry.muscle] += entry.count
        parts[night_part(entry.when, period.tz)] += entry.count
        hours[entry.when.astimezone(period.tz).hour] += entry.count
    timed = [entry for entry in inside if entry.duration_seconds is not None]
    cramps = sum(entry.count for entry in inside)
    previous_cramps = sum(entry.count for entry in before)
    earlier = [entry for entry in given if entry.when < period.end]
    return DiarySummary(
        period=period,
        cramps=cramps,
        entries=len(inside),
        nights_with_cramps=len({night_of(entry.when, period.tz) for entry in inside}),
        usual_leg=_usual(legs),
        usual_muscle=_usual(muscles),
        usual_part=_usual(parts),
        usual_hour=_usual(hours),
        previous_cramps=previous_cramps,
        trend=compare(cramps, previous_cramps),
        longest=max(timed, key=lambda entry: entry.duration_seconds or 0, default=None),
        last=earlier[-1] if earlier else None,
    )


class NudgeReason(StrEnum):
    """Why a doctor's appointment is suggested, most important first."""

    LONG_CRAMP = "long_cramp"  # a cramp logged as lasting over the long-cramp limit
    WEEKLY_FOR_WEEKS = "weekly_for_weeks"  # a night cramp in each of the last ``weeks`` weeks
    MOST_NIGHTS = "most_nights"  # cramps on more than half the nights of the last two weeks
    GETTING_WORSE = "getting_worse"  # weekly lately, and clearly more than the fortnight before


class NudgeRules(NamedTuple):
    """The nudge's thresholds (judgement, not a guideline's numbers)."""

    weeks: int = 3  # "several weeks" of at least weekly night cramps
    long_cramp_seconds: int = 10 * 60  # "over ten minutes"
    quiet_days: int = 28  # after a nudge, none again for this long


DEFAULT_RULES = NudgeRules()


class Nudge(NamedTuple):
    """A suggestion to book a doctor: the reasons and the figures behind them."""

    reasons: tuple[NudgeReason, ...]
    window: Period  # the nights looked at
    weeks_with_cramps: int  # of the last ``rules.weeks`` weeks, those with a night cramp
    nights_with_cramps: int  # in the last two weeks
    longest_seconds: int | None


def nudge_window(now: datetime, tz: tzinfo = UTC, rules: NudgeRules = DEFAULT_RULES) -> Period:
    """The nights ``nudge`` looks at: list entries from its ``start``."""
    return last_nights(now, tz, 7 * max(rules.weeks, 4))


def nudge(
    entries: Iterable[DiaryEntry],
    *,
    now: datetime,
    tz: tzinfo = UTC,
    last_nudged: datetime | None = None,
    rules: NudgeRules = DEFAULT_RULES,
) -> Nudge | None:
    """Whether to suggest a doctor now, and why; None when not (or when ``last_nudged`` is
    within ``rules.quiet_days``: once, without nagging)."""
    if last_nudged is not None and now - last_nudged < timedelta(days=rules.quiet_days):
        return None
    window = nudge_window(now, tz, rules)
    inside = [entry for entry in entries if window.contains(entry.when)]
    night_cramps = {
        night_of(entry.when, tz)
        for entry in inside
        if night_part(entry.when, tz) is not NightPart.DAYTIME
    }
    current = night_of(now, tz)

    def week(back: int) -> set[date]:  # the nights of the week ``back`` weeks ago (0 = latest)
        last = current - timedelta(days=7 * back)
        return {last - timedelta(days=day) for day in range(7)}

    def cramps_in(nights: set[date]) -> int:
        return sum(entry.count for entry in inside if night_of(entry.when, tz) in nights)

    weekly = [bool(night_cramps & week(back)) for back in range(rules.weeks)]
    fortnight = week(0) | week(1)
    fortnight_before = week(2) | week(3)
    longest = max((entry.duration_seconds or 0 for entry in inside), default=0)
    reasons: list[NudgeReason] = []
    if longest > rules.long_cramp_seconds:
        reasons.append(NudgeReason.LONG_CRAMP)
    if all(weekly):
        reasons.append(NudgeReason.WEEKLY_FOR_WEEKS)
    if len(night_cramps & fortnight) > len(fortnight) // 2:
        reasons.append(NudgeReason.MOST_NIGHTS)
    if all(weekly[:2]) and compare(cramps_in(fortnight), cramps_in(fortnight_before)) is Trend.MORE:
        reasons.append(NudgeReason.GETTING_WORSE)
    if not reasons:
        return None
    return Nudge(
        reasons=tuple(reasons),
        window=window,
        weeks_with_cramps=sum(weekly),
        nights_with_cramps=len(night_cramps & fortnight),
        longest_seconds=longest or None,
    )
