"""The diary by voice: log a cramp, hear the pattern, delete entries; forget a user who disables
the skill. Storage trouble never costs the listener the advice: it is logged (the error's kind,
never an ID) and said in one sentence."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response

from skill.advice.models import Muscle
from skill.cramp_diary import spoken
from skill.cramp_diary.views import (
    JUST_NOW,
    REFUSALS,
    UNCLEAR,
    Action,
    AskScope,
    ConfirmDeleteAll,
    DeletedLast,
    Empty,
    LegAdded,
    LengthAdded,
    Logged,
    NotSaved,
    Scope,
    Span,
    Summary,
    Unavailable,
)
from skill.dialog.views import View
from skill.diary.summary import DEFAULT_RULES
from skill.handling import IntentHandler, answer, dialog_state, heard, resolved
from skill.names import SLOTS, Intent, Slot, SlotName
from skill.night_screen.screens import CHART_NIGHTS
from skill.respond import keep_only
from skill.storage import DiaryAccess, NoStore, diary_access, owner_of

if TYPE_CHECKING:
    from skill.diary.entries import DiaryEntry, Field, Owner
    from skill.diary.store import DiaryStore

logger = logging.getLogger(__name__)

JUST_NOW_WITHIN = timedelta(minutes=10)  # a cramp logged this recently is said as "just now"
MORNING_STARTS = 5  # from this local hour until noon, the current night is "last night"
YEAR_DAYS = 365  # a month named within this many days is said by its name ("in October")
MAX_NIGHTS = 366  # the most nights back a summary of "the last N nights/weeks" covers


def nights_ago(moment: datetime, now: datetime, zone: tzinfo) -> int:
    """Whole nights between the night of ``moment`` and tonight (0: tonight)."""
    from skill.diary.summary import night_of  # noqa: PLC0415

    return (night_of(now, zone) - night_of(moment, zone)).days


def _ago(moment: datetime, now: datetime, zone: tzinfo) -> int:
    """How to say when ``moment`` was: ``JUST_NOW``, or nights back as people count them. A
    night runs noon to noon, but from the morning on, the night just gone is "last night"."""
    if timedelta(0) <= now - moment < JUST_NOW_WITHIN:
        return JUST_NOW
    morning = MORNING_STARTS <= now.astimezone(zone).hour < 12
    return max(0, nights_ago(moment, now, zone)) + int(morning)


def _failed(action: str, error: Exception) -> None:
    if isinstance(error, NoStore):  # a deployment without DIARY_STORE: a choice, not a fault
        logger.info("diary %s skipped: no DIARY_STORE is configured", action)
        return
    logger.error("diary %s failed: %s", action, type(error).__name__)


def _storage_errors() -> tuple[type[Exception], ...]:
    from skill.diary.store import StoreError  # noqa: PLC0415

    return (StoreError, NoStore, ValueError)


class LogCrampIntentHandler(IntentHandler):
    """``LogCrampIntent``: "I just had a cramp in my left calf", "log a cramp", "two cramps last
    night, right foot, about five minutes". Saved at once with what was said; one sentence back;
    at most one question ("Which leg?"). A cramp that may still be happening gets its stretch
    first: logging never delays the advice.

    ``LegSideIntent`` ("the left one", "my right") answers "Which leg?": the leg goes on the
    cramp just logged. Said with no such question before it ("it's only ever the right one",
    "my left leg!"), it logs nothing: someone naming a leg at night gets the stretch."""

    intents = (Intent.LOG_CRAMP, Intent.LEG_SIDE)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, self.view(handler_input))

    def view(self, handler_input: HandlerInput) -> View:
        from skill.diary.entries import Field, InvalidEntry, new_entry  # noqa: PLC0415

        access = diary_access(handler_input)
        now = access.clock()
        words = {slot: heard(handler_input, slot).words for slot in SLOTS}
        leg_id = heard(handler_input, Slot.LEG).id
        muscle = resolved(handler_input, Slot.MUSCLE, Muscle)
        said_when = any(words[slot] is not None for slot in (Slot.WHEN, Slot.TIME, Slot.AGO))
        help_first = not said_when and words[Slot.DURATION] is None
        if leg_id is not None and _answers_which_leg(handler_input, words, muscle):
            return _add_leg(handler_input, access, leg_id, muscle, now)
        if is_intent_name(Intent.LEG_SIDE)(handler_input):
            from skill.cramp_now.views import CrampNow  # noqa: PLC0415

            return CrampNow(muscle)
        day = spoken.read_date(words[Slot.WHEN])
        clock = spoken.read_time(words[Slot.TIME])
        back = spoken.read_duration(words[Slot.AGO])
        duration = spoken.read_duration(words[Slot.DURATION])
        count = spoken.read_number(words[Slot.COUNT])
        unclear: list[tuple[Field, object]] = [
            (Field.WHEN, words[Slot.WHEN] is not None and day is None),
            (Field.WHEN, words[Slot.TIME] is not None and clock is None),
            (Field.WHEN, words[Slot.AGO] is not None and back is None),
            (Field.DURATION, words[Slot.DURATION] is not None and duration is None),
            (Field.COUNT, words[Slot.COUNT] is not None and count is None),
        ]
        for field, bad in unclear:
            if bad:
                return NotSaved(field, UNCLEAR, help_first)
        # A cramp that has lasted over the long-cramp limit, with no time said, may be going on
        # now ("my cramp's lasted twelve minutes"): the same-day advice comes before the diary.
        limit = DEFAULT_RULES.long_cramp_seconds  # the summary's "over ten minutes" too
        long_now = not said_when and duration is not None and duration > limit
        if duration is not None and duration <= limit and _only_length(words):
            added = _add_length(handler_input, access, duration, now)
            if added is not None:
                return added
        # "About an hour ago" is when it was; a date or a clock time said with it wins.
        moment = spoken.cramp_moment(now, access.zone, day, clock)
        if back is not None and day is None and clock is None:
            moment = now - timedelta(seconds=back)
        try:
            entry = new_entry(
                now=now,
                when=moment,
                leg=leg_id,
                muscle=None if muscle is None else muscle.value,
                duration_seconds=duration,
                count=count,
            )
        except InvalidEntry as invalid:
            problem = invalid.problem.value
            if problem not in REFUSALS.get(invalid.field, ()):
                return NotSaved(Field.WHEN, UNCLEAR, help_first)  # an unknown leg ID, say
            return NotSaved(invalid.field, problem, help_first or long_now)
        try:
            access.store().add(owner_of(handler_input), entry)
        except _storage_errors() as error:
            _failed("save", error)
            return Unavailable(Action.SAVE, help_first, muscle)
        return Logged(
            count=entry.count,
            ago=JUST_NOW if not said_when else _ago(entry.when, now, access.zone),
            leg=entry.leg,
            muscle=muscle,
            duration_seconds=entry.duration_seconds,
            ask_leg=entry.leg is None and not help_first and not long_now,
            help_first=help_first,
            muscle_unheard=words[Slot.MUSCLE] is not None and muscle is None,
            long_first=long_now,
        )


def _answers_which_leg(
    handler_input: HandlerInput, words: dict[SlotName, str | None], muscle: Muscle | None
) -> bool:
    """Whether this request names the leg of the cramp logged just before in this session: the
    answer to "Which leg?", or a leg said straight after a "log a cramp" that had none ("right
    calf"), which is the same cramp, not a second one. Only a leg (or its muscle too)."""
    last = dialog_state(handler_input).view
    others = (Slot.WHEN, Slot.TIME, Slot.AGO, Slot.DURATION, Slot.COUNT)
    if not isinstance(last, Logged) or any(words[slot] is not None for slot in others):
        return False
    if last.ask_leg:
        return True
    same_muscle = muscle is None or last.muscle is None or muscle is last.muscle
    return last.leg is None and last.count == 1 and same_muscle


def _add_leg(
    handler_input: HandlerInput,
    access: DiaryAccess,
    leg_id: str,
    muscle: Muscle | None,
    now: datetime,
) -> View:
    """Put the leg (and the muscle, if the entry had none) on the entry logged last."""
    from dataclasses import replace  # noqa: PLC0415

    from skill.diary.entries import Leg  # noqa: PLC0415

    try:
        leg = Leg(leg_id)
        store = access.store()
        owner = owner_of(handler_input)
        latest = _logged_last(store, owner, now)
        if latest is None:
            return Empty()
        named = latest.muscle if latest.muscle is not None or muscle is None else muscle.value
        if not store.replace(owner, replace(latest, leg=leg, muscle=named)):
            return Empty()
    except _storage_errors() as error:
        _failed("save", error)
        return Unavailable(Action.SAVE)
    return LegAdded(leg)


def _logged_last(store: DiaryStore, owner: Owner, now: datetime) -> DiaryEntry | None:
    """The entry saved most recently (whenever the cramp was), among those still kept."""
    from skill.diary.entries import MAX_AGE  # noqa: PLC0415

    entries = store.list(owner, since=now - MAX_AGE)  # by when the cramp was
    if not entries:
        return None
    return max(entries, key=lambda entry: (entry.logged_at, entry.entry_id))


def _only_length(words: dict[SlotName, str | None]) -> bool:
    """Whether only how long a cramp lasted was said ("record that the cramp lasted about five
    minutes"): nothing that would make it a cramp of its own."""
    said = (Slot.WHEN, Slot.TIME, Slot.AGO, Slot.COUNT, Slot.LEG, Slot.MUSCLE)
    return all(words[slot] is None for slot in said)


def _add_length(
    handler_input: HandlerInput, access: DiaryAccess, seconds: int, now: datetime
) -> View | None:
    """Put the length on the single cramp logged in the last few minutes without one: said
    straight after logging it, "the cramp lasted about five minutes" is that cramp, not a second
    one. None when there is no such entry (then it is logged as a cramp of its own)."""
    from dataclasses import replace  # noqa: PLC0415

    try:
        store = access.store()
        owner = owner_of(handler_input)
        latest = _logged_last(store, owner, now)
        if latest is None:
            return None
        recent = timedelta(0) <= now - latest.logged_at < JUST_NOW_WITHIN
        if not recent or latest.duration_seconds is not None or latest.count != 1:
            return None
        if not store.replace(owner, replace(latest, duration_seconds=seconds)):
            return None
    except _storage_errors() as error:
        _failed("save", error)
        return Unavailable(Action.SAVE)
    return LengthAdded(seconds)


class DiarySummaryIntentHandler(IntentHandler):
    """``DiarySummaryIntent``: "how many cramps have I had this week", "read my diary", "when was
    my last cramp". The last 7 nights unless a period is named; a card carries the same."""

    intents = (Intent.DIARY_SUMMARY,)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, self.view(handler_input))

    def view(self, handler_input: HandlerInput) -> View:
        access = diary_access(handler_input)
        try:
            store = access.store()
            owner = owner_of(handler_input)
            entries = store.list(owner)
            if not entries:
                return Empty()
            return _summary(handler_input, access, store, owner, entries)
        except _storage_errors() as error:
            _failed("read", error)
            return Unavailable(Action.READ)


