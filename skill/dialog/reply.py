"""A finished reply, independent of any voice platform: words, card, effects and the next state.

Named tuples, not dataclasses: every response imports this module, and a frozen dataclass costs
about a millisecond of cold start to create (measured with ``python -X importtime``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

from skill.speech.ssml import Segment

if TYPE_CHECKING:
    from skill.dialog.state import DialogState


class Card(NamedTuple):
    """An Alexa-app card: readable in the morning, naming its sources."""

    title: str
    text: str


class Screen(NamedTuple):
    """An APL document to show where the device has a screen (voice-only devices skip it)."""

    token: str
    document: Mapping[str, object]
    data: Mapping[str, object]
    commands: tuple[Mapping[str, object], ...] = ()
    """APL commands run once the document shows (``ExecuteCommands``), e.g. a countdown."""


class ElicitSlot(NamedTuple):
    """Ask for one slot of the current intent (``Dialog.ElicitSlot``)."""

    slot: str


class AskPermission(NamedTuple):
    """Ask the person, by voice, to grant a permission scope (``Connections.SendRequest``)."""

    scope: str
    token: str


class ConsentCard(NamedTuple):
    """Send the Alexa app's permission card for ``scope`` (instead of any other card)."""

    scope: str


class Remember(NamedTuple):
    """Keep ``values`` in the person's persistent attributes (merged over what is stored)."""

    values: Mapping[str, object]


# Everything a reply can ask the platform to do besides speaking; ``skill.respond`` turns each
# kind into SDK calls in one ``match`` that mypy checks for exhaustiveness.
Effect = Screen | ElicitSlot | AskPermission | ConsentCard | Remember


class Reply(NamedTuple):
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
