"""The guided bedtime stretch routine, one stretch at a time, and its pause."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from skill.advice.models import Content
from skill.dialog.conversation import Conversation
from skill.dialog.reply import Card
from skill.dialog.views import Said, View, index
from skill.night_screen import screens
from skill.speech.ssml import to_plain
from skill.stretch_routine.timing import step_segments


class _InRoutine(View):
    position: int

    @classmethod
    def parse(cls, arguments: Sequence[str], content: Content) -> View | None:
        position = index(arguments[0]) if len(arguments) == 1 else None
        if position is None or position >= len(content.routine.steps):
            return None
        return cls(position)

    @classmethod
    def every(cls, content: Content) -> Iterable[View]:
        return (cls(i) for i in range(len(content.routine.steps)))

    def arguments(self) -> tuple[str, ...]:
        return (str(self.position),)

    def move(self, talk: Conversation, delta: int) -> View | None:
        last = len(talk.content.routine.steps) - 1
        return RoutineStretch(min(max(self.position + delta, 0), last))

    def restart(self, talk: Conversation) -> View | None:
        return RoutineStretch(0)

    def pause(self, talk: Conversation) -> View | None:
        return RoutinePaused(self.position)

    def resume(self, talk: Conversation) -> View | None:
        return RoutineStretch(self.position)

    def more(self, talk: Conversation) -> View | None:
        """"Go on" in the routine is the next stretch; after the last one there is no more."""
        if self.position + 1 >= len(talk.content.routine.steps):
            return None
        return RoutineStretch(self.position + 1)


class RoutineStretch(_InRoutine):
    """Stretch ``position``: its heading, the instruction, and a counted hold."""

    kind: ClassVar[str] = "routine"
    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True
    position: int

    def render(self, talk: Conversation) -> Said:
        routine = talk.content.routine
        steps = routine.steps
        opening = (routine.intro,) if self.position == 0 else ()
        segments = (*opening, *step_segments(talk.speech, steps, self.position))
        card = Card(routine.title, talk.card_text(routine.card, routine.sources))
        before_hold = to_plain(segments[: segments.index(talk.speech.text("routine.hold")) + 1])
        shown = (screens.stretch(talk, steps, self.position, before_hold, routine.sources),)
        if self.position + 1 < len(steps):
            return Said(segments, "routine.next_question", "routine.next_reprompt", card, shown)
        return Said((*segments, routine.outro), card=card, effects=shown)

    def after_yes(self, talk: Conversation) -> View:
        return self.move(talk, +1) or self


class RoutinePaused(_InRoutine):
    """The routine on hold at ``position``."""

    kind: ClassVar[str] = "paused"
    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = True
    position: int

    def render(self, talk: Conversation) -> Said:
        routine = talk.content.routine
        shown = (screens.paused(talk, routine.steps, self.position, routine.sources),)
        return Said(
            (talk.speech.text("routine.paused"),),
            "routine.resume_question",
            "routine.resume_reprompt",
            effects=shown,
        )

    def after_yes(self, talk: Conversation) -> View:
        return RoutineStretch(self.position)

    def more(self, talk: Conversation) -> View | None:
        """"Go on" while paused carries on with the stretch that was paused."""
        return RoutineStretch(self.position)


VIEW_CLASSES: tuple[type[View], ...] = (
    RoutineStretch,
    RoutinePaused,
)
