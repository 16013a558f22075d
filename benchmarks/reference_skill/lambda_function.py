"""The smallest useful ask-sdk-core skill: one LaunchRequest handler.

It is the yardstick the benchmarks measure Leg Cramp Helper against (zip size, cold start and
per-request latency), packaged the same way with the same pinned dependencies. Its one reply is
inline on purpose: it is a measuring stick, not a skill anyone talks to.
"""

from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

builder = SkillBuilder()


@builder.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input: HandlerInput) -> Response:
    """Say one sentence and end the session."""
    speech = "Hello from the reference skill."
    return handler_input.response_builder.speak(speech).set_should_end_session(True).response


handler: Any = builder.lambda_handler()
