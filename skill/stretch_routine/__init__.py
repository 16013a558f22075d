"""The guided bedtime stretch routine: counted holds, next and back, pause and resume."""

from skill.capability import Capability
from skill.stretch_routine.handlers import StretchIntentHandler
from skill.stretch_routine.views import RoutinePaused, RoutineStretch

CAPABILITY = Capability(
    name="stretch_routine",
    handlers=(StretchIntentHandler(),),
    views=(RoutineStretch, RoutinePaused),
)
