"""A cramp happening now: the first words are the stretch that eases it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from skill.dialog.conversation import Conversation
from skill.dialog.views import PlainAnswer, Said, View
from skill.night_screen import screens
from skill.session.views import Help


@dataclass(frozen=True)
class CrampNow(PlainAnswer):
    """What to do for a cramp right now."""

    kind: ClassVar[str] = "cramp_now"
    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True

    def render(self, talk: Conversation) -> Said:
        passage = talk.content.cramp_now
        card = talk.card(talk.speech.text("card.title.cramp_now"), passage)
        return Said((passage.speech,), card=card, effects=(screens.cramp_now(talk, passage),))

    def after_yes(self, talk: Conversation) -> View:
        return Help()
