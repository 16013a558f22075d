"""The session's frame: launch, help, fallback, stop, session end, and the catch-alls."""

from skill.capability import Capability
from skill.session.handlers import (
    FallbackIntentHandler,
    HelpIntentHandler,
    LaunchRequestHandler,
    SessionEndedRequestHandler,
    StopIntentHandler,
    UnknownIntentHandler,
    UnknownRequestHandler,
)
from skill.session.views import Fallback, Goodbye, Help, Launch

CAPABILITY = Capability(
    name="session",
    handlers=(
        LaunchRequestHandler(),
        HelpIntentHandler(),
        FallbackIntentHandler(),
        StopIntentHandler(),
        SessionEndedRequestHandler(),
        # The catch-alls: they answer whatever no handler before them took, so they come last.
        UnknownIntentHandler(),
        UnknownRequestHandler(),
    ),
    views=(Launch, Help, Fallback, Goodbye),
)
