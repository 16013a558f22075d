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
from importlib import import_module
from typing import TYPE_CHECKING, ClassVar

from skill.dialog.values import FrozenValue
from skill.speech.ssml import Segment

if TYPE_CHECKING:
    from skill.advice.models import Content
    from skill.dialog.conversation import Conversation
    from skill.dialog.effects import Effect
    from skill.dialog.reply import Card

SEPARATOR = ":"
# A stored view is short; anything longer is not ours.
MAX_ENCODED = 64


class Said(FrozenValue):
    """A rendered view: its words, the question it asks (a speech key), the card, the effects."""

    speech: tuple[Segment, ...]
    question: str | None = None
    reprompt: str | None = None
    card: Card | None = None
    effects: tuple[Effect, ...] = ()


class View(FrozenValue, ABC):
    """One thing the skill can say (and say again). Subclasses are small frozen values: their
    annotated attributes are their fields (``skill.dialog.values``)."""

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


class ViewRegistry:
    """The view classes of every registered capability, by stored kind. Each module is given
    with the kinds its ``VIEW_CLASSES`` holds, and imported the first time one of them is read."""

    def __init__(self, modules: Iterable[tuple[str, Iterable[str]]]) -> None:
        module_of: dict[str, str] = {}
        for module, kinds in modules:
            for kind in kinds:
                if kind in module_of or SEPARATOR in kind:
                    raise ValueError(f"view kind {kind!r} is taken or malformed")
                module_of[kind] = module
        self._module_of: Mapping[str, str] = module_of
        self._by_kind: dict[str, type[View]] = {}

    def _load(self, module: str) -> None:
        listed: tuple[type[View], ...] = getattr(import_module(module), "VIEW_CLASSES", ())
        declared = {kind for kind, home in self._module_of.items() if home == module}
        for cls in listed:
            for flag in ("kind", "speaks_disclaimer", "remembered"):
                if not hasattr(cls, flag):
                    raise TypeError(f"{cls.__name__} does not set {flag}")
        if sorted(cls.kind for cls in listed) != sorted(declared):
            raise ValueError(f"{module}.VIEW_CLASSES does not hold the kinds registered for it")
        self._by_kind.update((cls.kind, cls) for cls in listed)

    def view_class(self, kind: str) -> type[View] | None:
        """The class stored under ``kind`` (its module imported on first use); ``None`` if no
        capability registered it."""
        module = self._module_of.get(kind)
        if module is not None and kind not in self._by_kind:
            self._load(module)
        return self._by_kind.get(kind)

    @property
    def classes(self) -> tuple[type[View], ...]:
        """Every registered view class (every module imported)."""
        found = (self.view_class(kind) for kind in self._module_of)
        return tuple(cls for cls in found if cls is not None)

    def decode(self, raw: object, content: Content) -> View | None:
        """Parse a stored view; ``None`` for anything malformed, unknown or out of range."""
        if not isinstance(raw, str) or len(raw) > MAX_ENCODED:
            return None
        kind, *arguments = raw.split(SEPARATOR)
        cls = self.view_class(kind)
        return None if cls is None else cls.parse(arguments, content)

    def every(self, content: Content) -> tuple[View, ...]:
        """Every valid view of every class."""
        return tuple(view for cls in self.classes for view in cls.every(content))


def index(raw: str) -> int | None:
    """A stored position: plain ASCII digits only, else ``None``."""
    return int(raw) if raw.isascii() and raw.isdigit() else None
