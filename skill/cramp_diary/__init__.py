"""The cramp diary by voice: log a cramp, hear the pattern (and a card for the doctor), delete
entries, and forget a user who disables the skill. Storage lives in ``skill.diary``."""

from skill.capability import Capability
from skill.cramp_diary.handlers import (
    DeleteDiaryIntentHandler,
    DiarySummaryIntentHandler,
    LogCrampIntentHandler,
    SkillDisabledEventHandler,
)
from skill.cramp_diary.views import VIEW_CLASSES

CAPABILITY = Capability(
    name="cramp_diary",
    handlers=(
        LogCrampIntentHandler(),
        DiarySummaryIntentHandler(),
        DeleteDiaryIntentHandler(),
        SkillDisabledEventHandler(),
    ),
    views=VIEW_CLASSES,
)
