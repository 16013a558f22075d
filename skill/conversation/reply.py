"""A finished turn, independent of any voice platform."""

from __future__ import annotations

from typing import NamedTuple

from skill.conversation.state import DialogState
from skill.speech.ssml import Segment


class Card(NamedTuple):
    """An Alexa-app card: readable in the morning, naming its sources."""

    title: str
    text: str


class Reply(NamedTuple):
    """What to say, what to say again after silence (``None`` closes the session), and the card."""

    speech: tuple[Segment, ...]
    reprompt: tuple[Segment, ...] | None
    card: Card | None
    state: DialogState

    @property
    def ends_session(self) -> bool:
        """A reply without a reprompt asks nothing, so the session closes."""
        return self.reprompt is None
