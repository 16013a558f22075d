"""What Alexa's built-in slot types hand the skill, read into plain values (no Alexa imports).

``AMAZON.DATE`` gives ISO-like text for a day, a week, a weekend, a month or a year;
``AMAZON.TIME`` a clock time or a part of the day; ``AMAZON.DURATION`` an ISO 8601 duration;
``AMAZON.NUMBER`` digits. Anything else (``?``, a decade, a season) reads as ``None``: the caller
says it could not make that out and stores nothing.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{1,2})(-WE)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"\d{4}")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::\d{2})?")
_DURATION = re.compile(
    r"P(?:(?P<d>\d+)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?"
)
# Parts of the day ``AMAZON.TIME`` gives for "in the morning", "at night" …: a typical hour.
PARTS_OF_DAY = {"MO": time(7), "AF": time(15), "EV": time(20), "NI": time(2)}
LATE_EVENING = time(23)  # a night named by its date alone ("on Monday"): late that evening
# "Last night at two am" (AMAZON.DATE hears "last night" as yesterday's date): a time before this
# belongs to the small hours after that night's evening, the next morning.
NIGHT_ENDS = time(6)


class Unit(StrEnum):
    """What an ``AMAZON.DATE`` named: a day, a week, a weekend, a month or a year."""

    DAY = "day"
    WEEK = "week"
    WEEKEND = "weekend"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class Days:
    """``days`` consecutive calendar days from ``first`` (what an ``AMAZON.DATE`` names), and
    what they were named as (a week is said "this week", not "the last 3 nights")."""

    first: date
    days: int
    unit: Unit = Unit.DAY

    @property
    def last(self) -> date:
        return self.first + timedelta(days=self.days - 1)


def read_date(value: str | None) -> Days | None:
    """A day (``2025-03-10``), an ISO week (``2025-W11``), its weekend (``2025-W11-WE``), a month
    (``2025-03``) or a year (``2025``); None for anything else."""
    text = (value or "").strip()
    try:
        if match := _DAY.fullmatch(text):
            return Days(date(*(int(part) for part in match.groups())), 1)
        if match := _WEEK.fullmatch(text):
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
            if match[3]:
                return Days(monday + timedelta(days=5), 2, Unit.WEEKEND)
            return Days(monday, 7, Unit.WEEK)
        if match := _MONTH.fullmatch(text):
            year, month = int(match[1]), int(match[2])
            return Days(date(year, month, 1), calendar.monthrange(year, month)[1], Unit.MONTH)
        if _YEAR.fullmatch(text):
            first = date(int(text), 1, 1)
            return Days(first, (date(first.year + 1, 1, 1) - first).days, Unit.YEAR)
    except ValueError:  # 2025-02-30, week 54 …
        return None
    return None


def read_time(value: str | None) -> time | None:
    """``HH:MM`` (or a part of the day) as a clock time; None for anything else."""
    text = (value or "").strip()
    if text in PARTS_OF_DAY:
        return PARTS_OF_DAY[text]
    match = _CLOCK.fullmatch(text)
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return time(int(match[1]), int(match[2]))


def read_duration(value: str | None) -> int | None:
    """An ISO 8601 duration (``PT5M``, ``PT1H30M``) in whole seconds; None for anything else."""
    match = _DURATION.fullmatch((value or "").strip())
    if match is None or not any(match.groupdict().values()):
        return None
    parts = {name: float(amount or 0) for name, amount in match.groupdict().items()}
    return round(parts["d"] * 86400 + parts["h"] * 3600 + parts["m"] * 60 + parts["s"])


_DAYS = re.compile(r"P(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?")


def read_days(value: str | None) -> int | None:
    """An ``AMAZON.DURATION`` of whole weeks or days (``P2W``, ``P14D``) in days; None for
    anything else (hours, or nothing)."""
    match = _DAYS.fullmatch((value or "").strip())
    if match is None or not any(match.groupdict().values()):
        return None
    return int(match["w"] or 0) * 7 + int(match["d"] or 0)


def read_number(value: str | None) -> int | None:
    """``AMAZON.NUMBER``'s digits (a sign allowed); None for ``?`` and anything else."""
    text = (value or "").strip()
    digits = text.removeprefix("-")
    if not digits.isascii() or not digits.isdigit() or len(digits) > 6:
        return None
    return int(text)


def cramp_moment(now: datetime, tz: tzinfo, day: Days | None, clock: time | None) -> datetime:
    """When a cramp happened, from the date and time said (either may be missing), in UTC.

    Neither: now. A time alone: its latest occurrence not after now. A date alone: now if it
    names today, else late in the evening of its last day (the night it names). Both: that
    date at that time, or, for a time in the small hours of a past night, the morning after it
    ("last night at two am"). The result may lie in the future; ``new_entry`` refuses it then.
    """
    local_now = now.astimezone(tz)
    if day is None and clock is None:
        return now
    if day is None:
        assert clock is not None
        moment = datetime.combine(local_now.date(), clock, tz)
        if moment > local_now:
            moment -= timedelta(days=1)
        return moment.astimezone(UTC)
    if clock is None:
        if day.first <= local_now.date() <= day.last:
            return now
        return datetime.combine(day.last, LATE_EVENING, tz).astimezone(UTC)
    moment = datetime.combine(day.last, clock, tz)
    after = moment + timedelta(days=1)  # "last night at two": the small hours of the next day
    if day.first == day.last < local_now.date() and clock < NIGHT_ENDS and after <= local_now:
        moment = after
    return moment.astimezone(UTC)
