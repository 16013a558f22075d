"""What the skill last said, as a small value that can be stored, checked and said again."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from skill.advice.models import Content, TopicId, Walk

_SEPARATOR = ":"
# A stored view is short; anything longer is not ours.
_MAX_ENCODED = 64


class ViewKind(StrEnum):
    """Every kind of response the conversation can give (and repeat)."""

    LAUNCH = "launch"
    HELP = "help"
    FALLBACK = "fallback"
    ASK_TOPIC = "ask_topic"
    NO_LIST = "no_list"
    CAUSES = "causes"
    RELIEF = "relief"
    CRAMP_NOW = "cramp_now"
    DOCTOR = "doctor"
    DOCTOR_ROUTINE = "doctor_routine"
    TOPIC = "topic"
    TOPIC_MORE = "topic_more"
    TOPIC_TIPS = "topic_tips"
    WALK = "walk"
    WALK_END = "walk_end"
    ROUTINE = "routine"
    PAUSED = "paused"
    GOODBYE = "goodbye"


_TOPIC_KINDS = frozenset({ViewKind.TOPIC, ViewKind.TOPIC_MORE, ViewKind.TOPIC_TIPS})
_WALK_KINDS = frozenset({ViewKind.WALK, ViewKind.WALK_END})
_INDEXED_KINDS = frozenset({ViewKind.WALK, ViewKind.ROUTINE, ViewKind.PAUSED})


class View(NamedTuple):
    """A view kind with the topic, list and position it needs (and nothing it does not)."""

    kind: ViewKind
    topic: TopicId | None = None
    walk: Walk | None = None
    position: int | None = None

    def encode(self) -> str:
        """The session-attribute form, e.g. ``walk:causes:3``."""
        parts = [self.kind.value, self.topic, self.walk, self.position]
        return _SEPARATOR.join(str(part) for part in parts if part is not None)

    @classmethod
    def decode(cls, raw: object, content: Content) -> View | None:
        """Parse a stored view; ``None`` for anything malformed, unknown or out of range."""
        if not isinstance(raw, str) or len(raw) > _MAX_ENCODED:
            return None
        kind_name, *rest = raw.split(_SEPARATOR)
        try:
            kind = ViewKind(kind_name)
            view = cls._with_arguments(kind, rest)
        except ValueError:
            return None
        return view if view.fits(content) else None

    @classmethod
    def _with_arguments(cls, kind: ViewKind, rest: list[str]) -> View:
        if kind in _TOPIC_KINDS:
            (topic,) = rest
            return cls(kind, topic=TopicId(topic))
        if kind is ViewKind.WALK:
            walk, index = rest
            return cls(kind, walk=Walk(walk), position=_index(index))
        if kind is ViewKind.WALK_END:
            (walk,) = rest
            return cls(kind, walk=Walk(walk))
        if kind in _INDEXED_KINDS:
            (index,) = rest
            return cls(kind, position=_index(index))
        if rest:
            raise ValueError(f"{kind} takes no arguments")
        return cls(kind)

    def fits(self, content: Content) -> bool:
        """Whether this view points at something that exists in ``content``."""
        if self.kind in _TOPIC_KINDS:
            topic = content.topics.get(self.topic) if self.topic else None
            if topic is None:
                return False
            if self.kind is ViewKind.TOPIC_MORE:
                return topic.answer.more is not None
            return self.kind is not ViewKind.TOPIC_TIPS or topic.tips is not None
        if self.kind in _WALK_KINDS:
            if self.walk is None:
                return False
            return self.position is None or self.position < len(content.walks[self.walk])
        if self.kind in _INDEXED_KINDS:
            return self.position is not None and self.position < len(content.routine.steps)
        return True


def _index(raw: str) -> int:
    if not (raw.isascii() and raw.isdigit()):
        raise ValueError(f"not an index: {raw!r}")
    return int(raw)
