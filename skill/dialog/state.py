"""The dialog state a session carries between requests, read defensively from session attributes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from skill.dialog.values import FrozenValue
from skill.dialog.views import View, ViewRegistry
from skill.names import Attr

if TYPE_CHECKING:
    from skill.advice.models import Content


# What the person said about themselves is kept as short upper-case IDs, and only a few of them:
# session attributes come back from the device, so anything else read back is dropped.
_CONTEXT_ID = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ_")
MAX_CONTEXT = 4
MAX_CONTEXT_ID = 32


def _context_id(value: object) -> bool:
    return (
        isinstance(value, str)
        and 0 < len(value) <= MAX_CONTEXT_ID
        and _CONTEXT_ID.issuperset(value)
    )


class DialogState(FrozenValue):
    """What was said last (so Yes, Repeat and Next know what they refer to), and what the person
    said about themselves earlier in the session that changes later answers (``context``: the
    advice core's situation IDs, such as ``PREGNANT``; which of them count is the capability's
    business). The session's memory only: it is never stored anywhere else."""

    view: View | None = None
    disclaimed: bool = False
    context: frozenset[str] = frozenset()

    def remembering(self, said: str) -> DialogState:
        """This state, also remembering ``said`` (ignored if it is not an ID, or if the context is
        full)."""
        if not _context_id(said) or said in self.context or len(self.context) >= MAX_CONTEXT:
            return self
        return self.replace(context=self.context | {said})

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
        context = attributes.get(Attr.CONTEXT)
        kept = context[:MAX_CONTEXT] if isinstance(context, list) else []
        return cls(
            view=None if stored is None else views.decode(stored, content()),
            disclaimed=disclaimed is True,
            context=frozenset(value for value in kept if _context_id(value)),
        )

    def to_attributes(self) -> dict[str, object]:
        """The session-attribute form of this state."""
        attributes: dict[str, object] = {Attr.DISCLAIMED: self.disclaimed}
        if self.view is not None:
            attributes[Attr.VIEW] = self.view.encode()
        if self.context:
            attributes[Attr.CONTEXT] = sorted(self.context)
        return attributes
