"""The session's frame: launch, help, fallback, stop, session end, and the catch-alls."""

from skill.capability import ANY_REQUEST, Capability, Route
from skill.names import Intent

CAPABILITY = Capability(
    "skill.session",
    routes=(
        Route("LaunchRequestHandler", request_type="LaunchRequest"),
        Route("HelpIntentHandler", (Intent.HELP,)),
        Route("FallbackIntentHandler", (Intent.FALLBACK,)),
        Route("StopIntentHandler", (Intent.STOP, Intent.CANCEL, Intent.NAVIGATE_HOME)),
        Route("SessionEndedRequestHandler", request_type="SessionEndedRequest"),
        # The catch-alls: they answer whatever no handler before them took, so they come last.
        Route("UnknownIntentHandler"),
        Route("UnknownRequestHandler", request_type=ANY_REQUEST),
    ),
    view_kinds=(
        "launch",
        "help",
        "fallback",
        "goodbye",
    ),
)
