"""Every view renders to valid Alexa SSML and a card for every shipped locale."""

from __future__ import annotations

import pytest

from legcramp.ssml_rules import ssml_errors
from skill.conversation import Conversation, DialogState, View, ViewKind
from skill.locales import SHIPPED_LOCALES
from skill.speech.ssml import to_plain, to_ssml

_CONTENT_KINDS = {ViewKind.CAUSES, ViewKind.RELIEF, ViewKind.CRAMP_NOW, ViewKind.DOCTOR,
                  ViewKind.DOCTOR_ROUTINE}


def _views(talk: Conversation) -> list[View]:
    content = talk.content
    views = [View(kind) for kind in _CONTENT_KINDS]
    views += [View(ViewKind.TOPIC, topic=t) for t in content.topics]
    for topic_id, topic in content.topics.items():
        if topic.answer.more:
            views.append(View(ViewKind.TOPIC_MORE, topic=topic_id))
        if topic.tips:
            views.append(View(ViewKind.TOPIC_TIPS, topic=topic_id))
    for walk, ids in content.walks.items():
        views += [View(ViewKind.WALK, walk=walk, position=i) for i in range(len(ids))]
    views += [View(ViewKind.ROUTINE, position=i) for i in range(len(content.routine.steps))]
    return views


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_every_content_view_is_valid_ssml_with_a_sourced_card(locale: str) -> None:
    talk = Conversation(locale)
    for view in _views(talk):
        reply = talk.renderer.reply(view, DialogState())
        assert ssml_errors(to_ssml(reply.speech)) == [], view
        if reply.reprompt is not None:
            assert ssml_errors(to_ssml(reply.reprompt)) == [], view
            assert to_plain(reply.speech).endswith("?"), view
        assert reply.card is not None, view
        assert "https://" in reply.card.text, view
