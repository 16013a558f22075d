"""Turn a view into a reply: the words (content and templates), the question, the card."""

from __future__ import annotations

from typing import NamedTuple

from skill.advice.models import Content, Passage, Source, TopicId, Walk
from skill.conversation.reply import Card, Reply
from skill.conversation.routine import step_segments
from skill.conversation.state import DialogState
from skill.conversation.views import View, ViewKind
from skill.speech.catalog import SpeechCatalog
from skill.speech.ssml import Segment

# Views that only inform (no card) rather than answer from the content.
_CHROME = frozenset(
    {
        ViewKind.LAUNCH,
        ViewKind.HELP,
        ViewKind.FALLBACK,
        ViewKind.ASK_TOPIC,
        ViewKind.NO_LIST,
        ViewKind.PAUSED,
        ViewKind.GOODBYE,
    }
)
# The welcome carries the disclaimer; the other chrome (help, goodbye …) never does.
_NO_DISCLAIMER = _CHROME - {ViewKind.LAUNCH}


class _Turn(NamedTuple):
    speech: tuple[Segment, ...]
    question: str | None = None
    reprompt: str | None = None
    card: Card | None = None


class Renderer:
    """Renders views for one locale's content and speech templates."""

    def __init__(self, content: Content, speech: SpeechCatalog) -> None:
        self.content = content
        self.speech = speech

    def reply(self, view: View, state: DialogState, *, prefix: tuple[str, ...] = ()) -> Reply:
        """The reply for ``view``; says the disclaimer once per session, before any question."""
        turn = self._turn(view)
        speech = [*prefix, *turn.speech]
        disclaim = not state.disclaimed and view.kind not in _NO_DISCLAIMER
        if disclaim:
            speech.append(self.content.disclaimer)
        reprompt: tuple[Segment, ...] | None = None
        if turn.question is not None:
            speech.append(self.speech.text(turn.question))
            reprompt = (self.speech.text(turn.reprompt or turn.question),)
        remembered = view if view.kind is not ViewKind.GOODBYE else None
        return Reply(
            speech=tuple(speech),
            reprompt=reprompt,
            card=turn.card,
            state=DialogState(view=remembered, disclaimed=state.disclaimed or disclaim),
        )

    def topic_unknown(self, heard: str, state: DialogState) -> Reply:
        """Asked about something that is not in the catalogue: say so, then ask which topic."""
        said = self.speech.text("topic.unknown", heard=heard)
        return self.reply(View(ViewKind.ASK_TOPIC), state, prefix=(said,))

    def _turn(self, view: View) -> _Turn:
        kind = view.kind
        if kind in _CHROME:
            return self._chrome(kind)
        if kind is ViewKind.CAUSES:
            return self._overview(self.content.causes, "card.title.causes", "walk.start_question")
        if kind is ViewKind.RELIEF:
            return self._overview(self.content.relief, "card.title.relief", "walk.start_question")
        if kind is ViewKind.CRAMP_NOW:
            passage = self.content.cramp_now
            title = self.speech.text("card.title.cramp_now")
            return _Turn((passage.speech,), card=self._card(title, passage))
        if kind is ViewKind.DOCTOR:
            return self._doctor()
        if kind is ViewKind.DOCTOR_ROUTINE:
            passage = self.content.doctor.routine
            title = self.speech.text("card.title.doctor")
            return _Turn((passage.speech,), card=self._card(title, passage))
        if kind in (ViewKind.TOPIC, ViewKind.TOPIC_MORE, ViewKind.TOPIC_TIPS):
            return self._topic(view)
        if kind in (ViewKind.WALK, ViewKind.WALK_END):
            return self._walk(view)
        return self._routine(view.position or 0)

    def _chrome(self, kind: ViewKind) -> _Turn:
        if kind is ViewKind.GOODBYE:
            return _Turn((self.speech.text("goodbye"),))
        if kind is ViewKind.PAUSED:
            return _Turn(
                (self.speech.text("routine.paused"),),
                "routine.resume_question",
                "routine.resume_reprompt",
            )
        if kind is ViewKind.ASK_TOPIC:
            return _Turn((), "topic.ask", "topic.ask_reprompt")
        return _Turn((self.speech.text(f"{kind.value}.speech"),), "menu.question", "menu.reprompt")

    def _overview(self, passage: Passage, title_key: str, question: str) -> _Turn:
        card = self._card(self.speech.text(title_key), passage)
        return _Turn((passage.speech,), question, card=card)

    def _doctor(self) -> _Turn:
        doctor = self.content.doctor
        card = Card(
            title=self.speech.text("card.title.doctor"),
            text=self._card_text(
                "\n\n".join(p.card for p in (doctor.emergency, doctor.same_day, doctor.routine)),
                doctor.emergency.sources + doctor.same_day.sources + doctor.routine.sources,
            ),
        )
        return _Turn(
            (doctor.emergency.speech, doctor.same_day.speech), "doctor.routine_question", card=card
        )

    def _topic(self, view: View) -> _Turn:
        topic = self.content.topics[view.topic or TopicId.STRETCHING]
        passage = topic.tips if view.kind is ViewKind.TOPIC_TIPS else topic.answer
        assert passage is not None  # View.fits checked it
        said = passage.more if view.kind is ViewKind.TOPIC_MORE else passage.speech
        card = self._card(topic.title, passage)
        question: str | None = None
        if view.kind is ViewKind.TOPIC and topic.answer.more is not None:
            question = "topic.more_question"
        elif view.kind is not ViewKind.TOPIC_TIPS and topic.tips is not None:
            question = "topic.tips_question"
        return _Turn((said or passage.speech,), question, card=card)

    def _walk(self, view: View) -> _Turn:
        walk = view.walk or Walk.CAUSES
        topic_ids = self.content.walks[walk]
        if view.kind is ViewKind.WALK_END:
            return _Turn((self.speech.text("walk.end"),), "walk.again_question")
        index = view.position or 0
        topic = self.content.topics[topic_ids[index]]
        passage = topic.for_walk(walk)
        heading = self.speech.text(
            "walk.position", position=index + 1, total=len(topic_ids), title=topic.title
        )
        card = self._card(topic.title, passage)
        question = "walk.next_question" if index + 1 < len(topic_ids) else None
        return _Turn((heading, passage.speech), question, "walk.next_reprompt", card)

    def _routine(self, index: int) -> _Turn:
        routine = self.content.routine
        steps = routine.steps
        opening = (routine.intro,) if index == 0 else ()
        segments = (*opening, *step_segments(self.speech, steps, index))
        card = Card(title=routine.title, text=self._card_text(routine.card, routine.sources))
        if index + 1 < len(steps):
            return _Turn(segments, "routine.next_question", "routine.next_reprompt", card)
        return _Turn((*segments, routine.outro), card=card)

    def _card(self, title: str, passage: Passage) -> Card:
        return Card(title=title, text=self._card_text(passage.card, passage.sources))

    def _card_text(self, body: str, sources: tuple[Source, ...]) -> str:
        unique = tuple(dict.fromkeys(sources))
        listed = "\n".join(
            self.speech.text("card.source", name=s.name, url=s.url) for s in unique
        )
        return f"{body}\n\n{self.speech.text('card.sources_heading')}\n{listed}"
