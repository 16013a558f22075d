"""The summary and the nudge, on fixed clocks and hand-made entries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from skill.diary import (
    Leg,
    NightPart,
    NudgeReason,
    Period,
    Trend,
    last_nights,
    new_entry,
    nudge,
    summarise,
)
from skill.diary.entries import DiaryEntry
from skill.diary.summary import compare, night_of, nightly_counts

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)  # Monday morning; last night was Sunday's
NEW_YORK = ZoneInfo("America/New_York")


def at(night: date, hour: int, minute: int = 0, **slots: object) -> DiaryEntry:
    """An entry on the night named ``night`` at ``hour`` UTC (hours before noon: next morning)."""
    day = night if hour >= 12 else night + timedelta(days=1)
    when = datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
    return new_entry(now=max(NOW, when), when=when, **slots)  # type: ignore[arg-type]


SUNDAY = date(2025, 3, 9)


def nights_ago(n: int) -> date:
    return SUNDAY - timedelta(days=n)


def test_a_night_runs_noon_to_noon_in_the_listeners_zone() -> None:
    three_am_utc = datetime(2025, 3, 10, 3, 0, tzinfo=UTC)
    assert night_of(three_am_utc, UTC) == date(2025, 3, 9)
    assert night_of(datetime(2025, 3, 10, 13, 0, tzinfo=UTC), UTC) == date(2025, 3, 10)
    # 15:00 UTC is 11:00 in New York (daylight time from 9 March): still the night before there.
    assert night_of(datetime(2025, 3, 10, 15, 0, tzinfo=UTC), NEW_YORK) == date(2025, 3, 9)
    assert night_of(datetime(2025, 3, 10, 16, 0, tzinfo=UTC), NEW_YORK) == date(2025, 3, 10)


def test_the_default_period_is_the_last_seven_nights_and_the_one_before() -> None:
    period = last_nights(NOW)

    assert (period.first_night, period.nights) == (date(2025, 3, 3), 7)
    assert period.start == datetime(2025, 3, 3, 12, tzinfo=UTC)
    assert period.end == datetime(2025, 3, 10, 12, tzinfo=UTC)
    assert period.previous() == Period(date(2025, 2, 24), 7)
    assert period.previous().end == period.start


def test_summary_of_a_week() -> None:
    entries = [
        at(nights_ago(0), 3, leg="LEFT", muscle="CALF", duration_seconds=120),
        at(nights_ago(0), 3, 40, leg="LEFT", muscle="CALF", count=2),
        at(nights_ago(2), 1, 30, leg="RIGHT", muscle="FOOT", duration_seconds=600),
        at(nights_ago(5), 23, leg="LEFT", duration_seconds=30),
        at(nights_ago(9), 3),  # the week before
        at(nights_ago(20), 3),  # older still: only ``last`` could use it
    ]
    summary = summarise(entries, last_nights(NOW))

    assert (summary.cramps, summary.entries, summary.nights_with_cramps) == (5, 4, 3)
    assert summary.usual_leg is Leg.LEFT
    assert summary.usual_muscle == "CALF"
    assert summary.usual_part is NightPart.SMALL_HOURS
    assert summary.usual_hour == 3  # counted by cramps: the 3:40 entry had two
    assert summary.longest == entries[2]
    assert summary.last == entries[1]
    assert (summary.previous_cramps, summary.trend) == (1, Trend.MORE)


def test_ties_and_missing_details_give_no_usual_value() -> None:
    entries = [at(nights_ago(0), 2, leg="LEFT"), at(nights_ago(1), 3, leg="RIGHT")]
    summary = summarise(entries, last_nights(NOW))

    assert summary.usual_leg is None
    assert summary.usual_muscle is None
    assert summary.usual_hour is None
    assert summary.usual_part is NightPart.SMALL_HOURS  # both fell in the small hours
    assert summary.longest is None


def test_an_empty_period_still_knows_the_last_cramp() -> None:
    old = at(nights_ago(12), 2)  # in the week before
    summary = summarise([old], last_nights(NOW))

    assert (summary.cramps, summary.nights_with_cramps) == (0, 0)
    assert (summary.previous_cramps, summary.trend) == (1, Trend.SIMILAR)  # one is noise
    assert summary.last == old
    assert summarise([], last_nights(NOW)).trend is Trend.NONE


def test_usual_time_is_local() -> None:
    # 07:00 UTC is 03:00 in New York (after the March change to daylight time).
    entries = [at(nights_ago(0), 7), at(nights_ago(1), 7), at(nights_ago(2), 22)]
    summary = summarise(entries, last_nights(NOW, NEW_YORK))

    assert summary.usual_hour == 3
    assert summary.usual_part is NightPart.SMALL_HOURS


def test_cramps_per_night_are_counted_as_the_summary_counts_them() -> None:
    tz = ZoneInfo("Europe/London")
    now = datetime(2026, 11, 24, 23, 0, tzinfo=UTC)
    period = last_nights(now, tz, 28)
    entries = [
        new_entry(now=now, when=datetime(2026, 11, 24, 2, 30, tzinfo=UTC)),  # night of the 23rd
        new_entry(now=now, when=datetime(2026, 11, 23, 22, 0, tzinfo=UTC), count=2),
        new_entry(now=now, when=datetime(2026, 10, 27, 22, 0, tzinfo=UTC)),  # before the period
    ]
    counts = nightly_counts(entries, period)
    assert len(counts) == 28
    assert counts[-2] == 3 and sum(counts) == 3
    assert sum(counts) == summarise(entries, period).cramps


@pytest.mark.parametrize(
    ("current", "previous", "trend"),
    [
        (0, 0, Trend.NONE),
        (3, 0, Trend.NO_EARLIER),
        (3, 2, Trend.SIMILAR),
        (4, 2, Trend.MORE),
        (2, 4, Trend.FEWER),
        (0, 1, Trend.SIMILAR),
        (10, 8, Trend.SIMILAR),  # 2 is less than a quarter of 10
        (11, 8, Trend.MORE),
        (0, 3, Trend.FEWER),
    ],
)
def test_trend_needs_a_real_change(current: int, previous: int, trend: Trend) -> None:
    assert compare(current, previous) is trend


# -- the nudge --------------------------------------------------------------------------------


def test_no_diary_no_nudge() -> None:
    assert nudge([], now=NOW) is None


def test_a_night_cramp_every_week_for_three_weeks_nudges() -> None:
    entries = [at(nights_ago(1), 3), at(nights_ago(9), 2), at(nights_ago(16), 4)]

    decision = nudge(entries, now=NOW)

    assert decision is not None
    assert decision.reasons == (NudgeReason.WEEKLY_FOR_WEEKS,)
    assert decision.weeks_with_cramps == 3


def test_two_weeks_of_weekly_cramps_is_not_yet_several() -> None:
    assert nudge([at(nights_ago(1), 3), at(nights_ago(9), 2)], now=NOW) is None


def test_daytime_cramps_do_not_count_as_broken_sleep() -> None:
    entries = [at(nights_ago(1), 14), at(nights_ago(9), 15), at(nights_ago(16), 16)]
    assert nudge(entries, now=NOW) is None


def test_one_cramp_over_ten_minutes_nudges_on_its_own() -> None:
    decision = nudge([at(nights_ago(3), 3, duration_seconds=11 * 60)], now=NOW)

    assert decision is not None
    assert decision.reasons == (NudgeReason.LONG_CRAMP,)
    assert decision.longest_seconds == 11 * 60
    assert nudge([at(nights_ago(3), 3, duration_seconds=10 * 60)], now=NOW) is None


def test_cramps_on_most_nights_of_two_weeks_nudge() -> None:
    eight = [at(nights_ago(n), 3) for n in (0, 1, 3, 4, 6, 8, 10, 12)]
    seven = eight[:-1]

    decision = nudge(eight, now=NOW)

    assert decision is not None
    assert decision.reasons == (NudgeReason.MOST_NIGHTS,)
    assert decision.nights_with_cramps == 8
    assert nudge(seven, now=NOW) is None


def test_getting_worse_nudges() -> None:
    entries = [
        at(nights_ago(22), 3),  # a month ago: one cramp
        at(nights_ago(1), 3, count=2),  # the last fortnight: four, in both weeks
        at(nights_ago(10), 3, count=2),
    ]
    decision = nudge(entries, now=NOW)

    assert decision is not None
    assert decision.reasons == (NudgeReason.GETTING_WORSE,)
    assert nudge(entries[1:], now=NOW) is None  # no earlier entries: "worse" than nothing known


def test_several_reasons_come_most_important_first() -> None:
    entries = [at(nights_ago(n), 3) for n in range(28)]  # every night for four weeks
    entries.append(at(nights_ago(0), 4, duration_seconds=15 * 60))

    decision = nudge(entries, now=NOW)

    assert decision is not None
    assert decision.reasons == (
        NudgeReason.LONG_CRAMP,
        NudgeReason.WEEKLY_FOR_WEEKS,
        NudgeReason.MOST_NIGHTS,
    )


def test_the_nudge_is_said_once_not_every_night() -> None:
    entries = [at(nights_ago(1), 3), at(nights_ago(9), 2), at(nights_ago(16), 4)]

    assert nudge(entries, now=NOW, last_nudged=NOW - timedelta(days=10)) is None
    assert nudge(entries, now=NOW, last_nudged=NOW - timedelta(days=29)) is not None
