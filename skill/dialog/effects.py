"""What a reply can ask the platform to do besides speaking: show a screen, ask for a slot or a
permission, send the consent card, remember something. ``skill.respond`` turns each kind into
SDK calls in one ``match`` that mypy checks for exhaustiveness; a reply without effects (most
voice-only answers) never imports this module. Effects are ``FrozenValue``s: five
``NamedTuple`` classes cost about 0.5 ms to create."""

from __future__ import annotations

from collections.abc import Mapping

from skill.dialog.values import FrozenValue


class Screen(FrozenValue):
    """An APL document to show where the device has a screen (voice-only devices skip it)."""

    token: str
    document: Mapping[str, object]
    data: Mapping[str, object]
    commands: tuple[Mapping[str, object], ...] = ()
    """APL commands run once the document shows (``ExecuteCommands``), e.g. a countdown."""


class ElicitSlot(FrozenValue):
    """Ask for one slot of the current intent (``Dialog.ElicitSlot``)."""

    slot: str


class AskPermission(FrozenValue):
    """Ask the person, by voice, to grant a permission scope (``Connections.SendRequest``)."""

    scope: str
    token: str


class ConsentCard(FrozenValue):
    """Send the Alexa app's permission card for ``scope`` (instead of any other card)."""

    scope: str


class Remember(FrozenValue):
    """Keep ``values`` in the person's persistent attributes (merged over what is stored)."""

    values: Mapping[str, object]


Effect = Screen | ElicitSlot | AskPermission | ConsentCard | Remember
