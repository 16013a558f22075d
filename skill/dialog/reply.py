"""A finished reply, independent of any voice platform: words, card, effects and the next state.

Named tuples, not dataclasses: every response imports this module, and a frozen dataclass costs
about a millisecond of cold start to create (measured with ``python -X importtime``). The
effects live in ``skill.dialog.effects``, imported only by replies that carry one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from skill.dialog.values import FrozenValue
from skill.speech.ssml import Segment

if TYPE_CHECKING:
    from skill.dialog.effects import Effect
    from skill.dialog.state import DialogState


class Card(FrozenValue):
    """An Alexa-app card: readable in the morning, naming its sources."""

    title: str
    text: str


class Reply(FrozenValue):
    """What to say, what to say again after silence (``None`` closes the session), the card,
    the effects, and the dialog state the session carries to the next request."""

    speech: tuple[Segment, ...]
    reprompt: tuple[Segment, ...] | None
    card: Card | None
    state: DialogState
    effects: tuple[Effect, ...] = ()

    @property
    def ends_session(self) -> bool:
        """A reply without a reprompt asks nothing, so the session closes."""
        return self.reprompt is None
