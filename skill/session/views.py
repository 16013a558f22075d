"""The views that frame a session: the welcome, help, the fallback and goodbye."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from skill.advice.models import Content
from skill.dialog.conversation import Conversation
from skill.dialog.views import Answer, PlainAnswer, Said, View, index

JUST_NOW = -1  # a cramp logged minutes ago (else whole nights back; the diary's own convention)


class Complete(Answer):
    """An answer with nothing behind it: "yes" to it is no answer (so: help), and "tell me
    more" finds no further passage."""

    def after_yes(self, talk: Conversation) -> View:
        return Help()

    def more(self, talk: Conversation) -> View | None:
        return None


@dataclass(frozen=True)
class _Menu(PlainAnswer, Complete):
    """A view that says its one line and then asks what the person would like."""

    remembered: ClassVar[bool] = True

    def render(self, talk: Conversation) -> Said:
        return Said((talk.speech.text(f"{self.kind}.speech"),), "menu.question", "menu.reprompt")


@dataclass(frozen=True)
class Launch(_Menu):
    """"Alexa, open leg cramp helper": a short welcome (with the disclaimer) and one question."""

    kind: ClassVar[str] = "launch"
    speaks_disclaimer: ClassVar[bool] = True


@dataclass(frozen=True)
class DiaryLaunch(Complete):
    """The welcome for someone with a recent diary entry: a few words about it after hello."""

    kind: ClassVar[str] = "launch_diary"
    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True
    ago: int  # nights since the last cramp logged (JUST_NOW: minutes ago)

    def arguments(self) -> tuple[str, ...]:
        return (str(self.ago),)

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        if len(arguments) != 1:
            return None
        ago = JUST_NOW if arguments[0] == str(JUST_NOW) else index(arguments[0])
        return None if ago is None or ago > 99 else cls(ago)

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(JUST_NOW), cls(0), cls(1), cls(2), cls(14))

    def render(self, talk: Conversation) -> Said:
        from skill.cramp_diary.views import when_phrase  # noqa: PLC0415 - the diary's phrasing

        mention = talk.speech.text("diary.launch.mention", when=when_phrase(talk, self.ago))
        speech = (talk.speech.text("launch.speech"), mention)
        return Said(speech, "menu.question", "menu.reprompt")


@dataclass(frozen=True)
class Help(_Menu):
    """What the skill can do."""

    kind: ClassVar[str] = "help"
    speaks_disclaimer: ClassVar[bool] = False


@dataclass(frozen=True)
class Fallback(_Menu):
    """Something the skill cannot help with."""

    kind: ClassVar[str] = "fallback"
    speaks_disclaimer: ClassVar[bool] = False


@dataclass(frozen=True)
class Goodbye(PlainAnswer, Complete):
    """The session ends; nothing is kept to repeat."""

    kind: ClassVar[str] = "goodbye"
    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = False

    def render(self, talk: Conversation) -> Said:
        return Said((talk.speech.text("goodbye"),))

