"""Moving through what was said: yes, no, repeat, next, previous, start over, pause, resume."""

from skill.capability import Capability
from skill.navigation.handlers import (
    NextIntentHandler,
    NoIntentHandler,
    PauseIntentHandler,
    PreviousIntentHandler,
    RepeatIntentHandler,
    ResumeIntentHandler,
    StartOverIntentHandler,
    YesIntentHandler,
)
from skill.navigation.views import NoSequence

CAPABILITY = Capability(
    name="navigation",
    handlers=(
        YesIntentHandler(),
        NoIntentHandler(),
        RepeatIntentHandler(),
        NextIntentHandler(),
        PreviousIntentHandler(),
        StartOverIntentHandler(),
        PauseIntentHandler(),
        ResumeIntentHandler(),
    ),
    views=(NoSequence,),
)
