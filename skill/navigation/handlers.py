"""Yes, no, repeat, next, previous, start over, pause and resume: each asks the view said last."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.dialog.views import View
from skill.handling import IntentHandler, answer, conversation, dialog_state
from skill.names import Intent
from skill.navigation.views import NoSequence, NothingMore
from skill.session.views import Goodbye, Help, Launch


def _last(handler_input: HandlerInput) -> View | None:
    return dialog_state(handler_input).view


class YesIntentHandler(IntentHandler):
    """``AMAZON.YesIntent``: accept the question the last view asked; with none, offer help."""

    intents = (Intent.YES,)

    def handle(self, handler_input: HandlerInput) -> Response:
        last = _last(handler_input)
        talk = conversation(handler_input)
        return answer(handler_input, last.after_yes(talk) if last is not None else Help())


class NoIntentHandler(IntentHandler):
    """``AMAZON.NoIntent``: every question the skill asks offers more, so "no" is goodnight."""

    intents = (Intent.NO,)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, Goodbye())


class RepeatIntentHandler(IntentHandler):
    """``AMAZON.RepeatIntent``: the last view again (re-rendered, not echoed from the session)."""

    intents = (Intent.REPEAT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer(handler_input, _last(handler_input) or Help())


class MoreIntentHandler(IntentHandler):
    """``AMAZON.MoreIntent``: "tell me more", "go on", "and?" — the next passage not yet heard
    of whatever was said last."""

    intents = (Intent.MORE,)

    def handle(self, handler_input: HandlerInput) -> Response:
        last = _last(handler_input)
        further = last.more(conversation(handler_input)) if last is not None else None
        return answer(handler_input, further or NothingMore())


class NextIntentHandler(IntentHandler):
    """``AMAZON.NextIntent``: forward through the walk or stretch routine in progress; after a
    single answer, "go on" means its next passage."""

    intents = (Intent.NEXT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        last = _last(handler_input)
        talk = conversation(handler_input)
        moved = (last.move(talk, +1) or last.more(talk)) if last is not None else None
        return answer(handler_input, moved or NoSequence())


class PreviousIntentHandler(IntentHandler):
    """``AMAZON.PreviousIntent``: back through the walk or stretch routine in progress."""

    intents = (Intent.PREVIOUS,)

    def handle(self, handler_input: HandlerInput) -> Response:
        last = _last(handler_input)
        moved = last.move(conversation(handler_input), -1) if last is not None else None
        return answer(handler_input, moved or NoSequence())


class StartOverIntentHandler(IntentHandler):
    """``AMAZON.StartOverIntent``: the start of the walk or routine, or of the skill."""

    intents = (Intent.START_OVER,)

    def handle(self, handler_input: HandlerInput) -> Response:
        last = _last(handler_input)
        again = last.restart(conversation(handler_input)) if last is not None else None
        return answer(handler_input, again or Launch())


class PauseIntentHandler(IntentHandler):
    """``AMAZON.PauseIntent``: hold the stretch routine; elsewhere, pausing ends the session."""

    intents = (Intent.PAUSE,)

    def handle(self, handler_input: HandlerInput) -> Response:
        last = _last(handler_input)
        paused = last.pause(conversation(handler_input)) if last is not None else None
        return answer(handler_input, paused or Goodbye())


class ResumeIntentHandler(IntentHandler):
    """``AMAZON.ResumeIntent``: carry on where the routine (or walk) stopped."""

    intents = (Intent.RESUME,)

    def handle(self, handler_input: HandlerInput) -> Response:
        last = _last(handler_input)
        resumed = last.resume(conversation(handler_input)) if last is not None else None
        return answer(handler_input, resumed or NoSequence())
