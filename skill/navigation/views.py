"""The one view navigation has of its own: there is no walk or stretch routine in progress."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from skill.dialog.conversation import Conversation
from skill.dialog.views import PlainAnswer, Said, View
from skill.session.views import Help


@dataclass(frozen=True)
class NoSequence(PlainAnswer):
    """"Next", "previous" or "resume" with nothing in progress."""

    kind: ClassVar[str] = "no_list"
    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = True

    def render(self, talk: Conversation) -> Said:
        return Said((talk.speech.text("no_list.speech"),), "menu.question", "menu.reprompt")

    def after_yes(self, talk: Conversation) -> View:
        return Help()
