"""What the skill says about the bedtime reminder: set, moved, asked for, refused, cancelled."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar, assert_never

from skill.advice.models import Content
from skill.dialog.conversation import Conversation
from skill.dialog.effects import AskPermission, ConsentCard
from skill.dialog.views import PlainAnswer, Said, View
from skill.reminders.clock import ClockTime
from skill.reminders.service import SCOPE, Problem
from skill.session.views import Complete

# Times the fuzzers and tests walk (``every``): morning, on the hour, evening, just before midnight.
_SAMPLE_TIMES = (ClockTime(6, 5), ClockTime(12, 0), ClockTime(21, 30), ClockTime(23, 59))


def spoken_time(talk: Conversation, time: ClockTime) -> str:
    """``time`` as the locale says it ("9:30 p.m.", "9 p.m.")."""
    half = "am" if time.hour < 12 else "pm"
    hour = time.hour % 12 or 12
    if time.minute == 0:
        return talk.speech.text(f"reminders.clock.{half}_hour", hour=hour)
    return talk.speech.text(f"reminders.clock.{half}", hour=hour, minute=f"{time.minute:02d}")


class _Reminder(PlainAnswer, Complete):
    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = True


class _AtTime(Complete):
    """A reminder answer that names its time (stored as ``HH:MM``)."""

    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = True
    time: ClockTime

    def arguments(self) -> tuple[str, ...]:
        return (self.time.encode().replace(":", "."),)

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        time = ClockTime.parse(arguments[0].replace(".", ":")) if len(arguments) == 1 else None
        return None if time is None else cls(time)

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(time) for time in _SAMPLE_TIMES)

    def words(self, talk: Conversation, key: str) -> str:
        """Template ``key`` with this view's time."""
        return talk.speech.text(key, time=spoken_time(talk, self.time))


class ReminderSet(_AtTime):
    """A new daily reminder at ``time``."""

    kind: ClassVar[str] = "reminder_set"

    def render(self, talk: Conversation) -> Said:
        return Said((self.words(talk, "reminders.set"),))


class ReminderMoved(_AtTime):
    """The existing reminder, now at ``time`` (never a second one)."""

    kind: ClassVar[str] = "reminder_moved"

    def render(self, talk: Conversation) -> Said:
        return Said((self.words(talk, "reminders.moved"),))


class ReminderCurrent(_AtTime):
    """"What reminders do I have": the one at ``time``."""

    kind: ClassVar[str] = "reminder_current"

    def render(self, talk: Conversation) -> Said:
        return Said((self.words(talk, "reminders.current"),))


class PermissionByVoice(_AtTime):
    """Ask Alexa to ask for the reminders permission; the token carries the time wanted."""

    kind: ClassVar[str] = "reminder_ask_voice"
    remembered: ClassVar[bool] = False

    def render(self, talk: Conversation) -> Said:
        ask = AskPermission(scope=SCOPE, token=self.time.token())
        return Said((talk.speech.text("reminders.permission_voice"),), effects=(ask,))


class PermissionByCard(_Reminder):
    """The Alexa app's permission card, and where to find it."""

    kind: ClassVar[str] = "reminder_ask_card"
    remembered: ClassVar[bool] = False

    def render(self, talk: Conversation) -> Said:
        speech = talk.speech.text("reminders.permission_card")
        return Said((speech,), effects=(ConsentCard(SCOPE),))


class AskReminderTime(_Reminder):
    """"Set a bedtime reminder" without a time (or a vague one): which time?"""

    kind: ClassVar[str] = "reminder_time"

    def render(self, talk: Conversation) -> Said:
        return Said((), "reminders.ask_time", "reminders.ask_time_reprompt")

    def after_yes(self, talk: Conversation) -> View:
        """"Yes" is no time: ask again."""
        return self


class ConsentDenied(_Reminder):
    """The person said no to the permission: nothing is set, and no card is pushed at them."""

    kind: ClassVar[str] = "reminder_denied"

    def render(self, talk: Conversation) -> Said:
        return Said((talk.speech.text("reminders.denied"),))


class ConsentNotAnswered(_Reminder):
    """No answer to the permission question: nothing is set; the card is there for later."""

    kind: ClassVar[str] = "reminder_unanswered"

    def render(self, talk: Conversation) -> Said:
        speech = talk.speech.text("reminders.not_answered")
        return Said((speech,), effects=(ConsentCard(SCOPE),))


class ReminderCancelled(_Reminder):
    """The bedtime reminder is gone."""

    kind: ClassVar[str] = "reminder_cancelled"

    def render(self, talk: Conversation) -> Said:
        return Said((talk.speech.text("reminders.cancelled"),))


class NoReminder(_Reminder):
    """There is no bedtime reminder (to cancel, or to tell about)."""

    kind: ClassVar[str] = "reminder_none"

    def render(self, talk: Conversation) -> Said:
        return Said((talk.speech.text("reminders.none"),))


class ReminderTrouble(Complete):
    """The Reminders API refused or failed: what happened, and what the person can do."""

    kind: ClassVar[str] = "reminder_trouble"
    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = True
    problem: Problem

    def arguments(self) -> tuple[str, ...]:
        return (self.problem.value,)

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        known = {problem.value for problem in Problem}
        if len(arguments) != 1 or arguments[0] not in known:
            return None
        return cls(Problem(arguments[0]))

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(problem) for problem in Problem)

    def render(self, talk: Conversation) -> Said:
        speech = (talk.speech.text(f"reminders.problem.{self.problem.value}"),)
        match self.problem:
            case Problem.NOT_PERMITTED:  # the card is how the person grants it again
                return Said(speech, effects=(ConsentCard(SCOPE),))
            case (
                Problem.FORBIDDEN
                | Problem.TOO_MANY
                | Problem.THROTTLED
                | Problem.UNAVAILABLE
                | Problem.REJECTED
            ):
                return Said(speech)
            case _:
                assert_never(self.problem)


VIEW_CLASSES: tuple[type[View], ...] = (
    ReminderSet,
    ReminderMoved,
    ReminderCurrent,
    PermissionByVoice,
    PermissionByCard,
    AskReminderTime,
    ConsentDenied,
    ConsentNotAnswered,
    ReminderCancelled,
    NoReminder,
    ReminderTrouble,
)
