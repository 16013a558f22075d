"""The robustness property of the Lambda handler, checked one envelope at a time.

Shared by the property tests (a few hundred examples) and ``benchmarks/fuzz_deep.py`` (tens of
thousands), so both hold the handler to exactly the same promise.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from legcramp.contract import check_response
from skill import errors
from tests.support.fuzzing.envelopes import is_spoken_to

Json = dict[str, Any]
LambdaHandler = Callable[[Json, Any], Json]


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def error_handler_calls() -> Iterator[list[str]]:
    """The messages the skill's exception handler logs while the block runs (one per failure)."""
    collector = _Collector()
    errors.logger.addHandler(collector)
    try:
        yield collector.messages
    finally:
        errors.logger.removeHandler(collector)


def answer_problems(handler: LambdaHandler, envelope: Json) -> tuple[Json | None, list[str]]:
    """The handler's response to ``envelope`` and every way it breaks the promise (none: it holds).

    The promise: the handler returns (never raises), the response passes the response contract,
    no handler failed on the way (the exception handler's apology is not an answer), a request
    spoken to (voice, a night-screen button) gets speech, and every other request gets silence.
    """
    with error_handler_calls() as failures:
        try:
            response = handler(copy.deepcopy(envelope), None)
        except Exception as exc:  # the property is exactly that nothing escapes
            return None, [f"raised {type(exc).__name__}: {exc}"]
    problems = check_response(response, envelope)
    problems += [f"a handler failed: {message}" for message in failures]
    body = response.get("response") or {}
    if is_spoken_to(envelope["request"]):
        if "outputSpeech" not in body:
            problems.append("a voice request got no speech")
    elif any(body.get(field) for field in ("outputSpeech", "card", "reprompt", "directives")):
        problems.append("a request that is not spoken to got speech, a card or directives")
    return response, problems