def _summary(
    handler_input: HandlerInput,
    access: DiaryAccess,
    store: DiaryStore,
    owner: Owner,
    entries: Sequence[DiaryEntry],
) -> View:
    from skill.diary.summary import (  # noqa: PLC0415
        Period,
        last_nights,
        night_of,
        nightly_counts,
        nudge,
        summarise,
    )

    now, zone = access.clock(), access.zone
    tonight = night_of(now, zone)
    period, span = last_nights(now, zone), Span.NIGHTS
    days = spoken.read_date(heard(handler_input, Slot.PERIOD).words)
    back = spoken.read_days(heard(handler_input, Slot.NIGHTS).words)
    if days is None and back is not None and 1 <= back <= MAX_NIGHTS:
        period = last_nights(now, zone, back)  # "the past fortnight": the last 14 nights
    if days is not None and days.first <= tonight:
        until = min(days.last, tonight)
        period = Period(days.first, (until - days.first).days + 1, zone)
        span = _span(days, tonight)
    summary = summarise(entries, period)
    told = nudge(entries, now=now, tz=zone, last_nudged=store.last_nudged(owner))
    if told is not None:
        try:
            store.mark_nudged(owner, now)
        except _storage_errors() as error:  # said anyway; it may be said again next time
            _failed("note", error)
    last = summary.last
    return Summary(
        first_night=period.first_night,
        nights=period.nights,
        span=span,
        cramps=summary.cramps,
        nights_with_cramps=summary.nights_with_cramps,
        previous_cramps=summary.previous_cramps,
        trend=summary.trend,
        usual_leg=summary.usual_leg,
        usual_muscle=Muscle(summary.usual_muscle) if summary.usual_muscle else None,
        usual_part=summary.usual_part,
        longest_seconds=None if summary.longest is None else summary.longest.duration_seconds,
        last_ago=None if last is None else _ago(last.when, now, zone),
        nudge=None if told is None else told.reasons[0],
        chart=nightly_counts(entries, last_nights(now, zone, CHART_NIGHTS)),
    )


