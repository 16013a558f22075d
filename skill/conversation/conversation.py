"""The dialog: each intent, given the state the session carries, becomes a reply."""

from __future__ import annotations

from skill.advice.catalog import load_content
from skill.advice.models import Content, TopicId, Walk
from skill.conversation.render import Renderer
from skill.conversation.reply import Reply
from skill.conversation.state import DialogState
from skill.conversation.views import View, ViewKind
from skill.speech.catalog import speech_catalog
from skill.speech.ssml import NOT_XML

# Longest slot value echoed back when a topic is not recognised; the rest is dropped.
MAX_HEARD_CHARACTERS = 60

_WALK_OVERVIEWS = {ViewKind.CAUSES: Walk.CAUSES, ViewKind.RELIEF: Walk.RELIEF}


class Conversation:
    """One locale's conversation. Every method is pure: state in, reply out."""

    def __init__(self, locale: str | None) -> None:
        self.content: Content = load_content(locale)
        self.renderer = Renderer(self.content, speech_catalog(locale))

    def state_from(self, attributes: object) -> DialogState:
        """The dialog state carried in (untrusted) session attributes."""
        return DialogState.from_attributes(attributes, self.content)

    def say(self, kind: ViewKind, state: DialogState) -> Reply:
        """A view that needs no topic, list or position (launch, help, causes, stop …)."""
        return self.renderer.reply(View(kind), state)

    def stretch(self, state: DialogState) -> Reply:
        """Start the guided bedtime routine from its first stretch."""
        return self.renderer.reply(View(ViewKind.ROUTINE, position=0), state)

    def topic(self, state: DialogState, topic: TopicId | None, heard: str | None) -> Reply:
        """Answer a topic; ask which one when none was heard, or when it is not in the catalogue."""
        if topic is not None and topic in self.content.topics:
            return self.renderer.reply(View(ViewKind.TOPIC, topic=topic), state)
        words = " ".join(NOT_XML.sub("", heard or "").split())[:MAX_HEARD_CHARACTERS]
        if words:
            return self.renderer.topic_unknown(words, state)
        return self.renderer.reply(View(ViewKind.ASK_TOPIC), state)

    def repeat(self, state: DialogState) -> Reply:
        """Say the last view again; with nothing (valid) to repeat, offer help."""
        return self.renderer.reply(state.view or View(ViewKind.HELP), state)

    def yes(self, state: DialogState) -> Reply:
        """Accept the question the last view asked."""
        return self.renderer.reply(self._after_yes(state.view), state)

    def next(self, state: DialogState) -> Reply:
        """Move forward through the list or routine in progress."""
        return self.renderer.reply(self._step(state.view, +1), state)

    def previous(self, state: DialogState) -> Reply:
        """Move back through the list or routine in progress."""
        return self.renderer.reply(self._step(state.view, -1), state)

    def start_over(self, state: DialogState) -> Reply:
        """Back to the start of the list or routine, or of the skill."""
        view = state.view
        if view is not None and view.walk is not None:
            return self.renderer.reply(View(ViewKind.WALK, walk=view.walk, position=0), state)
        if view is not None and view.kind in (ViewKind.ROUTINE, ViewKind.PAUSED):
            return self.stretch(state)
        return self.say(ViewKind.LAUNCH, state)

    def pause(self, state: DialogState) -> Reply:
        """Hold the routine where it is; outside the routine, pausing ends the session."""
        view = state.view
        if view is not None and view.kind in (ViewKind.ROUTINE, ViewKind.PAUSED):
            return self.renderer.reply(View(ViewKind.PAUSED, position=view.position), state)
        return self.say(ViewKind.GOODBYE, state)

    def resume(self, state: DialogState) -> Reply:
        """Carry on where the routine (or list) was paused."""
        view = state.view
        if view is not None and view.kind in (ViewKind.ROUTINE, ViewKind.PAUSED):
            return self.renderer.reply(View(ViewKind.ROUTINE, position=view.position), state)
        if view is not None and view.kind is ViewKind.WALK:
            return self.renderer.reply(view, state)
        return self.say(ViewKind.NO_LIST, state)

    def _after_yes(self, view: View | None) -> View:
        if view is None:
            return View(ViewKind.HELP)
        kind = view.kind
        if kind in _WALK_OVERVIEWS:
            return View(ViewKind.WALK, walk=_WALK_OVERVIEWS[kind], position=0)
        topic = self.content.topics[view.topic] if view.topic is not None else None
        if kind is ViewKind.TOPIC and topic is not None and topic.answer.more is not None:
            return View(ViewKind.TOPIC_MORE, topic=view.topic)
        if kind in (ViewKind.TOPIC, ViewKind.TOPIC_MORE) and topic and topic.tips is not None:
            return View(ViewKind.TOPIC_TIPS, topic=view.topic)
        if kind is ViewKind.WALK_END:
            return View(ViewKind.WALK, walk=view.walk, position=0)
        if kind in (ViewKind.WALK, ViewKind.ROUTINE):
            return self._step(view, +1)
        if kind is ViewKind.PAUSED:
            return View(ViewKind.ROUTINE, position=view.position)
        if kind is ViewKind.DOCTOR:
            return View(ViewKind.DOCTOR_ROUTINE)
        if kind is ViewKind.ASK_TOPIC:
            return view
        return View(ViewKind.HELP)

    def _step(self, view: View | None, delta: int) -> View:
        if view is None:
            return View(ViewKind.NO_LIST)
        if view.kind in _WALK_OVERVIEWS and delta > 0:
            return View(ViewKind.WALK, walk=_WALK_OVERVIEWS[view.kind], position=0)
        if view.walk is not None:
            last = len(self.content.walks[view.walk]) - 1
            index = last + 1 if view.position is None else view.position
            if index + delta > last:
                return View(ViewKind.WALK_END, walk=view.walk)
            return View(ViewKind.WALK, walk=view.walk, position=max(index + delta, 0))
        if view.kind in (ViewKind.ROUTINE, ViewKind.PAUSED):
            last = len(self.content.routine.steps) - 1
            return View(ViewKind.ROUTINE, position=min(max((view.position or 0) + delta, 0), last))
        return View(ViewKind.NO_LIST)
