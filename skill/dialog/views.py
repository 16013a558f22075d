"""Views: what the skill said last, as small values that can be stored, checked and said again.

Every capability defines its own view classes. A view knows how it is stored
(``kind`` + ``arguments``), how it is read back (``parse``), how it sounds (``render``), and what
"yes", "tell me more", "next", "start over", "pause" and "resume" mean after it. Those are
abstract methods, so a view class that forgets one cannot be instantiated and mypy reports it:
there is no switch on kinds anywhere, and no default that would speak something else.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from skill.advice.models import Content
from skill.dialog.reply import Card, Effect
from skill.speech.ssml import Segment

if TYPE_CHECKING:
    from skill.dialog.conversation import Conversation

SEPARATOR = ":"
# A stored view is short; anything longer is not ours.
MAX_ENCODED = 64


class Said(NamedTuple):
    """A rendered view: its words, the question it asks (a speech key), the card, the effects."""

    speech: tuple[Segment, ...]
    question: str | None = None
    reprompt: str | None = None
    card: Card | None = None
    effects: tuple[Effect, ...] = ()


class View(ABC):
    """One thing the skill can say (and say again). Subclasses are small frozen values."""

    kind: ClassVar[str]
    """The stored name, unique across capabilities (``walk``, ``topic_more`` …)."""
    speaks_disclaimer: ClassVar[bool]
    """Whether the once-per-session disclaimer may follow this view (not after help, goodbye …)."""
    remembered: ClassVar[bool]
    """Whether the session keeps this view for "repeat" and "yes" (not after goodbye)."""

    @abstractmethod
    def arguments(self) -> tuple[str, ...]:
        """What the stored form carries after the kind (a topic, a walk, a position …)."""

    @classmethod
    @abstractmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        """The view stored with these ``arguments``; ``None`` if malformed or out of range."""

    @classmethod
    @abstractmethod
    def every(cls, content: Content) -> Iterable[View]:
        """Every valid view of this class for ``content`` (for tests and the fuzzer)."""

    @abstractmethod
    def render(self, talk: Conversation) -> Said:
        """The words, question, card and effects of this view."""

    @abstractmethod
    def after_yes(self, talk: Conversation) -> View:
        """What "yes" answers after this view."""

    @abstractmethod
    def more(self, talk: Conversation) -> View | None:
        """"tell me more": the next passage not yet heard; ``None`` when everything was said."""

    @abstractmethod
    def move(self, talk: Conversation, delta: int) -> View | None:
        """"next" (+1) or "previous" (-1); ``None`` when this view is not part of a sequence."""

    @abstractmethod
    def restart(self, talk: Conversation) -> View | None:
        """"start over"; ``None`` when there is nothing here to start again."""

    @abstractmethod
    def pause(self, talk: Conversation) -> View | None:
        """"pause"; ``None`` when there is nothing here to pause."""

    @abstractmethod
    def resume(self, talk: Conversation) -> View | None:
        """"resume"; ``None`` when there is nothing here to carry on with."""

    def encode(self) -> str:
        """The session-attribute form, e.g. ``walk:causes:3``."""
        return SEPARATOR.join((self.kind, *self.arguments()))


class Answer(View):
    """A view that stands alone: no sequence to move through, start over, pause or resume."""

    def move(self, talk: Conversation, delta: int) -> View | None:
        """An answer is not part of a sequence."""
        return None

    def restart(self, talk: Conversation) -> View | None:
        """An answer has nothing to start over."""
        return None

    def pause(self, talk: Conversation) -> View | None:
        """An answer has nothing to pause."""
        return None

    def resume(self, talk: Conversation) -> View | None:
        """An answer has nothing to resume."""
        return None


class PlainAnswer(Answer):
    """An answer that carries nothing in its stored form but its kind."""

    def arguments(self) -> tuple[str, ...]:
        """Nothing: the kind says it all."""
        return ()

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        """The view itself; any argument means it is not ours."""
        return None if arguments else cls()

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        """The one view of this class."""
        return (cls(),)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))


class ViewRegistry:
    """The view classes of every registered capability, by stored kind."""

    def __init__(self, classes: Iterable[type[View]]) -> None:
        by_kind: dict[str, type[View]] = {}
        for cls in classes:
            for flag in ("kind", "speaks_disclaimer", "remembered"):
                if not hasattr(cls, flag):
                    raise TypeError(f"{cls.__name__} does not set {flag}")
            if cls.kind in by_kind or SEPARATOR in cls.kind:
                raise ValueError(f"view kind {cls.kind!r} is taken or malformed")
            by_kind[cls.kind] = cls
        self._by_kind: Mapping[str, type[View]] = by_kind

    @property
    def classes(self) -> tuple[type[View], ...]:
        """Every registered view class."""
        return tuple(self._by_kind.values())

    def decode(self, raw: object, content: Content) -> View | None:
        """Parse a stored view; ``None`` for anything malformed, unknown or out of range."""
        if not isinstance(raw, str) or len(raw) > MAX_ENCODED:
            return None
        kind, *arguments = raw.split(SEPARATOR)
        cls = self._by_kind.get(kind)
        return None if cls is None else cls.parse(arguments, content)

    def every(self, content: Content) -> tuple[View, ...]:
        """Every valid view of every class."""
        return tuple(view for cls in self._by_kind.values() for view in cls.every(content))


def index(raw: str) -> int | None:
    """A stored position: plain ASCII digits only, else ``None``."""
    return int(raw) if raw.isascii() and raw.isdigit() else None