def _span(days: spoken.Days, tonight: date) -> Span:
    """How a summary of the nights ``days`` names says its period (``days`` start by tonight):
    a week or month that is not over yet as "this week" or "this month", the week before this
    one as "last week", an earlier month by its name (within the year), anything else that ends
    tonight as the last nights, and the rest by its dates."""
    current = days.first <= tonight <= days.last
    this_monday = tonight - timedelta(days=tonight.weekday())
    match days.unit:
        case spoken.Unit.WEEK if current:
            return Span.THIS_WEEK
        case spoken.Unit.WEEK if days.first == this_monday - timedelta(weeks=1):
            return Span.LAST_WEEK
        case spoken.Unit.MONTH if current:
            return Span.THIS_MONTH
        case spoken.Unit.MONTH if days.first > tonight.replace(day=1) - timedelta(days=YEAR_DAYS):
            return Span.MONTH
        case spoken.Unit.YEAR if current:
            return Span.THIS_YEAR
    return Span.NIGHTS if days.last >= tonight else Span.DATES


class DeleteDiaryIntentHandler(IntentHandler):
    """``DeleteDiaryIntent``: "delete my last entry" deletes it; "delete my diary" asks for a
    yes first (``ConfirmDeleteAll``), and "yes" deletes it in storage."""

    intents = (Intent.DELETE_DIARY,)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, self.view(handler_input))

    def view(self, handler_input: HandlerInput) -> View:
        scope = resolved(handler_input, Slot.SCOPE, Scope)
        if scope is None:
            return AskScope()
        access = diary_access(handler_input)
        try:
            store = access.store()
            owner = owner_of(handler_input)
            if scope is Scope.ALL:
                return ConfirmDeleteAll() if store.list(owner) else Empty()
            gone = store.delete_last(owner)
        except _storage_errors() as error:
            _failed("delete", error)
            return Unavailable(Action.DELETE)
        if gone is None:
            return Empty()
        return DeletedLast(gone.count, _ago(gone.when, access.clock(), access.zone))


