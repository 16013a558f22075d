"""The dialog state read back from (untrusted) session attributes, and what it remembers."""

from __future__ import annotations

import pytest

from skill.advice.models import Content
from skill.builder import VIEWS
from skill.dialog.conversation import Conversation
from skill.dialog.state import MAX_CONTEXT, DialogState
from skill.session.views import Help


def _no_content() -> Content:
    raise AssertionError("no stored view here, so no content should be read")


def read(attributes: object) -> DialogState:
    return DialogState.from_attributes(attributes, VIEWS, _no_content)


def test_what_the_person_said_about_themselves_round_trips() -> None:
    state = DialogState().remembering("PREGNANT").remembering("KIDNEY")
    assert state.context == {"PREGNANT", "KIDNEY"}
    attributes = state.to_attributes()
    assert attributes["context"] == ["KIDNEY", "PREGNANT"]
    assert read(attributes) == state


@pytest.mark.parametrize(
    "forged",
    [
        "PREGNANT",  # not a list
        [7, None, {"a": 1}],
        ["pregnant", "PREGNANT; DROP", "X" * 33, ""],
    ],
)
def test_forged_context_is_dropped(forged: object) -> None:
    assert read({"disclaimed": True, "context": forged}).context == frozenset()


def test_the_context_is_bounded_on_the_way_in_and_out() -> None:
    many = [f"SITUATION_{letter}" for letter in "ABCDEFGH"]
    assert len(read({"context": many}).context) == MAX_CONTEXT
    state = DialogState()
    for said in many:
        state = state.remembering(said)
    assert len(state.context) == MAX_CONTEXT
    assert state.remembering("not an id") == state


def test_a_reply_keeps_the_context_it_was_given() -> None:
    talk = Conversation("en-US", VIEWS)
    reply = talk.reply(Help(), DialogState().remembering("PREGNANT"))
    assert reply.state.context == {"PREGNANT"}
