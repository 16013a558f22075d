"""One locale's conversation: the content, the speech templates, and how a view becomes a reply."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from skill.advice.texts import disclaimer
from skill.dialog.reply import Card, Reply
from skill.dialog.state import DialogState
from skill.dialog.views import View, ViewRegistry
from skill.speech.catalog import SpeechCatalog, speech_catalog
from skill.speech.ssml import Segment, without_non_xml

if TYPE_CHECKING:
    from skill.advice.models import Content, Passage, Source

# Longest slot value echoed back when it is not understood; the rest is dropped.
MAX_HEARD_CHARACTERS = 60


class Conversation:
    """Renders views for one locale. Pure: state in, reply out; no Alexa imports."""

    def __init__(self, locale: str | None, views: ViewRegistry) -> None:
        self.locale = locale
        self.speech: SpeechCatalog = speech_catalog(locale)
        self.views = views

    @cached_property
    def content(self) -> Content:
        """The locale's advice content, built on first use (a welcome never needs it)."""
        from skill.advice.catalog import load_content  # noqa: PLC0415 - not at every cold start

        return load_content(self.locale)

    def state_from(self, attributes: object) -> DialogState:
        """The dialog state carried in (untrusted) session attributes."""
        return DialogState.from_attributes(attributes, self.views, lambda: self.content)

    def reply(self, view: View, state: DialogState, *, prefix: tuple[str, ...] = ()) -> Reply:
        """The reply for ``view``; says the disclaimer once per session, before any question."""
        said = view.render(self)
        speech: list[Segment] = [*prefix, *said.speech]
        disclaim = not state.disclaimed and view.speaks_disclaimer
        if disclaim:
            speech.append(disclaimer(self.locale))
        reprompt: tuple[Segment, ...] | None = None
        if said.question is not None:
            speech.append(self.speech.text(said.question))
            reprompt = (self.speech.text(said.reprompt or said.question),)
        return Reply(
            speech=tuple(speech),
            reprompt=reprompt,
            card=said.card,
            state=DialogState(
                view=view if view.remembered else None,
                disclaimed=state.disclaimed or disclaim,
                context=state.context,
            ),
            effects=said.effects,
        )

    def card(self, title: str, passage: Passage) -> Card:
        """A card with ``passage``'s card text and its sources."""
        return Card(title=title, text=self.card_text(passage.card, passage.sources))

    def card_text(self, body: str, sources: tuple[Source, ...]) -> str:
        """``body`` followed by the list of its (deduplicated) sources."""
        unique = tuple(dict.fromkeys(sources))
        listed = "\n".join(
            self.speech.text("card.source", name=s.name, url=s.url) for s in unique
        )
        return f"{body}\n\n{self.speech.text('card.sources_heading')}\n{listed}"


def heard_words(heard: str | None) -> str:
    """Slot words safe to echo back: XML-safe, single-spaced, at most 60 characters."""
    return " ".join(without_non_xml(heard or "").split())[:MAX_HEARD_CHARACTERS]
