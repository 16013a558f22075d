"""Navigation's own views: nothing in progress to move through, and nothing more to say."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from skill.dialog.conversation import Conversation
from skill.dialog.views import PlainAnswer, Said, View
from skill.session.views import Complete


@dataclass(frozen=True)
class NoSequence(PlainAnswer, Complete):
    """"Next", "previous" or "resume" with nothing in progress."""

    kind: ClassVar[str] = "no_list"
    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = True

    def render(self, talk: Conversation) -> Said:
        return Said((talk.speech.text("no_list.speech"),), "menu.question", "menu.reprompt")


@dataclass(frozen=True)
class NothingMore(PlainAnswer, Complete):
    """"Tell me more" when everything on the last answer has been said (or nothing was)."""

    kind: ClassVar[str] = "no_more"
    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = True

    def render(self, talk: Conversation) -> Said:
        return Said((talk.speech.text("no_more.speech"),), "menu.question", "menu.reprompt")


VIEW_CLASSES: tuple[type[View], ...] = (
    NoSequence,
    NothingMore,
)
