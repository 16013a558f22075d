"""The views that frame a session: the welcome, help, the fallback and goodbye."""

from __future__ import annotations

from typing import ClassVar

from skill.advice.texts import safety_net
from skill.dialog.conversation import Conversation
from skill.dialog.views import Answer, PlainAnswer, Said, View


class Complete(Answer):
    """An answer with nothing behind it: "yes" to it is no answer (so: help), and "tell me
    more" finds no further passage."""

    def after_yes(self, talk: Conversation) -> View:
        return Help()

    def more(self, talk: Conversation) -> View | None:
        return None


class _Menu(PlainAnswer, Complete):
    """A view that says its one line and then asks what the person would like."""

    remembered: ClassVar[bool] = True

    def render(self, talk: Conversation) -> Said:
        return Said((talk.speech.text(f"{self.kind}.speech"),), "menu.question", "menu.reprompt")


class Launch(_Menu):
    """ "Alexa, open leg cramp helper": a short welcome (with the disclaimer) and one question."""

    kind: ClassVar[str] = "launch"
    speaks_disclaimer: ClassVar[bool] = True


class Help(_Menu):
    """What the skill can do."""

    kind: ClassVar[str] = "help"
    speaks_disclaimer: ClassVar[bool] = False


class Fallback(_Menu):
    """Something the skill cannot help with. A worried person whose words were not understood
    ("I can't seem to get enough air in") still hears the number to call in an emergency."""

    kind: ClassVar[str] = "fallback"
    speaks_disclaimer: ClassVar[bool] = False

    def render(self, talk: Conversation) -> Said:
        sorry, offer = talk.speech.text("fallback.speech"), talk.speech.text("fallback.offer")
        return Said((sorry, safety_net(talk.locale), offer), "menu.question", "menu.reprompt")


class Goodbye(PlainAnswer, Complete):
    """The session ends; nothing is kept to repeat."""

    kind: ClassVar[str] = "goodbye"
    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = False

    def render(self, talk: Conversation) -> Said:
        return Said((talk.speech.text("goodbye"),))


VIEW_CLASSES: tuple[type[View], ...] = (
    Launch,
    Help,
    Fallback,
    Goodbye,
)
