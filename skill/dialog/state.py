"""The dialog state a session carries between requests, read defensively from session attributes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from skill.dialog.values import FrozenValue
from skill.dialog.views import View, ViewRegistry
from skill.names import Attr

if TYPE_CHECKING:
    from skill.advice.models import Content


class DialogState(FrozenValue):
    """What was said last (so Yes, Repeat and Next know what they refer to)."""

    view: View | None = None
    disclaimed: bool = False

    @classmethod
    def from_attributes(
        cls, attributes: object, views: ViewRegistry, content: Callable[[], Content]
    ) -> DialogState:
        """Session attributes come back from the device: anything unexpected gives a fresh state.
        ``content`` is asked for only when a stored view needs reading back."""
        if not isinstance(attributes, Mapping):
            return cls()
        disclaimed = attributes.get(Attr.DISCLAIMED)
        stored = attributes.get(Attr.VIEW)
        return cls(
            view=None if stored is None else views.decode(stored, content()),
            disclaimed=disclaimed is True,
        )

    def to_attributes(self) -> dict[str, object]:
        """The session-attribute form of this state."""
        attributes: dict[str, object] = {Attr.DISCLAIMED: self.disclaimed}
        if self.view is not None:
            attributes[Attr.VIEW] = self.view.encode()
        return attributes