class SkillDisabledEventHandler(AbstractRequestHandler):
    """``AlexaSkillEvent.SkillDisabled``: delete every diary of that user (each person's too),
    and what the SDK's persistence adapter keeps for that user (each person's too). No speech;
    each deletion is tried on its own, and a failure is logged without IDs (Alexa does not retry
    skill events)."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("AlexaSkillEvent.SkillDisabled")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        try:
            owner = owner_of(handler_input, person=False)
            deleted = diary_access(handler_input).store().delete_user(owner)
            logger.info("skill disabled: diary deleted", extra={"entries": deleted})
        except _storage_errors() as error:
            _failed("delete on SkillDisabled", error)
        _forget_attributes(handler_input)
        keep_only(handler_input, None)
        return handler_input.response_builder.response


def _forget_attributes(handler_input: HandlerInput) -> None:
    """Delete the user's persistent attributes through the SDK (its adapter decides what a
    SkillDisabled event covers: ``skill.storage.SqliteAttributes`` deletes every row of the
    user). A deployment without an adapter (Lambda keeps no attributes) has nothing to delete."""
    from ask_sdk_core.exceptions import AttributesManagerException  # noqa: PLC0415

    try:
        handler_input.attributes_manager.delete_persistent_attributes()
    except AttributesManagerException:  # no persistence adapter is wired
        return
    except Exception as error:  # storage trouble is logged by its kind, never an ID
        logger.error("attributes delete on SkillDisabled failed: %s", type(error).__name__)
        return
    logger.info("skill disabled: attributes deleted")
