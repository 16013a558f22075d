"""Every view renders to valid Alexa SSML (and content views to a sourced card) in every locale."""

from __future__ import annotations

import pytest

from legcramp.ssml_rules import ssml_errors
from skill.builder import VIEWS
from skill.dialog.conversation import Conversation
from skill.dialog.state import DialogState
from skill.locales import SHIPPED_LOCALES
from skill.reminders.views import VIEW_CLASSES as REMINDER_VIEWS
from skill.speech.ssml import to_plain, to_ssml

# Views that frame the dialog rather than answer from the content: they carry no card.
_FRAMING = {
    "launch",
    "help",
    "fallback",
    "goodbye",
    "no_list",
    "no_more",
    "ask_topic",
    "paused",
    "walk_end",
}
# Reminder answers report what was done to the person's reminder; the Alexa app lists it.
_FRAMING |= {view.kind for view in REMINDER_VIEWS}


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_every_view_is_valid_ssml_and_content_views_carry_a_sourced_card(locale: str) -> None:
    talk = Conversation(locale, VIEWS)
    for view in VIEWS.every(talk.content):
        reply = talk.reply(view, DialogState())
        assert ssml_errors(to_ssml(reply.speech)) == [], view
        if reply.reprompt is not None:
            assert ssml_errors(to_ssml(reply.reprompt)) == [], view
            assert to_plain(reply.speech).endswith("?"), view
        if view.kind in _FRAMING:
            assert reply.card is None, view
        elif view.kind.startswith("diary_"):
            # The diary's own words: a card only for the summary (the listener's figures, with
            # sources when it suggests a doctor) and where advice is said first.
            if view.kind == "diary_summary":
                assert reply.card is not None, view
            elif reply.card is not None:
                assert "https://" in reply.card.text, view
        else:
            assert reply.card is not None, view
            assert "https://" in reply.card.text, view


def test_the_disclaimer_is_said_once_and_only_after_content() -> None:
    talk = Conversation("en-US", VIEWS)
    first = talk.reply(VIEWS.decode("causes", talk.content) or pytest.fail(), DialogState())
    assert talk.content.disclaimer in first.speech
    again = talk.reply(VIEWS.decode("relief", talk.content) or pytest.fail(), first.state)
    assert talk.content.disclaimer not in again.speech
    help_first = talk.reply(VIEWS.decode("help", talk.content) or pytest.fail(), DialogState())
    assert talk.content.disclaimer not in help_first.speech
    assert help_first.state.disclaimed is False
