"""Moving through what was said: yes, no, repeat, more, next, previous, start over, pause,
resume."""

from skill.capability import Capability
from skill.navigation.handlers import (
    MoreIntentHandler,
    NextIntentHandler,
    NoIntentHandler,
    PauseIntentHandler,
    PreviousIntentHandler,
    RepeatIntentHandler,
    ResumeIntentHandler,
    StartOverIntentHandler,
    YesIntentHandler,
)
from skill.navigation.views import NoSequence, NothingMore

CAPABILITY = Capability(
    name="navigation",
    handlers=(
        YesIntentHandler(),
        NoIntentHandler(),
        RepeatIntentHandler(),
        MoreIntentHandler(),
        NextIntentHandler(),
        PreviousIntentHandler(),
        StartOverIntentHandler(),
        PauseIntentHandler(),
        ResumeIntentHandler(),
    ),
    views=(NoSequence, NothingMore),
)
