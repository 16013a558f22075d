"""The cramp diary by voice: log a cramp, hear the pattern (and a card for the doctor), delete
entries, and forget a user who disables the skill. Storage lives in ``skill.diary``."""

from skill.capability import Capability, Route
from skill.names import Intent

CAPABILITY = Capability(
    "skill.cramp_diary",
    routes=(
        Route("LogCrampIntentHandler", (Intent.LOG_CRAMP,)),
        Route("DiarySummaryIntentHandler", (Intent.DIARY_SUMMARY,)),
        Route("DeleteDiaryIntentHandler", (Intent.DELETE_DIARY,)),
        Route("SkillDisabledEventHandler", request_type="AlexaSkillEvent.SkillDisabled"),
    ),
    view_kinds=(
        "diary_logged",
        "diary_leg_added",
        "diary_refused",
        "diary_unavailable",
        "diary_summary",
        "diary_empty",
        "diary_ask_scope",
        "diary_confirm_delete",
        "diary_deleted",
        "diary_deleted_last",
    ),
)
