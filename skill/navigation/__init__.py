"""Moving through what was said: yes, no, repeat, more, next, previous, start over, pause,
resume."""

from skill.capability import Capability, Route
from skill.names import Intent

CAPABILITY = Capability(
    "skill.navigation",
    routes=(
        Route("YesIntentHandler", (Intent.YES,)),
        Route("NoIntentHandler", (Intent.NO,)),
        Route("RepeatIntentHandler", (Intent.REPEAT,)),
        Route("MoreIntentHandler", (Intent.MORE,)),
        Route("NextIntentHandler", (Intent.NEXT,)),
        Route("PreviousIntentHandler", (Intent.PREVIOUS,)),
        Route("StartOverIntentHandler", (Intent.START_OVER,)),
        Route("PauseIntentHandler", (Intent.PAUSE,)),
        Route("ResumeIntentHandler", (Intent.RESUME,)),
    ),
    view_kinds=(
        "no_list",
        "no_more",
    ),
)
