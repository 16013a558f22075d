"""The one view navigation has of its own: there is no walk or stretch routine in progress."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from skill.advice.models import Content
from skill.dialog.conversation import Conversation
from skill.dialog.views import Answer, Said, View
from skill.session.views import Help


@dataclass(frozen=True)
class NoSequence(Answer):
    """"Next", "previous" or "resume" with nothing in progress."""

    kind: ClassVar[str] = "no_list"
    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = True

    def arguments(self) -> tuple[str, ...]:
        return ()

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        return None if arguments else cls()

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(),)

    def render(self, talk: Conversation) -> Said:
        return Said((talk.speech.text("no_list.speech"),), "menu.question", "menu.reprompt")

    def after_yes(self, talk: Conversation) -> View:
        return Help()
