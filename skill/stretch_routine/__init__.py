"""The guided bedtime stretch routine: counted holds, next and back, pause and resume."""

from skill.capability import Capability, Route
from skill.names import Intent

CAPABILITY = Capability(
    "skill.stretch_routine",
    routes=(Route("StretchIntentHandler", (Intent.STRETCH,)),),
    view_kinds=(
        "routine",
        "paused",
    ),
)
