"""The cramp diary's records: one logged cramp (``DiaryEntry``) and whose diary it is (``Owner``).

Plain Python, no Alexa or storage imports. Values are the interaction model's slot IDs (``Leg``;
the ``CrampMuscle`` IDs), so a resolved slot passes straight in. ``new_entry`` is the one place an
entry is made from what a person said: it rejects what cannot be right (a date in the future, a
count of 40, a five-hour cramp, an unknown leg) with an ``InvalidEntry`` naming the field and the
problem, so the caller can say so and store nothing.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum


class Leg(StrEnum):
    """The ``Leg`` slot type's IDs."""

    LEFT = "LEFT"
    RIGHT = "RIGHT"
    BOTH = "BOTH"


# The interaction model's ``CrampMuscle`` IDs. Muscles are kept as these strings, so the advice
# core's ``Muscle`` StrEnum members (equal to them) pass in unchanged.
MUSCLES: frozenset[str] = frozenset(
    {"CALF", "FOOT", "THIGH_FRONT", "THIGH_BACK", "SHIN", "THIGH"}
)

MAX_COUNT = 20  # cramps in one entry ("I had two cramps last night"); more is a mishearing
MAX_DURATION_SECONDS = 60 * 60  # one cramp; a night cramp lasts seconds to minutes
CLOCK_SKEW = timedelta(minutes=5)  # how far past "now" a device clock may put "just now"
MAX_AGE = timedelta(days=31)  # how far back a cramp may be logged ("last Tuesday" is fine)


class Field(StrEnum):
    """Which part of an entry was wrong."""

    WHEN = "when"
    LEG = "leg"
    MUSCLE = "muscle"
    DURATION = "duration"
    COUNT = "count"


class Problem(StrEnum):
    """What was wrong with it."""

    IN_FUTURE = "in_future"
    TOO_OLD = "too_old"
    UNKNOWN = "unknown"
    TOO_LONG = "too_long"
    TOO_SHORT = "too_short"
    TOO_MANY = "too_many"
    TOO_FEW = "too_few"
    NOT_UTC = "not_utc"


class InvalidEntry(ValueError):  # noqa: N818 - reads as what it is: an invalid entry
    """An entry that must not be stored; ``field`` and ``problem`` say why (codes, not speech)."""

    def __init__(self, field: Field, problem: Problem) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


def utc_now() -> datetime:
    """The current time, aware, in UTC: the default clock everywhere in the diary."""
    return datetime.now(UTC)


def iso_utc(moment: datetime) -> str:
    """Fixed-width ISO text in UTC (``2024-05-01T03:12:45.123456Z``): sorts as the time does."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso_utc(text: str) -> datetime:
    """The inverse of ``iso_utc``."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class DiaryEntry:
    """One logged cramp (or several, ``count``, on one occasion).

    ``entry_id`` is ``<when as iso_utc>#<random hex>``: unique within a diary and sorting by
    ``when``. ``logged_at`` is when it was saved, so "delete my last entry" removes the one just
    logged even when it was back-dated to last night.
    """

    entry_id: str
    when: datetime
    logged_at: datetime
    leg: Leg | None = None
    muscle: str | None = None
    duration_seconds: int | None = None
    count: int = 1

    def __post_init__(self) -> None:
        for moment in (self.when, self.logged_at):
            if moment.utcoffset() != timedelta(0):
                raise InvalidEntry(Field.WHEN, Problem.NOT_UTC)
        if self.leg is not None and not isinstance(self.leg, Leg):
            raise InvalidEntry(Field.LEG, Problem.UNKNOWN)
        if self.muscle is not None and self.muscle not in MUSCLES:
            raise InvalidEntry(Field.MUSCLE, Problem.UNKNOWN)
        if self.duration_seconds is not None:
            if self.duration_seconds < 1:
                raise InvalidEntry(Field.DURATION, Problem.TOO_SHORT)
            if self.duration_seconds > MAX_DURATION_SECONDS:
                raise InvalidEntry(Field.DURATION, Problem.TOO_LONG)
        if self.count < 1:
            raise InvalidEntry(Field.COUNT, Problem.TOO_FEW)
        if self.count > MAX_COUNT:
            raise InvalidEntry(Field.COUNT, Problem.TOO_MANY)


def new_entry(
    *,
    now: datetime,
    when: datetime | None = None,
    leg: str | None = None,
    muscle: str | None = None,
    duration_seconds: int | None = None,
    count: int | None = None,
) -> DiaryEntry:
    """A new entry from what was said; ``when`` defaults to ``now``, ``count`` to 1.

    Raises ``InvalidEntry`` for a time in the future (beyond ``CLOCK_SKEW``) or older than
    ``MAX_AGE``, an unknown leg or muscle ID, a duration outside 1 s .. ``MAX_DURATION_SECONDS``,
    or a count outside 1 .. ``MAX_COUNT``.
    """
    moment = now if when is None else when
    if moment.tzinfo is None:
        raise InvalidEntry(Field.WHEN, Problem.NOT_UTC)
    moment = moment.astimezone(UTC)
    if moment > now + CLOCK_SKEW:
        raise InvalidEntry(Field.WHEN, Problem.IN_FUTURE)
    if moment < now - MAX_AGE:
        raise InvalidEntry(Field.WHEN, Problem.TOO_OLD)
    try:
        leg_value = None if leg is None else Leg(leg)
    except ValueError:
        raise InvalidEntry(Field.LEG, Problem.UNKNOWN) from None
    return DiaryEntry(
        entry_id=f"{iso_utc(moment)}#{secrets.token_hex(6)}",
        when=moment,
        logged_at=now.astimezone(UTC),
        leg=leg_value,
        muscle=None if muscle is None else str(muscle),
        duration_seconds=duration_seconds,
        count=1 if count is None else count,
    )


NO_PERSON = "-"  # the ``person`` part of a diary kept per user (no person ID): never a hex digest


def _digest(*parts: str) -> str:
    hasher = hashlib.sha256(b"leg-cramp-helper/diary/v1")
    for part in parts:
        encoded = part.encode("utf-8")
        hasher.update(len(encoded).to_bytes(4, "big"))
        hasher.update(encoded)
    return hasher.hexdigest()


@dataclass(frozen=True, slots=True)
class Owner:
    """Whose diary: SHA-256 digests only, never the raw Alexa IDs.

    ``user`` digests the Alexa user ID (one per account and skill); ``person`` digests the user ID
    together with the person ID of a recognised voice, or is ``NO_PERSON``. Two people sharing a
    bedroom speaker therefore keep separate diaries, and everything under one user can still be
    found from the user ID alone, which is all ``AlexaSkillEvent.SkillDisabled`` carries.
    """

    user: str
    person: str = NO_PERSON

    @classmethod
    def from_alexa(cls, user_id: str, person_id: str | None = None) -> Owner:
        """The diary of ``person_id`` where Alexa recognised a voice, else of ``user_id``."""
        if not user_id:
            raise ValueError("an Alexa user ID is required")
        person = _digest(user_id, person_id) if person_id else NO_PERSON
        return cls(user=_digest(user_id), person=person)
